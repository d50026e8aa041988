"""The print-layout chart: paints a `ChartFigure` with QPainter on any paint device, at any size.

Independent of the on-screen plot widget: every export (PNG, SVG, PDF, clipboard) paints the same figure
through `paint_chart`, in logical coordinates equal to the output's pixel size. Fonts, line widths, symbols
and margins scale with the output (a unit `u` = one pixel of a 1200x675 chart), so a 4000 px image has no
hairlines or tiny labels, and the title, legend and footer are laid out inside the image, never cropped.
Gaps (NaN) break lines; estimates have hollow symbols; colours come from `ui.palette`.
We paint ourselves rather than through pyqtgraph's exporters, which draw cosmetic 1 px pens and logical-pixel
fonts whatever the output size. May import PySide6, the domain, formatting and the chart model.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from caviewer.formatting import format_usd
from caviewer.i18n import translate
from caviewer.ui.export.breakdown_spec import ProductBar
from caviewer.ui.export.chart_spec import ChartFigure, PlotLine
from caviewer.ui.palette import FLOW_COLORS

BACKGROUNDS = ("white", "dark", "transparent")
FONT_FAMILY = "DejaVu Sans"
_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
_FOOTER_LINES = 3
_NOTE_LINES = 3  # the caveats above the sources: more is in the CSV and the citation


@dataclass(frozen=True)
class Colors:
    background: QColor | None
    text: QColor
    muted: QColor
    grid: QColor


def colors(background: str) -> Colors:
    """Text and grid colours for a background; transparent keeps dark text, as for a white page."""
    if background == "dark":
        return Colors(QColor("#1E1E1E"), QColor("#F2F2F2"), QColor("#B8B8B8"), QColor("#444444"))
    paper = None if background == "transparent" else QColor("#FFFFFF")
    return Colors(paper, QColor("#1A1A1A"), QColor("#555555"), QColor("#DDDDDD"))


def unit_of(width: float, height: float) -> float:
    """The size of one design pixel: 1.0 for 1200x675; text stays readable on tall or wide outputs."""
    by_side = min(width / 1200.0, height / 675.0)
    return max(0.25, min(math.sqrt(width * height / (1200.0 * 675.0)), 1.35 * by_side))


def font(u: float, size: float, bold: bool = False) -> QFont:
    f = QFont(FONT_FAMILY)
    f.setPixelSize(max(1, round(size * u)))
    f.setBold(bold)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f


# Where a drawn value sits, what it is in words, and its sources: for the window's hover tooltips.
Hit = tuple[QRectF, str, tuple[str, ...]]


def paint_chart(
    painter: QPainter,
    width: float,
    height: float,
    figure: ChartFigure,
    background: str,
    *,
    hits: list[Hit] | None = None,
) -> None:
    """Paint the whole figure into the rectangle (0, 0, width, height) of the painter's coordinates; with
    `hits`, also collect where each bar and point was drawn."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    c = colors(background)
    if c.background is not None:
        painter.fillRect(QRectF(0, 0, width, height), c.background)
    _Layout(painter, width, height, figure, c, hits=hits).paint()
    painter.restore()


