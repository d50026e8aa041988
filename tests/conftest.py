"""Shared test setup: offscreen Qt, QSettings in a temp folder, the real bundled database, its checksum.

QT_QPA_PLATFORM is set here, before anything can create a QApplication, so every Qt test runs headless.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from caviewer.store import Store

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

REPO = Path(__file__).resolve().parents[1]
BUNDLED_DB = REPO / "data" / "caviewer.sqlite"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


_BUNDLED_SHA = sha256(BUNDLED_DB)


@pytest.fixture(autouse=True)
def _bundled_database_untouched() -> Iterator[None]:
    """Every test leaves the bundled database byte for byte as it found it."""
    yield
    assert sha256(BUNDLED_DB) == _BUNDLED_SHA, "a test changed the bundled database"


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """QSettings and XDG folders point at a temp location, never at the user's real settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(home / "runtime"))
    (home / "runtime").mkdir(mode=0o700)
    monkeypatch.setenv("HOME", str(home))


@pytest.fixture
def bundled_db() -> Path:
    return BUNDLED_DB


@pytest.fixture
def db_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled database, for tests that break it on purpose."""
    target = tmp_path / "copy.sqlite"
    shutil.copyfile(BUNDLED_DB, target)
    return target


@pytest.fixture(scope="session")
def store() -> Iterator[Store]:
    """The real bundled database, opened read-only once for the window and export tests."""
    with Store.open() as opened:
        yield opened


@pytest.fixture
def window(qtbot, store: Store):  # type: ignore[no-untyped-def]
    """A real main window on the bundled database, shown offscreen."""
    from caviewer.ui.main_window import MainWindow

    win = MainWindow(store)
    qtbot.addWidget(win)
    win.start()
    win.show()
    qtbot.waitExposed(win)
    return win


def click_entry(qtbot, window, iso3: str, modifier=None) -> None:  # type: ignore[no-untyped-def]
    """Click an entry of the country list as a user would (with a modifier such as Ctrl for compare)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    view = window.findChild(QTableView, "countryList")
    model = view.model()
    row = next(
        r for r in range(model.rowCount()) if model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) == iso3
    )
    rect = view.visualRect(model.index(row, 0))
    modifier = Qt.KeyboardModifier.NoModifier if modifier is None else modifier
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def run_cli(
    *args: str | Path, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run the real entry point (`python -m caviewer`) in a subprocess."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("CAVIEWER_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "caviewer", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def run_python(
    code: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run a Python snippet in a fresh interpreter, offscreen (for what only a fresh process shows, such as
    which modules the window imports before its first paint)."""
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    full_env.pop("CAVIEWER_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def assert_clean_failure(result: subprocess.CompletedProcess[str], status: int = 2) -> str:
    """A failure a user can read: the given status, one line on stderr, no traceback."""
    assert result.returncode == status, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]
