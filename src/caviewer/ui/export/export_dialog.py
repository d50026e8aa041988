"""File > Export chart...: chart (for the region: trade or shares), format, size preset or custom size and
DPI, background, editable title and subtitle, legend and footer toggles, and the target file, with a live
preview of the file at the chosen size; remembers the last folder and choices.

The dialog edits a copy of the chart's `ChartFigure` and writes it with `chart_export.export_chart`. An
existing file is replaced only after the user confirms; a failure shows one message and leaves no partial
file. Choices are remembered through `ui.settings.Settings` (the `export` group), which checks them against
this module's `EXPORT_LIMITS`, so a corrupt value falls back to its default. May import PySide6, the chart
modules and `ui.settings`.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caviewer.exports import ExportError
from caviewer.geo.map_figure import MapFigure
from caviewer.i18n import QT_TRANSLATE_NOOP
from caviewer.ui.citation_export import keep_on_screen
from caviewer.ui.export.chart_export import (
    DPI_RANGE,
    FORMATS,
    MAX_SIDE,
    MIN_SIDE,
    PRESET_LABELS,
    PRESETS,
    ExportSize,
    export_chart,
    render_image,
)
from caviewer.ui.export.chart_spec import ChartFigure
from caviewer.ui.export.print_chart import BACKGROUNDS
from caviewer.ui.settings import ExportChoices, ExportLimits, Settings

CHART_LABELS = {
    "trade": QT_TRANSLATE_NOOP("ExportDialog", "Trade"),
    "shares": QT_TRANSLATE_NOOP("ExportDialog", "Shares of the five states"),
    "products": QT_TRANSLATE_NOOP("ExportDialog", "What is traded"),
    "partners": QT_TRANSLATE_NOOP("ExportDialog", "Trade partners"),
    "gap": QT_TRANSLATE_NOOP("ExportDialog", "China's figures against the state's"),
    "map": QT_TRANSLATE_NOOP("ExportDialog", "Map (as shown: layers and view)"),
}
PREVIEW_WIDTH = 420
FORMAT_LABELS = {
    "png": QT_TRANSLATE_NOOP("ExportDialog", "PNG image"),
    "svg": QT_TRANSLATE_NOOP("ExportDialog", "SVG vector image"),
    "pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF document"),
    "csv": QT_TRANSLATE_NOOP("ExportDialog", "CSV data"),
}
_W = TypeVar("_W", bound=QWidget)
BACKGROUND_LABELS = {
    "white": QT_TRANSLATE_NOOP("ExportDialog", "White"),
    "dark": QT_TRANSLATE_NOOP("ExportDialog", "Dark"),
    "transparent": QT_TRANSLATE_NOOP("ExportDialog", "Transparent"),
}


EXPORT_LIMITS = ExportLimits(
    formats=FORMATS,
    presets=tuple(PRESET_LABELS),
    backgrounds=BACKGROUNDS,
    side=(MIN_SIDE, MAX_SIDE),
    dpi=DPI_RANGE,
)


def choice_size(choices: ExportChoices) -> ExportSize:
    """The image size of the choices: the preset's, or the custom width, height and DPI."""
    if choices.preset in PRESETS:
        return PRESETS[choices.preset]
    return ExportSize(choices.width, choices.height, choices.dpi)


def _named(widget: _W, name: str) -> _W:
    widget.setObjectName(name)
    return widget


def _is_file(path: Path) -> bool:
    """Whether `path` is an existing file; a name the system refuses (too long) is not."""
    try:
        return path.is_file()
    except OSError:
        return False


def _default_folder() -> str:
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    return pictures if pictures and Path(pictures).is_dir() else str(Path.home())


