"""Fixtures of the window tests (the database and the window come from tests/conftest.py): temp settings."""

from __future__ import annotations

from pathlib import Path

import pytest

# The offscreen platform reports this once per top-level window; it is not a problem of ours.
OFFSCREEN_NOISE = "propagateSizeHints"


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings" / "caviewer.ini"


@pytest.fixture(autouse=True)
def _cjk_font_as_the_app_has_it(qapp) -> None:  # type: ignore[no-untyped-def]
    """The app registers its bundled CJK font when it makes its QApplication; the window tests run with it
    too, so what they measure and draw is what users get (and no test depends on another having run)."""
    from caviewer.ui.fonts import register_cjk_font
    from caviewer.ui.translations import apply_language

    register_cjk_font(qapp)
    apply_language("en")  # as the app does for English: its plural forms ("1 source", "2 sources")
