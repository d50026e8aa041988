"""Known values per entry, reporter and flow, read from data/trade.csv (never from the code under test),
pinned in the store, the Trade pane, the chart exports and their CSV: swapping China's exports and imports,
or the two reporters, anywhere on the way makes these fail."""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path

import pytest
from tests.conftest import click_entry

from caviewer.exports import chart_csv
from caviewer.store import Store
from caviewer.ui.export.chart_spec import ChartOptions, build_figure
from caviewer.ui.trade_series import TradeView

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "does not support grabbing the keyboard"
)
DATA = Path(__file__).resolve().parents[2] / "data"
STATES = ("KAZ", "KGZ", "TJK", "TKM", "UZB")
FLOWS = ("china_exports", "china_imports", "total")


def _plotted() -> dict[tuple[str, str, str, int], float]:
    with (DATA / "trade.csv").open(encoding="utf-8", newline="") as handle:
        return {
            (r["partner_iso3"], r["reporter"], r["flow"], int(r["period"])): float(r["value_usd"])
            for r in csv.DictReader(handle)
            if r["rank"] == "1" and r["period"].isdigit()
        }


PLOTTED = _plotted()


def _pins(iso3: str, reporter: str) -> dict[str, tuple[int, float]]:
    """For each flow, a year in which both flows differ (so a swap shows), and the flow's value then."""
    years = sorted(
        y
        for (p, r, f, y) in PLOTTED
        if (p, r, f) == (iso3, reporter, "china_exports")
        and (iso3, reporter, "china_imports", y) in PLOTTED
        and (iso3, reporter, "total", y) in PLOTTED
        and PLOTTED[(iso3, reporter, "china_exports", y)] != PLOTTED[(iso3, reporter, "china_imports", y)]
    )
    year = years[-1]
    return {flow: (year, PLOTTED[(iso3, reporter, flow, year)]) for flow in FLOWS}


# Turkmenistan has no partner-reported year with both flows and a total: it publishes no trade by partner.
PAIRS = [(iso3, r) for iso3 in STATES for r in ("china", "partner") if (iso3, r) != ("TKM", "partner")]


@pytest.mark.parametrize(("iso3", "reporter"), PAIRS)
def test_store_returns_each_flow_of_each_reporter(store: Store, iso3: str, reporter: str) -> None:
    values = {
        (p.reporter, p.flow, p.year): p.value_usd for p in store.trade([iso3]) if p.rank == 1 and p.is_annual
    }
    for flow, (year, value) in _pins(iso3, reporter).items():
        assert values[(reporter, flow, year)] == pytest.approx(value), (iso3, reporter, flow, year)


@pytest.mark.parametrize("iso3", STATES)
def test_chart_csv_carries_each_flow_and_reporter(store: Store, iso3: str) -> None:
    figure = build_figure(store, iso3, "trade", ChartOptions(exports=True, imports=True))
    rows = list(csv.DictReader(io.StringIO(chart_csv(figure.values))))
    got = {(r["reporter"], r["flow"], int(r["year"])): float(r["value_usd"]) for r in rows}
    for flow, (year, value) in _pins(iso3, "china").items():
        assert got[("china", flow, year)] == pytest.approx(value), (iso3, flow, year)
    partner_total = [(y, v) for (p, r, f, y), v in PLOTTED.items() if (p, r, f) == (iso3, "partner", "total")]
    year, value = max(partner_total)
    assert got[("partner", "total", year)] == pytest.approx(value)


@pytest.mark.parametrize("iso3", ["KAZ", "UZB", "TJK"])
def test_trade_pane_draws_each_flow_of_china(window, qtbot, iso3: str) -> None:  # type: ignore[no-untyped-def]
    window.show_pane("trade")
    click_entry(qtbot, window, iso3)
    pane = window.pane("trade")
    pane.set_trade_view(TradeView(exports=True, imports=True))
    drawn = {(line.reporter, line.flow): line.series for line in pane.drawn_series()}
    for flow, (year, value) in _pins(iso3, "china").items():
        assert drawn[("china", flow)].value_at(year) == pytest.approx(value), (iso3, flow)
    partner = drawn[("partner", "total")]
    for year in partner.years:
        expected = PLOTTED.get((iso3, "partner", "total", year))
        shown = partner.value_at(year)
        assert (math.isnan(shown) and expected is None) or shown == pytest.approx(expected)


@pytest.mark.parametrize("iso3", ["KAZ", "KGZ"])
def test_plotted_totals_are_in_the_unit_the_axis_names(window, qtbot, iso3: str) -> None:  # type: ignore[no-untyped-def]
    """The axis says US$ billion, and the plotted y of China's total is the CSV's dollars over 1e9."""
    window.show_pane("trade")
    click_entry(qtbot, window, iso3)
    plot = window.build_plot()
    assert plot.axis_labels() == ("Year", "US$ billion")
    key = next(k for k in plot.line_keys() if k.startswith("china_total"))
    xs, ys = plot.line_data(key)
    year, value = _pins(iso3, "china")["total"]
    assert ys[xs.index(year)] == pytest.approx(value / 1e9)
