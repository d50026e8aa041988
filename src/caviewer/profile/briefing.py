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
from caviewer.formatting import fill, format_month, format_period, format_usd
from caviewer.i18n import QT_TRANSLATE_NOOP, translate
from caviewer.profile.breakdown import china_among_partners, fullest_list
from caviewer.profile.cards import CURRENT_FROM, header_cards
from caviewer.profile.model import Profile
from caviewer.profile.trade import annual, latest_year_to_date

MOST = 12
COUNTERPARTS = {
    "CHN": QT_TRANSLATE_NOOP("Countries", "China"),
    "RUS": QT_TRANSLATE_NOOP("Countries", "Russia"),
    "KAZ": QT_TRANSLATE_NOOP("Countries", "Kazakhstan"),
    "KGZ": QT_TRANSLATE_NOOP("Countries", "Kyrgyzstan"),
    "TJK": QT_TRANSLATE_NOOP("Countries", "Tajikistan"),
    "TKM": QT_TRANSLATE_NOOP("Countries", "Turkmenistan"),
    "UZB": QT_TRANSLATE_NOOP("Countries", "Uzbekistan"),
    "TUR": QT_TRANSLATE_NOOP("Countries", "Türkiye"),
    "ITA": QT_TRANSLATE_NOOP("Countries", "Italy"),
    "KOR": QT_TRANSLATE_NOOP("Countries", "South Korea"),
    "EU27": QT_TRANSLATE_NOOP("Countries", "the EU"),
}
ORDINALS = (
    QT_TRANSLATE_NOOP("Briefing", "first"),
    QT_TRANSLATE_NOOP("Briefing", "second"),
    QT_TRANSLATE_NOOP("Briefing", "third"),
    QT_TRANSLATE_NOOP("Briefing", "fourth"),
    QT_TRANSLATE_NOOP("Briefing", "fifth"),
    QT_TRANSLATE_NOOP("Briefing", "sixth"),
)


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
        return format_month(period)
    return format_period(period)


def _name(profile: Profile) -> str:
    return (
        translate("Briefing", "Central Asia")
        if profile.country.iso3 in (REGION, CHINA)
        else own_name(profile)
    )


def own_name(profile: Profile) -> str:
    c = profile.country
    return c.display_name


def counterpart_name(code: str) -> str:
    return translate("Countries", COUNTERPARTS[code]) if code in COUNTERPARTS else code


def _ids(*groups: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(sid for group in groups for sid in group))


def _trade(profile: Profile) -> Statement | None:
    by_year = annual(profile.trade, "china", "total")
    if not by_year:
        return None
    year = max(by_year)
    now = by_year[year]
    text = fill(
        translate("Briefing", "China's figures put its trade with %1 at %2 in %3"),
        _name(profile),
        format_usd(now.value_usd),
        year,
    )
    before = by_year.get(year - 1)
    ids = now.source_ids
    if before is not None and before.value_usd:
        change = 100 * (now.value_usd / before.value_usd - 1)
        text += fill(translate("Briefing", ", %1% on %2"), f"{change:+.0f}", year - 1)
        ids = _ids(ids, before.source_ids)
    estimate = "" if not now.estimate else translate("Briefing", " (an estimate)")
    return Statement(text + estimate + translate("Briefing", "."), ids)


def _partner_view(profile: Profile) -> Statement | None:
    partner = annual(profile.trade, "partner", "total")
    china = annual(profile.trade, "china", "total")
    if not partner or profile.country.iso3 in (REGION, CHINA):
        return None
    year = max(partner)
    own = partner[year]
    if year < CURRENT_FROM:
        return Statement(
            fill(
                translate(
                    "Briefing",
                    "%1 publishes no recent figures of its own trade with China: the latest "
                    "partner-side value recorded is for %2.",
                ),
                own_name(profile),
                year,
            ),
            own.source_ids,
        )
    text = fill(
        translate("Briefing", "%1's own statistics give %2 for %3"),
        own_name(profile),
        format_usd(own.value_usd),
        year,
    )
    ids = own.source_ids
    if year in china and own.value_usd:
        ratio = china[year].value_usd / own.value_usd
        if ratio >= 1.05:
            text += fill(
                translate("Briefing", "; China's figure for that year is %1 times as large"), f"{ratio:.1f}"
            )
        elif ratio <= 0.95:
            text += fill(
                translate("Briefing", "; China's figure for that year is %1% lower"),
                f"{100 * (1 - ratio):.0f}",
            )
        else:
            text += translate("Briefing", "; China's figure for that year is within 5% of it")
        ids = _ids(ids, china[year].source_ids)
    return Statement(text + translate("Briefing", "."), ids)


def _year_to_date(profile: Profile) -> Statement | None:
    ytd = latest_year_to_date(profile.trade, "china")
    if ytd is None or ytd.previous is None or ytd.change_pct is None:
        return None
    return Statement(
        fill(
            translate("Briefing", "In %1 China's figures show %2, %3% on the same months of %4."),
            format_period(ytd.current.period),
            format_usd(ytd.current.value_usd),
            f"{ytd.change_pct:+.1f}",
            ytd.previous.year,
        ),
        _ids(ytd.current.source_ids, ytd.previous.source_ids),
    )


