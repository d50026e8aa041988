"""The Qt models: qtmodeltester on each, and the country filter in every language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from caviewer.domain import STATES
from caviewer.store import Store
from caviewer.ui.models import (
    KEY_ROLE,
    Column,
    CountryFilterProxy,
    CountryTableModel,
    RecordTableModel,
    TradeTableModel,
)
from caviewer.ui.trade_series import ChartEntry, TradeView, chart_series

_KEEP: list[object] = []


def _country_proxy(store: Store) -> CountryFilterProxy:
    """A proxy over a country model; the model is kept alive (a proxy does not own its source)."""
    model = CountryTableModel(store.countries(), store.latest_trade_totals())
    proxy = CountryFilterProxy()
    proxy.setSourceModel(model)
    _KEEP.append(model)
    return proxy


def test_country_model(qtmodeltester, store: Store) -> None:
    model = CountryTableModel(store.countries(), store.latest_trade_totals())
    qtmodeltester.check(model)
    assert [model.index(r, 0).data(KEY_ROLE) for r in range(model.rowCount())] == [
        c.iso3 for c in store.countries()
    ]
    assert model.index(0, 0).data() == "Central Asia (all five)"


def test_country_proxy(qtmodeltester, store: Store) -> None:
    proxy = _country_proxy(store)
    qtmodeltester.check(proxy)
    proxy.set_text("stan")
    qtmodeltester.check(proxy)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Казахстан", ["KAZ"]),
        ("таджик", ["TJK"]),
        ("哈萨克斯坦", ["KAZ"]),
        ("乌兹别克", ["UZB"]),
        ("O\u02bbzbekiston", ["UZB"]),
        ("kgz", ["KGZ"]),
        ("TM", ["TKM"]),
        ("中国", ["CHN"]),
        (".*", []),
        ("[", []),
        ("", ["CA5", *STATES, "CHN"]),
    ],
)
def test_filter_matches_names_and_codes_literally(store: Store, text: str, expected: list[str]) -> None:
    proxy = _country_proxy(store)
    proxy.set_text(text)
    assert [proxy.index(r, 0).data(KEY_ROLE) for r in range(proxy.rowCount())] == expected


def test_trade_sort_column_sorts_by_value(store: Store) -> None:
    proxy = _country_proxy(store)
    proxy.sort(1)
    latest = store.latest_trade_totals()
    keys = [proxy.index(r, 0).data(KEY_ROLE) for r in range(proxy.rowCount())]
    values = [latest[k].value_usd if k in latest else -1.0 for k in keys]
    assert values == sorted(values)


def test_record_model(qtmodeltester, store: Store) -> None:
    model: RecordTableModel = RecordTableModel(
        [
            Column("Title", lambda t: t.title),
            Column("Value", lambda t: str(t.value), sort=lambda t: t.value or 0),
        ],
        key=lambda t: t.tie_id,
    )
    model.set_records(store.ties("KAZ"))
    qtmodeltester.check(model)
    assert model.rowCount() == len(store.ties("KAZ"))


def test_trade_table_model(qtmodeltester, store: Store) -> None:
    model = TradeTableModel()
    entry = ChartEntry("KGZ", "Kyrgyzstan", tuple(store.trade(["KGZ"])))
    series = [line.series for line in chart_series(entry, TradeView(exports=True, imports=True))]
    model.set_series(series, {s.source_id: s.citation() for s in store.sources()})
    qtmodeltester.check(model)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "China-reported total"
