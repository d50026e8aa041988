"""`Profile`: every domain record one list entry shows, and the sources they cite.

Panes, `caviewer profile` and the exports read a profile; none of them sees the store. Imports only the
domain; no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from caviewer.domain import (
    CHINA,
    REGION,
    Agreement,
    Country,
    CountryFact,
    Event,
    Figure,
    Lending,
    Project,
    Source,
    Target,
    Tie,
    TradeCaveat,
    TradePartner,
    TradePoint,
    TradeProduct,
)

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
    # Sourced explanations of anomalies in the entry's trade series (see data/README.md).
    caveats: tuple[TradeCaveat, ...] = ()
    # Chinese official loans and grants to the entry (AidData records), newest first.
    lending: tuple[Lending, ...] = ()
    # What is traded, and with whom else the state trades (states only; empty for the region and China).
    products: tuple[TradeProduct, ...] = ()
    partners: tuple[TradePartner, ...] = ()
    # Targets and headline claims, each with the measured figure it is compared with.
    targets: tuple[Target, ...] = ()
    # The figures and trade points those comparisons name (they may lie outside the entry's own lists).
    measured: dict[str, Figure | TradePoint] = field(default_factory=dict)
    # The five states' trade, for the regional shares on the CA5 and China entries; empty for a state.
    state_trade: dict[str, tuple[TradePoint, ...]] = field(default_factory=dict)
    state_names: dict[str, str] = field(default_factory=dict)
    # The five states' basic figures (population, GDP), for the region's derived cards; empty for a state.
    state_figures: dict[str, tuple[Figure, ...]] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    # For each kind of record the cap cut short ("events", "agreements", "projects", "ties", "basic figures",
    # "other figures"), how many the database holds; a kind loaded in full is absent.
    totals: dict[str, int] = field(default_factory=dict)

    def total(self, *kinds: str) -> int | None:
        """How many records of these kinds the database holds, when the cap cut one of them short; else
        None (every record of them is loaded)."""
        if not any(kind in self.totals for kind in kinds):
            return None
        return sum(self.totals.get(kind, loaded_count(self, kind)) for kind in kinds)

    @property
    def is_region(self) -> bool:
        return self.country.iso3 in (REGION, CHINA)

    def source_list(self, source_ids: Iterable[str]) -> list[Source]:
        """The cited sources that the profile knows, in the given order."""
        return [self.sources[s] for s in source_ids if s in self.sources]

    def latest_fact(self, fact: str) -> CountryFact | None:
        found = [f for f in self.facts if f.fact == fact]
        return max(found, key=lambda f: f.since or "") if found else None

    def latest_figure(self, indicator: str) -> Figure | None:
        """The entry's own latest figure for an indicator (China's profile lists other entries' figures too,
        its own first, but its header shows only China's), of the series shown first (rank 1); among figures
        of the same year, the non-estimate first."""
        scope = self.country.iso3
        found = [
            f for f in self.figures if f.indicator == indicator and f.scope_iso3 == scope and f.rank == 1
        ]
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


def loaded_count(profile: Profile, kind: str) -> int:
    if kind in ("basic figures", "other figures"):
        basic = sum(f.indicator in BASIC_INDICATORS for f in profile.figures)
        return basic if kind == "basic figures" else len(profile.figures) - basic
    return len(getattr(profile, kind))
