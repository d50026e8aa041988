"""Reading an entry's trade points: the plotted annual values, and the caveats that apply to them.

Pure Python over domain objects; the chart, the header cards and `caviewer profile` share it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from caviewer.domain import Flow, Reporter, TradeCaveat, TradePoint

_YEAR_TO_DATE = re.compile(r"^(\d{4})-01\.\.(\d{4})-(\d{2})$")


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


@dataclass(frozen=True)
class YearToDate:
    """A part-year total from January (never joined to the annual series), and the same months of the
    year before where the dataset has them."""

    current: TradePoint
    previous: TradePoint | None

    @property
    def change_pct(self) -> float | None:
        if self.previous is None or not self.previous.value_usd:
            return None
        return 100.0 * (self.current.value_usd / self.previous.value_usd - 1.0)


def _months(period: str) -> tuple[int, int] | None:
    """(year, last month) of a January-to-month period of one year, e.g. (2025, 10) for 2025-01..2025-10."""
    found = _YEAR_TO_DATE.match(period)
    if not found or found.group(1) != found.group(2):
        return None
    return int(found.group(1)), int(found.group(3))


def latest_year_to_date(points: Iterable[TradePoint], reporter: Reporter = "china") -> YearToDate | None:
    """The latest January-to-month total of a reporter (rank 1), with the same months a year earlier."""
    part = {p.period: p for p in points if p.flow == "total" and p.reporter == reporter and p.rank == 1}
    spans = {period: m for period in part if (m := _months(period)) is not None}
    if not spans:
        return None
    latest = max(spans, key=lambda period: spans[period])
    year, month = spans[latest]
    earlier = f"{year - 1}-01..{year - 1}-{month:02d}"
    return YearToDate(part[latest], part.get(earlier))
