"""Fixtures of the window tests (the database and the window come from tests/conftest.py): temp settings."""

from __future__ import annotations

from pathlib import Path

import pytest

# The offscreen platform reports this once per top-level window; it is not a problem of ours.
OFFSCREEN_NOISE = "propagateSizeHints"


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings" / "caviewer.ini"
