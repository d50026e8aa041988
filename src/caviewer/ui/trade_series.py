"""What the trade plot and its table twin show, computed from trade points: pure Python, no Qt.

A series runs over every year of a span, with NaN where the dataset has no annual rank-1 value, so the plot
draws a gap and never a zero or an interpolation. The balance is derived (China's exports minus China's
imports of the same reporter) and exists only where both do. Regional shares are computed only for years in
which all five states have a China-reported total; a year's shares are estimates when any of the five totals
is. `chart_series` picks what the trade chart shows for an entry, a view and a compare set: the one choice
behind both the window's plot and every export. May import the domain, the profile presenter and
`ui.palette`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from caviewer.domain import CHINA, REGION, Flow, Reporter, TradePoint
from caviewer.i18n import QT_TRANSLATE_NOOP, translate
from caviewer.profile.model import Profile
from caviewer.profile.trade import annual
from caviewer.ui import palette

NAN = float("nan")
LABELS = {
    ("china", "total"): QT_TRANSLATE_NOOP("Charts", "China-reported total"),
    ("partner", "total"): QT_TRANSLATE_NOOP("Charts", "Partner-reported total"),
    ("china", "china_exports"): QT_TRANSLATE_NOOP("Charts", "China's exports"),
    ("china", "china_imports"): QT_TRANSLATE_NOOP("Charts", "China's imports"),
    ("china", "balance"): QT_TRANSLATE_NOOP("Charts", "Balance (derived)"),
}


@dataclass(frozen=True)
class TradeView:
    """The trade plot's toggles and year range (None: the data's full span)."""

    exports: bool = False
    imports: bool = False
    balance: bool = False
    log_scale: bool = False
    show_table: bool = False
    year_from: int | None = None
    year_to: int | None = None


@dataclass(frozen=True)
class Series:
    """One plotted series: a value (NaN for a gap), an estimate flag and the sources of each year."""

    key: str
    label: str
    years: tuple[int, ...]
    values: tuple[float, ...]
    estimates: tuple[bool, ...]
    sources: tuple[tuple[str, ...], ...]
    derived: bool = False

    def value_at(self, year: int) -> float:
        return self.values[self.years.index(year)] if year in self.years else NAN

    def index_of(self, year: int) -> int | None:
        return self.years.index(year) if year in self.years else None

    def has_data(self) -> bool:
        return any(not math.isnan(v) for v in self.values)


def year_span(points: Iterable[TradePoint]) -> tuple[int, int] | None:
    years = [p.year for p in points if p.rank == 1 and p.is_annual]
    return (min(years), max(years)) if years else None


def years_of(span: tuple[int, int] | None) -> tuple[int, ...]:
    return tuple(range(span[0], span[1] + 1)) if span else ()


def flow_series(points: Sequence[TradePoint], reporter: Reporter, flow: Flow, years: Sequence[int]) -> Series:
    by_year = annual(points, reporter, flow)
    found = [by_year.get(y) for y in years]
    return Series(
        key=f"{reporter}_{flow}",
        label=translate("Charts", LABELS[(reporter, flow)])
        if (reporter, flow) in LABELS
        else f"{reporter} {flow}",
        years=tuple(years),
        values=tuple(p.value_usd if p else NAN for p in found),
        estimates=tuple(bool(p and p.estimate) for p in found),
        sources=tuple(p.source_ids if p else () for p in found),
    )


def balance_series(points: Sequence[TradePoint], reporter: Reporter, years: Sequence[int]) -> Series:
    """China's exports minus China's imports by the same reporter, only where both exist."""
    exports = annual(points, reporter, "china_exports")
    imports = annual(points, reporter, "china_imports")
    values, estimates, sources = [], [], []
    for year in years:
        x, m = exports.get(year), imports.get(year)
        if x and m:
            values.append(x.value_usd - m.value_usd)
            estimates.append(x.estimate or m.estimate)
            sources.append(tuple(sorted({*x.source_ids, *m.source_ids})))
        else:
            values.append(NAN)
            estimates.append(False)
            sources.append(())
    return Series(
        key=f"{reporter}_balance",
        label=translate("Charts", LABELS[("china", "balance")])
        if reporter == "china"
        else translate("Charts", "Balance, partner-reported (derived)"),
        years=tuple(years),
        values=tuple(values),
        estimates=tuple(estimates),
        sources=tuple(sources),
        derived=True,
    )


def share_series(state_trade: Mapping[str, Sequence[TradePoint]], names: Mapping[str, str]) -> list[Series]:
    """Each state's share (percent) of the five states' China-reported total, where all five report."""
    totals = {iso3: annual(points, "china", "total") for iso3, points in state_trade.items()}
    span = year_span(p for points in state_trade.values() for p in points if p.flow == "total")
    years = years_of(span)
    complete = {y for y in years if all(y in t for t in totals.values())} if totals else set()
    out = []
    for iso3, by_year in totals.items():
        values = []
        for year in years:
            if year in complete:
                whole = sum(t[year].value_usd for t in totals.values())
                values.append(100.0 * by_year[year].value_usd / whole if whole else NAN)
            else:
                values.append(NAN)
        out.append(
            Series(
                key=f"share_{iso3}",
                label=names.get(iso3, iso3),
                years=years,
                values=tuple(values),
                estimates=tuple(y in complete and any(t[y].estimate for t in totals.values()) for y in years),
                sources=tuple(by_year[y].source_ids if y in by_year else () for y in years),
                derived=True,
            )
        )
    return out


Style = Literal["line", "bars", "stacked"]
REPORTED_BY = {
    "china": QT_TRANSLATE_NOOP("Charts", "China-reported"),
    "partner": QT_TRANSLATE_NOOP("Charts", "partner-reported"),
}


@dataclass(frozen=True)
class PlotLine:
    """One drawn series with its look (a line, bars, or a layer of the stacked shares) and its CSV keys."""

    series: Series
    color: str
    style: Style
    country_iso3: str
    reporter: Reporter
    flow: Flow
    dashed: bool = False


@dataclass(frozen=True)
class ChartEntry:
    """An entry's trade as the chart needs it; CA5 and China carry the regional total and the five states'."""

    iso3: str
    name: str
    trade: Sequence[TradePoint]
    state_trade: Mapping[str, Sequence[TradePoint]] = field(default_factory=dict)
    state_names: Mapping[str, str] = field(default_factory=dict)

    @property
    def is_region(self) -> bool:
        return self.iso3 in (REGION, CHINA)

    @property
    def trade_iso3(self) -> str:
        """The partner of the trade shown: the region for CA5 and China, else the state itself."""
        return REGION if self.is_region else self.iso3

    @classmethod
    def of(cls, profile: Profile) -> ChartEntry:
        """The profile's trade as `chart_series` needs it (the same input the exports build)."""
        c = profile.country
        name = c.display_name
        return cls(c.iso3, name, profile.trade, profile.state_trade, profile.state_names)


