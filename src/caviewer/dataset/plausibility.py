"""The plausibility rule for the plotted trade series, run by the build and by `caviewer check-db`.

A plotted (rank 1, calendar-year) value that moves more than `JUMP_RATIO` times from the year before or
after, or a China-reported value more than `GAP_RATIO` times apart from the partner-reported one, is a
problem unless a sourced row of `trade_caveats` explains it. Both rules look only at amounts where the
larger value reaches `FLOOR_USD`: a move from $1 m to $5 m says little and is common in the 1990s. The
checks read the built SQLite file through the connection the validator gives them; standard library only.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

JUMP_RATIO = 4.0
GAP_RATIO = 5.0
FLOOR_USD = 20e6
_FLOWS = ("china_exports", "china_imports", "total")
_REPORTER_NAMES = {"china": "China-reported", "partner": "partner-reported"}


@dataclass(frozen=True)
class _Caveat:
    partner: str
    reporter: str
    flow: str | None
    first: int
    last: int

    def covers(self, partner: str, reporter: str, flow: str, year: int) -> bool:
        return (
            self.partner == partner
            and self.reporter in (reporter, "both")
            and self.flow in (None, flow)
            and self.first <= year <= self.last
        )


def check(conn: sqlite3.Connection) -> list[str]:
    """Every jump and reporter gap that no caveat explains, one line each."""
    values = _plotted(conn)
    caveats = [
        _Caveat(*row)
        for row in conn.execute("SELECT partner_iso3, reporter, flow, year_from, year_to FROM trade_caveats")
    ]

    def explained(partner: str, reporter: str, flow: str, years: Iterable[int]) -> bool:
        return any(c.covers(partner, reporter, flow, y) for c in caveats for y in years)

    problems = []
    for (partner, reporter, flow, year), value in sorted(values.items()):
        before = values.get((partner, reporter, flow, year - 1))
        jump = _ratio(before, value, floor=False) if before is not None else 0.0
        if jump > JUMP_RATIO and not explained(partner, reporter, flow, (year - 1, year)):
            assert before is not None
            direction = "above" if value > before else "below"
            problems.append(
                f"trade {partner} {year} {_REPORTER_NAMES[reporter]} {flow}: {_usd(value)} is {jump:.1f}x "
                f"{direction} the {year - 1} value {_usd(before)} (more than {JUMP_RATIO:g}x) and no caveat "
                "in trade_caveats explains it"
            )
        other = values.get((partner, "partner", flow, year)) if reporter == "china" else None
        gap = _ratio(value, other, floor=True) if other is not None else 0.0
        if gap > GAP_RATIO and not any(explained(partner, r, flow, (year,)) for r in ("china", "partner")):
            assert other is not None
            problems.append(
                f"trade {partner} {year} {flow}: China-reported {_usd(value)} and partner-reported "
                f"{_usd(other)} differ {gap:.1f}x (more than {GAP_RATIO:g}x) and no caveat in trade_caveats "
                "explains it"
            )
    return problems


def _plotted(conn: sqlite3.Connection) -> dict[tuple[str, str, str, int], float]:
    rows = conn.execute(
        """SELECT partner_iso3, reporter, flow, year, value_usd FROM trade
           WHERE rank = 1 AND period = CAST(year AS TEXT) AND flow IN (?, ?, ?)""",
        _FLOWS,
    )
    # A non-finite value is reported by the validator's own check, not as a jump.
    return {(p, r, f, int(y)): float(v) for p, r, f, y, v in rows if math.isfinite(v)}


def _ratio(a: float, b: float, *, floor: bool) -> float:
    """How many times the larger of two positive amounts is the smaller; 0 (never flagged) when either is
    not positive or, for the jump rule, when the larger stays under the floor, and for the gap rule when
    either does."""
    low, high = sorted((a, b))
    if low <= 0 or high < FLOOR_USD or (floor and low < FLOOR_USD):
        return 0.0
    return high / low


def _usd(value: float) -> str:
    return f"${value / 1e6:,.1f} m"
