"""The Overview's small trade chart: both reporters' annual totals over the last 20 years and the latest
year-to-date total as a marked point, painted with QPainter (the first pane a user sees does not wait for
pyqtgraph).

The lines are `trade_series.chart_series`'s, the same the Trade pane and the exports draw; a missing year is
a break in the line, never a zero. May import PySide6, the profile presenter and `ui.trade_series`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from caviewer.formatting import format_period, format_usd
from caviewer.profile.model import Profile
from caviewer.profile.trade import latest_year_to_date
from caviewer.ui import palette
from caviewer.ui.trade_series import ChartEntry, TradeView, chart_series

YEARS = 20
Scale = Callable[[float], float]


@dataclass(frozen=True)
class MiniLine:
    label: str
    color: str
    dashed: bool
    years: tuple[int, ...]
    values: tuple[float, ...]  # US dollars; NaN where the year has no value


@dataclass(frozen=True)
class MiniPoint:
    """The latest part-year total, drawn at its year and never joined to the annual line."""

    label: str
    year: int
    value: float


def mini_content(profile: Profile) -> tuple[list[MiniLine], MiniPoint | None]:
    """The two reporters' totals over the last `YEARS` years with data, and the year-to-date point."""
    drawn = [p for p in chart_series(ChartEntry.of(profile), TradeView()) if p.style == "line"]
    with_data = [
        y for p in drawn for y, v in zip(p.series.years, p.series.values, strict=True) if not math.isnan(v)
    ]
    ytd = latest_year_to_date(profile.trade, "china")
    point = None
    if ytd is not None and ytd.current.value_usd:
        point = MiniPoint(
            QCoreApplication.translate("Charts", "%1 (part year)").replace(
                "%1", format_period(ytd.current.period)
            ),
            ytd.current.year,
            ytd.current.value_usd,
        )
    if not with_data:
        return [], point
    last = max([*with_data, point.year if point else 0])
    first = max(min(with_data), last - YEARS + 1)
    lines = []
    for p in drawn:
        pairs = [(y, v) for y, v in zip(p.series.years, p.series.values, strict=True) if first <= y <= last]
        if any(not math.isnan(v) for _, v in pairs):
            years, values = zip(*pairs, strict=True)
            lines.append(MiniLine(p.series.label, p.color, p.dashed, tuple(years), tuple(values)))
    return lines, point


class MiniTradeChart(QWidget):
    """Trade with China at a glance; the Trade pane holds the full chart and its values."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: list[MiniLine] = []
        self._point: MiniPoint | None = None
        # Fixed: beside the briefing's column of statements it would otherwise grow past the visible part.
        self.setFixedHeight(168)
        self.setMinimumWidth(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(QCoreApplication.translate("Charts", "Trade at a glance"))

    def set_profile(self, profile: Profile) -> None:
        self._lines, self._point = mini_content(profile)
        described = "; ".join(
            f"{line.label} {format_usd(v)} in {y}" for line in self._lines for y, v in [_latest(line)]
        )
        self.setAccessibleDescription(described or QCoreApplication.translate("Charts", "No trade data"))
        self.setToolTip(described)
        self.update()

    def lines(self) -> list[MiniLine]:
        return list(self._lines)

    def point(self) -> MiniPoint | None:
        return self._point

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        line_h = metrics.height()
        if not self._lines and self._point is None:
            painter.setPen(text_color)
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("Charts", "No trade data for this entry"),
            )
            return
        values = [v for line in self._lines for v in line.values if not math.isnan(v)]
        if self._point:
            values.append(self._point.value)
        top_value = max(values) * 1.1 or 1.0
        years = sorted({y for line in self._lines for y in line.years} | _year_of(self._point))
        low, high = years[0], max(years[-1], years[0] + 1)
        left = metrics.horizontalAdvance(format_usd(top_value)) + 10
        legend_bottom = self._draw_legend(painter, 0.0, line_h, text_color)
        plot = QRectF(left, legend_bottom + line_h * 0.6, self.width() - left - 20, 0)
        plot.setBottom(self.height() - line_h * 1.3)
        if plot.height() < 30 or plot.width() < 60:
            return

        def x_of(year: float) -> float:
            return plot.left() + (year - low) / (high - low) * plot.width()

        def y_of(value: float) -> float:
            return plot.bottom() - value / top_value * plot.height()

        grid = QColor(text_color)
        grid.setAlpha(60)
        painter.setPen(QPen(grid, 1))
        for share in (0.0, 0.5, 1.0):
            y = y_of(top_value * share / 1.1)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_color)
            label = format_usd(top_value * share / 1.1) if share else "0"
            painter.drawText(
                QRectF(0, y - line_h / 2, left - 6, line_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            painter.setPen(QPen(grid, 1))
        painter.setPen(text_color)
        for year in sorted({low, high, *(y for y in years if y % 5 == 0)}):
            x = x_of(year)
            painter.drawText(
                QRectF(x - 30, plot.bottom() + 2, 60, line_h), Qt.AlignmentFlag.AlignHCenter, str(year)
            )
        for line in self._lines:
            self._draw_line(painter, line, x_of, y_of)
        if self._point:
            self._draw_point(painter, self._point, x_of, y_of)

    @staticmethod
    def _draw_line(painter: QPainter, line: MiniLine, x_of: Scale, y_of: Scale) -> None:
        pen = QPen(QColor(line.color), 2)
        if line.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        path = QPainterPath()
        drawing = False
        for year, value in zip(line.years, line.values, strict=True):
            if math.isnan(value):
                drawing = False
                continue
            point = QPointF(x_of(year), y_of(value))
            if drawing:
                path.lineTo(point)
            else:
                path.moveTo(point)
                drawing = True
            painter.setBrush(QColor(line.color))
            painter.drawEllipse(point, 2.2, 2.2)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

    @staticmethod
    def _draw_point(painter: QPainter, point: MiniPoint, x_of: Scale, y_of: Scale) -> None:
        centre = QPointF(x_of(point.year), y_of(point.value))
        painter.setPen(QPen(QColor(palette.REPORTER_COLORS["china"]), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(centre.x() - 4.5, centre.y() - 4.5, 9, 9))

    def _draw_legend(self, painter: QPainter, left: float, line_h: float, text_color: QColor) -> float:
        """The legend across the top, wrapped to the width; returns where it ends."""
        metrics = painter.fontMetrics()
        items: list[tuple[str, MiniLine | None]] = [(line.label, line) for line in self._lines]
        if self._point:
            items.append((self._point.label, None))
        x, y = left, 0.0
        for label, line in items:
            width = 28 + metrics.horizontalAdvance(label) + 14
            if x > left and x + width > self.width():
                x, y = left, y + line_h
            middle = y + line_h / 2
            if line is not None:
                pen = QPen(QColor(line.color), 2)
                if line.dashed:
                    pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawLine(QPointF(x, middle), QPointF(x + 22, middle))
            else:
                painter.setPen(QPen(QColor(palette.REPORTER_COLORS["china"]), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(x + 6.5, middle - 4.5, 9, 9))
            painter.setPen(text_color)
            painter.drawText(QPointF(x + 28, y + metrics.ascent()), label)
            x += width
        return y + line_h


def _latest(line: MiniLine) -> tuple[int, float]:
    found = [(y, v) for y, v in zip(line.years, line.values, strict=True) if not math.isnan(v)]
    return max(found, default=(0, math.nan))


def _year_of(point: MiniPoint | None) -> set[int]:
    return {point.year} if point else set()
