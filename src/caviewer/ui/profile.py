"""The presenter between the store and the panes: one `Profile` of domain objects per list entry.

Panes never see the store; the main window asks a `ProfileRepository` for a `Profile` and hands it to each
pane. Profiles are cached per entry, so moving through the list runs each query at most once per entry.
May import the store, the domain and `ui.trade_series`; imports no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from caviewer.domain import (
    CHINA,
    REGION,
    STATES,
    Agreement,
    Country,
    CountryFact,
    Event,
    Figure,
    Project,
    Source,
    Tie,
    TradePoint,
)
from caviewer.store import Store
from caviewer.ui.trade_series import ChartEntry

# The basic figures: the Overview pane shows them, the Finance and debt pane shows every other figure.
BASIC_INDICATORS = ("population", "area", "gdp_current_usd")
# China's profile lists every record of the dataset: at most this many of each kind, the newest. Other
# entries hold few records each and are not capped.
RECORD_CAP = 500


@dataclass(frozen=True)
class Profile:
    """Everything the panes show about one list entry, and the sources it cites."""

    country: Country
    facts: tuple[CountryFact, ...]
    figures: tuple[Figure, ...]
    events: tuple[Event, ...]
    agreements: tuple[Agreement, ...]
    projects: tuple[Project, ...]
    ties: tuple[Tie, ...]
    trade: tuple[TradePoint, ...]
    # The five states' trade, for the regional shares on the CA5 and China entries; empty for a state.
    state_trade: dict[str, tuple[TradePoint, ...]] = field(default_factory=dict)
    state_names: dict[str, str] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    # For each kind of record the cap cut short ("events", "agreements", "projects", "ties", "basic figures",
    # "other figures"), how many the database holds; a kind loaded in full is absent.
    totals: dict[str, int] = field(default_factory=dict)

    def total(self, *kinds: str) -> int | None:
        """How many records of these kinds the database holds, when the cap cut one of them short; else
        None (every record of them is loaded)."""
        if not any(kind in self.totals for kind in kinds):
            return None
        return sum(self.totals.get(kind, _loaded(self, kind)) for kind in kinds)

    @property
    def is_region(self) -> bool:
        return self.country.iso3 in (REGION, CHINA)

    def chart_entry(self) -> ChartEntry:
        """The entry's trade as `trade_series.chart_series` needs it (the same input the exports build)."""
        c = self.country
        return ChartEntry(c.iso3, c.name_en, self.trade, self.state_trade, self.state_names)

    def source_list(self, source_ids: Iterable[str]) -> list[Source]:
        """The cited sources that the profile knows, in the given order."""
        return [self.sources[s] for s in source_ids if s in self.sources]

    def latest_fact(self, fact: str) -> CountryFact | None:
        found = [f for f in self.facts if f.fact == fact]
        return max(found, key=lambda f: f.since or "") if found else None

    def latest_figure(self, indicator: str) -> Figure | None:
        """The entry's own latest figure for an indicator (China's profile lists other entries' figures too,
        its own first, but its header shows only China's); among figures of the same year, the non-estimate
        first."""
        scope = self.country.iso3
        found = [f for f in self.figures if f.indicator == indicator and f.scope_iso3 == scope]
        return max(found, key=lambda f: (f.year, not f.estimate, f.period)) if found else None


def cited_ids(profile_parts: Iterable[Iterable[object]]) -> set[str]:
    """Every source id cited by the records (and a project's milestones and metrics)."""
    ids: set[str] = set()
    for part in profile_parts:
        for record in part:
            ids.update(getattr(record, "source_ids", ()))
            if isinstance(record, Project):
                for milestone in record.milestones:
                    ids.update(milestone.source_ids)
                for metric in record.metrics:
                    ids.update(metric.source_ids)
    return ids


class ProfileRepository:
    """Builds and caches profiles, and the few lists the window needs, from a store."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._countries = store.countries()
        self._profiles: dict[str, Profile] = {}
        self._trade: dict[str, tuple[TradePoint, ...]] = {}
        self._latest: dict[str, TradePoint] | None = None

    def countries(self) -> list[Country]:
        return list(self._countries)

    def country(self, iso3: str) -> Country | None:
        return next((c for c in self._countries if c.iso3 == iso3), None)

    def latest_trade_totals(self) -> dict[str, TradePoint]:
        if self._latest is None:
            self._latest = self._store.latest_trade_totals()
        return dict(self._latest)

    def trade(self, iso3s: Sequence[str]) -> dict[str, tuple[TradePoint, ...]]:
        """Trade points per entry, fetched once per entry."""
        missing = [i for i in iso3s if i not in self._trade]
        if missing:
            fetched: dict[str, list[TradePoint]] = {i: [] for i in missing}
            for point in self._store.trade(missing):
                fetched[point.partner_iso3].append(point)
            self._trade.update({i: tuple(p) for i, p in fetched.items()})
        return {i: self._trade[i] for i in iso3s}

    def profile(self, iso3: str) -> Profile:
        """The profile of an entry; raises KeyError for an unknown ISO3 code."""
        if iso3 not in self._profiles:
            self._profiles[iso3] = self._load(iso3)
        return self._profiles[iso3]

    def _load(self, iso3: str) -> Profile:
        country = self.country(iso3)
        if country is None:
            raise KeyError(iso3)
        store = self._store
        trade_key = REGION if iso3 == CHINA else iso3
        is_region = iso3 in (REGION, CHINA)
        state_trade = self.trade(STATES) if is_region else {}
        limit = RECORD_CAP if iso3 == CHINA else None
        profile = Profile(
            country=country,
            facts=tuple(store.facts(iso3)),
            figures=tuple(store.figures(iso3, limit)),
            events=tuple(store.events(iso3, limit)),
            agreements=tuple(store.agreements(iso3, limit)),
            projects=tuple(store.projects(iso3, limit)),
            ties=tuple(store.ties(iso3, limit)),
            trade=self.trade([trade_key])[trade_key],
            state_trade=state_trade,
            state_names={c.iso3: c.name_en for c in self._countries},
        )
        if limit is not None:
            profile.totals.update(self._totals(profile, limit))
        ids = cited_ids(
            [
                [country],
                profile.facts,
                profile.figures,
                profile.events,
                profile.agreements,
                profile.projects,
                profile.ties,
                profile.trade,
                *state_trade.values(),
            ]
        )
        profile.sources.update({s.source_id: s for s in store.sources(sorted(ids))})
        return profile

    def _totals(self, profile: Profile, limit: int) -> dict[str, int]:
        """The database's counts of the kinds the cap cut short (a kind with fewer records than the cap
        was loaded whole and needs no count)."""
        iso3 = profile.country.iso3
        totals: dict[str, int] = {}
        for kind in ("events", "agreements", "projects", "ties"):
            if len(getattr(profile, kind)) >= limit:
                totals[kind] = self._store.count(kind, iso3)
        if len(profile.figures) >= limit:
            counts = self._store.figure_counts(iso3)
            basic = sum(n for indicator, n in counts.items() if indicator in BASIC_INDICATORS)
            totals["basic figures"] = basic
            totals["other figures"] = sum(counts.values()) - basic
        return {kind: n for kind, n in totals.items() if n > _loaded(profile, kind)}


def _loaded(profile: Profile, kind: str) -> int:
    if kind in ("basic figures", "other figures"):
        basic = sum(f.indicator in BASIC_INDICATORS for f in profile.figures)
        return basic if kind == "basic figures" else len(profile.figures) - basic
    return len(getattr(profile, kind))
