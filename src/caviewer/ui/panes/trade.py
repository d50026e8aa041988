"""The Trade pane: the trade plot of both reporters, its toggles, year range and table twin.

The plot itself (`ui.charts`, the only pyqtgraph module) is imported and built the first time the pane is
shown, so the window's first paint never waits for pyqtgraph. Compare mode overlays several states; the
region and China entries add the five states' shares. Emits `view_changed` when a toggle or the range
changes. Gets `Profile`s; may import PySide6, the domain, the palette, `ui.look`, `ui.lines_label`,
`ui.boundary`, `ui.models` and `ui.trade_series`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caviewer.domain import TradeCaveat, TradePoint
from caviewer.formatting import format_period, format_usd, local_numeral
from caviewer.profile.model import Profile
from caviewer.profile.trade import latest_year_to_date
from caviewer.ui.boundary import LayoutBoundary
from caviewer.ui.citation_popup import CitedLabel
from caviewer.ui.lines_label import LinesLabel
from caviewer.ui.look import mute
from caviewer.ui.models import SORT_ROLE, TradeTableModel
from caviewer.ui.trade_series import ChartEntry, PlotLine, TradeView, chart_series, year_span

if TYPE_CHECKING:
    from caviewer.ui.charts import BarSpec, LineSpec, TradePlot


class TradePane(QWidget):
    """Trade with China by year: both reporters' totals, optional flows and balance, table twin."""

    view_changed = Signal()
    # The user asked why China's and the partner's figures differ (the gap chart, on another pane).
    gap_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:  # noqa: PLR0915
        super().__init__(parent)
        self._profile: Profile | None = None
        self._compare: list[Profile] = []
        self._view = TradeView()
        self._span: tuple[int, int] | None = None
        # Two plots on two pages: a state's (one plot) and the region's (with the shares' plot under it).
        # A switch between a state and the region turns the page instead of showing the shares' plot and
        # resizing the main plot, which relaid and redrew it twice (~20 ms; benchmarks/RESULTS.md).
        self._plot: TradePlot | None = None  # the page in view
        self._plots: dict[bool, TradePlot] = {}  # by "is the region's"
        self._defer_plot = False
        self._drawn = True
        self._table_fitted = True
        self._table_filled = True
        self._updating = False
        self._shown: list[PlotLine] = []
        self._boxes: dict[str, QCheckBox] = {}
        controls = QHBoxLayout()
        for name, text, tip in (
            ("exports", self.tr("China's &exports"), self.tr("China-reported exports to the state, as bars")),
            (
                "imports",
                self.tr("China's &imports"),
                self.tr("China-reported imports from the state, as bars"),
            ),
            (
                "balance",
                self.tr("&Balance"),
                self.tr("China's exports minus imports, same reporter, where both exist (derived)"),
            ),
            (
                "log_scale",
                self.tr("&Log scale"),
                self.tr("Logarithmic value axis (bars are hidden on a log scale)"),
            ),
            ("show_table", self.tr("&Table"), self.tr("Show the values as a table under the plot")),
        ):
            box = QCheckBox(text)
            box.setObjectName(f"trade_{name}")
            box.setToolTip(tip)
            box.setAccessibleName(text.replace("&", ""))
            box.toggled.connect(self._on_toggle)
            self._boxes[name] = box
            controls.addWidget(box)
        self._why = QPushButton(self.tr("Why the two differ\u2026"))
        self._why.setObjectName("tradeWhyGap")
        self._why.setToolTip(
            self.tr(
                "China-reported over partner-reported trade, year by year, with the sourced reasons "
                "(Products and partners pane)"
            )
        )
        self._why.clicked.connect(self.gap_requested)
        controls.addWidget(self._why)
        controls.addStretch(1)
        self._from = self._year_box("tradeYearFrom", self.tr("First year shown"))
        self._to = self._year_box("tradeYearTo", self.tr("Last year shown"))
        label_from = QLabel(self.tr("&Years"))
        label_from.setBuddy(self._from)
        reset = QPushButton(self.tr("All years"))
        reset.setToolTip(self.tr("Show every year with data"))
        reset.clicked.connect(self.reset_year_range)
        controls.addWidget(label_from)
        controls.addWidget(self._from)
        controls.addWidget(QLabel("\u2013"))
        controls.addWidget(self._to)
        controls.addWidget(reset)
        self._caption = LinesLabel(2)  # the region's caption takes two lines, a state's one
        self._caption.setObjectName("tradeCaption")
        mute(self._caption)
        # The sourced caveats on the years shown (a jump or a reporter gap): one line, always there so a
        # switch never relays the pane; a click shows every caveat with its sources.
        self._caveats = CitedLabel()
        self._caveats.setObjectName("tradeCaveats")
        self._caveats.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._caveats.setFixedHeight(self._caveats.fontMetrics().lineSpacing() + 4)
        self._caveat_list: list[TradeCaveat] = []
        # The latest part-year total (January to a month), beside the same months a year earlier: a line
        # of its own, never a point on the annual plot.
        self._ytd = CitedLabel()
        self._ytd.setObjectName("tradeYearToDate")
        self._ytd.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._ytd.setFixedHeight(self._ytd.fontMetrics().lineSpacing() + 4)
        self._ytd_text = ""
        self._plot_box = QStackedWidget()
        self._table_model = TradeTableModel(self)
        self._table_proxy = QSortFilterProxyModel(self)
        self._table_proxy.setSortRole(SORT_ROLE)
        self._table_proxy.setSourceModel(self._table_model)
        self._table = QTableView()
        self._table.setObjectName("tradeTable")
        self._table.setAccessibleName(self.tr("Trade values by year"))
        self._table.setModel(self._table_proxy)
        self._table.setSortingEnabled(True)
        self._table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setAlternatingRowColors(True)
        self._table.verticalHeader().hide()
        self._table.setVisible(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self._plot_box)
        split.addWidget(self._table)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(LayoutBoundary(self._caption))  # its new texts stay inside it
        layout.addWidget(LayoutBoundary(self._ytd))
        layout.addWidget(LayoutBoundary(self._caveats))
        layout.addLayout(controls)
        layout.addWidget(split, 1)

    def _year_box(self, name: str, accessible: str) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setAccessibleName(accessible)
        box.setRange(1990, 2100)
        box.setKeyboardTracking(False)
        box.valueChanged.connect(self._on_range)
        return box

    # -- public ------------------------------------------------------------------------------------

    def set_profile(self, profile: Profile, compare: Sequence[Profile] = ()) -> None:
        self._profile = profile
        # Compare mode is for the five states: CA5 and China are neither compared nor compared with.
        states = [p for p in compare if not p.is_region and p.country.iso3 != profile.country.iso3]
        self._compare = [] if profile.is_region else states
        self._refresh()

    def trade_view(self) -> TradeView:
        return self._view

    def set_trade_view(self, view: TradeView) -> None:
        self._view = view
        self._updating = True
        for name, box in self._boxes.items():
            box.setChecked(bool(getattr(view, name)))
        self._updating = False
        self._refresh()

    def drawn_series(self) -> list[PlotLine]:
        """What the plot shows (lines, bars, shares), as `trade_series.chart_series` chose it for the
        chart exports too."""
        return list(self._shown)

    def caption(self) -> str:
        return self._caption.text()

    def plot(self) -> TradePlot | None:
        """The plot, once built (it is built the first time the pane is shown)."""
        return self._plot

    def defer_plot(self) -> None:
        """Build the plot only when `ensure_plot` is called, not when the pane is first shown: the app's
        start-up paints the window first and builds the plot (importing pyqtgraph) right after."""
        self._defer_plot = True

    def ensure_plot(self) -> TradePlot:
        """The plot in view, built (with the current entry drawn) if it was not yet."""
        if self._plot is None:
            self._plot = self._page(self._is_region_view())
            self._draw()
        return self._plot

    def _page(self, region: bool) -> TradePlot:
        """The state's or the region's plot, made the first time it is needed."""
        plot = self._plots.get(region)
        if plot is None:
            from caviewer.ui.charts import TradePlot

            plot = TradePlot()
            plot.setObjectName("regionTradePlot" if region else "stateTradePlot")
            self._plot_box.addWidget(plot)
            self._plots[region] = plot
        return plot

    def _is_region_view(self) -> bool:
        return any(p.style == "stacked" for p in self._shown)

    def reset_year_range(self) -> None:
        self._view = replace(self._view, year_from=None, year_to=None)
        self._refresh()
        self.view_changed.emit()

    def set_year_range(self, low: int, high: int) -> None:
        self._view = replace(self._view, year_from=min(low, high), year_to=max(low, high))
        self._refresh()
        self.view_changed.emit()

    def shown_years(self) -> tuple[int, int] | None:
        if self._span is None:
            return None
        low = self._view.year_from if self._view.year_from is not None else self._span[0]
        high = self._view.year_to if self._view.year_to is not None else self._span[1]
        low, high = max(low, self._span[0]), min(high, self._span[1])
        return (low, high) if low <= high else self._span

    # -- events ------------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._profile is not None:
            if self._caveat_list:
                self._set_caveats()  # re-elide the lines to the new width
            self._set_year_to_date()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._plot is None and not self._defer_plot:
            self.ensure_plot()
        elif not self._drawn:
            self._draw()
        if self._table.isVisible() and not self._table_fitted:
            self._fit_table()

    def _fill_table(self) -> None:
        if self._table_filled or self._profile is None:
            return
        self._table_filled = True
        table = [p.series for p in self._shown]
        citations = {
            sid: s.citation() for p in (self._profile, *self._compare) for sid, s in p.sources.items()
        }
        self._table_model.set_series(table, citations)

    def _fit_table(self) -> None:
        self._fill_table()
        self._table_fitted = True
        self._table.resizeColumnsToContents()

    def _on_toggle(self, _checked: bool) -> None:
        if self._updating:
            return
        values: dict[str, Any] = {n: b.isChecked() for n, b in self._boxes.items()}
        self._view = replace(self._view, **values)
        self._refresh()
        self.view_changed.emit()

    def _on_range(self, _value: int) -> None:
        if self._updating:
            return
        self.set_year_range(self._from.value(), self._to.value())

    # -- content -----------------------------------------------------------------------------------

    def _all_points(self) -> list[TradePoint]:
        if self._profile is None:
            return []
        points = list(self._profile.trade)
        for other in self._compare:
            points += other.trade
        return points

    def _refresh(self) -> None:
        if self._profile is None:
            return
        self._span = year_span(self._all_points())
        self._updating = True
        for box in (self._from, self._to):
            box.setEnabled(self._span is not None)
            if self._span and (box.minimum(), box.maximum()) != self._span:
                box.setRange(*self._span)  # only on a change: even the same range repaints the box
        shown = self.shown_years()
        if shown:
            self._from.setValue(shown[0])
            self._to.setValue(shown[1])
        self._updating = False
        for name in ("exports", "imports", "balance"):
            self._boxes[name].setEnabled(not self._view.log_scale and not self._compare)
        self._why.setEnabled(not self._profile.is_region)  # no partner-reported series for the region
        self._table.setVisible(self._view.show_table)
        self._caption.setText(self._caption_text())
        self._set_caveats()
        self._set_year_to_date()
        self._shown = self._series()
        # Filling and measuring the table and drawing the plot are the costly parts of a switch: done now
        # only when in sight, else when the pane (or the table) is next shown or asked for.
        self._table_filled = self._table_fitted = False
        if self._table.isVisible():
            self._fit_table()
        self._drawn = False
        if self.isVisible():
            self._draw()

    def caveats(self) -> list[TradeCaveat]:
        """The caveats shown beside the plot: those on the years in view of the entries drawn."""
        return list(self._caveat_list)

    def caveat_label(self) -> CitedLabel:
        return self._caveats

    def year_to_date_text(self) -> str:
        """The whole line (the label may show it elided to its width)."""
        return self._ytd_text

    def _set_year_to_date(self) -> None:
        assert self._profile is not None
        profile = self._profile
        parts, ids = [], []
        for reporter, who in (("china", self.tr("China-reported")), ("partner", self.tr("partner-reported"))):
            ytd = latest_year_to_date(profile.trade, reporter)  # type: ignore[arg-type]
            if ytd is None or self._compare:
                continue
            text = f"{who} {format_period(ytd.current.period)}: {format_usd(ytd.current.value_usd)}"
            text += self.tr(" (est.)") if ytd.current.estimate else ""
            if ytd.previous is not None and ytd.change_pct is not None:
                text += (
                    self.tr(", %1% on %2 (%3)")
                    .replace("%1", local_numeral(f"{ytd.change_pct:+.1f}"))
                    .replace("%2", format_period(ytd.previous.period))
                    .replace("%3", format_usd(ytd.previous.value_usd))
                )
            parts.append(text)
            ids += [*ytd.current.source_ids, *(ytd.previous.source_ids if ytd.previous else ())]
        head = self.tr("Part year (not on the annual line):")
        self._ytd_text = f"{head} " + "; ".join(parts) if parts else ""
        if not parts:
            self._ytd.set_figure(self.tr("Part-year figures"), "", [])
            self._ytd.setToolTip("")
            return
        text = f"{head} " + "; ".join(parts)
        width = max(200, self._ytd.width() - 8)
        shown = self._ytd.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)
        self._ytd.set_figure(
            self.tr("Part-year figures"), shown, profile.source_list(dict.fromkeys(ids)), text
        )

    def _set_caveats(self) -> None:
        assert self._profile is not None
        shown = self.shown_years()
        profiles = (self._profile, *self._compare)
        found = [
            (p, c)
            for p in profiles
            for c in p.caveats
            if shown is None or (c.year_from <= shown[1] and c.year_to >= shown[0])
        ]
        self._caveat_list = [c for _, c in found]
        if not found:
            self._caveats.set_figure(self.tr("Notes on these figures"), "", [])
            self._caveats.setToolTip("")
            return
        sources = {sid: s for p, _ in found for sid, s in p.sources.items()}
        cited = [sources[sid] for _, c in found for sid in c.source_ids if sid in sources]
        note = "\n\n".join(f"{p.country.name_en}, {c.span}: {c.summary}. {c.text}" for p, c in found)
        first = found[0][1]
        head = (
            "\u26a0 " + self.tr("%n note(s) on these figures", "", len(found))
            if len(found) > 1
            else "\u26a0 " + self.tr("Note")
        )
        text = f"{head} ({first.span}): {first.summary}" + (" \u2026" if len(found) > 1 else "")
        width = max(200, self._caveats.width() - 8)
        elided = self._caveats.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)
        self._caveats.set_figure(self.tr("Notes on these figures"), elided, list(dict.fromkeys(cited)), note)

    def _caption_text(self) -> str:
        assert self._profile is not None
        if self._compare:
            names = ", ".join(_name(p) for p in (self._profile, *self._compare))
            return self.tr("Comparing %1: solid lines China-reported, dashed partner-reported.").replace(
                "%1", names
            )
        if self._profile.is_region:
            return self.tr(
                "China's trade with the five Central Asian states (China-reported), and each state's "
                "share of it in years where all five report. Ctrl+click states in the list to compare."
            )
        return self.tr(
            "Goods trade between China and %1, as each side reports it. "
            "Hollow symbols: estimates or derived values (such as a total summed from the two published "
            "flows). Ctrl+click more states in the list to compare."
        ).replace("%1", _name(self._profile))

    def _series(self) -> list[PlotLine]:
        """What the plot shows: the same choice as the chart exports (`trade_series.chart_series`)."""
        assert self._profile is not None
        compare = [ChartEntry.of(p) for p in self._compare]
        return chart_series(ChartEntry.of(self._profile), self._view, compare)

    def _draw(self) -> None:
        if self._plot is None or self._profile is None:
            return
        self._drawn = True
        self._plot = self._page(self._is_region_view())
        from caviewer.ui.charts import BarSpec, LineSpec

        drawn = self._shown  # made by `_refresh`, which every change goes through
        line_specs: list[LineSpec] = [
            LineSpec(p.series, p.color, dashed=p.dashed, symbol="s" if p.reporter == "partner" else "o")
            for p in drawn
            if p.style == "line"
        ]
        bars = [p for p in drawn if p.style == "bars"]
        offsets = [(i - (len(bars) - 1) / 2) * 0.27 for i in range(len(bars))]
        bar_specs: list[BarSpec] = [BarSpec(p.series, p.color, o) for p, o in zip(bars, offsets, strict=True)]
        stacked = [p for p in drawn if p.style == "stacked"]
        labels = {
            sid: s.publisher or s.source_id
            for p in (self._profile, *self._compare)
            for sid, s in p.sources.items()
        }
        self._plot.set_content(
            line_specs,
            bar_specs,
            [p.series for p in stacked],
            share_colors={p.series.key: p.color for p in stacked},
            source_labels=labels,
        )
        self._plot.set_log_scale(self._view.log_scale)
        shown = self.shown_years()
        if shown:
            self._plot.set_year_range(*shown)
        # The page is turned once it is drawn: turned first, it was painted for its old entry and again.
        self._plot_box.setCurrentWidget(self._plot)


def _name(profile: Profile) -> str:
    c = profile.country
    return c.display_name