class _Layout:
    """One painting pass: text blocks from the top and the bottom, the plot in between."""

    def __init__(
        self,
        painter: QPainter,
        width: float,
        height: float,
        figure: ChartFigure,
        c: Colors,
        *,
        hits: list[Hit] | None = None,
    ):
        self.p, self.w, self.h, self.fig, self.c = painter, width, height, figure, c
        self.hits = hits
        self.u = unit_of(width, height)
        self.margin = 28 * self.u

    def paint(self) -> None:
        u, m = self.u, self.margin
        top = m
        top = self._text(self.fig.title, font(u, 26, bold=True), self.c.text, top, max_lines=2)
        if self.fig.subtitle:
            top = self._text(self.fig.subtitle, font(u, 16), self.c.muted, top + 4 * u, max_lines=2)
        if self.fig.legend:
            top = self._legend(top + 12 * u)
        bottom = self.h - m
        if self.fig.footer:
            bottom = self._footer(bottom)
            if self.fig.notes:
                bottom = self._notes(bottom)
        area = QRectF(m, top + 14 * u, self.w - 2 * m, bottom - top - 26 * u)
        if self.fig.bars:
            _ProductBars(self, area).paint()
        else:
            _Plot(self, area).paint()

    # -- text --------------------------------------------------------------------------------------

    def _text(self, text: str, f: QFont, color: QColor, top: float, max_lines: int) -> float:
        """Wrapped text from `top` down, at most `max_lines` lines; returns the y below it."""
        metrics = QFontMetricsF(f)
        rect = metrics.boundingRect(QRectF(0, 0, self.w - 2 * self.margin, 1e7), _WRAP, text)
        height = min(rect.height(), metrics.lineSpacing() * max_lines)
        self.p.setFont(f)
        self.p.setPen(color)
        self.p.save()
        self.p.setClipRect(QRectF(self.margin, top, self.w - 2 * self.margin, height + 1))
        self.p.drawText(QRectF(self.margin, top, self.w - 2 * self.margin, height + 1), _WRAP, text)
        self.p.restore()
        return top + height

    def _footer(self, bottom: float) -> float:
        """Sources (elided to fit three lines) and the data version, bottom-aligned; returns their top."""
        f = font(self.u, 12.5)
        metrics = QFontMetricsF(f)
        width = self.w - 2 * self.margin
        names = list(self.fig.source_names)
        text = _sources_text(names, len(names))
        for shown in range(len(names), 0, -1):
            text = _sources_text(names, shown)
            lines = metrics.boundingRect(QRectF(0, 0, width, 1e7), _WRAP, text).height()
            if lines <= metrics.lineSpacing() * _FOOTER_LINES + 1:
                break
        version_top = bottom - metrics.lineSpacing()
        self.p.setFont(f)
        self.p.setPen(self.c.muted)
        self.p.drawText(
            QRectF(self.margin, version_top, width, metrics.lineSpacing()), _WRAP, self.fig.version_line()
        )
        used = min(
            metrics.boundingRect(QRectF(0, 0, width, 1e7), _WRAP, text).height(),
            metrics.lineSpacing() * _FOOTER_LINES,
        )
        top = version_top - used
        self.p.drawText(QRectF(self.margin, top, width, used + 1), _WRAP, text)
        return top

    def _notes(self, bottom: float) -> float:
        """The caveats on the values drawn, numbered, at most `_NOTE_LINES` lines above the sources (the
        full text is in the CSV and the citation); returns their top."""
        f = font(self.u, 12.5)
        metrics = QFontMetricsF(f)
        width = self.w - 2 * self.margin
        text = (
            translate("Charts", "Notes:")
            + " "
            + "; ".join(f"({i}) {n}" for i, n in enumerate(self.fig.notes, 1))
        )
        text += translate("Charts", ". Full notes: CSV export and Copy citation.")
        height = min(
            metrics.boundingRect(QRectF(0, 0, width, 1e7), _WRAP, text).height(),
            metrics.lineSpacing() * _NOTE_LINES,
        )
        top = bottom - height - 4 * self.u
        lines = metrics.boundingRect(QRectF(0, 0, width, 1e7), _WRAP, text).height()
        if lines > height + 1:
            text = _elide_to(metrics, text, width, _NOTE_LINES)
        self.p.setFont(f)
        self.p.setPen(self.c.text)
        self.p.save()
        self.p.setClipRect(QRectF(self.margin, top, width, height + 1))
        self.p.drawText(QRectF(self.margin, top, width, height + 1), _WRAP, text)
        self.p.restore()
        return top

    # -- legend ------------------------------------------------------------------------------------

    def _legend(self, top: float) -> float:
        """Legend entries in rows across the image, wrapped as needed; returns the y below them."""
        u = self.u
        f = font(u, 14)
        metrics = QFontMetricsF(f)
        entries: list[tuple[str, PlotLine | None]] = [(line.series.label, line) for line in self.fig.lines]
        if self.fig.has_estimates():
            entries.append((self.fig.estimate_note(), None))
        sample, gap, row_h = 30 * u, 22 * u, metrics.lineSpacing() * 1.25
        x, y = self.margin, top
        self.p.setFont(f)
        for label, line in entries:
            width = sample + 8 * u + metrics.horizontalAdvance(label)
            if x > self.margin and x + width > self.w - self.margin:
                x, y = self.margin, y + row_h
            mid = QPointF(x, y + row_h / 2)
            if line is None and self.fig.estimate_styles() == {"line"}:
                _symbol(self.p, QPointF(x + sample / 2, mid.y()), self.c.text, hollow=True, u=u, c=self.c)
            elif line is None:
                _estimate_sample(self.p, QPointF(x + sample / 2, mid.y()), u=u, c=self.c)
            else:
                _legend_sample(self.p, line, mid, sample=sample, u=u, c=self.c)
            self.p.setPen(self.c.text)
            self.p.setFont(f)
            self.p.drawText(
                QRectF(x + sample + 8 * u, y, width, row_h), int(Qt.AlignmentFlag.AlignVCenter), label
            )
            x += width + gap
        return y + row_h


