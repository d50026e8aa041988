"""The bundled CJK font covers every Chinese character the data and the interface use (a new one fails
this until scripts/make_cjk_font.py is re-run), records its source and licence, and is small."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[1]
FONTS = ROOT / "resources" / "fonts"


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("make_cjk_font", ROOT / "scripts" / "make_cjk_font.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_font_covers_every_cjk_character_in_data_and_interface() -> None:
    wanted = _script().wanted_characters(ROOT)
    assert "哈" in wanted and len(wanted) > 50  # the data's Chinese names are in it
    cmap = TTFont(FONTS / "caviewer-cjk.ttf").getBestCmap()
    missing = [ch for ch in wanted if ord(ch) not in cmap]
    assert missing == [], f"re-run scripts/make_cjk_font.py: {''.join(missing)}"


def test_font_records_its_source_and_licence_and_is_renamed() -> None:
    record = json.loads((FONTS / "caviewer-cjk.json").read_text(encoding="utf-8"))
    assert record["package"].startswith("@expo-google-fonts/noto-sans-sc@")
    assert "Open Font License" in record["licence"] and len(record["source_sha256"]) == 64
    assert record["characters"] == _script().wanted_characters(ROOT), "re-run scripts/make_cjk_font.py"
    assert "SIL OPEN FONT LICENSE" in (FONTS / "OFL.txt").read_text(encoding="utf-8").upper()
    names = {r.nameID: r.toUnicode() for r in TTFont(FONTS / "caviewer-cjk.ttf")["name"].names}
    assert names[1] == "caviewer CJK" and "Source" not in names[1]  # the OFL's reserved name is not kept
    assert (FONTS / "caviewer-cjk.ttf").stat().st_size < 400_000


def test_the_window_draws_chinese_with_the_bundled_font(qapp) -> None:  # type: ignore[no-untyped-def]
    """Once the app registers it, text in the ordinary interface font draws its Chinese characters exactly
    as the bundled font does (Qt's glyph fallback finds it), and the interface font's metrics stay."""
    from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QRawFont
    from PySide6.QtWidgets import QApplication

    from caviewer.ui.fonts import CJK_FAMILY, register_cjk_font

    def draw(font: QFont) -> bytes:
        image = QImage(220, 40, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setFont(font)
        painter.drawText(5, 28, "哈萨克斯坦中亚五国")
        painter.end()
        return bytes(image.constBits())

    app = QApplication.instance()
    spacing = QFontMetrics(app.font()).lineSpacing()
    assert register_cjk_font(app) == CJK_FAMILY
    explicit = QFont(app.font())
    explicit.setFamilies([CJK_FAMILY])
    assert draw(app.font()) == draw(explicit)
    assert QFontMetrics(app.font()).lineSpacing() == spacing
    raw = QRawFont(str(FONTS / "caviewer-cjk.ttf"), 12)
    assert all(raw.supportsCharacter(ord(ch)) for ch in "哈萨克斯坦中亚五国")
