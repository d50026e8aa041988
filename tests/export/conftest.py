"""Fixtures of the export tests: the real bundled database, and a fixed synthetic figure for the golden image.

The golden figure does not come from the database, so the dataset can grow without breaking the image test;
the real-data tests compare against `Store.trade` instead of fixed numbers.
"""

from __future__ import annotations

import pytest

from caviewer.domain import Source
from caviewer.ui.export.chart_spec import ChartFigure, PlotLine
from caviewer.ui.trade_series import NAN, Series


def _series(key: str, label: str, values: list[float], estimates: list[bool]) -> Series:
    years = tuple(range(2010, 2010 + len(values)))
    return Series(key, label, years, tuple(values), tuple(estimates), tuple(("src-a",) for _ in values))


@pytest.fixture
def synthetic_figure() -> ChartFigure:
    """A trade chart with a gap, estimates, a dashed partner line and negative balance bars."""
    china = [10e9, 12e9, 15e9, NAN, 18e9, 21e9, 19e9, 25e9]
    partner = [8e9, 9e9, 11e9, 12e9, NAN, NAN, 15e9, 17e9]
    balance = [2e9, -1e9, 3e9, NAN, 4e9, -2e9, 1e9, 5e9]
    lines = (
        PlotLine(
            _series("china_balance", "Balance (derived)", balance, [False] * 8),
            "#CC79A7",
            "bars",
            "XXX",
            "china",
            "balance",
        ),
        PlotLine(
            _series("china_total", "China-reported total", china, [False, True] + [False] * 6),
            "#0072B2",
            "line",
            "XXX",
            "china",
            "total",
        ),
        PlotLine(
            _series("partner_total", "Partner-reported total", partner, [True] * 8),
            "#D55E00",
            "line",
            "XXX",
            "partner",
            "total",
            dashed=True,
        ),
    )
    return ChartFigure(
        iso3="XXX",
        chart="trade",
        title="Test <chart> & \u201cquotes\u201d, 2010\u20132017",
        subtitle="Synthetic values in US dollars",
        unit="usd",
        years=tuple(range(2010, 2018)),
        lines=lines,
        values=(),
        sources=(Source("src-a", "A source"),),
        source_names=("Publisher A", "Publisher B"),
        data_version="0.0.0",
        as_of="2000-01-01",
    )