class ExportDialog(QDialog):
    """Export one chart; `exec()` returns Accepted once the file is written (see `written()`)."""

    def __init__(
        self,
        figure: ChartFigure | MapFigure,
        settings: Settings | None = None,
        parent: QWidget | None = None,
        others: dict[str, ChartFigure | MapFigure] | None = None,
    ):
        """`figure` is the chart in view; `others`, the entry's other charts by name (the region's
        shares), offered in the Chart box."""
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export chart"))
        self._figures = {figure.chart: figure, **(others or {})}
        self._figure = figure
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(120)
        self._preview_timer.timeout.connect(self.update_preview)
        self._settings = settings if settings is not None else Settings()
        self._written: Path | None = None
        choices = self._settings.export_choices(EXPORT_LIMITS)
        self._build(choices)
        self.setMinimumWidth(620)
        folder = choices.folder if choices.folder and Path(choices.folder).is_dir() else _default_folder()
        self._path.setText(str(Path(folder) / figure.file_name(choices.fmt)))
        self._sync_enabled()
        self.update_preview()

    # -- building ----------------------------------------------------------------------------------

    def _combo(self, name: str, labels: dict[str, str], current: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for key, label in labels.items():
            combo.addItem(self.tr(label), key)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _spin(self, name: str, low: int, high: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def _build(self, c: ExportChoices) -> None:  # noqa: PLR0915
        labels = {name: CHART_LABELS.get(name, name) for name in self._figures}
        self._chart = self._combo("exportChart", labels, self._figure.chart)
        self._chart.setEnabled(len(self._figures) > 1)
        self._preview = _named(QLabel(), "exportPreview")
        self._preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._preview.setMinimumSize(PREVIEW_WIDTH, PREVIEW_WIDTH * 9 // 16)
        self._preview.setAccessibleName(self.tr("Preview of the exported file"))
        self._format = self._combo("exportFormat", FORMAT_LABELS, c.fmt)
        self._preset = self._combo("exportPreset", PRESET_LABELS, c.preset)
        self._width = self._spin("exportWidth", MIN_SIDE, MAX_SIDE, c.width, " px")
        self._height = self._spin("exportHeight", MIN_SIDE, MAX_SIDE, c.height, " px")
        self._dpi = self._spin("exportDpi", *DPI_RANGE, c.dpi, " dpi")
        self._background = self._combo("exportBackground", BACKGROUND_LABELS, c.background)
        self._title = _named(QLineEdit(self._figure.title), "exportTitle")
        self._subtitle = _named(QLineEdit(self._figure.subtitle), "exportSubtitle")
        self._legend = _named(QCheckBox("&Legend"), "exportLegend")
        self._legend.setChecked(c.legend)
        self._footer = _named(QCheckBox("&Footer with sources and data version"), "exportFooter")
        self._footer.setChecked(c.footer)
        self._path = _named(QLineEdit(), "exportPath")
        browse = _named(QPushButton("&Browse\u2026"), "exportBrowse")
        browse.clicked.connect(self._browse)
        for spin, name in (
            (self._width, self.tr("Width")),
            (self._height, self.tr("Height")),
            (self._dpi, self.tr("Resolution")),
        ):
            spin.setAccessibleName(name)
            spin.setToolTip(name)
        size_row = QHBoxLayout()
        for widget in (self._width, self._height, self._dpi):
            size_row.addWidget(widget)
        path_row = QHBoxLayout()
        path_row.addWidget(self._path, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Chart:"), self._chart)
        form.addRow(self.tr("&Format:"), self._format)
        form.addRow(self.tr("&Size:"), self._preset)
        form.addRow(self.tr("Width, height, DPI:"), size_row)
        form.addRow(self.tr("&Background:"), self._background)
        form.addRow(self.tr("&Title:"), self._title)
        form.addRow(self.tr("S&ubtitle:"), self._subtitle)
        form.addRow("", self._legend)
        form.addRow("", self._footer)
        form.addRow(self.tr("File:"), path_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._preview, 1)
        layout.addWidget(buttons)
        self._chart.currentIndexChanged.connect(self._chart_changed)
        self._format.currentIndexChanged.connect(self._format_changed)
        self._preset.currentIndexChanged.connect(self._preset_changed)
        for spin in (self._width, self._height, self._dpi):
            spin.valueChanged.connect(self._preview_timer.start)
        self._background.currentIndexChanged.connect(self._preview_timer.start)
        for edit in (self._title, self._subtitle):
            edit.textChanged.connect(self._preview_timer.start)
        for box in (self._legend, self._footer):
            box.toggled.connect(self._preview_timer.start)
        self._preset_changed()

    # -- reactions ---------------------------------------------------------------------------------

    def _chart_changed(self) -> None:
        """Another of the entry's charts: its own title, subtitle and default file name."""
        old = self._figure
        self._figure = self._figures[str(self._chart.currentData())]
        self._title.setText(self._figure.title)
        self._subtitle.setText(self._figure.subtitle)
        path = Path(self._path.text())
        if path.name == old.file_name(self.fmt()):
            self._path.setText(str(path.with_name(self._figure.file_name(self.fmt()))))
        self._preview_timer.start()

    def update_preview(self) -> None:
        """Draw the file as it will be written, at the chosen size, scaled down to fit the preview."""
        if self.fmt() == "csv":
            self._preview.setPixmap(QPixmap())
            if isinstance(self._figure, MapFigure):
                self._preview.setText(self.tr("The map has no CSV: choose PNG, SVG or PDF"))
            else:
                rows = len(self._figure.values)
                self._preview.setText(
                    self.tr("CSV: %n row(s), one per plotted value, with their sources and notes", "", rows)
                )
            return
        try:
            image = render_image(self.figure(), choice_size(self.choices()), self.choices().background)
        except ExportError as exc:
            self._preview.setPixmap(QPixmap())
            self._preview.setText(str(exc))
            return
        width = max(1, self._preview.width() - 8)
        scaled = image.scaled(
            width,
            self._preview.height() - 8,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self._preview.setPixmap(QPixmap.fromImage(scaled))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        keep_on_screen(self, self.frameGeometry().topLeft())  # wherever the window is, all of it in view

    def preview_pixmap(self) -> QPixmap:
        return self._preview.pixmap()

    def _format_changed(self) -> None:
        fmt = self.fmt()
        path = Path(self._path.text())
        if path.suffix.lower().lstrip(".") in FORMATS:
            self._path.setText(str(path.with_suffix(f".{fmt}")))
        self._sync_enabled()
        self._preview_timer.start()

    def _preset_changed(self) -> None:
        preset = self._preset.currentData()
        if preset in PRESETS:
            size = PRESETS[preset]
            self._width.setValue(size.width)
            self._height.setValue(size.height)
            self._dpi.setValue(size.dpi)
        self._sync_enabled()
        self._preview_timer.start()

    def _sync_enabled(self) -> None:
        image = self.fmt() != "csv"
        custom = self._preset.currentData() == "custom"
        for spin in (self._width, self._height, self._dpi):
            spin.setEnabled(image and custom)
        for widget in (
            self._preset,
            self._title,
            self._subtitle,
            self._legend,
            self._footer,
            self._background,
        ):
            widget.setEnabled(image)
        transparent = self._background.findData("transparent")
        self._background.model().item(transparent).setEnabled(self.fmt() in ("png", "svg"))  # type: ignore[attr-defined]
        if self.fmt() == "pdf" and self._background.currentData() == "transparent":
            self._background.setCurrentIndex(self._background.findData("white"))

    def _browse(self) -> None:
        fmt = self.fmt()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export chart"), self._path.text(), f"{self.tr(FORMAT_LABELS[fmt])} (*.{fmt})"
        )
        if name:
            self._path.setText(name)

    # -- state -------------------------------------------------------------------------------------

    def fmt(self) -> str:
        return str(self._format.currentData())

    def choices(self) -> ExportChoices:
        return ExportChoices(
            fmt=self.fmt(),
            preset=str(self._preset.currentData()),
            width=self._width.value(),
            height=self._height.value(),
            dpi=self._dpi.value(),
            background=str(self._background.currentData()),
            legend=self._legend.isChecked(),
            footer=self._footer.isChecked(),
            folder=str(self.target().parent),
        )

    def target(self) -> Path:
        return Path(self._path.text().strip()).expanduser()

    def figure(self) -> ChartFigure | MapFigure:
        """The chart as it will be written, with the edited title, subtitle and toggles."""
        return replace(
            self._figure,
            title=self._title.text().strip(),
            subtitle=self._subtitle.text().strip(),
            legend=self._legend.isChecked(),
            footer=self._footer.isChecked(),
        )

    def written(self) -> Path | None:
        return self._written

    # -- saving ------------------------------------------------------------------------------------

    def accept(self) -> None:
        path, choices = self.target(), self.choices()
        if not self._path.text().strip():
            self.show_error(self.tr("Choose a file name to export to."))
            return
        overwrite = _is_file(path)
        if overwrite and not self.confirm_replace(path):
            return
        try:
            export_chart(
                self.figure(),
                path,
                fmt=choices.fmt,
                size=choice_size(choices),
                background=choices.background,
                overwrite=overwrite,
            )
        except ExportError as exc:
            self.show_error(str(exc))
            return
        self._written = path
        self._settings.set_export_choices(choices)
        self._settings.sync()
        super().accept()

    def confirm_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace file?"),
            self.tr("%1 already exists in %2. Replace it?")
            .replace("%1", path.name)
            .replace("%2", str(path.parent)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Export failed"), message)