class _Plot:
    """Axes, grid, bars and lines in the plot rectangle (axis labels included)."""

    def __init__(self, layout: _Layout, rect: QRectF) -> None:
        self.layout, self.p, self.u, self.c = layout, layout.p, layout.u, layout.c
        self.fig = layout.fig
        self.font = font(self.u, 13.5)
        self.metrics = QFontMetricsF(self.font)
        self.log = self.fig.log_scale and self.fig.unit in ("usd", "ratio")
        low, high = _value_range(self.fig)
        if self.log:
            self.ticks = log_ticks(self.fig)
        else:
            self.ticks = nice_ticks(low, high, max(2, int(rect.height() / (55 * self.u))))
        labels = [self._label(t) for t in self.ticks]
        left = max(self.metrics.horizontalAdvance(t) for t in labels) + 10 * self.u
        bottom = self.metrics.lineSpacing() + 8 * self.u
        half_year = self.metrics.horizontalAdvance("2000") / 2
        self.rect = QRectF(
            rect.left() + left, rect.top(), rect.width() - left - half_year, rect.height() - bottom
        )
        years = self.fig.years
        self.x0, self.x1 = years[0] - 0.5, years[-1] + 0.5

    def _label(self, value: float) -> str:
        if self.fig.unit == "percent":
            return f"{value:g}%"
        if self.fig.unit == "ratio":
            return f"{value:g}\u00d7"
        return format_usd(value) if value else "0"

    def _hit(self, rect: QRectF, line: PlotLine, year: int, value: float, estimate: bool) -> None:
        if self.layout.hits is None:
            return
        s = line.series
        index = s.years.index(year)
        est = translate("Charts", " (estimate or derived)") if estimate else ""
        self.layout.hits.append((rect, f"{s.label}, {year}: {self._label(value)}{est}", s.sources[index]))

    def x(self, year: float) -> float:
        return self.rect.left() + (year - self.x0) / (self.x1 - self.x0) * self.rect.width()

    def y(self, value: float) -> float:
        low, high = self.ticks[0], self.ticks[-1]
        if self.log:
            # Powers of ten evenly spaced; a value at or below zero sits on the bottom edge.
            low, high, value = math.log10(low), math.log10(high), math.log10(max(value, self.ticks[0]))
        return self.rect.bottom() - (value - low) / (high - low) * self.rect.height()

    def paint(self) -> None:
        if self.rect.width() <= 0 or self.rect.height() <= 0:
            return
        self._axes()
        # On a log scale bars are not drawn (as in the window): a bar has no base to stand on.
        bars = [] if self.log else [line for line in self.fig.lines if line.style == "bars"]
        for i, line in enumerate(bars):
            self._bars(line, i, len(bars))
        self._stacked([line for line in self.fig.lines if line.style == "stacked"])
        for line in self.fig.lines:
            if line.style == "line":
                self._line(line)

    def _axes(self) -> None:
        u, p = self.u, self.p
        p.setFont(self.font)
        for tick in self.ticks:
            y = self.y(tick)
            p.setPen(QPen(self.c.text if tick == 0 else self.c.grid, (1.4 if tick == 0 else 1.0) * u))
            p.drawLine(QPointF(self.rect.left(), y), QPointF(self.rect.right(), y))
            p.setPen(self.c.muted)
            box = QRectF(
                0, y - self.metrics.lineSpacing() / 2, self.rect.left() - 8 * u, self.metrics.lineSpacing()
            )
            p.drawText(
                box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), self._label(tick)
            )
        step = _year_step(self.fig.years, self.rect.width(), self.metrics.horizontalAdvance("2000") + 14 * u)
        label_top = self.rect.bottom() + 6 * u
        for year in self.fig.years:
            if year % step:
                continue
            x = self.x(year)
            p.setPen(QPen(self.c.muted, 1.0 * u))
            p.drawLine(QPointF(x, self.rect.bottom()), QPointF(x, self.rect.bottom() + 4 * u))
            box = QRectF(x - 40 * u, label_top, 80 * u, self.metrics.lineSpacing())
            p.drawText(box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), str(year))

    def _line(self, line: PlotLine) -> None:
        color = QColor(line.color)
        pen = QPen(color, 2.6 * self.u)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if line.dashed:
            pen.setStyle(Qt.PenStyle.CustomDashLine)
            pen.setDashPattern([3.0, 2.0])
        self.p.setPen(pen)
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        for run in _runs(line.series.years, line.series.values):
            path = QPainterPath(QPointF(self.x(run[0][0]), self.y(run[0][1])))
            for year, value in run[1:]:
                path.lineTo(self.x(year), self.y(value))
            self.p.drawPath(path)
        s = line.series
        for year, value, estimate in zip(s.years, s.values, s.estimates, strict=True):
            if not math.isnan(value):
                at = QPointF(self.x(year), self.y(value))
                _symbol(self.p, at, color, hollow=estimate, u=self.u, c=self.c)
                r = 7 * self.u
                self._hit(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r), line, year, value, estimate)

    def _bars(self, line: PlotLine, i: int = 0, count: int = 1) -> None:
        """Bar group i of `count`, side by side within a year as in the window (exports, imports, balance);
        a lighter fill for estimates."""
        color = QColor(line.color)
        per_year = self.rect.width() / (self.x1 - self.x0)
        slot = 0.27 if count > 1 else 0.6  # the window's offsets; one group alone keeps its wide bars
        half = slot / 2 * per_year * (0.96 if count > 1 else 1.0)
        shift = (i - (count - 1) / 2) * slot * per_year
        for year, value, estimate in zip(
            line.series.years, line.series.values, line.series.estimates, strict=True
        ):
            if math.isnan(value):
                continue
            fill = QColor(color)
            fill.setAlphaF(0.35 if estimate else 0.75)
            self.p.setPen(QPen(color, 1.2 * self.u))
            self.p.setBrush(fill)
            top, base = self.y(max(value, 0.0)), self.y(min(value, 0.0))
            rect = QRectF(self.x(year) + shift - half, top, 2 * half, base - top)
            self.p.drawRect(rect)
            self._hit(rect, line, year, value, estimate)

    def _stacked(self, lines: Sequence[PlotLine]) -> None:
        half = 0.4 * self.rect.width() / (self.x1 - self.x0)
        base = dict.fromkeys(self.fig.years, 0.0)
        edge = self.c.background or QColor("#FFFFFF")
        for line in lines:
            self.p.setPen(QPen(edge, 0.6 * self.u))
            s = line.series
            for year, value, estimate in zip(s.years, s.values, s.estimates, strict=True):
                if math.isnan(value):
                    continue
                fill = QColor(line.color)
                fill.setAlphaF(0.4 if estimate else 1.0)  # estimates lighter, as the estimate bars of `_bars`
                self.p.setBrush(QBrush(fill))
                top, bottom = self.y(base[year] + value), self.y(base[year])
                rect = QRectF(self.x(year) - half, top, 2 * half, bottom - top)
                self.p.drawRect(rect)
                self._hit(rect, line, year, value, estimate)
                base[year] += value


