"""The bundled CJK font, registered once per application so that Qt's glyph fallback finds it.

A machine without CJK fonts drew the data's Chinese names as empty boxes. `resources/fonts/caviewer-cjk.ttf`
(a subset of Noto Sans SC made by scripts/make_cjk_font.py, OFL) holds every Chinese character the data and
the interface use; registering it costs about a millisecond. May import PySide6 and `caviewer.bundled`.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication

from caviewer import bundled

CJK_FAMILY = "caviewer CJK"
_registered: list[str] = []


def register_cjk_font(app: QGuiApplication) -> str | None:
    """Register the bundled font (once); returns its family, or None when the file cannot be loaded (the
    app still runs, with the system's fallback). Qt's own glyph fallback then finds it for any character
    the text's font lacks. It is deliberately not added to the application font's family list: Qt would
    then give every line the CJK font's taller line spacing, growing every label and the window."""
    if not _registered:
        path = bundled.resources_dir() / "fonts" / "caviewer-cjk.ttf"
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            return None
        _registered.append(families[0])
    return _registered[0]
