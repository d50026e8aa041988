"""What the trade plot and its table twin show, computed from trade points: pure Python, no Qt.

A series runs over every year of a span, with NaN where the dataset has no annual rank-1 value, so the plot
draws a gap and never a zero or an interpolation. The balance is derived (China's exports minus China's
imports of the same reporter) and exists only where both do. Regional shares are computed only for years in
which all five states have a China-reported total.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from caviewer.domain import Flow, Reporter, TradePoint

NAN = float("nan")
LABELS = {
    ("china", "total"): "China-reported total",
    ("partner", "total"): "Partner-reported total",
    ("china", "china_exports"): "China's exports",
    ("china", "china_imports"): "China's imports",
    ("china", "balance"): "Balance (derived)",
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


def annual(points: Iterable[TradePoint], reporter: Reporter, flow: Flow) -> dict[int, TradePoint]:
    """The rank-1 calendar-year values of one reporter and flow, by year."""
    return {
        p.year: p for p in points if p.reporter == reporter and p.flow == flow and p.rank == 1 and p.is_annual
    }


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
        label=LABELS.get((reporter, flow), f"{reporter} {flow}"),
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
        label=LABELS[("china", "balance")] if reporter == "china" else "Balance, partner-reported (derived)",
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
                estimates=tuple(bool(y in by_year and by_year[y].estimate) for y in years),
                sources=tuple(by_year[y].source_ids if y in by_year else () for y in years),
                derived=True,
            )
        )
    return out


def trade_table(points: Sequence[TradePoint]) -> list[Series]:
    """The series of the table twin, over the full span: totals of both reporters, flows, balance."""
    years = years_of(year_span(points))
    return [
        flow_series(points, "china", "total", years),
        flow_series(points, "partner", "total", years),
        flow_series(points, "china", "china_exports", years),
        flow_series(points, "china", "china_imports", years),
        balance_series(points, "china", years),
    ]
