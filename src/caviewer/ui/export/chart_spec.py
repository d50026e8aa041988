"""What an exported chart shows: its series, styles, titles, sources and CSV rows, built from the store.

The figure model behind every export (PNG, SVG, PDF, clipboard, CSV) and behind the batch exporter and the
`caviewer export` command. Pure Python, no Qt: what is drawn comes from `trade_series.chart_series`, the same
choice the window's plot makes (lines, flows as bars, compare mode). Charts per entry: `trade` for every
entry (the trade plot of the window: a state's totals of both reporters, CA5's and China's regional total)
and `shares` for CA5 (each state's share of the five states' China-reported total, stacked). The CSV of
`shares` holds the China-reported totals the shares are computed from, since the CSV's unit is US dollars.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from caviewer import __version__
from caviewer.domain import CHINA, REGION, STATES, Reporter, Source
from caviewer.exports import ChartValue, ExportError
from caviewer.i18n import translate
from caviewer.profile.trade import annual
from caviewer.store import Store
from caviewer.ui.export.breakdown_spec import (
    BREAKDOWN_CHARTS,
    BreakdownInput,
    NoBreakdownError,
    ProductBar,
    breakdown,
    breakdown_input,
    source_counts,
)
from caviewer.ui.trade_series import ChartEntry, PlotLine, Style, TradeView, chart_series

__all__ = ["CHARTS", "ChartError", "ChartFigure", "ChartOptions", "PlotLine", "Style", "build_figure"]

ChartName = Literal["trade", "shares", "products", "partners", "gap", "debt", "investment", "lending"]
ReporterChoice = Literal["china", "partner", "both"]
CHARTS: tuple[ChartName, ...] = (
    "trade",
    "shares",
    "products",
    "partners",
    "gap",
    "debt",
    "investment",
    "lending",
)
STATE_CHARTS: tuple[ChartName, ...] = (
    "trade",
    "products",
    "partners",
    "gap",
    "debt",
    "investment",
    "lending",
)
_NON_LATIN = re.compile(r"\s*\([^)]*[\u2e80-\u9fff\uac00-\ud7af][^)]*\)")


class ChartError(ExportError):
    """The chart asked for does not exist or has nothing to show; `str()` is one line for the user."""


@dataclass(frozen=True)
class ChartOptions:
    """What to draw: reporters (None: both), a year range, the window's flow toggles and the states it
    compares with the entry (compare mode, as in the Trade pane)."""

    reporter: ReporterChoice | None = None
    years: tuple[int, int] | None = None
    exports: bool = False
    imports: bool = False
    balance: bool = False
    compare: tuple[str, ...] = ()
    log_scale: bool = False


@dataclass(frozen=True)
class ChartFigure:
    """Everything an export draws or writes; titles and toggles are editable with `edited()`."""

    iso3: str
    chart: ChartName
    title: str
    subtitle: str
    unit: Literal["usd", "percent", "ratio", "mixed"]
    years: tuple[int, ...]
    lines: tuple[PlotLine, ...]
    values: tuple[ChartValue, ...]
    sources: tuple[Source, ...]
    source_names: tuple[str, ...]
    data_version: str
    as_of: str
    legend: bool = True
    footer: bool = True
    # A logarithmic amounts axis, as the window's Log scale toggle draws it (no bars then).
    log_scale: bool = False
    # The products chart's horizontal bars (its `lines` are empty).
    bars: tuple[ProductBar, ...] = ()
    # Sourced caveats on the values drawn, one line each ("Kyrgyzstan 2004\u20132011: re-exports ..."),
    # printed above the sources; the full explanation of each is in the CSV's `note` column.
    notes: tuple[str, ...] = ()

    def edited(self, **changes: object) -> ChartFigure:
        return replace(self, **changes)  # type: ignore[arg-type]

    def version_line(self) -> str:
        text = translate("Charts", "Data version %1 (as of %2)").replace("%1", self.data_version)
        return f"{text.replace('%2', self.as_of)} \u00b7 caviewer {__version__}"

    def has_estimates(self) -> bool:
        """Whether any drawn value (a line's marker, a bar, a year's shares) is an estimate."""
        return bool(self.estimate_styles())

    def estimate_styles(self) -> set[Style]:
        """The styles with an estimate: `line` (hollow markers), `bars` and `stacked` (lighter fills)."""
        return {line.style for line in self.lines if any(line.series.estimates)}

    def estimate_note(self) -> str:
        """The legend's note on estimates, naming how the drawn kinds mark them."""
        styles = self.estimate_styles()
        if styles == {"line"}:
            return translate("Charts", "Hollow marker: estimate or derived value")
        if "line" in styles:
            return translate("Charts", "Hollow marker or lighter bar: estimate or derived value")
        return translate("Charts", "Lighter bar: estimate or derived value")

    def file_name(self, fmt: str) -> str:
        """The default file name, e.g. caviewer-KAZ-trade-1992-2024.png."""
        return f"caviewer-{self.iso3}-{self.chart}-{self.years[0]}-{self.years[-1]}.{fmt}"

    def provenance(self) -> dict[str, str]:
        """What every exported file carries about itself (PNG text chunks, SVG title/desc/metadata, PDF
        document info): title, sources by publisher, a description with the as-of date and data
        version, and the software."""
        notes = f" Notes: {'; '.join(self.notes)}." if self.notes else ""
        return {
            "Title": self.title,
            "Source": "; ".join(self.source_names) + f" (caviewer dataset {self.data_version})",
            "Description": f"{self.subtitle}. Data as of {self.as_of}, version {self.data_version}.{notes}",
            "Software": f"caviewer {__version__}",
        }

    def source_citations(self) -> dict[str, str]:
        """Each source of the chart by id, as the CSV names it: publisher, title and URL."""
        return {s.source_id: s.short_citation() for s in self.sources}

    def citation(self) -> str:
        """The chart's title, the dataset version and the full citation of every source shown."""
        head = f"{self.title}. caviewer dataset {self.data_version} (as of {self.as_of})."
        notes = ["Notes:", *(f"- {n}" for n in self.notes)] if self.notes else []
        return "\n".join([head, *notes, "Sources:", *(f"- {s.citation()}" for s in self.sources)])


