"""Reading an entry's trade points: the plotted annual values, and the caveats that apply to them.

Pure Python over domain objects; the chart, the header cards and `caviewer profile` share it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from caviewer.domain import Flow, Reporter, TradeCaveat, TradePoint


def annual(points: Iterable[TradePoint], reporter: Reporter, flow: Flow) -> dict[int, TradePoint]:
    """The rank-1 calendar-year values of one reporter and flow, by year."""
    return {
        p.year: p for p in points if p.reporter == reporter and p.flow == flow and p.rank == 1 and p.is_annual
    }


def caveats_for(
    caveats: Sequence[TradeCaveat], reporter: str, flow: str, years: Iterable[int]
) -> list[TradeCaveat]:
    """The caveats that cover any of `years` of this reporter and flow, in their stored order."""
    wanted = tuple(years)
    return [c for c in caveats if any(c.covers(reporter, flow, y) for y in wanted)]
