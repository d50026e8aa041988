"""The real entry point in a subprocess: --screenshot renders a PNG with no traceback; bad options fail
in one line; a broken database opens the error dialog (driven without blocking) and exits 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox
from tests.conftest import assert_clean_failure, run_cli, run_python

from caviewer import app as app_module
from caviewer.cli import PANES
from caviewer.ui.main_window import PANE_NAMES

pytestmark = pytest.mark.slow


def test_cli_pane_names_match_the_window() -> None:
    assert PANES == PANE_NAMES


@pytest.mark.parametrize(("country", "pane"), [("KAZ", "trade"), ("CA5", "projects")])
def test_screenshot_smoke(tmp_path: Path, country: str, pane: str) -> None:
    out = tmp_path / "shot.png"
    result = run_cli("--screenshot", out, "--country", country, "--pane", pane, "--size", "1100x700")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "Error" not in result.stderr
    image = QImage(str(out))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1100, 700)


@pytest.mark.parametrize(
    "args",
    [
        ("--size", "big"),
        ("--size", "10x10"),
        ("--pane", "nowhere"),
        ("--country", "Kazakhstan"),
        ("--screenshot", "out.jpg"),
        ("--screenshot", "/no/such/folder/x.png"),
        ("--pane", "trade", "dump"),
    ],
)
def test_bad_window_options_fail_in_one_line(args: tuple[str, ...]) -> None:
    assert_clean_failure(run_cli(*args))


def test_unknown_country_in_screenshot_fails_cleanly(tmp_path: Path) -> None:
    result = run_cli("--screenshot", tmp_path / "x.png", "--country", "ABC")
    assert_clean_failure(result)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_broken_database_shows_dialog_and_exits_2(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"this is not a database at all" * 10)
    shown: list[tuple[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.objectName(), box.text()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert app_module.run_gui(broken) == 2
    assert shown and shown[0][0] == "databaseErrorDialog"
    assert str(broken) in shown[0][1]
    assert str(broken) in capsys.readouterr().err


def test_first_paint_does_not_import_pyqtgraph() -> None:
    """The window opens on the Overview without pyqtgraph; the Trade pane imports it when first shown."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from caviewer.store import Store\n"
        "from caviewer.ui.main_window import MainWindow\n"
        "w = MainWindow(Store.open()); w.start(); w.show(); app.processEvents()\n"
        "assert 'pyqtgraph' not in sys.modules, 'pyqtgraph imported before first paint'\n"
        "w.show_pane('trade'); app.processEvents()\n"
        "assert 'pyqtgraph' in sys.modules and w.pane('trade').plot() is not None\n"
        "w.close()\n"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_the_window_opens_paints_then_builds_the_plot_and_sets_its_icon(tmp_path: Path) -> None:
    """`caviewer` as launched: first paint, then the trade plot, then exit (the benchmark markers); the app
    icon is set after the first paint, which does not wait for it."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from caviewer import app\n"
        "rc = app.run_gui(None)\n"
        "icon = QApplication.instance().windowIcon()\n"
        "assert rc == 0, rc\n"
        "assert not icon.isNull() and not icon.pixmap(32, 32).isNull(), 'no app icon'\n"
    )
    env = {
        "CAVIEWER_BENCH_MARKERS": "exit",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = run_python(code, env)
    assert result.returncode == 0, result.stderr
    marks = [line.split()[1] for line in result.stderr.splitlines() if line.startswith("caviewer-bench")]
    assert marks == ["first_paint", "plot_ready"], result.stderr