def chart_series(
    entry: ChartEntry,
    view: TradeView,
    compare: Sequence[ChartEntry] = (),
    reporters: Sequence[Reporter] = ("china", "partner"),
    flow_reporter: Reporter = "china",
) -> list[PlotLine]:
    """What the trade chart shows, in legend order: lines, then bars, then the stacked regional shares.

    Compare mode (states only: a region is never compared, nor compared with) draws each state's totals in its
    own colour; otherwise the totals of both reporters (the partner's only where it has data), the flows the
    view asks for as bars, and for CA5 and China each state's share of the five."""
    others = [] if entry.is_region else [c for c in compare if not c.is_region and c.iso3 != entry.iso3]
    years = years_of(year_span([*entry.trade, *(p for c in others for p in c.trade)]))
    if others:
        return [
            PlotLine(
                replace(
                    s,
                    key=f"{e.iso3}_{s.key}",
                    label=f"{e.name}, {translate('Charts', REPORTED_BY[reporter])}",
                ),
                palette.state_color(e.iso3),
                "line",
                e.iso3,
                reporter,
                "total",
                dashed=reporter == "partner",
            )
            for e in (entry, *others)
            for reporter in reporters
            if (s := flow_series(e.trade, reporter, "total", years)).has_data()
        ]
    where = entry.trade_iso3
    lines = []
    for reporter in reporters:
        s = flow_series(entry.trade, reporter, "total", years)
        if reporter == "china" and entry.is_region:
            s = replace(s, label=translate("Charts", "Central Asia total, China-reported"))
        if reporter == "china" or s.has_data():
            color = palette.REPORTER_COLORS[reporter]
            lines.append(PlotLine(s, color, "line", where, reporter, "total", dashed=reporter == "partner"))
    for flow, wanted in (("china_exports", view.exports), ("china_imports", view.imports)):
        if wanted:
            s = flow_series(entry.trade, flow_reporter, flow, years)  # type: ignore[arg-type]
            lines.append(PlotLine(s, palette.FLOW_COLORS[flow], "bars", where, flow_reporter, flow))  # type: ignore[arg-type]
    if view.balance:
        s = balance_series(entry.trade, flow_reporter, years)
        lines.append(PlotLine(s, palette.FLOW_COLORS["balance"], "bars", where, flow_reporter, "balance"))
    if entry.is_region and "china" in reporters:
        for s in share_series(entry.state_trade, entry.state_names):
            iso3 = s.key.removeprefix("share_")
            lines.append(PlotLine(s, palette.state_color(iso3), "stacked", iso3, "china", "total"))
    return lines
