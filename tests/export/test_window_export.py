"""The export commands in the real window: menu items and shortcuts, clipboard, dialog, export all."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QImage
from tests.conftest import expected_charts

from caviewer.ui.export import chart_actions
from caviewer.ui.export.export_dialog import ExportDialog
from caviewer.ui.settings import Settings

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "does not support grabbing the keyboard"
)


@pytest.fixture
def window(window):  # type: ignore[no-untyped-def]
    """The shared window, on Kyrgyzstan."""
    window.select_country("KGZ")
    return window


def test_menu_items_and_shortcuts(window) -> None:  # type: ignore[no-untyped-def]
    rows = dict(window.shortcut_rows())
    assert rows["Export chart\u2026"] == "Ctrl+E"
    assert rows["Copy chart image"] == "Ctrl+Shift+C"
    assert rows["Copy citation of selected row"] == "Ctrl+Alt+C"
    shortcuts = [keys for _, keys in window.shortcut_rows()]
    assert len(shortcuts) == len(set(shortcuts))  # no ambiguous shortcut
    texts = {a.text().replace("&", "") for a in window.findChildren(type(window.actions()[0]))}
    assert {"Export all charts\u2026", "Copy chart data", "Copy chart citation"} <= texts


def test_copy_image_data_and_citation(window) -> None:  # type: ignore[no-untyped-def]
    clipboard = QGuiApplication.clipboard()
    window._charts.copy_image()
    image = clipboard.image()
    assert (image.width(), image.height()) == (1200, 675)
    window._charts.copy_data()
    lines = clipboard.text().splitlines()
    assert lines[0].startswith("country_iso3\t") and all(line.startswith("KGZ\t") for line in lines[1:])
    window._charts.copy_citation()
    assert clipboard.text().startswith("China\u2013Kyrgyzstan trade")


def test_export_follows_the_year_range(
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window.pane("trade").set_year_range(2005, 2015)
    monkeypatch.setattr(chart_actions, "Settings", lambda: Settings(tmp_path / "s.ini"))

    def run(dialog: ExportDialog) -> int:
        assert dialog.target().name == "caviewer-KGZ-trade-2005-2015.png"
        dialog._path.setText(str(tmp_path / "kgz.png"))
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ExportDialog, "exec", run)
    assert window._charts.export_chart() == tmp_path / "kgz.png"
    assert QImage(str(tmp_path / "kgz.png")).width() == 1200


def test_export_dialogs_are_deleted_after_use(
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(chart_actions, "Settings", lambda: Settings(tmp_path / "s.ini"))
    monkeypatch.setattr(ExportDialog, "exec", lambda dialog: 0)  # the user cancels
    for _ in range(3):
        assert window._charts.export_chart() is None
    qtbot.waitUntil(lambda: not window.findChildren(ExportDialog))


def test_export_all_asks_before_replacing(window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    files = 4 * len(expected_charts())  # every chart with data, in PNG, SVG, PDF and CSV
    assert window._charts.export_all_to(tmp_path) == files
    answers: list[bool] = [False, True]
    monkeypatch.setattr(window._charts, "confirm_replace", lambda _n, _f: answers.pop(0))
    assert window._charts.export_all_to(tmp_path) == 0
    assert window._charts.export_all_to(tmp_path) == files
    assert len(list(tmp_path.iterdir())) == files
