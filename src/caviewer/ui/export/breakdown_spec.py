"""The breakdown charts of a state: what is traded (`products`), with whom else (`partners`), and how far
China's and the state's own figures differ (`gap`), as `ChartFigure`s for the window and every export.

Pure Python, no Qt: `chart_spec.build_figure` calls `breakdown_figure` for these charts. `gap` is the
China-reported value over the partner-reported one, per year and flow, where both exist (its CSV holds the
two values it is computed from); the reasons are the entry's sourced trade caveats, printed as its notes.
`partners` is each counterpart's share of the state's trade turnover by the state's own statistics, China
first. `products` is the latest period's product list, both directions. May import the domain, the store,
`ui.palette` and `ui.trade_series`.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from caviewer.domain import Figure, Flow, Lending, TradeCaveat, TradePartner, TradePoint, TradeProduct
from caviewer.exports import ChartValue
from caviewer.formatting import format_period
from caviewer.i18n import QT_TRANSLATE_NOOP, translate
from caviewer.profile.breakdown import GROUPS, fullest_list
from caviewer.profile.trade import annual
from caviewer.store import Store
from caviewer.ui import palette
from caviewer.ui.trade_series import PlotLine, Series, years_of

BREAKDOWN_CHARTS = ("products", "partners", "gap", "debt", "investment", "lending")
# Counterparts drawn beside China in the partners chart, at most this many (the largest by latest share).
PARTNER_LINES = 4
PARTNER_COLORS = (palette.VERMILION, palette.ORANGE, palette.BLUISH_GREEN, palette.REDDISH_PURPLE)
COUNTERPART_NAMES = {
    "CHN": QT_TRANSLATE_NOOP("Countries", "China"),
    "RUS": QT_TRANSLATE_NOOP("Countries", "Russia"),
    "KAZ": QT_TRANSLATE_NOOP("Countries", "Kazakhstan"),
    "KGZ": QT_TRANSLATE_NOOP("Countries", "Kyrgyzstan"),
    "TJK": QT_TRANSLATE_NOOP("Countries", "Tajikistan"),
    "UZB": QT_TRANSLATE_NOOP("Countries", "Uzbekistan"),
    "TKM": QT_TRANSLATE_NOOP("Countries", "Turkmenistan"),
    "TUR": QT_TRANSLATE_NOOP("Countries", "Türkiye"),
    "ITA": QT_TRANSLATE_NOOP("Countries", "Italy"),
    "KOR": QT_TRANSLATE_NOOP("Countries", "South Korea"),
    "IRN": QT_TRANSLATE_NOOP("Countries", "Iran"),
    "DEU": QT_TRANSLATE_NOOP("Countries", "Germany"),
    "GBR": QT_TRANSLATE_NOOP("Countries", "United Kingdom"),
    "EU27": QT_TRANSLATE_NOOP("Countries", "European Union"),
    "EAEU": QT_TRANSLATE_NOOP("Countries", "Eurasian Economic Union"),
    "CIS": QT_TRANSLATE_NOOP("Countries", "CIS"),
}
FLOW_TITLES = {
    "china_exports": QT_TRANSLATE_NOOP("Charts", "China's exports to %1"),
    "china_imports": QT_TRANSLATE_NOOP("Charts", "China's imports from %1"),
}


def counterpart_name(code: str) -> str:
    return translate("Countries", COUNTERPART_NAMES[code]) if code in COUNTERPART_NAMES else code


@dataclass(frozen=True)
class ProductBar:
    """One bar of the products chart: a product of one flow, its value or share, and its sources."""

    flow: Flow
    label: str
    value_usd: float | None
    share_pct: float | None
    reporter: str
    source_ids: tuple[str, ...]
    group: str = ""  # the column's title: "China's exports to Kazakhstan, 2022"


@dataclass(frozen=True)
class Breakdown:
    """What `chart_spec` needs to make a figure of a breakdown chart."""

    title: str
    subtitle: str
    unit: str
    years: tuple[int, ...]
    lines: tuple[PlotLine, ...]
    values: tuple[ChartValue, ...]
    bars: tuple[ProductBar, ...] = ()
    notes: tuple[str, ...] = ()
    note_sources: tuple[str, ...] = ()


class NoBreakdownError(Exception):
    """The entry has no data for this chart; `str()` says why, in one line."""


@dataclass(frozen=True)
class BreakdownInput:
    """The records a breakdown chart is made of: a profile's, or the store's for the command line."""

    iso3: str
    name: str
    trade: Sequence[TradePoint]
    caveats: Sequence[TradeCaveat]
    products: Sequence[TradeProduct]
    partners: Sequence[TradePartner]
    figures: Sequence[Figure]
    lending: Sequence[Lending] = ()


def breakdown_input(store: Store, iso3: str, name: str) -> BreakdownInput:
    return BreakdownInput(
        iso3,
        name,
        store.trade([iso3]),
        store.trade_caveats([iso3]),
        store.trade_products(iso3),
        store.trade_partners(iso3),
        store.figures(iso3),
        store.lending(iso3),
    )


def product_years(data: BreakdownInput) -> list[int]:
    """The years the product lists cover, newest first (the products chart's year choice)."""
    return sorted(
        {r.year for r in data.products if r.value_usd is not None or r.share_pct is not None}, reverse=True
    )


def breakdown(data: BreakdownInput, chart: str, year: int | None = None) -> Breakdown:
    """The chart's lines or bars (for products, of `year`, by default the fullest list); raises
    `NoBreakdownError` (one line saying why) when it has no data."""
    if chart == "gap":
        return _gap(data)
    if chart in ("debt", "investment", "lending"):
        from caviewer.ui.export.finance_spec import finance_breakdown  # its module builds on this one's types

        return finance_breakdown(chart, data.iso3, data.name, data.figures, data.lending)
    if chart == "partners":
        china = [
            f
            for f in data.figures
            if f.indicator == "china_share_of_trade"
            and f.rank == 1
            and f.period.isdigit()
            and f.scope_iso3 == data.iso3
        ]
        return _partners(data.partners, data.iso3, data.name, china)
    products = [r for r in data.products if year is None or r.year == year]
    return _products(products, data.iso3, data.name)


# -- the reporter gap ------------------------------------------------------------------------------------


def _gap(data: BreakdownInput) -> Breakdown:
    iso3, name, points = data.iso3, data.name, data.trade
    flows: tuple[tuple[Flow, str, str], ...] = (
        ("total", translate("Charts", "Total trade"), palette.BLUE),
        ("china_exports", translate("Charts", "China's exports / the state's imports"), palette.BLUISH_GREEN),
        ("china_imports", translate("Charts", "China's imports / the state's exports"), palette.ORANGE),
    )
    pairs = {f: (annual(points, "china", f), annual(points, "partner", f)) for f, _, _ in flows}
    both = sorted(
        {y for c, p in pairs.values() for y in c if y in p and c[y].value_usd > 0 and p[y].value_usd > 0}
    )
    if not both:
        raise NoBreakdownError(
            translate("Charts", "%1 has no year with both China's and its own figures").replace("%1", name)
        )
    years = years_of((both[0], both[-1]))
    lines, values = [], []
    for flow, label, color in flows:
        china, partner = pairs[flow]
        ratios, estimates, sources = [], [], []
        for year in years:
            c, p = china.get(year), partner.get(year)
            if c and p and c.value_usd > 0 and p.value_usd > 0:
                ratios.append(c.value_usd / p.value_usd)
                estimates.append(c.estimate or p.estimate)
                sources.append(tuple(sorted({*c.source_ids, *p.source_ids})))
                values += [
                    ChartValue(iso3, year, "china", flow, c.value_usd, c.estimate, c.source_ids),
                    ChartValue(iso3, year, "partner", flow, p.value_usd, p.estimate, p.source_ids),
                ]
            else:
                ratios.append(math.nan)
                estimates.append(False)
                sources.append(())
        series = Series(
            f"gap_{flow}", label, years, tuple(ratios), tuple(estimates), tuple(sources), derived=True
        )
        if series.has_data():
            lines.append(PlotLine(series, color, "line", iso3, "china", flow, dashed=flow != "total"))
    caveats = data.caveats
    notes = tuple(f"{c.span}: {c.summary}" for c in caveats)
    note_sources = tuple(sid for c in caveats for sid in c.source_ids)
    return Breakdown(
        title=translate("Charts", "China-reported over %1-reported trade, %2")
        .replace("%1", name)
        .replace("%2", f"{years[0]}\u2013{years[-1]}"),
        subtitle=translate(
            "Charts",
            "Ratio of the two reporters' figures for the same flow and year, logarithmic scale (1 = they "
            "agree; import figures include freight, so about 0.9 to 1.1 is ordinary)",
        ),
        unit="ratio",
        years=years,
        lines=tuple(lines),
        values=tuple(values),
        notes=notes,
        note_sources=note_sources,
    )


# -- partners --------------------------------------------------------------------------------------------


def _partners(rows: Sequence[TradePartner], iso3: str, name: str, china: Sequence[Figure] = ()) -> Breakdown:
    """China's share comes from both tables: trade_partners, and the china_share_of_trade figures (the
    partners research left out the shares already recorded there)."""
    shares = [
        r
        for r in rows
        if r.flow == "total" and r.reporter == "partner" and r.is_annual and r.share_pct is not None
    ]
    recorded = {r.year for r in shares if r.counterpart == "CHN"}
    shares += [
        TradePartner(
            f.figure_id,
            iso3,
            "CHN",
            f.period,
            f.year,
            "total",
            "partner",
            None,
            f.value,
            f.estimate,
            f.note,
            f.source_ids,
        )
        for f in china
        if f.year not in recorded
    ]
    by_counterpart: dict[str, dict[int, TradePartner]] = {}
    for r in shares:
        by_counterpart.setdefault(r.counterpart, {})[r.year] = r  # a later row of the same year replaces
    if "CHN" not in by_counterpart:
        raise NoBreakdownError(
            translate("Charts", "No yearly share of China in %1's own trade statistics is recorded").replace(
                "%1", name
            )
        )
    latest = {
        c: v[max(v)].share_pct or 0.0 for c, v in by_counterpart.items() if c not in GROUPS and c != "CHN"
    }
    others = [c for c, _ in sorted(latest.items(), key=lambda kv: -kv[1])][:PARTNER_LINES]
    drawn = ["CHN", *others]
    years = years_of((min(r.year for r in shares), max(r.year for r in shares)))
    lines, values = [], []
    colors = {"CHN": palette.BLUE, **dict(zip(others, PARTNER_COLORS, strict=False))}
    for counterpart in drawn:
        found = by_counterpart[counterpart]
        series = Series(
            f"partner_{counterpart}",
            counterpart_name(counterpart),
            years,
            tuple((found[y].share_pct or math.nan) if y in found else math.nan for y in years),
            tuple(bool(found[y].estimate) if y in found else False for y in years),
            tuple(found[y].source_ids if y in found else () for y in years),
        )
        lines.append(PlotLine(series, colors[counterpart], "line", counterpart, "partner", "total"))
        for y in years:
            if y in found:
                r = found[y]
                values.append(
                    ChartValue(
                        counterpart,
                        y,
                        "partner",
                        "total",
                        r.value_usd or math.nan,
                        r.estimate,
                        r.source_ids,
                        share_pct=r.share_pct,
                        label=counterpart_name(counterpart),
                    )
                )
    return Breakdown(
        title=translate("Charts", "%1's main trade partners, %2")
        .replace("%1", name)
        .replace("%2", f"{years[0]}\u2013{years[-1]}"),
        subtitle=translate(
            "Charts",
            "Share of %1's goods trade turnover, percent, by its own statistics; China and the %2 "
            "largest others",
        )
        .replace("%1", name)
        .replace("%2", str(len(others))),
        unit="percent",
        years=years,
        lines=tuple(lines),
        values=tuple(values),
    )


# -- products --------------------------------------------------------------------------------------------


def _products(rows: Sequence[TradeProduct], iso3: str, name: str) -> Breakdown:
    listed = [r for r in rows if r.value_usd is not None or r.share_pct is not None]
    if not listed:
        raise NoBreakdownError(
            translate(
                "Charts", "No product figures for %1's trade with China are recorded (see GAPS.md)"
            ).replace("%1", name)
        )
    bars: list[ProductBar] = []
    periods: list[str] = []
    for flow in ("china_exports", "china_imports"):
        of_flow = [r for r in listed if r.flow == flow]
        if not of_flow:
            continue
        chosen = fullest_list(of_flow)
        period = chosen[0].period
        chosen.sort(key=lambda r: (r.rank or 99, -(r.value_usd or 0.0), -(r.share_pct or 0.0)))
        # Two sources' values for the same goods are alternatives, not two bars: the first (ranked) stays.
        seen: set[str] = set()
        unique = []
        for r in chosen:
            key = r.hs_code or r.product.lower()
            if key not in seen:
                seen.add(key)
                unique.append(r)
        chosen = unique
        periods.append(period)
        group = f"{flow_title(flow, name)}, {format_period(period)}"
        bars += [
            ProductBar(flow, r.product, r.value_usd, r.share_pct, r.reporter, r.source_ids, group)
            for r in chosen[:8]
        ]
    use_values = all(b.value_usd is not None for b in bars)
    values = tuple(
        ChartValue(
            iso3,
            int(r.period[:4]),
            r.reporter,
            r.flow,
            r.value_usd if r.value_usd is not None else math.nan,
            False,
            r.source_ids,
            share_pct=r.share_pct,
            label=r.product,
        )
        for r in listed
        if r.period in periods
    )
    span = ", ".join(format_period(p) for p in sorted(set(periods)))
    drawn = {b.flow for b in bars}
    if len(drawn) == 2:
        what = translate("Charts", "What China and %1 trade, %2")
    elif "china_imports" in drawn:
        what = translate("Charts", "What China buys from %1, %2")
    else:
        what = translate("Charts", "What China sells to %1, %2")
    return Breakdown(
        title=what.replace("%1", name).replace("%2", span),
        subtitle=(
            translate("Charts", "Largest products listed by the source, US dollars")
            if use_values
            else translate("Charts", "Largest products listed by the source, value or share of the flow")
        ),
        unit="usd" if use_values else "mixed",
        years=tuple(sorted({int(p[:4]) for p in periods})),
        lines=(),
        values=values,
        bars=tuple(bars),
    )


def source_counts(values: Sequence[ChartValue], extra: Sequence[str]) -> Counter[str]:
    counts = Counter(sid for v in values for sid in v.source_ids)
    counts.update(extra)
    return counts


def flow_title(flow: str, name: str) -> str:
    return translate("Charts", FLOW_TITLES[flow]).replace("%1", name)
