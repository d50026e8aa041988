"""The trade plots, and the one place that imports and configures pyqtgraph.

Imported lazily (the first time the Trade pane is shown) so the window's first paint never waits for
pyqtgraph. PySide6 is imported first so pyqtgraph binds to it. Draws what `ui.trade_series` computed:
lines with NaN gaps (`connect='finite'`, never zero, never interpolated), symbols hollow for estimates,
bars for the flows and the balance, stacked bars for the regional shares; a crosshair with a readout.
Colours come from `ui.palette` and the background and text follow the system palette.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem, QLabel, QSizePolicy, QVBoxLayout, QWidget

from caviewer.i18n import translate

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
import numpy as np
import pyqtgraph as pg

from caviewer.formatting import format_usd
from caviewer.ui.boundary import LayoutBoundary
from caviewer.ui.lines_label import LinesLabel
from caviewer.ui.trade_series import Series

pg.setConfigOptions(antialias=True, useOpenGL=False, exitCleanup=False)

BILLION = 1e9
BAR_WIDTH = 0.26
# The grid's share of the text colour, mixed over the background into one opaque colour: Qt's raster
# engine draws a semi-transparent line ~30x slower than an opaque one (4 ms for a plot's grid here).
GRID_MIX = 0.18


def mix(background: QColor, foreground: QColor, share: float) -> QColor:
    """An opaque colour `share` of the way from `background` to `foreground`."""
    return QColor(
        *(
            round(b + (f - b) * share)
            for b, f in (
                (background.red(), foreground.red()),
                (background.green(), foreground.green()),
                (background.blue(), foreground.blue()),
            )
        )
    )


class SteadyAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph ships no type hints
    """An axis that keeps its drawing when a change of the plot leaves its range and the plot's size as
    they were. pyqtgraph draws the ticks, labels and grid again on every range signal of the view; a
    switch between entries that share their years re-drew the year axis for nothing (~1 ms)."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self._drawn_for: tuple[object, ...] | None = None

    def linkedViewChanged(self, view: pg.ViewBox, newRange: Sequence[float] | None = None) -> None:  # noqa: N802, N803
        index = 1 if self.orientation in ("left", "right") else 0
        shown = tuple(newRange) if newRange is not None else tuple(view.viewRange()[index])
        key = (shown, view.width(), view.height(), view.xInverted(), view.yInverted())
        if key == self._drawn_for and self.picture is not None:
            return
        self._drawn_for = key
        super().linkedViewChanged(view, newRange)


