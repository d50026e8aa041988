"""A widget that paints a `ChartFigure` with the exports' own painter, so a chart in the window is the
chart a file gets. Shared by the panes that draw breakdown and finance charts (panes never import each
other). May import PySide6 and the chart modules.
"""

from __future__ import annotations

from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from caviewer.ui.export.chart_spec import ChartFigure
from caviewer.ui.export.print_chart import paint_chart


class FigureView(QWidget):
    """A `ChartFigure` painted at the widget's size, as an export of that size would be; without the
    footer, since the values' table under it names every row's sources."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figure: ChartFigure | None = None
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_figure(self, figure: ChartFigure | None) -> None:
        self._figure = figure.edited(footer=False) if figure else None
        self.update()

    def figure(self) -> ChartFigure | None:
        return self._figure

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        if self._figure is None:
            return
        painter = QPainter(self)
        try:
            dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
            paint_chart(painter, self.width(), self.height(), self._figure, "dark" if dark else "white")
        finally:
            painter.end()