def charts_for(iso3: str) -> tuple[ChartName, ...]:
    """The charts a list entry may have (the breakdown charts only where it has their data: see
    `available_charts`)."""
    if iso3 == REGION:
        return ("trade", "shares", "lending")
    return ("trade",) if iso3 == CHINA else STATE_CHARTS


def available_charts(store: Store, iso3: str) -> tuple[ChartName, ...]:
    """The entry's charts that have data to draw."""
    found = []
    for chart in charts_for(iso3):
        try:
            build_figure(store, iso3, chart)
        except ChartError:
            continue
        found.append(chart)
    return tuple(found)


def build_figure(
    store: Store, iso3: str, chart: ChartName = "trade", options: ChartOptions | None = None
) -> ChartFigure:
    """The figure of one chart of one entry; raises `ChartError` for an unknown chart or no data."""
    options = options or ChartOptions()
    country = store.country(iso3)
    if country is None:
        raise ChartError(f"Unknown country {iso3!r}; use one of {_entries(store)}")
    if chart not in charts_for(iso3):
        raise ChartError(f"{iso3} has no chart {chart!r}; its charts: {', '.join(charts_for(iso3))}")
    if chart == "shares" and options.reporter == "partner":
        raise ChartError("The shares chart is China-reported only; use --reporter china")
    if chart in BREAKDOWN_CHARTS:
        return _breakdown_figure(store, iso3, chart, _name(store, iso3))
    compare = [_entry(store, c) for c in options.compare if c != iso3]
    view = TradeView(exports=options.exports, imports=options.imports, balance=options.balance)
    flow_reporter: Reporter = "partner" if options.reporter == "partner" else "china"
    drawn = chart_series(_entry(store, iso3), view, compare, _reporters(options.reporter), flow_reporter)
    wanted = [line for line in drawn if (line.style == "stacked") == (chart == "shares")]
    lines, years = _shown(wanted, options)
    compared = sorted({line.country_iso3 for line in lines} - {iso3}) if compare and lines else []
    if not years:
        span = f" in {options.years[0]}\u2013{options.years[1]}" if options.years else ""
        raise ChartError(f"No {chart} data for {iso3}{span}")
    shown = tuple(_clip(line, years) for line in lines)
    title, subtitle = _titles(store, iso3, chart, shown, years, compared=compared)
    if options.log_scale and chart == "trade":
        subtitle += " (logarithmic scale)"
    values, notes, note_sources = _with_caveats(store, _chart_values(store, chart, shown, years))
    counts = Counter(sid for v in values for sid in v.source_ids)
    counts.update(note_sources)
    sources = tuple(store.sources(sorted(counts)))
    info = store.info()
    return ChartFigure(
        iso3="-".join([iso3, *compared]),
        chart=chart,
        title=title,
        subtitle=subtitle,
        unit="percent" if chart == "shares" else "usd",
        years=years,
        lines=shown,
        values=values,
        sources=sources,
        source_names=_source_names(sources, counts),
        data_version=info.data_version,
        as_of=info.as_of,
        notes=notes,
        log_scale=options.log_scale and chart == "trade",
    )


