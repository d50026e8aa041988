"""Domain types of caviewer: frozen dataclasses for every record the dataset holds.

Pure Python with no imports beyond the standard library and `caviewer.i18n` (display names). The store
builds these from SQLite rows; the ui and the exporters read them. Amounts stay in base units (USD, tonnes,
cubic metres, km) with their unit; formatting for display lives in `caviewer.formatting`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from caviewer.i18n import localized_name

REGION = "CA5"
CHINA = "CHN"
STATES = ("KAZ", "KGZ", "TJK", "TKM", "UZB")

Reporter = Literal["china", "partner"]
Flow = Literal["china_exports", "china_imports", "total", "balance"]
REPORTERS: tuple[Reporter, ...] = ("china", "partner")
FLOWS: tuple[Flow, ...] = ("china_exports", "china_imports", "total", "balance")


@dataclass(frozen=True, slots=True)
class Source:
    """A publication or dataset that records cite."""

    source_id: str
    title: str
    publisher: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    # The mirror, repository or package it was read through: detail view only, never in the citation.
    retrieved_via: str | None = None
    dataset_id: str | None = None
    place: str | None = None
    accessed: str | None = None
    terms: str | None = None
    measures: str | None = None
    notes: str | None = None

    def citation(self) -> str:
        """A full citation in one line: author, title, publisher, date, where, accessed."""
        parts = [p for p in (self.author, f"\u201c{self.title}\u201d", self.publisher, self.published) if p]
        where = self.url or self.dataset_id or self.place
        if where:
            parts.append(where)
        if self.accessed:
            parts.append(f"accessed {self.accessed}")
        return ". ".join(parts) + "."

    def short_citation(self) -> str:
        """Publisher (or author): title, and the URL in angle brackets: for a table cell."""
        who = self.publisher or self.author
        head = f"{who}: {self.title}" if who else self.title
        return f"{head} <{self.url}>" if self.url else head


@dataclass(frozen=True, slots=True)
class Country:
    """One entry of the country list: a state, the region as a whole (CA5) or China (CHN)."""

    iso3: str
    iso2: str | None
    kind: Literal["state", "region", "china"]
    sort_order: int
    name_en: str
    name_ru: str
    name_zh: str
    name_local: str
    local_language: str | None
    capital: str | None
    currency_code: str | None
    currency_name: str | None
    source_ids: tuple[str, ...] = ()

    @property
    def display_name(self) -> str:
        """The entry's name in the interface language (the data's Russian or Chinese name), else English."""
        return localized_name(self.name_en, self.name_ru, self.name_zh)

    def names(self) -> tuple[str, ...]:
        """Every name and code the entry can be found by."""
        return tuple(
            n for n in (self.name_en, self.name_ru, self.name_zh, self.name_local, self.iso3, self.iso2) if n
        )


@dataclass(frozen=True, slots=True)
class CountryFact:
    """A dated text fact: head of state, head of government, relationship level with China."""

    fact_id: str
    iso3: str
    fact: str
    value: str
    since: str | None
    note: str | None
    source_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TradePoint:
    """One trade value: a flow (seen from China's side) in one period, by one reporter."""

    partner_iso3: str
    period: str
    year: int
    flow: Flow
    reporter: Reporter
    value_usd: float
    estimate: bool
    source_ids: tuple[str, ...]
    rank: int = 1
    derivation: str | None = None
    note: str | None = None

    @property
    def is_annual(self) -> bool:
        return self.period == str(self.year)


@dataclass(frozen=True, slots=True)
class Figure:
    """Any other figure: population, GDP, debt, pledges, investment, gas sales, counts."""

    figure_id: str
    scope_iso3: str
    indicator: str
    period: str
    year: int
    value: float
    unit: str
    estimate: bool
    source_ids: tuple[str, ...]
    derivation: str | None = None
    note: str | None = None
    # 1: the series shown for the indicator; 2 and up: other publishers' values kept as alternatives.
    rank: int = 1


@dataclass(frozen=True, slots=True)
class TradeCaveat:
    """A sourced explanation of a real anomaly in an entry's trade series (a jump, or a reporter gap)."""

    caveat_id: str
    partner_iso3: str
    reporter: Literal["china", "partner", "both"]
    flow: Flow | None
    year_from: int
    year_to: int
    reason: str
    summary: str
    text: str
    source_ids: tuple[str, ...]

    def covers(self, reporter: str, flow: str, year: int) -> bool:
        """Whether the caveat explains this reporter's value of `flow` in `year`."""
        return (
            self.reporter in (reporter, "both")
            and self.flow in (None, flow)
            and self.year_from <= year <= self.year_to
        )

    @property
    def span(self) -> str:
        return (
            str(self.year_from) if self.year_from == self.year_to else f"{self.year_from}\u2013{self.year_to}"
        )


@dataclass(frozen=True, slots=True)
class Event:
    """A summit, visit, founding, speech or change of regime, with the countries involved."""

    event_id: str
    date: str
    kind: str
    title: str
    place: str | None
    participants: str | None
    summary: str | None
    countries: tuple[str, ...]
    source_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Agreement:
    """A treaty, declaration, memorandum or programme, with its parties."""

    agreement_id: str
    date: str
    title: str
    domain: str
    event_id: str | None
    status: str | None
    summary: str | None
    parties: tuple[str, ...]
    source_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Milestone:
    """A dated stage in a project's life: announced, construction, operation, delay..."""

    milestone_id: str
    project_id: str
    date: str
    stage: str
    note: str | None
    source_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ProjectMetric:
    """A quantity of a project (length, capacity, cost) with its unit."""

    metric_id: str
    project_id: str
    metric: str
    value: float
    unit: str
    estimate: bool
    note: str | None
    source_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Project:
    """A Chinese-built or Chinese-financed project, with its milestones and metrics."""

    project_id: str
    name: str
    sector: str
    status: str
    parent_id: str | None
    chinese_partners: str | None
    local_partners: str | None
    summary: str | None
    countries: tuple[str, ...]
    source_ids: tuple[str, ...]
    milestones: tuple[Milestone, ...] = ()
    metrics: tuple[ProjectMetric, ...] = ()


@dataclass(frozen=True, slots=True)
class Tie:
    """A people-to-people tie: visa regime, scholarships, flights, twinning, Confucius Institutes."""

    tie_id: str
    iso3: str
    kind: str
    date: str
    title: str
    summary: str | None
    value: float | None
    unit: str | None
    source_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TradeProduct:
    """One product group of one flow of a state's trade with China, as a source lists it."""

    product_row_id: str
    partner_iso3: str
    period: str
    year: int
    flow: Flow
    reporter: Reporter
    hs_code: str | None
    product: str
    value_usd: float | None
    share_pct: float | None
    rank: int | None
    note: str | None
    source_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TradePartner:
    """A state's trade with one counterpart (a country or a group), from the state's side."""

    partner_row_id: str
    state_iso3: str
    counterpart: str
    period: str
    year: int
    flow: Literal["total", "exports", "imports"]
    reporter: Literal["partner", "other"]
    value_usd: float | None
    share_pct: float | None
    estimate: bool
    note: str | None
    source_ids: tuple[str, ...]

    @property
    def is_annual(self) -> bool:
        return self.period == str(self.year)


@dataclass(frozen=True, slots=True)
class Lending:
    """A Chinese official-sector loan or grant (an AidData record): amount in constant 2017 US dollars."""

    lending_id: str
    recipient_iso3: str
    title: str
    commitment_year: int | None
    amount_usd_constant_2017: float | None
    flow_type: str | None
    flow_class: str | None
    sector: str | None
    lender: str | None
    borrower: str | None
    status: str | None
    recommended_for_totals: bool
    record_url: str | None
    projects: tuple[str, ...]
    source_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Target:
    """A target announced by a leader, or a headline claim, and the measured figure to set beside it."""

    target_id: str
    scope_iso3: str
    claim: str
    claimed_by: str
    date: str
    year: int
    target_value: float | None
    unit: str | None
    target_year: int | None
    kind: str
    measured_ref: str | None
    measured_note: str | None
    source_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DatasetInfo:
    """What the bundled dataset says about itself."""

    schema_version: int
    data_version: str
    as_of: str
    source_count: int
    licence: str = ""
    # The newest date the events, agreements and milestones were searched to (they may end earlier than
    # `as_of`, the date of the data version): empty when the dataset does not say.
    events_to: str = ""


LonLat = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Outline:
    """One ring of a country's outline (Natural Earth, simplified): ring 0 bounds a polygon, others are its
    holes. `iso3` may name a neighbour outside the dataset's seven entries."""

    outline_id: str
    iso3: str
    name_en: str
    polygon: int
    ring: int
    points: tuple[LonLat, ...]
    source_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Place:
    """A located point: a capital, city, crossing, dry port, station, project site or corridor waypoint."""

    place_id: str
    name_en: str
    name_ru: str | None
    name_zh: str | None
    kind: str
    lon: float
    lat: float
    iso3: str
    project_id: str | None
    precision: str
    note: str | None
    source_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Route:
    """A pipeline, railway or road as one or more lines of (lon, lat); `approximate` marks a line drawn
    through the towns a source names. `source_ids` cite the route, `line_source_ids` its geometry."""

    route_id: str
    name_en: str
    name_ru: str | None
    name_zh: str | None
    kind: str
    status: str
    project_id: str | None
    approximate: bool
    note: str | None
    lines: tuple[tuple[LonLat, ...], ...]
    source_ids: tuple[str, ...]
    line_source_ids: tuple[str, ...]
