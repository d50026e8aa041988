"""`ProfileRepository`: builds a `Profile` per list entry from the store, and caches it.

Profiles are cached per entry, so moving through the list runs each query at most once per entry. May
import the store and the domain; no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence

from caviewer.domain import CHINA, REGION, STATES, Country, Figure, TradePoint
from caviewer.profile.model import BASIC_INDICATORS, RECORD_CAP, Profile, cited_ids, loaded_count
from caviewer.store import Store


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
            caveats=tuple(store.trade_caveats([trade_key])),
            lending=tuple(store.lending(iso3)),
            products=() if is_region else tuple(store.trade_products(iso3)),
            partners=() if is_region else tuple(store.trade_partners(iso3)),
            targets=tuple(store.targets(iso3)),
            state_trade=state_trade,
            state_names={c.iso3: c.display_name for c in self._countries},
            state_figures=self._state_figures() if iso3 == REGION else {},
        )
        if limit is not None:
            profile.totals.update(self._totals(profile, limit))
        profile.measured.update(self._measured(profile))
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
                profile.caveats,
                profile.lending,
                profile.products,
                profile.partners,
                profile.targets,
                list(profile.measured.values()),
                *state_trade.values(),
                *profile.state_figures.values(),
            ]
        )
        profile.sources.update({s.source_id: s for s in store.sources(sorted(ids))})
        return profile

    def _measured(self, profile: Profile) -> dict[str, Figure | TradePoint]:
        """The figure or trade value each target names, by its reference."""
        found: dict[str, Figure | TradePoint] = {}
        for target in profile.targets:
            ref = target.measured_ref
            if not ref or ref in found:
                continue
            if ref.startswith("trade:"):
                parts = ref.split(":")
                if len(parts) != 5:
                    continue
                _, partner, period, reporter, flow = parts
                point = next(
                    (
                        p
                        for p in self.trade([partner])[partner]
                        if (p.period, p.reporter, p.flow, p.rank) == (period, reporter, flow, 1)
                    ),
                    None,
                )
                if point is not None:
                    found[ref] = point
            else:
                figure = next((f for f in self._store.figures(target.scope_iso3) if f.figure_id == ref), None)
                if figure is not None:
                    found[ref] = figure
        return found

    def _state_figures(self) -> dict[str, tuple[Figure, ...]]:
        """Each state's basic figures, for the region's derived population and GDP."""
        return {
            iso3: tuple(f for f in self._store.figures(iso3) if f.indicator in BASIC_INDICATORS)
            for iso3 in STATES
        }

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
        return {kind: n for kind, n in totals.items() if n > loaded_count(profile, kind)}