def _breakdown_figure(store: Store, iso3: str, chart: ChartName, name: str) -> ChartFigure:
    info = store.info()
    return breakdown_figure(
        breakdown_input(store, iso3, name), chart, store.sources, info.data_version, info.as_of
    )


def breakdown_figure(
    data: BreakdownInput,
    chart: ChartName,
    sources_of: Callable[[list[str]], Sequence[Source]],
    data_version: str,
    as_of: str,
    *,
    year: int | None = None,
) -> ChartFigure:
    """The figure of a breakdown chart, from a profile's records or the store's (the same figure for the
    window's pane and every export); raises `ChartError` when the entry has no data for it."""
    try:
        made = breakdown(data, chart, year)
    except NoBreakdownError as exc:
        raise ChartError(str(exc)) from exc
    counts = source_counts(made.values, made.note_sources)
    sources = tuple(sources_of(sorted(counts)))
    return ChartFigure(
        iso3=data.iso3,
        chart=chart,
        title=made.title,
        subtitle=made.subtitle,
        unit=made.unit,  # type: ignore[arg-type]
        years=made.years,
        lines=made.lines,
        values=made.values,
        sources=sources,
        source_names=_source_names(sources, counts),
        data_version=data_version,
        as_of=as_of,
        notes=made.notes,
        bars=made.bars,
        # Ratios are multiplicative: on a log axis 2x and 0.5x sit as far from 1 as each other, and one
        # early outlier (Kyrgyzstan 1995, 41x) no longer flattens the years the chart is for.
        log_scale=chart == "gap",
    )


def _with_caveats(
    store: Store, values: tuple[ChartValue, ...]
) -> tuple[tuple[ChartValue, ...], tuple[str, ...], list[str]]:
    """The values with the text of the caveats on each, the notes for the figure (each caveat once, in
    the order first met) and the sources those caveats cite."""
    partners = sorted({v.country_iso3 for v in values})
    caveats = store.trade_caveats(partners)
    names = {c.iso3: c.name_en for c in store.countries()}
    used: dict[str, str] = {}
    ids: list[str] = []
    out = []
    for v in values:
        found = [
            c for c in caveats if c.partner_iso3 == v.country_iso3 and c.covers(v.reporter, v.flow, v.year)
        ]
        for c in found:
            if c.caveat_id not in used:
                used[c.caveat_id] = f"{names.get(c.partner_iso3, c.partner_iso3)} {c.span}: {c.summary}"
                ids += c.source_ids
        out.append(replace(v, note=" ".join(c.text for c in found)) if found else v)
    return tuple(out), tuple(used.values()), ids


def _entries(store: Store) -> str:
    """The entries to name in an error: their codes, or a word that the database lists none."""
    return ", ".join(c.iso3 for c in store.countries()) or "none (the database lists no entry)"


def _reporters(choice: ReporterChoice | None) -> tuple[Reporter, ...]:
    choice = choice or "both"
    return ("china", "partner") if choice == "both" else (choice,)


def _entry(store: Store, iso3: str) -> ChartEntry:
    """An entry's trade from the store, as `ProfileRepository` gives it to the Trade pane."""
    country = store.country(iso3)
    if country is None:
        raise ChartError(f"Unknown country {iso3!r}; use one of {_entries(store)}")
    names = {c.iso3: c.display_name for c in store.countries()}
    if iso3 in (REGION, CHINA):
        states = {s: tuple(store.trade([s])) for s in STATES}
        return ChartEntry(iso3, names[iso3], tuple(store.trade([REGION])), states, names)
    return ChartEntry(iso3, names[iso3], tuple(store.trade([iso3])), {}, names)


