"""A widget that paints a `ChartFigure` with the exports' own painter, so a chart in the window is the
chart a file gets. Shared by the panes that draw breakdown and finance charts (panes never import each
other). May import PySide6 and the chart modules.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from caviewer.ui.export.chart_spec import ChartFigure
from caviewer.ui.export.print_chart import Hit, paint_chart


class FigureView(QWidget):
    """A `ChartFigure` painted at the widget's size, as an export of that size would be; without the
    footer, since the values' table under it names every row's sources."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figure: ChartFigure | None = None
        self._hits: list[Hit] = []
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_figure(self, figure: ChartFigure | None) -> None:
        self._figure = figure.edited(footer=False) if figure else None
        self._hits = []
        self.update()

    def figure(self) -> ChartFigure | None:
        return self._figure

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        if self._figure is None:
            return
        painter = QPainter(self)
        try:
            dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
            hits: list[Hit] = []
            look = "dark" if dark else "white"
            paint_chart(painter, self.width(), self.height(), self._figure, look, hits=hits)
            self._hits = hits
        finally:
            painter.end()

    def tooltip_at(self, pos: QPointF) -> str:
        """What a hover at `pos` shows: the bar's or point's value and its sources, or nothing."""
        for rect, text, source_ids in reversed(self._hits):  # the last drawn is on top
            if rect.contains(pos):
                cited = QCoreApplication.translate("Charts", "Sources: %1").replace(
                    "%1", self._source_names(source_ids)
                )
                return f"{text}\n{cited}" if source_ids else text
        return ""

    def _source_names(self, source_ids: tuple[str, ...]) -> str:
        known = {s.source_id: s for s in self._figure.sources} if self._figure else {}
        names = [
            f"{s.publisher or s.title}, \u201c{s.title}\u201d" if s.publisher else s.title
            for sid in source_ids
            if (s := known.get(sid)) is not None
        ]
        return "; ".join(dict.fromkeys(names)) or ", ".join(source_ids)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
