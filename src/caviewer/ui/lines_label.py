"""A label that wraps its text within a set number of lines, so a new text never relays the window.

A word-wrapped QLabel has a height for every width. Each change of its text then made Qt work out the
heights of all its ancestors again (height-for-width up to the window): ~2 ms of every switch between
entries for the trade caption and the readout under the plot (benchmarks/RESULTS.md). A `LinesLabel`
always asks for the same number of lines of its font; a text longer than those lines is cut at the last
one and shown whole in the tooltip. May import PySide6 only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class LinesLabel(QLabel):
    """A word-wrapped label `lines` lines high, whatever its text; as wide as its layout gives."""

    def __init__(
        self, lines: int, parent: QWidget | None = None, *, extra_fonts: tuple[str, ...] = ()
    ) -> None:
        super().__init__(parent)
        self._lines = max(1, lines)
        # Families whose glyphs the text may fall back to (the bundled CJK font): the line is as high as
        # the tallest of them, so a text that needs one is as high as one that does not.
        self._extra_fonts = extra_fonts
        self.setWordWrap(True)
        # Top-aligned: a text longer than its lines loses its end, never its first line.
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._fit()

    def lines(self) -> int:
        return self._lines

    def set_lines(self, lines: int) -> None:
        if max(1, lines) != self._lines:
            self._lines = max(1, lines)
            self._fit()

    def _fit(self) -> None:
        margins = self.contentsMargins()
        spacing = self.fontMetrics().lineSpacing()
        for family in self._extra_fonts:
            other = QFont(self.font())
            other.setFamilies([family])
            spacing = max(spacing, QFontMetrics(other).lineSpacing())
        height = self._lines * spacing + margins.top() + margins.bottom() + 2
        self.setFixedHeight(height)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return False

    def heightForWidth(self, _width: int) -> int:  # noqa: N802
        return self.height()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.fontMetrics().averageCharWidth() * 20, self.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, self.height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:
            self._fit()
        super().changeEvent(event)