def _legend_sample(p: QPainter, line: PlotLine, mid: QPointF, *, sample: float, u: float, c: Colors) -> None:
    color = QColor(line.color)
    if line.style in ("bars", "stacked"):
        p.setPen(QPen(color, 1.2 * u))
        p.setBrush(color)
        p.drawRect(QRectF(mid.x() + sample / 2 - 7 * u, mid.y() - 7 * u, 14 * u, 14 * u))
        return
    pen = QPen(color, 2.6 * u)
    if line.dashed:
        pen.setStyle(Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([3.0, 2.0])
    p.setPen(pen)
    p.drawLine(QPointF(mid.x(), mid.y()), QPointF(mid.x() + sample, mid.y()))
    _symbol(p, QPointF(mid.x() + sample / 2, mid.y()), color, hollow=False, u=u, c=c)


def _estimate_sample(p: QPainter, at: QPointF, *, u: float, c: Colors) -> None:
    """A light square for the estimate note of bars and shares (with a hollow marker when lines have some)."""
    light = QColor(c.text)
    light.setAlphaF(0.35)
    p.setPen(QPen(c.text, 1.2 * u))
    p.setBrush(light)
    p.drawRect(QRectF(at.x() - 7 * u, at.y() - 7 * u, 14 * u, 14 * u))


def _symbol(p: QPainter, at: QPointF, color: QColor, *, hollow: bool, u: float, c: Colors) -> None:
    """A round marker: filled for a reported value, hollow (background inside) for an estimate."""
    p.setPen(QPen(color, 1.8 * u))
    p.setBrush(c.background or QColor("#FFFFFF") if hollow else color)
    radius = 4.2 * u
    p.drawEllipse(at, radius, radius)


def _runs(years: Sequence[int], values: Sequence[float]) -> list[list[tuple[int, float]]]:
    """Consecutive non-NaN stretches: each becomes one polyline, so a gap stays a gap."""
    runs: list[list[tuple[int, float]]] = [[]]
    for year, value in zip(years, values, strict=True):
        if math.isnan(value):
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append((year, value))
    return [run for run in runs if run]


def _value_range(figure: ChartFigure) -> tuple[float, float]:
    if figure.unit == "percent" and any(line.style == "stacked" for line in figure.lines):
        return 0.0, 100.0
    if figure.unit == "ratio":
        values = [v for line in figure.lines for v in line.series.values if not math.isnan(v)]
        return 0.0, max(1.0, *values)  # 1 (the two reporters agree) is always in view
    values = [v for line in figure.lines for v in line.series.values if not math.isnan(v)]
    return min(0.0, *values), max(0.0, *values)


class _ProductBars:
    """The products chart: for each direction, a column of horizontal bars, largest first, each labelled
    with its product and its value (or share of the flow)."""

    def __init__(self, layout: _Layout, rect: QRectF) -> None:
        self.layout, self.p, self.u, self.c = layout, layout.p, layout.u, layout.c
        self.fig, self.rect = layout.fig, rect
        self.font = font(self.u, 13.0)
        self.head = font(self.u, 14.5, bold=True)

    def paint(self) -> None:
        flows = [f for f in ("china_exports", "china_imports") if any(b.flow == f for b in self.fig.bars)]
        gap = 24 * self.u
        width = (self.rect.width() - gap * (len(flows) - 1)) / max(1, len(flows))
        for i, flow in enumerate(flows):
            column = QRectF(self.rect.left() + i * (width + gap), self.rect.top(), width, self.rect.height())
            self._column(flow, [b for b in self.fig.bars if b.flow == flow], column)

    def _column(self, flow: str, bars: Sequence[ProductBar], rect: QRectF) -> None:
        u, p = self.u, self.p
        title = bars[0].group
        metrics = QFontMetricsF(self.head)
        p.setFont(self.head)
        p.setPen(self.c.text)
        p.drawText(QRectF(rect.left(), rect.top(), rect.width(), metrics.lineSpacing()), _WRAP, title)
        top = rect.top() + metrics.lineSpacing() + 8 * u
        use_value = all(b.value_usd is not None for b in bars)
        largest = max(((b.value_usd if use_value else b.share_pct) or 0.0) for b in bars) or 1.0
        row = min(44 * u, (rect.bottom() - top) / max(1, len(bars)))
        text_metrics = QFontMetricsF(self.font)
        color = QColor(FLOW_COLORS[flow])
        for i, bar in enumerate(bars):
            y = top + i * row
            amount = (bar.value_usd if use_value else bar.share_pct) or 0.0
            label = (
                format_usd(bar.value_usd)
                if bar.value_usd is not None
                else translate("Charts", "%1% of the flow").replace("%1", f"{bar.share_pct:g}")
            )
            p.setFont(self.font)
            p.setPen(self.c.text)
            text = text_metrics.elidedText(f"{bar.label}  {label}", Qt.TextElideMode.ElideRight, rect.width())
            p.drawText(QRectF(rect.left(), y, rect.width(), text_metrics.lineSpacing()), _WRAP, text)
            bar_top = y + text_metrics.lineSpacing() + 2 * u
            length = rect.width() * amount / largest
            fill = QColor(color)
            fill.setAlphaF(0.8)
            p.fillRect(
                QRectF(
                    rect.left(), bar_top, max(1.0, length), max(2.0, row - text_metrics.lineSpacing() - 8 * u)
                ),
                fill,
            )
            if self.layout.hits is not None:
                self.layout.hits.append(
                    (QRectF(rect.left(), y, rect.width(), row), f"{bar.label}: {label}", bar.source_ids)
                )


def log_ticks(figure: ChartFigure) -> list[float]:
    """Powers of ten from just below the smallest positive value drawn to just above the largest."""
    values = [v for line in figure.lines if line.style == "line" for v in line.series.values if v > 0]
    if figure.unit == "ratio":
        values += [1.0]  # agreement is always in view
    if not values:
        return [1e6, 1e9]
    low = 10 ** math.floor(math.log10(min(values)))
    high = 10 ** math.ceil(math.log10(max(values)))
    if high <= low:
        high = low * 10
    return [10.0**e for e in range(round(math.log10(low)), round(math.log10(high)) + 1)]


def nice_ticks(low: float, high: float, count: int) -> list[float]:
    """Round tick values covering [low, high] with about `count` intervals (1, 2, 2.5 or 5 x 10^n)."""
    if high <= low:
        high = low + 1.0
    raw = (high - low) / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(f * power for f in (1, 2, 2.5, 5, 10) if f * power >= raw)
    first = math.floor(low / step) * step
    last = math.ceil(high / step) * step
    return [first + i * step for i in range(round((last - first) / step) + 1)]


def _year_step(years: Sequence[int], width: float, label_width: float) -> int:
    fits = max(1, int(width / label_width))
    return next((s for s in (1, 2, 5, 10, 20, 50) if len(years) / s <= fits), 100)


def _elide_to(metrics: QFontMetricsF, text: str, width: float, lines: int) -> str:
    """`text` cut at a word and ended with an ellipsis so that it wraps into `lines` lines of `width`."""
    words = text.split()
    limit = metrics.lineSpacing() * lines + 1
    low, high = 1, len(words)
    while low < high:
        mid = (low + high + 1) // 2
        candidate = " ".join(words[:mid]) + " \u2026"
        if metrics.boundingRect(QRectF(0, 0, width, 1e7), _WRAP, candidate).height() <= limit:
            low = mid
        else:
            high = mid - 1
    return " ".join(words[:low]) + " \u2026"


def _sources_text(names: Sequence[str], shown: int) -> str:
    if not names:
        return translate("Charts", "Sources: see the caviewer dataset")
    text = translate("Charts", "Sources:") + " " + "; ".join(names[:shown])
    rest = len(names) - shown
    more = QCoreApplication.translate("Charts", "; and %n more (full list: Copy citation)", "", rest)
    return text + (more if rest else ".")
