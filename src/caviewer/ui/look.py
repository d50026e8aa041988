"""How the window looks beyond the system style: larger and bolder type, muted captions and card frames.

Set in code, not with an application style sheet: Qt's style-sheet engine matched its rules against every
widget as it was added, which made building the window ~70 ms slower (benchmarks/RESULTS.md). Every colour
is a role of the system palette, so the window follows light and dark themes. May import PySide6 only.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QWidget

CARD_RADIUS = 6.0


def set_type(widget: QWidget, point_size: float | None = None, *, bold: bool = False) -> None:
    """Give a widget a larger or smaller type size and, when `bold`, a semibold weight."""
    font = QFont(widget.font())
    if point_size is not None:
        font.setPointSizeF(point_size)
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    widget.setFont(font)


def mute(widget: QWidget) -> None:
    """Draw a widget's text in the palette's placeholder colour: captions and notes, not values."""
    widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)


class Card(QFrame):
    """A rounded panel on the palette's base colour with a thin border, holding one headline figure."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1.0))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), CARD_RADIUS, CARD_RADIUS)
        painter.end()
