"""A layout boundary: holds one widget so that a change of its texts relays only that widget.

A label's new text invalidates the layout of every ancestor up to the window. For the profile header
and the Trade pane's caption and readout, whose texts change on every switch between entries, that
reached the main window's own layout, and Qt then repainted the whole column under it (the tab bar, the
Trade pane's boxes and buttons): ~1-2 ms of every switch (benchmarks/RESULTS.md). A `LayoutBoundary`
places its child by hand, fills itself with it, and passes on only a change of the height the child
needs at the current width (or a growth of its minimum width). May import PySide6 only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class LayoutBoundary(QWidget):
    """Stands in a layout for `child`: as wide as the layout gives, as high as the child needs there."""

    def __init__(self, child: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._child = child
        child.setParent(self)
        self.setObjectName(f"{child.objectName()}Boundary")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._min_width = 0
        self._refit()

    def _needed_height(self) -> int:
        child, width = self._child, self.width()
        height = child.heightForWidth(width) if child.hasHeightForWidth() and width > 0 else -1
        return height if height > 0 else child.sizeHint().height()

    def _refit(self) -> None:
        """Take the height the child needs now and the widest minimum width it has asked for since the
        last resize (a header's minimum width moves with each entry's figures: narrowing it on every
        switch would travel up and relay the window); Qt passes on only a change."""
        self._min_width = max(self._min_width, self._child.minimumSizeHint().width())
        self.setMinimumWidth(self._min_width)
        self.setFixedHeight(self._needed_height())
        self._child.setGeometry(self.rect())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._child.sizeHint().width(), self.height())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the child's layout changed: stop here
            self._refit()
            return True
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._min_width = 0  # resized (the window or the splitter): the child's own minimum again
        self._refit()
