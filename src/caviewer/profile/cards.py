"""The header cards of an entry: each says exactly what it shows, for which period and by whose figures.

A card is a value in base units with its unit, period, status and sources, or no value with a status that
says why (`not_published`: the latest figure is older than `CURRENT_FROM`, shown as "not published" with
its year; `not_in_dataset`). A cumulative amount carries its span in the label and its price basis in the
unit. The region's population and GDP are derived sums of the five states' rank-1 figures of one year.
The window's header, `caviewer profile` and the briefing read these cards. No Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from caviewer.domain import CHINA, REGION, STATES, Figure, Reporter, Source
from caviewer.formatting import (
    PRICE_BASES,
    format_period,
    format_quantity,
    period_end_year,
)
from caviewer.i18n import translate
from caviewer.profile.model import Profile
from caviewer.profile.trade import annual

# A figure whose period ends before this year is not presented as today's: the card says "not published"
# and names the latest year instead.
CURRENT_FROM = 2019
CARD_KEYS = ("trade_china", "trade_partner", "share", "debt", "finance", "population", "gdp")
PUBLISHED, ESTIMATE, DERIVED = "published", "estimate", "derived"
NOT_PUBLISHED, NOT_IN_DATASET, NOT_APPLICABLE = "not_published", "not_in_dataset", "not_applicable"


@dataclass(frozen=True)
class Card:
    """One headline figure of an entry, or the reason there is none."""

    key: str
    label: str
    value: float | None
    unit: str | None
    period: str | None
    status: str
    source_ids: tuple[str, ...] = ()
    note: str | None = None
    # Whose figure it is, in words ("China's customs (GACC)"): the first source's publisher.
    according_to: str | None = None

    @property
    def has_value(self) -> bool:
        return self.value is not None

    def text(self) -> str:
        """The value as the card shows it: "$43.8 bn", "21.3%", "not published", an em dash."""
        if self.value is not None:
            mark = (
                translate("Cards", " (est.)")
                if self.status == ESTIMATE
                else translate("Cards", " (derived)")
                if self.status == DERIVED
                else ""
            )
            return format_quantity(self.value, self.unit) + mark
        if self.status == NOT_PUBLISHED:
            return translate("Cards", "not published")
        return translate("Cards", "not applicable") if self.status == NOT_APPLICABLE else "\u2014"

    def caption(self) -> str:
        """The line under the value: its period (and price basis), or the latest year when stale."""
        if self.status == NOT_PUBLISHED:
            if self.period:
                return translate("Cards", "latest in the dataset: %1").replace("%1", self.period)
            return translate("Cards", "none in the dataset")
        if self.status == NOT_IN_DATASET:
            return self.note or translate("Cards", "not in the dataset")
        if self.status == NOT_APPLICABLE:
            return self.note or ""
        spanned = bool(self.period) and self.label.endswith(f", {self.period}")
        parts = [format_period(self.period) if self.period and not spanned else ""]
        if self.unit in PRICE_BASES:
            parts.append(translate("Units", PRICE_BASES[self.unit]))
        elif spanned and self.unit == "USD":
            parts.append(
                translate("Cards", "price basis not stated")
            )  # a cumulative amount always says its basis
        if self.according_to:
            parts.append(self.according_to)
        return " \u00b7 ".join(p for p in parts if p)

    def as_json(self) -> dict[str, object]:
        return {
            "key": self.key,
            "label": self.label,
            "value": self.value,
            "unit": self.unit,
            "period": self.period,
            "status": self.status,
            "source_ids": list(self.source_ids),
            "text": self.text(),
            "note": self.note,
            "according_to": self.according_to,
        }


def header_cards(profile: Profile) -> list[Card]:
    """The seven cards of an entry, in `CARD_KEYS` order."""
    region = profile.country.iso3 in (REGION, CHINA)
    country = profile.country
    name = country.display_name
    trade_name = (
        translate("Cards", "China\u2013Central Asia trade")
        if region
        else translate("Cards", "Trade with China")
    )
    own = profile.country.iso3
    scope = REGION if region else own
    share_label = (
        translate("Cards", "China's share of the region's trade")
        if region
        else translate("Cards", "China's share of %1's trade").replace("%1", name)
    )
    cards = [
        _trade_card(
            profile,
            "trade_china",
            translate("Cards", "%1, China-reported").replace("%1", trade_name),
            "china",
        ),
        _trade_card(
            profile,
            "trade_partner",
            translate("Cards", "%1, partner-reported").replace("%1", trade_name),
            "partner",
        ),
        _figure_card(profile, "share", share_label, _latest(profile, "china_share_of_trade", scope)),
        _debt_card(profile, region),
        _figure_card(
            profile,
            "finance",
            translate("Cards", "Chinese finance committed"),
            _latest(profile, "chinese_development_finance_committed", scope),
        ),
    ]
    if own == REGION:
        cards += [
            _regional_sum(
                profile, "population", translate("Cards", "Population of the five states"), "population"
            ),
            _regional_sum(
                profile, "gdp", translate("Cards", "GDP of the five states (current US$)"), "gdp_current_usd"
            ),
        ]
    else:
        cards += [
            _figure_card(
                profile, "population", translate("Cards", "Population"), _latest(profile, "population", own)
            ),
            _figure_card(
                profile,
                "gdp",
                translate("Cards", "GDP (current US$)"),
                _latest(profile, "gdp_current_usd", own),
            ),
        ]
    return cards


def _latest(profile: Profile, indicator: str, scope: str) -> Figure | None:
    """The latest rank-1 figure of `scope` by the end of its period; the non-estimate first."""
    found = [f for f in profile.figures if f.indicator == indicator and f.scope_iso3 == scope and f.rank == 1]
    if not found:
        return None
    # Of the same year, a full year before a part of it, then a published figure before an estimate.
    return max(
        found, key=lambda f: (period_end_year(f.period), ".." not in f.period, not f.estimate, f.period)
    )


def according_to(profile: Profile, source_ids: Sequence[str]) -> str | None:
    """The publisher (or, lacking one, the author) of the first cited source."""
    sources: list[Source] = profile.source_list(source_ids)
    for source in sources:
        if source.publisher or source.author:
            return source.publisher or source.author
    return None


def _trade_card(profile: Profile, key: str, label: str, reporter: Reporter) -> Card:
    by_year = annual(profile.trade, reporter, "total")
    if not by_year:
        note = None
        if reporter == "partner" and profile.country.iso3 in (REGION, CHINA):
            note = translate("Cards", "no five-state sum: Turkmenistan publishes no trade by partner")
        return Card(key, label, None, "USD", None, NOT_IN_DATASET, note=note)
    point = by_year[max(by_year)]
    period = point.period
    if point.year < CURRENT_FROM:
        return Card(key, label, None, "USD", period, NOT_PUBLISHED, point.source_ids, point.note)
    status = ESTIMATE if point.estimate else PUBLISHED
    note = "; ".join(p for p in (point.derivation, point.note) if p) or None
    return Card(
        key,
        label,
        point.value_usd,
        "USD",
        period,
        status,
        point.source_ids,
        note,
        according_to(profile, point.source_ids),
    )


def _debt_card(profile: Profile, region: bool) -> Card:
    label = translate("Cards", "External debt owed to China")
    if region:
        return Card(
            "debt", label, None, None, None, NOT_APPLICABLE, note=translate("Cards", "shown per state")
        )
    return _figure_card(
        profile, "debt", label, _latest(profile, "external_debt_owed_to_china", profile.country.iso3)
    )


def _figure_card(profile: Profile, key: str, label: str, figure: Figure | None) -> Card:
    if figure is None:
        return Card(key, label, None, None, None, NOT_IN_DATASET)
    # A span of years reads 2000\u20132021 (and a cumulative amount says it in its label); a part-year
    # period keeps the dataset's form, 2025-01..2025-10.
    period = format_period(figure.period) if len(figure.period) == 10 else figure.period
    if ".." in figure.period and len(figure.period) == 10:
        label = f"{label}, {period}"
    note = "; ".join(p for p in (figure.derivation, figure.note) if p) or None
    if period_end_year(figure.period) < CURRENT_FROM:
        return Card(key, label, None, figure.unit, period, NOT_PUBLISHED, figure.source_ids, note)
    return Card(
        key,
        label,
        figure.value,
        figure.unit,
        period,
        ESTIMATE if figure.estimate else PUBLISHED,
        figure.source_ids,
        note,
        according_to(profile, figure.source_ids),
    )


def _regional_sum(profile: Profile, key: str, label: str, indicator: str) -> Card:
    """The sum of the five states' rank-1 values for the latest year all five have."""
    by_state = {
        iso3: {f.year: f for f in figures if f.indicator == indicator and f.rank == 1 and f.period.isdigit()}
        for iso3, figures in profile.state_figures.items()
    }
    common = set.intersection(*(set(v) for v in by_state.values())) if len(by_state) == len(STATES) else set()
    if not common:
        return Card(key, label, None, None, None, NOT_IN_DATASET)
    year = max(common)
    parts = [by_state[iso3][year] for iso3 in STATES]
    ids = tuple(sorted({sid for f in parts for sid in f.source_ids}))
    return Card(
        key,
        label,
        sum(f.value for f in parts),
        parts[0].unit,
        str(year),
        DERIVED,
        ids,
        translate("Cards", "Sum of the five states' %1 figures, as each state's header shows them.").replace(
            "%1", str(year)
        ),
        according_to(profile, ids),
    )
