"""The briefing statements of an entry: short sentences generated from its records, each with its sources.

Every number in a statement is a value of the profile (a rank-1 trade point, a card, a product list, a
partner share, a figure, an agreement), formatted for display; nothing is typed in here. A statement whose
data is missing is left out, so an entry gets the statements its data supports (at most `MOST`). The
window's Overview, `caviewer profile --format json` (`brief`) and the briefing pack read the same list.
Pure Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from caviewer.domain import CHINA, REGION
from caviewer.formatting import format_period, format_usd
from caviewer.profile.breakdown import china_among_partners, fullest_list
from caviewer.profile.cards import CURRENT_FROM, header_cards
from caviewer.profile.model import Profile
from caviewer.profile.trade import annual, latest_year_to_date

MOST = 12
COUNTERPARTS = {
    "CHN": "China",
    "RUS": "Russia",
    "KAZ": "Kazakhstan",
    "KGZ": "Kyrgyzstan",
    "TJK": "Tajikistan",
    "TKM": "Turkmenistan",
    "UZB": "Uzbekistan",
    "TUR": "Türkiye",
    "ITA": "Italy",
    "KOR": "South Korea",
    "EU27": "the EU",
}
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")


@dataclass(frozen=True)
class Statement:
    """One briefing sentence and the sources of every figure in it."""

    text: str
    source_ids: tuple[str, ...]

    def as_json(self) -> dict[str, object]:
        return {"text": self.text, "source_ids": list(self.source_ids)}


def briefing(profile: Profile) -> list[Statement]:
    """The entry's statements, in reading order (trade, its shares, what and with whom, money, records)."""
    makers: tuple[Callable[[Profile], Statement | None], ...] = (
        _trade,
        _partner_view,
        _year_to_date,
        _share,
        _rank,
        _products,
        _gap,
        _debt,
        _finance,
        _lending,
        _agreement,
        _project,
    )
    found = [s for make in makers if (s := make(profile)) is not None]
    return found[:MOST]


def _when(period: str) -> str:
    """'2025-03' reads 'Mar 2025'; a year or a span as `format_period` gives it."""
    if len(period) == 7 and period[4] == "-":
        months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
        return f"{months[int(period[5:]) - 1]} {period[:4]}"
    return format_period(period)


def _name(profile: Profile) -> str:
    return "Central Asia" if profile.country.iso3 in (REGION, CHINA) else profile.country.name_en


def _ids(*groups: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(sid for group in groups for sid in group))


def _trade(profile: Profile) -> Statement | None:
    by_year = annual(profile.trade, "china", "total")
    if not by_year:
        return None
    year = max(by_year)
    now = by_year[year]
    text = f"China's figures put its trade with {_name(profile)} at {format_usd(now.value_usd)} in {year}"
    before = by_year.get(year - 1)
    ids = now.source_ids
    if before is not None and before.value_usd:
        change = 100 * (now.value_usd / before.value_usd - 1)
        text += f", {change:+.0f}% on {year - 1}"
        ids = _ids(ids, before.source_ids)
    return Statement(text + ("" if not now.estimate else " (an estimate)") + ".", ids)


def _partner_view(profile: Profile) -> Statement | None:
    partner = annual(profile.trade, "partner", "total")
    china = annual(profile.trade, "china", "total")
    if not partner or profile.country.iso3 in (REGION, CHINA):
        return None
    year = max(partner)
    own = partner[year]
    if year < CURRENT_FROM:
        return Statement(
            f"{profile.country.name_en} publishes no recent figures of its own trade with China: the latest "
            f"partner-side value recorded is for {year}.",
            own.source_ids,
        )
    text = f"{profile.country.name_en}'s own statistics give {format_usd(own.value_usd)} for {year}"
    ids = own.source_ids
    if year in china and own.value_usd:
        ratio = china[year].value_usd / own.value_usd
        if ratio >= 1.05:
            text += f"; China's figure for that year is {ratio:.1f} times as large"
        elif ratio <= 0.95:
            text += f"; China's figure for that year is {100 * (1 - ratio):.0f}% lower"
        else:
            text += "; China's figure for that year is within 5% of it"
        ids = _ids(ids, china[year].source_ids)
    return Statement(text + ".", ids)


def _year_to_date(profile: Profile) -> Statement | None:
    ytd = latest_year_to_date(profile.trade, "china")
    if ytd is None or ytd.previous is None or ytd.change_pct is None:
        return None
    return Statement(
        f"In {format_period(ytd.current.period)} China's figures show {format_usd(ytd.current.value_usd)}, "
        f"{ytd.change_pct:+.1f}% on the same months of {ytd.previous.year}.",
        _ids(ytd.current.source_ids, ytd.previous.source_ids),
    )