def legend_corner(drawn: Sequence[Series], *, log: bool = False) -> str:
    """ "left" or "right": the top corner above the lower of the first and last third of the years."""
    years = sorted({y for s in drawn for y in s.years})
    if len(years) < 3:
        return "left"
    third = max(1, len(years) // 3)
    first, last = set(years[:third]), set(years[-third:])

    def peak(span: set[int]) -> float:
        values = [
            v
            for s in drawn
            for y, v in zip(s.years, s.values, strict=True)
            if y in span and not math.isnan(v)
        ]
        values = [math.log10(v) for v in values if v > 0] if log else values
        return max(values, default=-math.inf)

    return "left" if peak(first) <= peak(last) else "right"


@dataclass(frozen=True)
class LineSpec:
    """A series drawn as a line with symbols: solid or dashed, in one colour."""

    series: Series
    color: str
    dashed: bool = False
    symbol: str = "o"


@dataclass(frozen=True)
class BarSpec:
    """A series drawn as bars, offset from the year by `offset` (in years)."""

    series: Series
    color: str
    offset: float = 0.0


def _finite(series: Series) -> tuple[list[int], list[float], list[bool]]:
    rows = [
        (y, v, e)
        for y, v, e in zip(series.years, series.values, series.estimates, strict=True)
        if not math.isnan(v)
    ]
    return [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]


class TradePlot(QWidget):
    """Main trade plot (lines and bars), an optional stacked-share plot below, and a hover readout."""

    def __init__(self, parent: QWidget | None = None) -> None:  # noqa: PLR0915
        super().__init__(parent)
        self._lines: list[LineSpec] = []
        self._bars: list[BarSpec] = []
        self._shares: list[Series] = []
        self._share_colors: dict[str, str] = {}
        self._source_labels: dict[str, str] = {}
        # Shown items by series key, and the pools they come from (made once, reused by every redraw).
        self._items: dict[str, pg.PlotDataItem] = {}
        self._bar_items: dict[str, pg.BarGraphItem] = {}
        self._share_items: dict[str, pg.BarGraphItem] = {}
        self._line_pool: list[pg.PlotDataItem] = []
        self._symbol_pool: list[pg.PlotDataItem] = []
        self._sample_pool: list[pg.PlotDataItem] = []  # legend samples, not in the plot
        self._sample_looks: dict[int, tuple[str, bool, str]] = {}  # what each sample was last drawn as
        self._samples_restyled = False
        self._bar_pool: list[pg.BarGraphItem] = []
        self._share_pool: list[pg.BarGraphItem] = []
        self._hollow: pg.PlotDataItem | None = None
        self._brushes: dict[str, QBrush] = {}
        self._pens: dict[str, QPen] = {}
        self._log = False
        self._log_drawn = False
        self._floored = False
        self._legend_corner = "left"  # where addLegend(offset=(8, 8)) put it
        self._range: tuple[int, int] | None = None
        self._plot = pg.PlotWidget(axisItems={"bottom": SteadyAxis("bottom"), "left": SteadyAxis("left")})
        self._plot.setObjectName("tradePlot")
        self._plot.setAccessibleName(translate("Charts", "Trade plot"))
        self._plot.setAccessibleDescription(
            translate("Charts", "Trade with China by year; the table twin holds the same values")
        )
        self._plot.setMenuEnabled(False)
        # Small enough minimums that the region's two plots fit the default 1280x800 window: a larger
        # total raised the window's minimum height, and every switch to the region resized the window.
        self._plot.setMinimumHeight(125)
        item = self._plot.getPlotItem()
        # An opaque grid (alpha 1 with every tick level at full alpha; its colour is mixed in
        # `_apply_palette`) at the labelled ticks only: 5 years, and round sums of dollars.
        item.showGrid(x=True, y=True, alpha=1.0)
        # Each axis also draws its grid lines across the plot: cached as a pixmap, a repaint that changes
        # only the data (or the hover cursor) blits it instead of replaying every line and label.
        for axis in ("bottom", "left"):
            item.getAxis(axis).setStyle(maxTickLevel=0, tickAlpha=255, autoReduceTextSpace=False)
            item.getAxis(axis).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            # Below the view box (z -100), so the grid lines run under the data and the legend; pyqtgraph
            # puts the axes (and with them the grid) above both.
            item.getAxis(axis).setZValue(-200)
            # The labels carry their unit (US$ billion, Year): no SI prefix to work out, and no label
            # re-set (as HTML) on every change of range.
            item.getAxis(axis).enableAutoSIPrefix(False)
        item.setLabel("bottom", translate("Charts", "Year"))
        item.setLabel("left", translate("Charts", "US$ billion"))
        self._legend = item.addLegend(offset=(8, 8), labelTextSize="9pt")
        view = item.getViewBox()
        view.setDefaultPadding(0.04)
        # At most ~1e5 view heights between any point and the view (values are US$ bn, or log10 of them):
        # far below where Qt stops drawing paths, so the items need no dynamic range limit.
        view.setLimits(minXRange=0.5, minYRange=1e-3)
        view.setAutoVisible(y=True)
        self._cursor = pg.InfiniteLine(angle=90, movable=False)
        self._cursor.setVisible(False)
        item.addItem(self._cursor, ignoreBounds=True)
        # An undrawn row of zeros across the years in view: on a linear scale the auto-range then always
        # reaches down to zero, so an amounts axis never starts at, say, $9 bn.
        self._zero = pg.PlotDataItem(pen=None)
        item.addItem(self._zero)
        # The regional shares' plot is made the first time a region is drawn (`_shares_plot`).
        self._share_plot: pg.PlotWidget | None = None
        self._share_key = QLabel()
        self._share_key.setObjectName("tradeShareKey")
        self._share_key.setTextFormat(Qt.TextFormat.RichText)
        self._share_key.setVisible(False)
        # Its width never sets the window's: the key of five states is wider than a 1024-pixel screen
        # leaves; it is cut at the plot's width and shown whole in the tooltip.
        self._share_key.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._readout = LinesLabel(2)
        self._readout.setObjectName("tradeReadout")
        self._readout.setAccessibleName(translate("Charts", "Values at the cursor"))
        self._readout.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._plot, 3)
        layout.addWidget(self._share_key)
        layout.addWidget(LayoutBoundary(self._readout))  # its new texts stay inside it
        self._plot.scene().sigMouseMoved.connect(self._on_mouse)
        self._apply_palette()

    # -- public ------------------------------------------------------------------------------------

    def set_content(
        self,
        lines: Sequence[LineSpec],
        bars: Sequence[BarSpec] = (),
        shares: Sequence[Series] = (),
        share_colors: Mapping[str, str] | None = None,
        source_labels: Mapping[str, str] | None = None,
    ) -> None:
        self._lines, self._bars, self._shares = list(lines), list(bars), list(shares)
        self._share_colors = dict(share_colors or {})
        self._source_labels = dict(source_labels or {})
        self._redraw()

    def set_log_scale(self, log: bool) -> None:
        if log != self._log:
            self._log = log
            self._redraw()

    def set_year_range(self, low: int, high: int) -> None:
        self._range = (low, high)
        self._apply_range()

    def year_range(self) -> tuple[int, int] | None:
        return self._range

    def line_data(self, key: str) -> tuple[list[float], list[float]]:
        """The x and y (US$ bn, NaN for gaps) of a drawn line."""
        item = self._items[key]
        x, y = item.getOriginalDataset()
        return [float(v) for v in x], [float(v) for v in y]

    def symbol_brushes(self, key: str) -> list[bool]:
        """For each drawn symbol of a line, True when it is filled (not an estimate)."""
        spec = next(s for s in self._lines if s.series.key == key)
        return [not e for e in _finite(spec.series)[2]]

    def bar_keys(self) -> list[str]:
        return list(self._bar_items)

    def share_brushes(self, key: str) -> list[bool]:
        """For each drawn share bar of a state, True when it is filled solid (no estimate that year)."""
        brushes = self._share_items[key].opts.get("brushes") or []
        return [b.style() == Qt.BrushStyle.SolidPattern for b in brushes]

    def share_keys(self) -> list[str]:
        shown = self._share_plot is not None and self._share_plot.isVisibleTo(self)
        return list(self._share_items) if shown else []

    def line_keys(self) -> list[str]:
        return list(self._items)

    def axis_labels(self) -> tuple[str, str]:
        """The bottom and left axis titles, as drawn (the left one names the unit)."""
        item = self._plot.getPlotItem()
        return item.getAxis("bottom").labelText, item.getAxis("left").labelText

    def legend_labels(self) -> list[str]:
        return [label.text for _sample, label in self._legend.items]

    def is_log_scale(self) -> bool:
        return self._log

    def show_readout(self, year: int) -> str:
        """Put the crosshair on a year and show every series' value there; returns the plain text."""
        self._cursor.setPos(year)
        self._cursor.setVisible(True)
        html_parts, plain_parts = [f"<b>{year}</b>"], [str(year)]
        for label, color, value, estimate, sources in self._values_at(year):
            text = format_usd(value) + (translate("Charts", " (est.)") if estimate else "")
            cited = ", ".join(self._source_labels.get(s, s) for s in sources)
            source = f" <small>({cited})</small>" if cited else ""
            html_parts.append(f"<span style='color:{color}'>\u25a0</span> {label}: <b>{text}</b>{source}")
            plain_parts.append(f"{label}: {text}" + (f" ({cited})" if cited else ""))
        # Two values fit a line of a 1280-pixel window with their sources; compare mode has up to ten.
        self._readout.set_lines(max(2, (len(plain_parts) + 1) // 2))
        self._readout.setText(" &nbsp; ".join(html_parts))
        plain = " \u00b7 ".join(plain_parts)
        self._readout.setToolTip(plain)
        return plain

    # -- drawing -----------------------------------------------------------------------------------

    def _values_at(self, year: int) -> list[tuple[str, str, float, bool, tuple[str, ...]]]:
        out = []
        specs: list[tuple[Series, str]] = [(s.series, s.color) for s in self._lines]
        specs += [(b.series, b.color) for b in self._bars]
        for series, color in specs:
            i = series.index_of(year)
            if i is not None:
                out.append((series.label, color, series.values[i], series.estimates[i], series.sources[i]))
        return out

    def _redraw(self) -> None:
        """Update the plot to the current specs. The items are made once and reused: a switch between
        entries calls `setData`/`setOpts` on them (re-creating ~10 items was most of a switch's cost);
        items a view does not need are hidden, which also keeps them out of the auto-range."""
        item = self._plot.getPlotItem()
        if self._log_drawn != self._log:
            self._log_drawn = self._log
            item.setLogMode(x=False, y=self._log)
        background = self.palette().color(QPalette.ColorRole.Base)
        self._items = {}
        rows: list[tuple[pg.GraphicsObject, str]] = []
        for i, spec in enumerate(self._lines):
            rows.append(self._set_line(i, spec, background))
        for spare in (*self._line_pool[len(self._lines) :], *self._symbol_pool[len(self._lines) :]):
            spare.setVisible(False)
        self._bar_items = {}
        bars = [] if self._log else self._bars
        for i, bar in enumerate(bars):
            row = self._set_bars(i, bar)
            if row is not None:
                rows.append(row)
        for spare in self._bar_pool[len(bars) :]:
            spare.setVisible(False)
        drawn = [spec.series for spec in self._lines] + [bar.series for bar in bars]
        self._floor_at_zero(
            not self._log and not any(v < 0 for s in drawn for v in s.values if not math.isnan(v))
        )
        if any(any(s.series.estimates) for s in self._lines):
            rows.append((self._hollow_sample(), translate("Charts", "Hollow symbol: estimate or derived")))
        self._set_legend(rows)
        self._place_legend(drawn)
        self._draw_shares()
        self._apply_range()
        self._readout_latest()

    def _place_legend(self, drawn: Sequence[Series]) -> None:
        """Put the legend in the top corner over the lower third of the data: top left when the first third
        of the years is lower than the last (trade mostly grew), top right otherwise, so it does not sit on
        the lines. Re-anchored only on a change."""
        corner = legend_corner(drawn, log=self._log)
        if corner != self._legend_corner:
            self._legend_corner = corner
            x = 0 if corner == "left" else 1
            self._legend.anchor(itemPos=(x, 0), parentPos=(x, 0), offset=(8 if x == 0 else -8, 8))

    def legend_side(self) -> str:
        return self._legend_corner

    def _floor_at_zero(self, floor: bool) -> None:
        """On a linear scale with no negative value drawn, the amounts axis starts at zero (the view's
        padding would otherwise show a band below it); set only on a change, like the other view state."""
        years = sorted({y for spec in self._lines for y in spec.series.years})
        zeros = ([years[0], years[-1]], [0.0, 0.0]) if years and not self._log else ([], [])
        self._zero.setData(*zeros)
        if floor != self._floored:
            self._floored = floor
            # pyqtgraph's own "no limit" is -1e307 (None breaks its log-mode limits).
            self._plot.getPlotItem().getViewBox().setLimits(yMin=0 if floor else -1e307)

    def value_floor(self) -> float | None:
        """The lowest value the amounts axis may show (0 on a linear scale without negatives), or None."""
        return 0.0 if self._floored else None

    def _readout_latest(self) -> None:
        """Start with the readout on the latest year that has a value, so the numbers show at once."""
        years = [
            y
            for s in self._lines
            for y, v in zip(s.series.years, s.series.values, strict=True)
            if not math.isnan(v)
        ]
        if years:
            self.show_readout(max(years))
        else:
            self._cursor.setVisible(False)
            self._readout.setText(translate("Charts", "No trade values in the dataset for this entry."))

    def _pooled(self, pool: list[pg.PlotDataItem], i: int) -> pg.PlotDataItem:
        """The i-th item of a pool, made and added to the plot the first time it is needed."""
        while len(pool) <= i:
            made = pg.PlotDataItem()
            # pyqtgraph's guard against far off-screen points re-set every item's data on each change of
            # the y range (twice per switch, ~1 ms); the view's zoom limits below make it unneeded.
            made.setDynamicRangeLimit(None)
            if pool is not self._sample_pool:
                self._plot.getPlotItem().addItem(made)
            pool.append(made)
        return pool[i]

    def _set_line(self, i: int, spec: LineSpec, background: QColor) -> tuple[pg.GraphicsObject, str]:
        """Line i (NaN gaps left open) and its symbols (hollow for estimates); its legend row."""
        series = spec.series
        style = Qt.PenStyle.DashLine if spec.dashed else Qt.PenStyle.SolidLine
        pen = pg.mkPen(spec.color, width=2.2, style=style)
        y = np.array([v / BILLION for v in series.values], dtype=float)
        # Line before symbols: made in that order, so the symbols are drawn over the line.
        line, symbols = self._pooled(self._line_pool, i), self._pooled(self._symbol_pool, i)
        line.setData(np.array(series.years, dtype=float), y, pen=pen, connect="finite")
        line.setVisible(True)
        self._items[series.key] = line
        xs, ys, estimates = _finite(series)
        if xs:
            hollow, filled = self._brush(background), self._brush(QColor(spec.color))
            symbols.setData(
                np.array(xs, dtype=float),
                np.array(ys) / BILLION,
                pen=None,
                symbol=spec.symbol,
                symbolSize=7,
                symbolBrush=[hollow if e else filled for e in estimates],
                symbolPen=self._symbol_pen(spec.color),
            )
        symbols.setVisible(bool(xs))
        sample = self._pooled(self._sample_pool, i)
        look = (spec.color, spec.dashed, spec.symbol)
        if self._sample_looks.get(i) != look:  # the same for most switches: China blue, partner vermilion
            self._sample_looks[i] = look
            self._samples_restyled = True
            sample.setData(
                [0.0],
                [0.0],
                pen=pen,
                symbol=spec.symbol,
                symbolBrush=spec.color,
                symbolPen=pg.mkPen(spec.color),
            )
        return sample, series.label

    def _brush(self, color: QColor) -> QBrush:
        """One brush object per colour: pyqtgraph's symbol atlas keys its cache on the brush object, so a
        new brush per redraw would render every symbol again (and grow the atlas on every switch)."""
        return self._brushes.setdefault(color.name(QColor.NameFormat.HexArgb), pg.mkBrush(color))

    def _symbol_pen(self, color: str) -> QPen:
        return self._pens.setdefault(color, pg.mkPen(color, width=1.5))

    def _hollow_sample(self) -> pg.PlotDataItem:
        if self._hollow is None:
            self._hollow = pg.PlotDataItem([0.0], [0.0], pen=None, symbol="o")
        self._hollow.setSymbolBrush(pg.mkBrush(0, 0, 0, 0))
        self._hollow.setSymbolPen(pg.mkPen(self.palette().color(QPalette.ColorRole.Text)))
        return self._hollow

    def _set_bars(self, i: int, bar: BarSpec) -> tuple[pg.GraphicsObject, str] | None:
        """Bar group i (a hatched brush for estimates), or None (and hidden) when it has no value."""
        while len(self._bar_pool) <= i:
            made = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH)
            made.setZValue(-5)
            self._plot.getPlotItem().addItem(made)
            self._bar_pool.append(made)
        item = self._bar_pool[i]
        xs, ys, estimates = _finite(bar.series)
        item.setVisible(bool(xs))
        if not xs:
            return None
        color = QColor(bar.color)
        brushes = [QBrush(color, Qt.BrushStyle.Dense4Pattern) if e else QBrush(color) for e in estimates]
        item.setOpts(
            x=np.array(xs, dtype=float) + bar.offset,
            height=np.array(ys) / BILLION,
            width=BAR_WIDTH,
            brushes=brushes,
            brush=QBrush(color),
            pen=pg.mkPen(color),
        )
        self._bar_items[bar.series.key] = item
        return item, bar.series.label

    def _set_legend(self, rows: list[tuple[pg.GraphicsObject, str]]) -> None:
        """Legend rows for (sample item, label), updated in place: a row keeps its sample and label and
        gets the new item and text; rows are added or removed only at the end. Re-creating the rows (new
        labels, a new layout) cost more than the rest of a switch's redraw."""
        legend = self._legend
        changed = len(rows) != len(legend.items) or self._samples_restyled
        self._samples_restyled = False
        for (sample, label), (item, text) in zip(legend.items, rows, strict=False):
            if sample.item is not item or changed:
                sample.item = item
                sample.update()
                changed = True
            if label.text != text:
                label.setText(text)
                changed = True
        for item, text in rows[len(legend.items) :]:
            legend.addItem(item, text)
        for _sample, label in legend.items[len(rows) :]:
            legend.removeItem(label.text)
        if changed:  # most switches keep every row: China-reported, partner-reported, the hollow symbol
            legend.updateSize()

    def _draw_shares(self) -> None:
        self._share_items = {}
        if self._share_plot is not None:
            self._share_plot.setVisible(bool(self._shares))
        self._share_key.setVisible(bool(self._shares))
        if not self._shares:
            return
        share_item = self._shares_plot().getPlotItem()
        keys = [
            f"<span style='color:{self._share_colors.get(s.key, '#999999')}'>\u25a0</span> {s.label}"
            for s in self._shares
        ]
        if any(any(s.estimates) for s in self._shares):
            keys.append("<i>hatched: a year with an estimate</i>")
        self._share_key.setText(
            translate("Charts", "Share of China\u2013Central Asia trade (China-reported):")
            + " "
            + " &nbsp; ".join(keys)
        )
        self._share_key.setToolTip(self._share_key.text())
        bottom = np.zeros(len(self._shares[0].years))
        edge = pg.mkPen(self.palette().color(QPalette.ColorRole.Base), width=0.5)
        used = 0
        for series in self._shares:
            heights = np.array([0.0 if math.isnan(v) else v for v in series.values])
            mask = heights > 0
            if not mask.any():
                continue
            if used == len(self._share_pool):
                made = pg.BarGraphItem(x=[], height=[], width=0.8)
                share_item.addItem(made)
                self._share_pool.append(made)
            bars = self._share_pool[used]
            used += 1
            color = QColor(self._share_colors.get(series.key, "#999999"))
            # A year's shares are estimates when any of the five totals is: hatched, as the estimate bars.
            brushes = [
                QBrush(color, Qt.BrushStyle.Dense4Pattern) if e else QBrush(color)
                for e, shown in zip(series.estimates, mask, strict=True)
                if shown
            ]
            bars.setOpts(
                x=np.array(series.years, dtype=float)[mask],
                y0=bottom[mask],
                height=heights[mask],
                width=0.8,
                brush=QBrush(color),
                brushes=brushes,
                pen=edge,
            )
            bars.setVisible(True)
            self._share_items[series.key] = bars
            bottom = bottom + heights
        for spare in self._share_pool[used:]:
            spare.setVisible(False)

    def _shares_plot(self) -> pg.PlotWidget:
        """The plot of the regional shares under the main plot, made (and shown) on first use: a state's
        view never needs it, and making it cost the start-up's plot ~10 ms."""
        if self._share_plot is None:
            plot = pg.PlotWidget()
            plot.setObjectName("tradeSharePlot")
            plot.setAccessibleName(translate("Charts", "Shares of China-Central Asia trade"))
            plot.setMenuEnabled(False)
            plot.setMinimumHeight(100)
            share_item = plot.getPlotItem()
            share_item.setLabel("left", translate("Charts", "Share of the five, %"))
            share_item.setYRange(0, 100, padding=0.04)  # room for the top label
            share_item.setMouseEnabled(x=False, y=False)
            plot.setXLink(self._plot)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(1, plot, 2)
            self._share_plot = plot
            self._apply_palette()
        self._share_plot.setVisible(True)
        return self._share_plot

    def _apply_range(self) -> None:
        """Set the x range (or x auto-range) and y auto-range; each only when it is not so already, since
        ViewBox recomputes bounds on every call and the data changes already mark the range for update."""
        view = self._plot.getPlotItem().getViewBox()
        x_auto, y_auto = view.autoRangeEnabled()
        if self._range is not None:
            low, high = self._range[0] - 0.6, self._range[1] + 0.6
            if x_auto or view.viewRange()[0] != [low, high]:
                view.setXRange(low, high, padding=0)
        elif not x_auto:
            view.enableAutoRange(axis=pg.ViewBox.XAxis)
        if not y_auto:
            view.enableAutoRange(axis=pg.ViewBox.YAxis)

    # -- palette and hover -------------------------------------------------------------------------

    def _apply_palette(self) -> None:
        pal = self.palette()
        background, text = pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text)
        for widget in (self._plot, self._share_plot):
            if widget is None:
                continue
            widget.setBackground(background)
            for name in ("left", "bottom"):
                axis = widget.getPlotItem().getAxis(name)
                axis.setPen(pg.mkPen(text))
                axis.setTextPen(pg.mkPen(text))
        for name in ("left", "bottom"):
            self._plot.getPlotItem().getAxis(name).setTickPen(pg.mkPen(mix(background, text, GRID_MIX)))
        self._legend.setLabelTextColor(text)
        self._legend.setBrush(pg.mkBrush(background.red(), background.green(), background.blue(), 200))
        self._cursor.setPen(pg.mkPen(text, width=1, style=Qt.PenStyle.DotLine))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
            self._redraw()
        super().changeEvent(event)

    def _on_mouse(self, pos: QPointF) -> None:
        item = self._plot.getPlotItem()
        if not item.sceneBoundingRect().contains(pos):
            return
        x = item.getViewBox().mapSceneToView(pos).x()
        years = [y for s in self._lines for y in s.series.years]
        if not years or not math.isfinite(x):
            return
        year = round(x)
        if min(years) <= year <= max(years):
            self.show_readout(year)
