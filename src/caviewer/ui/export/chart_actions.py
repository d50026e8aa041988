"""The window's chart-export commands: Export chart..., Export all charts..., copy image, data, citation.

The main window owns the menu actions and calls these slots; this object builds the figure of the chart in
view (current entry, the trade pane's year range and toggles) and runs the dialogs. Errors a user can act
on end in one message box; nothing is ever half-written. May import PySide6, the store, the chart modules
and `ui.settings`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from caviewer.exports import ExportError
from caviewer.geo.map_figure import MapFigure
from caviewer.store import Store
from caviewer.ui.export.batch_export import FilesExistError, export_all_dialog
from caviewer.ui.export.chart_export import (
    PRESETS,
    Figure,
    copy_chart_data,
    copy_chart_image,
    copy_citation,
)
from caviewer.ui.export.chart_spec import ChartOptions, build_figure, charts_for
from caviewer.ui.export.export_dialog import ExportDialog
from caviewer.ui.settings import Settings


class ChartExportActions(QObject):
    """Slots for the export menu items; `view` returns (ISO3, options) of the chart in view."""

    def __init__(
        self,
        parent: QWidget,
        store: Store,
        view: Callable[[], tuple[str, ChartOptions]],
        notify: Callable[[str], None],
        map_in_view: Callable[[], MapFigure | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self._store = store
        self._view = view
        self._notify = notify
        self._map_in_view = map_in_view

    def figure(self) -> Figure | None:
        """The map when the Map pane is in view, else the trade chart of the entry in view."""
        shown = self._map_in_view()
        if shown is not None:
            return shown
        iso3, options = self._view()
        try:
            return build_figure(self._store, iso3, "trade", options)
        except ExportError:
            # e.g. a year range with no values: fall back to the whole span
            try:
                return build_figure(self._store, iso3, "trade")
            except ExportError as exc:
                self._error(str(exc))
                return None

    def other_charts(self, figure: Figure) -> dict[str, Figure]:
        """The entry's charts other than the one in view (the region's shares), for the export dialog;
        none beside the map (its Chart box names only the map)."""
        if isinstance(figure, MapFigure):
            return {}
        iso3, options = self._view()
        others: dict[str, Figure] = {}
        for chart in charts_for(iso3):
            if chart != figure.chart:
                with contextlib.suppress(ExportError):
                    others[chart] = build_figure(self._store, iso3, chart, replace(options, log_scale=False))
        return others

    def export_chart(self) -> Path | None:
        """Run the export dialog on the chart in view; the file written, or None. The dialog is deleted
        once closed (a modal dialog per use would otherwise stay a child of the window)."""
        figure = self.figure()
        if figure is None:
            return None
        dialog = ExportDialog(figure, Settings(), self._window, self.other_charts(figure))
        try:
            written = dialog.written() if dialog.exec() else None
        finally:
            dialog.deleteLater()
        if written is not None:
            self._notify(self.tr("Chart exported to %1").replace("%1", str(written)))
        return written

    def export_all(self) -> None:
        settings = Settings()
        folder = QFileDialog.getExistingDirectory(
            self._window, self.tr("Export all charts to folder"), settings.batch_folder()
        )
        if not folder:
            return
        self.export_all_to(Path(folder))
        settings.set_batch_folder(folder)

    def export_all_to(self, folder: Path, overwrite: bool = False) -> int:
        """Every chart in every format into `folder`, asking before replacing files; returns the count."""
        try:
            result = export_all_dialog(self._window, self._store, folder, overwrite=overwrite)
        except FilesExistError as exc:
            if self.confirm_replace(len(exc.paths), folder):
                return self.export_all_to(folder, overwrite=True)
            return 0
        except ExportError as exc:
            self._error(str(exc))
            return 0
        text = (
            self.tr("Export all charts: cancelled after writing %1 files in %2")
            if result.cancelled
            else self.tr("Export all charts: wrote %1 files in %2")
        )
        self._notify(text.replace("%1", str(len(result.written))).replace("%2", str(folder)))
        return len(result.written)

    def export_briefing(self) -> Path | None:
        """Ask where to save the entry's briefing pack (A4 PDF) and write it; the file, or None."""
        iso3, _ = self._view()
        folder = Settings().batch_folder()
        chosen, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export briefing"),
            str(Path(folder) / f"caviewer-briefing-{iso3}.pdf"),
            "PDF (*.pdf)",
        )
        if not chosen:
            return None
        return self.export_briefing_to(iso3, Path(chosen))

    def export_briefing_to(self, iso3: str, path: Path) -> Path | None:
        """Write the pack (the save dialog already asked before replacing a file), with a busy cursor and a
        status line while it is written; a failure ends in one message."""
        from caviewer.ui.export.briefing_pdf import write_briefing

        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        self._notify(self.tr("Writing the briefing on %1\u2026").replace("%1", iso3))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = write_briefing(self._store, iso3, path, force=True)
        except (ExportError, OSError) as exc:
            self._error(str(exc))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self._notify(self.tr("Briefing exported to %1").replace("%1", str(written)))
        return written

    def copy_image(self) -> None:
        figure = self.figure()
        if figure is not None:
            size = PRESETS["web"]
            copy_chart_image(figure, size)
            copied = self.tr("Chart image copied (%1 \u00d7 %2 px)")
            self._notify(copied.replace("%1", str(size.width)).replace("%2", str(size.height)))

    def copy_data(self) -> None:
        figure = self.figure()
        if isinstance(figure, MapFigure):
            self._error(self.tr("The map has no data table to copy; use Copy chart image"))
        elif figure is not None:
            copy_chart_data(figure)
            self._notify(self.tr("Chart data copied (%n row(s), tab-separated)", "", len(figure.values)))

    def copy_citation(self) -> None:
        figure = self.figure()
        if figure is not None:
            copy_citation(figure)
            self._notify(self.tr("Chart citation copied"))

    def confirm_replace(self, count: int, folder: Path) -> bool:
        answer = QMessageBox.question(
            self._window,
            self.tr("Replace files?"),
            self.tr("%1 chart files already exist in %2. Replace them?")
            .replace("%1", str(count))
            .replace("%2", str(folder)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _error(self, message: str) -> None:
        QMessageBox.warning(self._window, self.tr("Export failed"), message)
