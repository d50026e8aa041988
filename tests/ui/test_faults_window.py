"""Faults as the window meets them, through `caviewer.app.run_gui` (the real start-up path), in-process.

A database that cannot be opened ends in one dialog naming the file and the problem, one stderr line and
status 2, with every file in its folder byte for byte as before (the same faults as tests/test_faults.py,
which drives the command line). A corrupt settings file, absurd geometry and keys from a newer caviewer
start the window with defaults, on screen, and show no dialog at all. `QApplication.exec` is replaced by a
function that waits for the window and its trade plot, records what is on screen and closes the window.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from tests.test_faults import FAULTS, assert_untouched, snapshot

from caviewer import app as app_module
from caviewer.ui.settings import SCHEMA_VERSION

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")

WINDOW_FAULTS = [
    "missing",
    "empty",
    "random bytes",
    "truncated",
    "html page",
    "another program's sqlite",
    "schema version 99",
    "missing table",
]


@pytest.mark.parametrize("fault", WINDOW_FAULTS)
def test_database_fault_shows_one_dialog(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fault: str,
) -> None:
    path = FAULTS[fault].make(tmp_path)
    before = snapshot(tmp_path)
    shown: list[tuple[str, str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.objectName(), box.text(), box.informativeText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert app_module.run_gui(path) == 2
    assert len(shown) == 1, shown
    name, text, informative = shown[0]
    assert name == "databaseErrorDialog"
    assert str(path) in text and FAULTS[fault].words in text, text
    assert "Traceback" not in text and "never changes it" in informative
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert [line for line in err.splitlines() if line.strip()] == [f"caviewer: {text}"]
    assert_untouched(tmp_path, before)


# -- settings ----------------------------------------------------------------------------------------


@dataclass
class Started:
    """What the window looked like once it was up, and every dialog or message box shown meanwhile."""

    country: str = ""
    pane: str = ""
    frame: QRect = field(default_factory=QRect)
    size: QSize = field(default_factory=QSize)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    """Where `Settings()` (the user's settings) lives for this test. QSettings caches the user folder per
    process, so the test sets it explicitly rather than through XDG_CONFIG_HOME."""
    folder = tmp_path / "config"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    path = folder / "caviewer" / "caviewer.ini"
    path.parent.mkdir(parents=True)
    return path


def _start(qtbot, monkeypatch: pytest.MonkeyPatch) -> Started:  # type: ignore[no-untyped-def]
    started = Started()

    def record_box(box: QMessageBox) -> int:
        started.dialogs.append(box.text())
        return 0

    def fake_exec(_app: QApplication) -> int:
        windows = [
            w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible()
        ]
        assert len(windows) == 1
        window = windows[0]
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.pane("trade").plot() is not None)  # built after the first paint
        started.country, started.pane = window.current_country(), window.current_pane()
        started.frame = window.frameGeometry()
        started.size = window.size()
        started.dialogs += [
            w.objectName() or type(w).__name__
            for w in QApplication.topLevelWidgets()
            if isinstance(w, (QDialog, QMessageBox)) and w.isVisible()
        ]
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record_box)
    monkeypatch.setattr(QMessageBox, "open", lambda box: started.dialogs.append(box.text()))
    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.run_gui(None) == 0
    return started


def _on_a_screen(frame: QRect) -> bool:
    grip = QRect(frame.left(), frame.top(), max(frame.width(), 1), 40)
    return any(s.availableGeometry().intersects(grip) for s in QGuiApplication.screens())


def _absurd_geometry() -> bytes:
    widget = QWidget()
    widget.setGeometry(-987654, 3_000_000, 50_000, 40_000)
    data = bytes(widget.saveGeometry().data())
    widget.deleteLater()
    return data


SETTINGS_FAULTS: dict[str, bytes] = {
    "garbage bytes": bytes((i * 131 + 7) % 256 for i in range(4096)),
    "binary junk in the groups": b"[window]\x00\xff\xfe\ngeometry=@ByteArray(\x00\x01\x02)\n[profile\ncountry=\xff\xfe\n",
    "keys from a newer version": (
        b"[meta]\nschema=99\n[profile]\ncountry=ZZZ\npane=42\ntheme=solarized\n"
        b"[cloud]\nsync=true\ntoken=abc\n[trade]\nyear_from=3000\n"
    ),
    "unknown keys, same version": (
        f"[meta]\nschema={SCHEMA_VERSION}\n[profile]\ncountry=KAZ\nfavourite=UZB\n[experimental]\ngpu=on\n"
    ).encode(),
    "out-of-range values": (
        f"[meta]\nschema={SCHEMA_VERSION}\n[profile]\ncountry=\u0000\npane=-3\n"
        "[window]\nsplitter=@ByteArray(nonsense)\n[trade]\nyear_from=9999999999999999999\n"
    ).encode(),
}


@pytest.mark.parametrize("case", list(SETTINGS_FAULTS))
def test_bad_settings_start_with_defaults_silently(
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    settings_file: Path,
    case: str,
) -> None:
    settings_file.write_bytes(SETTINGS_FAULTS[case])
    started = _start(qtbot, monkeypatch)
    assert started.dialogs == []
    assert (started.country, started.pane) == ("KAZ", "overview")
    assert _on_a_screen(started.frame)
    assert capsys.readouterr().err == ""


def test_absurd_geometry_is_brought_on_screen(
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    settings_file: Path,
) -> None:
    from caviewer.ui.settings import Settings

    settings = Settings(settings_file)
    settings.set_geometry(_absurd_geometry())
    settings.set_country("TJK")
    settings.sync()
    started = _start(qtbot, monkeypatch)
    assert started.dialogs == []
    assert started.country == "TJK"  # the rest of the settings still count
    assert _on_a_screen(started.frame), started.frame
    assert capsys.readouterr().err == ""


def test_corrupt_geometry_gives_the_default_size(
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    settings_file: Path,
) -> None:
    """Bytes Qt cannot read as a geometry leave the window at its default size, not at whatever a half-read
    left (827x474 once)."""
    from caviewer.ui.main_window import DEFAULT_WINDOW_SIZE
    from caviewer.ui.settings import Settings

    settings = Settings(settings_file)
    settings.set_geometry(b"\x01\xd9\xd0\xcb\x00\x03\x00\x00garbage")
    settings.sync()
    started = _start(qtbot, monkeypatch)
    assert (started.size.width(), started.size.height()) == DEFAULT_WINDOW_SIZE