def _share(profile: Profile) -> Statement | None:
    card = next((c for c in header_cards(profile) if c.key == "share" and c.has_value), None)
    if card is None or card.value is None or card.period is None:
        return None
    whose = (
        fill(translate("Briefing", "according to %1"), card.according_to)
        if card.according_to
        else translate("Briefing", "by the source")
    )
    return Statement(
        fill(
            translate("Briefing", "China's share of %1's trade was %2% in %3, %4."),
            _name(profile),
            f"{card.value:g}",
            format_period(card.period),
            whose,
        ),
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
        text = fill(
            translate(
                "Briefing",
                "By %1's own figures, China was its largest trade partner in %2 (%3%), ahead of %4 (%5%).",
            ),
            own_name(profile),
            year,
            f"{china.share_pct:g}",
            counterpart_name(nxt.counterpart),
            f"{nxt.share_pct:g}",
        )
        return Statement(text, _ids(china.source_ids, nxt.source_ids))
    first = found.ranked[0]
    text = fill(
        translate(
            "Briefing", "By %1's own figures, China was its %2 trade partner in %3 (%4%), after %5 (%6%)."
        ),
        own_name(profile),
        translate("Briefing", ORDINALS[min(place, 5)]),
        year,
        f"{china.share_pct:g}",
        counterpart_name(first.counterpart),
        f"{first.share_pct:g}",
    )
    return Statement(text, _ids(china.source_ids, first.source_ids))


def _products(profile: Profile) -> Statement | None:
    """The top item of the fullest list of China's purchases (as the products chart chooses it), not of
    whatever single figure happens to be the newest."""
    listed = fullest_list(p for p in profile.products if p.flow == "china_imports" and p.value_usd)
    if not listed:
        return None
    top = max(listed, key=lambda p: p.value_usd or 0.0)
    text = (
        translate("Briefing", "The largest item China bought from %1 in the list recorded for %2 was %3, %4.")
        if len(listed) > 1
        else translate(
            "Briefing", "The largest item China bought from %1 in the one figure recorded for %2 was %3, %4."
        )
    )
    return Statement(
        fill(
            text, own_name(profile), format_period(top.period), top.product.lower(), format_usd(top.value_usd)
        ),
        top.source_ids,
    )


def _gap(profile: Profile) -> Statement | None:
    if not profile.caveats:
        return None
    latest = max(profile.caveats, key=lambda c: (c.year_to, c.year_from))
    return Statement(
        fill(translate("Briefing", "Note on the figures (%1): %2."), latest.span, latest.summary.rstrip(".")),
        latest.source_ids,
    )


def _debt(profile: Profile) -> Statement | None:
    card = next((c for c in header_cards(profile) if c.key == "debt" and c.has_value), None)
    if card is None or card.value is None or card.period is None:
        return None
    whose = f", {card.according_to}" if card.according_to else ""
    # The label, not "owed China": the debt concept is the source's (Kazakhstan's figure includes
    # corporate debt), and the card's note says which.
    return Statement(
        fill(
            translate("Briefing", "External debt of %1 owed to Chinese creditors: %2 (%3)."),
            own_name(profile),
            format_usd(card.value),
            _when(card.period) + whose,
        ),
        card.source_ids,
    )


def _finance(profile: Profile) -> Statement | None:
    card = next((c for c in header_cards(profile) if c.key == "finance" and c.has_value), None)
    if card is None or card.value is None or card.period is None:
        return None
    basis = translate("Briefing", " at constant 2021 prices") if card.unit == "USD_constant_2021" else ""
    return Statement(
        fill(
            translate("Briefing", "Chinese development finance committed to %1 in %2 comes to %3%4."),
            _name(profile),
            format_period(card.period),
            format_usd(card.value),
            basis,
        ),
        card.source_ids,
    )


def _lending(profile: Profile) -> Statement | None:
    counted = [r for r in profile.lending if r.recommended_for_totals and r.amount_usd_constant_2017]
    if not counted:
        return None
    top = max(counted, key=lambda r: r.amount_usd_constant_2017 or 0.0)
    lender = fill(translate("Briefing", " from %1"), top.lender) if top.lender else ""
    return Statement(
        fill(
            translate(
                "Briefing",
                "The largest loan or grant in AidData's records for %1 is %2%3, committed in %4 "
                "(constant 2017 US$).",
            ),
            _name(profile),
            format_usd(top.amount_usd_constant_2017),
            lender,
            top.commitment_year,
        ),
        top.source_ids,
    )


def _agreement(profile: Profile) -> Statement | None:
    if not profile.agreements:
        return None
    latest = max(profile.agreements, key=lambda a: (a.date, a.agreement_id))
    return Statement(
        fill(
            translate("Briefing", "The latest agreement recorded: %1 (%2)."),
            latest.title.rstrip("."),
            latest.date,
        ),
        latest.source_ids,
    )


def _project(profile: Profile) -> Statement | None:
    costed = [
        (m.value, p, m) for p in profile.projects for m in p.metrics if m.metric == "cost" and m.unit == "USD"
    ]
    if not costed:
        return None
    value, project, metric = max(costed, key=lambda t: t[0])
    est = translate("Briefing", " (estimated)") if metric.estimate else ""
    return Statement(
        fill(
            translate("Briefing", "The costliest project recorded is the %1, %2%3."),
            project.name.rstrip("."),
            format_usd(value),
            est,
        ),
        metric.source_ids,
    )
