"""Choosing among a state's product lists and partner shares: which list of a flow to show, and where China
stands among the state's partners by the state's own figures.

The products chart, the briefing and the Overview's lists all call these, so they cannot pick different
lists. Pure Python over domain objects; no Qt.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from caviewer.domain import TradePartner, TradeProduct

# Groups of states, not trade partners in the ranking sense.
GROUPS = frozenset({"EU27", "EAEU", "CIS"})


def fullest_list(rows: Iterable[TradeProduct]) -> list[TradeProduct]:
    """The rows of the fullest list among `rows` (one flow's): the (period, reporter) with the most items,
    then the latest, China's before the partner's; in their given order. Empty for no rows."""
    rows = list(rows)
    if not rows:
        return []
    counts = Counter((r.period, r.reporter) for r in rows)
    period, reporter = max(counts, key=lambda k: (counts[k], k[0][:4], k[1] == "china"))
    return [r for r in rows if (r.period, r.reporter) == (period, reporter)]


@dataclass(frozen=True)
class PartnerRanking:
    """A year's partners by their share of the state's trade, largest first, and China's place (0-based)."""

    year: int
    ranked: tuple[TradePartner, ...]
    china_place: int


def china_among_partners(partners: Iterable[TradePartner]) -> PartnerRanking | None:
    """The latest year in which the state's own figures give China's share and at least one other
    partner's (groups of states left out)."""
    shares = [
        p
        for p in partners
        if p.flow == "total"
        and p.reporter == "partner"
        and p.is_annual
        and p.share_pct is not None
        and p.counterpart not in GROUPS
    ]
    for year in sorted({p.year for p in shares if p.counterpart == "CHN"}, reverse=True):
        ranked = sorted((p for p in shares if p.year == year), key=lambda p: -(p.share_pct or 0.0))
        if len(ranked) >= 2:
            place = next(i for i, p in enumerate(ranked) if p.counterpart == "CHN")
            return PartnerRanking(year, tuple(ranked), place)
    return None