def _shown(lines: list[PlotLine], options: ChartOptions) -> tuple[list[PlotLine], tuple[int, ...]]:
    """The lines with data in the asked range, and the years from their first to their last value."""
    low, high = options.years or (-math.inf, math.inf)
    with_data = [
        y
        for line in lines
        for y, v in zip(line.series.years, line.series.values, strict=True)
        if low <= y <= high and not math.isnan(v)
    ]
    if not with_data:
        return [], ()
    years = tuple(range(min(with_data), max(with_data) + 1))
    kept = [line for line in lines if any(not math.isnan(line.series.value_at(y)) for y in years)]
    return kept, years


def _clip(line: PlotLine, years: tuple[int, ...]) -> PlotLine:
    s = line.series
    index = [s.years.index(y) for y in years]
    clipped = replace(
        s,
        years=years,
        values=tuple(s.values[i] for i in index),
        estimates=tuple(s.estimates[i] for i in index),
        sources=tuple(s.sources[i] for i in index),
    )
    return replace(line, series=clipped)


def _chart_values(
    store: Store, chart: ChartName, lines: Sequence[PlotLine], years: tuple[int, ...]
) -> tuple[ChartValue, ...]:
    """One row per plotted value; for `shares`, the China-reported totals behind each share."""
    rows = []
    for line in lines:
        s = line.series
        totals = annual(store.trade([line.country_iso3]), "china", "total") if chart == "shares" else {}
        for year, value, estimate, sources in zip(years, s.values, s.estimates, s.sources, strict=True):
            if math.isnan(value):
                continue
            row = ChartValue(line.country_iso3, year, line.reporter, line.flow, value, estimate, sources)
            if chart == "shares":
                point = totals[year]
                row = replace(
                    row, value_usd=point.value_usd, estimate=point.estimate, source_ids=point.source_ids
                )
            rows.append(row)
    return tuple(rows)


def _titles(
    store: Store,
    iso3: str,
    chart: ChartName,
    lines: Sequence[PlotLine],
    years: tuple[int, ...],
    *,
    compared: Sequence[str] = (),
) -> tuple[str, str]:
    span = f"{years[0]}\u2013{years[-1]}"
    reporters = {line.reporter for line in lines}
    if chart == "shares":
        return (
            translate("Charts", "Shares of China\u2013Central Asia trade by state, %1").replace("%1", span),
            translate(
                "Charts",
                "Percent of the five states' total trade with China, China-reported; "
                "years in which all five have a value",
            ),
        )
    if compared:
        names = [_name(store, i) for i in (iso3, *compared)]
        listed = (
            translate("Charts", "%1 and %2")
            .replace("%1", translate("Charts", ", ").join(names[:-1]))
            .replace("%2", names[-1])
        )
        if reporters == {"china", "partner"}:
            by = translate("Charts", "as reported by China and each partner")
        elif "china" in reporters:
            by = translate("Charts", "as reported by China")
        else:
            by = translate("Charts", "as reported by each partner")
        return (
            translate("Charts", "China's trade with %1, %2").replace("%1", listed).replace("%2", span),
            translate("Charts", "Annual total trade in US dollars, %1 (partner-reported dashed)").replace(
                "%1", by
            ),
        )
    region = iso3 in (REGION, CHINA)
    name = translate("Charts", "Central Asia") if region else _name(store, iso3)
    partner = translate("Charts", "the five states") if region else name
    if reporters == {"china", "partner"}:
        by = translate("Charts", "as reported by China and by %1").replace("%1", partner)
    elif "china" in reporters:
        by = translate("Charts", "as reported by China")
    else:
        by = translate("Charts", "as reported by %1").replace("%1", partner)
    what = (
        translate("Charts", "Annual trade summed over the five states in US dollars, %1")
        if region
        else translate("Charts", "Annual trade in US dollars, %1")
    )
    title = translate("Charts", "China\u2013%1 trade, %2").replace("%1", name).replace("%2", span)
    return title, what.replace("%1", by)


def _name(store: Store, iso3: str) -> str:
    country = store.country(iso3)
    return country.display_name if country else iso3


def _source_names(sources: Sequence[Source], counts: Counter[str]) -> tuple[str, ...]:
    """Short source names for the footer (publishers, most cited first), in Latin or Cyrillic script."""
    weight: Counter[str] = Counter()
    for source in sources:
        name = _NON_LATIN.sub("", source.publisher or source.title).strip() or source.source_id
        weight[name] += counts[source.source_id]
    return tuple(name for name, _ in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0])))