def _share(profile: Profile) -> Statement | None:
    card = next((c for c in header_cards(profile) if c.key == "share" and c.has_value), None)
    if card is None or card.value is None or card.period is None:
        return None
    whose = f"according to {card.according_to}" if card.according_to else "by the source"
    return Statement(
        f"China's share of {_name(profile)}'s trade was {card.value:g}% in {format_period(card.period)}, "
        f"{whose}.",
        card.source_ids,
    )


def _rank(profile: Profile) -> Statement | None:
    found = china_among_partners(profile.partners)
    if found is None:
        return None
    year, place = found.year, found.china_place
    china = found.ranked[place]
    if place == 0:
        nxt = found.ranked[1]
        text = (
            f"By {profile.country.name_en}'s own figures, China was its largest trade partner in {year} "
            f"({china.share_pct:g}%), ahead of {COUNTERPARTS.get(nxt.counterpart, nxt.counterpart)} "
            f"({nxt.share_pct:g}%)."
        )
        return Statement(text, _ids(china.source_ids, nxt.source_ids))
    first = found.ranked[0]
    text = (
        f"By {profile.country.name_en}'s own figures, China was its {ORDINALS[min(place, 5)]} "
        f"trade partner in {year} ({china.share_pct:g}%), after "
        f"{COUNTERPARTS.get(first.counterpart, first.counterpart)} ({first.share_pct:g}%)."
    )
    return Statement(text, _ids(china.source_ids, first.source_ids))


def _products(profile: Profile) -> Statement | None:
    """The top item of the fullest list of China's purchases (as the products chart chooses it), not of
    whatever single figure happens to be the newest."""
    listed = fullest_list(p for p in profile.products if p.flow == "china_imports" and p.value_usd)
    if not listed:
        return None
    top = max(listed, key=lambda p: p.value_usd or 0.0)
    which = "the list recorded" if len(listed) > 1 else "the one figure recorded"
    return Statement(
        f"The largest item China bought from {profile.country.name_en} in {which} for "
        f"{format_period(top.period)} was {top.product.lower()}, {format_usd(top.value_usd)}.",
        top.source_ids,
    )


def _gap(profile: Profile) -> Statement | None:
    if not profile.caveats:
        return None
    latest = max(profile.caveats, key=lambda c: (c.year_to, c.year_from))
    return Statement(f"Note on the figures ({latest.span}): {latest.summary.rstrip('.')}.", latest.source_ids)


def _debt(profile: Profile) -> Statement | None:
    card = next((c for c in header_cards(profile) if c.key == "debt" and c.has_value), None)
    if card is None or card.value is None or card.period is None:
        return None
    whose = f", {card.according_to}" if card.according_to else ""
    # The label, not "owed China": the debt concept is the source's (Kazakhstan's figure includes
    # corporate debt), and the card's note says which.
    return Statement(
        f"External debt of {profile.country.name_en} owed to Chinese creditors: {format_usd(card.value)} "
        f"({_when(card.period)}{whose}).",
        card.source_ids,
    )


def _finance(profile: Profile) -> Statement | None:
    card = next((c for c in header_cards(profile) if c.key == "finance" and c.has_value), None)
    if card is None or card.value is None or card.period is None:
        return None
    basis = " at constant 2021 prices" if card.unit == "USD_constant_2021" else ""
    return Statement(
        f"Chinese development finance committed to {_name(profile)} in {format_period(card.period)} comes to "
        f"{format_usd(card.value)}{basis}.",
        card.source_ids,
    )


def _lending(profile: Profile) -> Statement | None:
    counted = [r for r in profile.lending if r.recommended_for_totals and r.amount_usd_constant_2017]
    if not counted:
        return None
    top = max(counted, key=lambda r: r.amount_usd_constant_2017 or 0.0)
    lender = f" from {top.lender}" if top.lender else ""
    return Statement(
        f"The largest loan or grant in AidData's records for {_name(profile)} is "
        f"{format_usd(top.amount_usd_constant_2017)}{lender}, committed in {top.commitment_year} "
        "(constant 2017 US$).",
        top.source_ids,
    )


def _agreement(profile: Profile) -> Statement | None:
    if not profile.agreements:
        return None
    latest = max(profile.agreements, key=lambda a: (a.date, a.agreement_id))
    return Statement(
        f"The latest agreement recorded: {latest.title.rstrip('.')} ({latest.date}).", latest.source_ids
    )


def _project(profile: Profile) -> Statement | None:
    costed = [
        (m.value, p, m) for p in profile.projects for m in p.metrics if m.metric == "cost" and m.unit == "USD"
    ]
    if not costed:
        return None
    value, project, metric = max(costed, key=lambda t: t[0])
    est = " (estimated)" if metric.estimate else ""
    return Statement(
        f"The costliest project recorded is the {project.name.rstrip('.')}, {format_usd(value)}{est}.",
        metric.source_ids,
    )
