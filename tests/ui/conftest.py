"""Fixtures of the window tests: the real bundled database, a real main window offscreen, temp settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from caviewer.store import Store

# The offscreen platform reports this once per top-level window; it is not a problem of ours.
OFFSCREEN_NOISE = "propagateSizeHints"


@pytest.fixture(scope="session")
def store() -> Iterator[Store]:
    with Store.open() as opened:
        yield opened


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings" / "caviewer.ini"


@pytest.fixture
def window(qtbot, store: Store):  # type: ignore[no-untyped-def]
    from caviewer.ui.main_window import MainWindow

    win = MainWindow(store)
    qtbot.addWidget(win)
    win.start()
    win.show()
    qtbot.waitExposed(win)
    return win
