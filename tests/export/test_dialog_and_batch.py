"""The export dialog (choices, remembered settings, confirmation, errors) and the batch exporter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage

from caviewer.exports import ExportError
from caviewer.store import Store
from caviewer.ui.export.batch_export import batch_figures, export_all
from caviewer.ui.export.chart_export import FORMATS
from caviewer.ui.export.chart_spec import ChartFigure, build_figure
from caviewer.ui.export.export_dialog import EXPORT_LIMITS, ExportDialog
from caviewer.ui.settings import Settings


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def settings(settings_file: Path) -> Settings:
    return Settings(settings_file)


@pytest.fixture
def kaz(store: Store) -> ChartFigure:
    return build_figure(store, "KAZ", "trade")


def _dialog(qtbot, figure: ChartFigure, settings: Settings, folder: Path) -> ExportDialog:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(figure, settings)
    qtbot.addWidget(dialog)
    dialog._path.setText(str(folder / figure.file_name("png")))
    return dialog


def test_defaults_and_file_name(qtbot, kaz: ChartFigure, settings: Settings) -> None:
    dialog = ExportDialog(kaz, settings)
    qtbot.addWidget(dialog)
    assert (
        dialog.target().name
        == kaz.file_name("png")
        == f"caviewer-KAZ-trade-{kaz.years[0]}-{kaz.years[-1]}.png"
    )
    assert dialog._title.text() == kaz.title and dialog._legend.isChecked() and dialog._footer.isChecked()
    assert (dialog._width.value(), dialog._height.value()) == (1200, 675)
    assert not dialog._width.isEnabled()  # a preset fixes the size
    dialog._format.setCurrentIndex(dialog._format.findData("pdf"))
    assert dialog.target().suffix == ".pdf"
    background = dialog._background.model().item(dialog._background.findData("transparent"))  # type: ignore[attr-defined]
    assert not background.isEnabled()  # no transparent PDF
    dialog._format.setCurrentIndex(dialog._format.findData("csv"))
    assert not dialog._preset.isEnabled() and not dialog._title.isEnabled()


def test_export_with_edited_title_and_custom_size_is_remembered(
    qtbot, kaz: ChartFigure, settings: Settings, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, kaz, settings, tmp_path)
    dialog._preset.setCurrentIndex(dialog._preset.findData("custom"))
    dialog._width.setValue(800)
    dialog._height.setValue(600)
    dialog._dpi.setValue(150)
    dialog._title.setText("My own title")
    dialog._legend.setChecked(False)
    dialog._format.setCurrentIndex(dialog._format.findData("svg"))
    dialog.accept()
    written = dialog.written()
    assert written is not None and written.suffix == ".svg"
    text = written.read_text(encoding="utf-8")
    assert "<title>My own title</title>" in text and 'viewBox="0 0 800 600"' in text
    assert "Hollow marker" not in text  # the legend was switched off
    again = settings.export_choices(EXPORT_LIMITS)
    assert (again.fmt, again.preset, again.width, again.height, again.dpi) == ("svg", "custom", 800, 600, 150)
    assert not again.legend and again.folder == str(tmp_path)
    reopened = ExportDialog(kaz, settings)
    qtbot.addWidget(reopened)
    assert reopened.target().parent == tmp_path and reopened.fmt() == "svg"
    assert reopened._width.value() == 800 and reopened._width.isEnabled()


def test_corrupt_settings_fall_back(settings_file: Path) -> None:
    qs = QSettings(str(settings_file), QSettings.Format.IniFormat)
    for key, value in (
        ("format", "exe"),
        ("width", "wide"),
        ("dpi", 99999),
        ("legend", "maybe"),
        ("preset", 7),
    ):
        qs.setValue(f"export/{key}", value)
    qs.sync()
    choices = Settings(settings_file).export_choices(EXPORT_LIMITS)
    assert (choices.fmt, choices.width, choices.dpi, choices.legend, choices.preset) == (
        "png",
        1200,
        96,
        True,
        "web",
    )


def test_replace_needs_confirmation(
    qtbot, kaz: ChartFigure, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, kaz, settings, tmp_path)
    dialog.target().write_bytes(b"old")
    monkeypatch.setattr(dialog, "confirm_replace", lambda _path: False)
    dialog.accept()
    assert dialog.written() is None and dialog.target().read_bytes() == b"old"
    monkeypatch.setattr(dialog, "confirm_replace", lambda _path: True)
    dialog.accept()
    assert dialog.written() == dialog.target() and not QImage(str(dialog.target())).isNull()


def test_an_error_is_one_message_and_no_file(
    qtbot, kaz: ChartFigure, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, kaz, settings, tmp_path / "missing")
    messages: list[str] = []
    monkeypatch.setattr(dialog, "show_error", messages.append)
    dialog.accept()
    assert dialog.written() is None and len(messages) == 1 and "does not exist" in messages[0]
    dialog._path.setText(str(tmp_path / ("x" * 300 + ".png")))
    dialog.accept()
    assert len(messages) == 2 and "too long" in messages[1]
    assert not any(p.suffix == ".png" for p in tmp_path.iterdir())


def test_batch_writes_every_chart_in_every_format(qapp, store: Store, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    result = export_all(store, tmp_path / "out", progress=lambda i, n, _p: calls.append((i, n)) or True)
    figures = batch_figures(store)
    assert {f.iso3 for f in figures} == {"CA5", "KAZ", "KGZ", "TJK", "TKM", "UZB", "CHN"}
    assert len(result.written) == len(figures) * len(FORMATS) and not result.cancelled
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(p.name for p in result.written)
    assert calls[-1] == (len(result.written), len(result.written))
    with pytest.raises(ExportError, match="exist; nothing was written"):
        export_all(store, tmp_path / "out")


def test_batch_can_be_cancelled(qapp, store: Store, tmp_path: Path) -> None:
    result = export_all(store, tmp_path, formats=("png",), progress=lambda i, _n, _p: i < 3)
    assert result.cancelled and len(result.written) == 3
    assert len(list(tmp_path.iterdir())) == 3


def test_dialog_previews_the_file_at_the_chosen_size(qtbot, kaz: ChartFigure, settings: Settings) -> None:
    dialog = ExportDialog(kaz, settings)
    qtbot.addWidget(dialog)
    first = dialog.preview_pixmap().toImage()
    assert not first.isNull() and abs(first.width() / first.height() - 1200 / 675) < 0.05
    dialog._preset.setCurrentIndex(dialog._preset.findData("square"))
    qtbot.waitUntil(lambda: abs(dialog.preview_pixmap().width() - dialog.preview_pixmap().height()) <= 2)
    dialog._format.setCurrentIndex(dialog._format.findData("csv"))
    qtbot.waitUntil(lambda: "CSV:" in dialog._preview.text())


def test_region_dialog_offers_and_writes_the_shares_chart(
    qtbot,  # type: ignore[no-untyped-def]
    store: Store,
    settings: Settings,
    tmp_path: Path,
) -> None:
    trade = build_figure(store, "CA5", "trade")
    shares = build_figure(store, "CA5", "shares")
    dialog = ExportDialog(trade, settings, None, {"shares": shares})
    qtbot.addWidget(dialog)
    dialog._path.setText(str(tmp_path / trade.file_name("png")))
    dialog._chart.setCurrentIndex(dialog._chart.findData("shares"))
    assert dialog.figure().title == shares.title and dialog.target().name == shares.file_name("png")
    dialog.accept()
    assert dialog.written() == tmp_path / shares.file_name("png")
    assert QImage(str(dialog.written())).text("Title") == shares.title


def test_log_scale_carries_into_the_export(store: Store, tmp_path: Path) -> None:
    """`--scale log` (and the window's Log scale, through ChartOptions) draws powers of ten, no bars."""
    from tests.conftest import run_cli

    from caviewer.ui.export.chart_export import PRESETS, export_chart
    from caviewer.ui.export.chart_spec import ChartOptions

    figure = build_figure(store, "KAZ", "trade", ChartOptions(log_scale=True, exports=True))
    assert figure.log_scale and "logarithmic" in figure.subtitle
    svg = export_chart(figure, tmp_path / "k.svg", size=PRESETS["web"]).read_text(encoding="utf-8")
    assert ">$1 bn<" in svg and ">$10 bn<" in svg
    result = run_cli("export", "--country", "KAZ", "--scale", "log", "--output", tmp_path / "c.svg")
    assert result.returncode == 0 and ">$10 bn<" in (tmp_path / "c.svg").read_text(encoding="utf-8")
    bad = run_cli("export", "--all", "--scale", "log", "--output", tmp_path / "all")
    assert bad.returncode == 2 and "--scale" in bad.stderr


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_window_view_reaches_the_export(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The Trade pane's log scale and years are what Export chart, Copy image and the dialog draw."""
    from caviewer.ui.trade_series import TradeView

    window.select_country("UZB")
    window.show_pane("trade")
    pane = window.pane("trade")
    pane.set_trade_view(TradeView(log_scale=True))
    pane.set_year_range(2005, 2015)
    figure = window._charts.figure()
    assert figure.log_scale and (figure.years[0], figure.years[-1]) == (2005, 2015)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_dialog_stays_on_screen_wherever_the_window_is(qtbot, kaz: ChartFigure, settings: Settings) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QWidget

    screen = QApplication.primaryScreen().availableGeometry()
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.setGeometry(screen.right() - 50, screen.bottom() - 50, 400, 300)
    parent.show()
    dialog = ExportDialog(kaz, settings, parent)
    dialog.show()
    qtbot.waitExposed(dialog)
    frame = dialog.frameGeometry()
    assert screen.contains(frame.topLeft()) and screen.contains(frame.bottomRight() - QPoint(1, 1)), frame
    dialog.close()
