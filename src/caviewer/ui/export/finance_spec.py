"""The money charts of an entry: `debt` (owed to China beside the total external public debt), `investment`
(China's figures of its investment beside the partner's own figure of investment from China) and `lending`
(AidData's official loans and grants by commitment year), as `Breakdown`s that `chart_spec` turns into
figures for the Finance pane and every export.

Pure Python, no Qt. Each yearly point is the latest figure of that year (an as-of date such as 2024-01
counts for 2024), rank 1 only; the notes say what the lines are not (different debt concepts, stock
against flow, a subset of AidData's records). May import the domain, the exports' ChartValue, formatting,
`ui.palette`, `ui.trade_series` and `ui.breakdown_spec`.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

from caviewer.domain import Figure, Lending
from caviewer.exports import ChartValue
from caviewer.formatting import format_usd, period_end_year
from caviewer.i18n import QT_TRANSLATE_NOOP, translate
from caviewer.ui import palette
from caviewer.ui.export.breakdown_spec import Breakdown, NoBreakdownError
from caviewer.ui.trade_series import PlotLine, Series, years_of

FINANCE_CHARTS = ("debt", "investment", "lending")
_DEBT = (
    ("external_debt_owed_to_china", QT_TRANSLATE_NOOP("Charts", "Owed to China"), palette.BLUE),
    ("external_debt_total", QT_TRANSLATE_NOOP("Charts", "Total external public debt"), palette.GREY),
)
_INVESTMENT = (
    (
        "china_ofdi_stock",
        QT_TRANSLATE_NOOP("Charts", "China's direct investment stock (China's figures)"),
        palette.BLUE,
    ),
    (
        "china_fdi_stock_edb",
        QT_TRANSLATE_NOOP("Charts", "Chinese direct investment stock (Eurasian Development Bank)"),
        palette.SKY_BLUE,
    ),
    (
        "china_ofdi_flow",
        QT_TRANSLATE_NOOP("Charts", "China's direct investment flow, a year (China's figures, net)"),
        palette.BLUISH_GREEN,
    ),
    (
        "fdi_from_china_partner_reported",
        QT_TRANSLATE_NOOP("Charts", "Direct investment from China, a year (the state's figures)"),
        palette.VERMILION,
    ),
)


def finance_breakdown(
    chart: str, iso3: str, name: str, figures: Sequence[Figure], lending: Sequence[Lending]
) -> Breakdown:
    if chart == "debt":
        return _debt(iso3, name, figures)
    if chart == "investment":
        return _investment(iso3, name, figures)
    return _lending(iso3, name, lending)


def _yearly(figures: Sequence[Figure], iso3: str, indicator: str) -> dict[int, Figure]:
    """The latest rank-1 figure of each year (by its period's end) of one indicator."""
    found: dict[int, Figure] = {}
    for f in sorted(figures, key=lambda f: f.period):
        if f.scope_iso3 == iso3 and f.indicator == indicator and f.rank == 1 and ".." not in f.period:
            found[period_end_year(f.period)] = f
    return found


def _lines(
    iso3: str, figures: Sequence[Figure], kinds: Sequence[tuple[str, str, str]]
) -> tuple[list[PlotLine], list[ChartValue], tuple[int, ...]]:
    series = {ind: _yearly(figures, iso3, ind) for ind, _, _ in kinds}
    years_seen = sorted({y for by_year in series.values() for y in by_year})
    if not years_seen:
        return [], [], ()
    years = years_of((years_seen[0], years_seen[-1]))
    lines, values = [], []
    for indicator, label, color in kinds:
        by_year = series[indicator]
        if not by_year:
            continue
        s = Series(
            indicator,
            translate("Charts", label),
            years,
            tuple(by_year[y].value if y in by_year else math.nan for y in years),
            tuple(by_year[y].estimate if y in by_year else False for y in years),
            tuple(by_year[y].source_ids if y in by_year else () for y in years),
        )
        lines.append(
            PlotLine(s, color, "line", iso3, "partner", "total", dashed=indicator == "external_debt_total")
        )
        values += [
            ChartValue(
                iso3, y, "partner", "total", f.value, f.estimate, f.source_ids, label=f"{label} ({f.period})"
            )
            for y, f in sorted(by_year.items())
        ]
    return lines, values, years


def _debt(iso3: str, name: str, figures: Sequence[Figure]) -> Breakdown:
    lines, values, years = _lines(iso3, figures, _DEBT)
    if not any(line.series.key == "external_debt_owed_to_china" for line in lines):
        raise NoBreakdownError(
            translate("Charts", "No figures of %1's debt owed to China are recorded (see GAPS.md)").replace(
                "%1", name
            )
        )
    shares = _yearly(figures, iso3, "external_debt_china_share")
    note = "; ".join(f"{y} {f.value:g}%" for y, f in sorted(shares.items()))
    share_note = translate("Charts", "China's share of the external debt, as the same sources give it: %1")
    notes = (share_note.replace("%1", note),) if note else ()
    span = f"{years[0]}\u2013{years[-1]}"
    return Breakdown(
        title=translate("Charts", "%1: external debt owed to China, %2")
        .replace("%1", name)
        .replace("%2", span),
        subtitle=translate(
            "Charts",
            "US dollars, the latest figure of each year; each source's own debt concept (see its note)",
        ),
        unit="usd",
        years=years,
        lines=tuple(lines),
        values=tuple(values),
        notes=notes,
        note_sources=tuple(sid for f in shares.values() for sid in f.source_ids),
    )


def _investment(iso3: str, name: str, figures: Sequence[Figure]) -> Breakdown:
    lines, values, years = _lines(iso3, figures, _INVESTMENT)
    if not lines:
        raise NoBreakdownError(
            translate(
                "Charts", "No figures of Chinese investment in %1 by year are recorded (see GAPS.md)"
            ).replace("%1", name)
        )
    span = f"{years[0]}\u2013{years[-1]}"
    return Breakdown(
        title=translate("Charts", "Chinese direct investment in %1, %2")
        .replace("%1", name)
        .replace("%2", span),
        subtitle=translate(
            "Charts",
            "US dollars; end-of-year stocks and yearly flows are different measures, side by side; "
            "China's flow is net (negative when more was withdrawn than invested)",
        ),
        unit="usd",
        years=years,
        lines=tuple(lines),
        values=tuple(values),
    )


def _lending(iso3: str, name: str, lending: Sequence[Lending]) -> Breakdown:
    counted = [
        r for r in lending if r.recommended_for_totals and r.amount_usd_constant_2017 and r.commitment_year
    ]
    if not counted:
        raise NoBreakdownError(
            translate("Charts", "No lending records with an amount are recorded for %1").replace("%1", name)
        )
    by_year: dict[int, list[Lending]] = defaultdict(list)
    by_sector: dict[str, float] = defaultdict(float)
    for r in counted:
        by_year[r.commitment_year or 0].append(r)
        by_sector[(r.sector or "unspecified").capitalize()] += r.amount_usd_constant_2017 or 0.0
    years = years_of((min(by_year), max(by_year)))
    totals = tuple(
        sum(r.amount_usd_constant_2017 or 0.0 for r in by_year[y]) if y in by_year else math.nan
        for y in years
    )
    ids = tuple(tuple(sorted({s for r in by_year.get(y, []) for s in r.source_ids})) for y in years)
    label = translate("Charts", "Committed, constant 2017 US$")
    s = Series("lending", label, years, totals, (False,) * len(years), ids)
    values = tuple(
        ChartValue(
            r.recipient_iso3,
            r.commitment_year or 0,
            "china",
            "total",
            r.amount_usd_constant_2017 or 0.0,
            False,
            r.source_ids,
            label=r.title,
        )
        for r in counted
    )
    sectors = sorted(by_sector.items(), key=lambda kv: -kv[1])[:4]
    who = translate("Charts", "the five states") if iso3 in ("CA5", "CHN") else name
    span = f"{years[0]}\u2013{years[-1]}"
    return Breakdown(
        title=translate("Charts", "Chinese official finance to %1, %2")
        .replace("%1", who)
        .replace("%2", span),
        subtitle=translate(
            "Charts",
            "Loans, grants and other official flows committed by year, constant 2017 US$ "
            "(AidData GCDF 2.0, geocoded release: a subset, not a total)",
        ),
        unit="usd",
        years=years,
        lines=(PlotLine(s, palette.BLUE, "bars", iso3, "china", "total"),),
        values=values,
        notes=(
            translate("Charts", "Largest sectors:")
            + " "
            + "; ".join(f"{k} {format_usd(v)}" for k, v in sectors),
        ),
    )
