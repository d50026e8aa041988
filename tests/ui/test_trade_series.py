"""What the trade plot shows, computed without Qt: gaps, estimates, balance, shares."""

from __future__ import annotations

import math

from caviewer.domain import STATES, TradePoint
from caviewer.store import Store
from caviewer.ui.trade_series import annual, balance_series, flow_series, share_series, year_span, years_of


def _point(year: int, flow: str, value: float, estimate: bool = False, reporter: str = "china") -> TradePoint:
    return TradePoint("KAZ", str(year), year, flow, reporter, value, estimate, ("s",))  # type: ignore[arg-type]


def test_gaps_are_nan_never_zero() -> None:
    points = [_point(2000, "total", 5.0), _point(2003, "total", 7.0, estimate=True)]
    s = flow_series(points, "china", "total", years_of(year_span(points)))
    assert s.years == (2000, 2001, 2002, 2003)
    assert s.values[0] == 5.0 and s.values[3] == 7.0
    assert math.isnan(s.values[1]) and math.isnan(s.values[2])
    assert s.estimates == (False, False, False, True)


def test_balance_only_where_both_flows_exist() -> None:
    points = [
        _point(2000, "china_exports", 10.0),
        _point(2000, "china_imports", 4.0),
        _point(2001, "china_exports", 3.0),
    ]
    s = balance_series(points, "china", [2000, 2001])
    assert s.values[0] == 6.0 and math.isnan(s.values[1]) and s.derived


def test_non_annual_and_lower_rank_values_are_not_plotted(store: Store) -> None:
    points = store.trade(["KAZ"])
    plotted = annual(points, "china", "total")
    assert all(p.rank == 1 and p.period == str(p.year) for p in plotted.values())


def test_shares_sum_to_100_where_all_five_report(store: Store) -> None:
    by_state = {iso3: tuple(p for p in store.trade([iso3])) for iso3 in STATES}
    shares = share_series(by_state, {})
    for i in range(len(shares[0].years)):
        values = [s.values[i] for s in shares]
        if not any(math.isnan(v) for v in values):
            assert math.isclose(sum(values), 100.0)
