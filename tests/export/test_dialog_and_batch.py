"""The export dialog (choices, remembered settings, confirmation, errors) and the batch exporter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage

from caviewer.exports import ExportError
from caviewer.store import Store
from caviewer.ui.batch_export import batch_figures, export_all
from caviewer.ui.chart_export import FORMATS
from caviewer.ui.chart_spec import ChartFigure, build_figure
from caviewer.ui.export_dialog import EXPORT_LIMITS, ExportDialog
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
