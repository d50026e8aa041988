"""The Overview's small trade chart and "at a glance" lists, checked against `data/*.csv` in a real offscreen
window, and the same lists in `caviewer profile --format json`."""

from __future__ import annotations

import csv
import json
import math
from collections import Counter
from pathlib import Path

import pytest
from tests.conftest import click_entry, run_cli

from caviewer.formatting import format_usd

# The offscreen platform's notes when a popup opens, not the app's warnings.
pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "does not support grabbing the keyboard"
)
DATA = Path(__file__).resolve().parents[2] / "data"


def _csv(name: str) -> list[dict[str, str]]:
    with (DATA / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _annual(iso3: str, reporter: str) -> dict[int, float]:
    return {
        int(r["period"]): float(r["value_usd"])
        for r in _csv("trade")
        if r["partner_iso3"] == iso3
        and r["reporter"] == reporter
        and r["flow"] == "total"
        and r["rank"] == "1"
        and len(r["period"]) == 4
    }


@pytest.mark.parametrize("iso3", ["KAZ", "TKM", "UZB"])
def test_mini_chart_draws_both_reporters_last_twenty_years_from_the_csv(window, qtbot, iso3: str) -> None:  # type: ignore[no-untyped-def]
    click_entry(qtbot, window, iso3)
    window.show_pane("overview")
    chart = window.pane("overview").mini_chart()
    china, partner = _annual(iso3, "china"), _annual(iso3, "partner")
    last = max(china)
    lines = {line.label: line for line in chart.lines()}
    drawn = lines["China-reported total"]
    assert drawn.years == tuple(range(last - 19, last + 1))
    for year, value in zip(drawn.years, drawn.values, strict=True):
        if year in china:
            assert value == pytest.approx(china[year])
        else:
            assert math.isnan(value)  # a gap, never a zero
    in_span = {y: v for y, v in partner.items() if y >= last - 19}
    if in_span:
        own = lines["Partner-reported total"]
        assert {y: v for y, v in zip(own.years, own.values, strict=True) if not math.isnan(v)} == in_span
    else:
        assert "Partner-reported total" not in lines  # Turkmenistan publishes none for these years
    ytd = [
        r
        for r in _csv("trade")
        if r["partner_iso3"] == iso3
        and r["reporter"] == "china"
        and r["flow"] == "total"
        and ".." in r["period"]
    ]
    latest = max(ytd, key=lambda r: r["period"])
    point = chart.point()
    assert point is not None and point.value == float(latest["value_usd"]) and "part year" in point.label
    assert chart.grab().width() > 0


def test_glance_lists_top_products_from_the_csv(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = [r for r in _csv("trade_products") if r["partner_iso3"] == "KAZ" and r["flow"] == "china_imports"]
    lists = Counter((r["period"], r["reporter"]) for r in rows if r["value_usd"])
    period, reporter = max(lists, key=lambda k: (lists[k], k[0][:4], k[1] == "china"))
    chosen = sorted(
        (r for r in rows if (r["period"], r["reporter"]) == (period, reporter) and r["value_usd"]),
        key=lambda r: -float(r["value_usd"]),
    )[:3]
    click_entry(qtbot, window, "KAZ")
    window.show_pane("overview")
    labels = {label.objectName(): label for label in window.pane("overview").glance_labels()}
    text = labels["glance_china_imports"].text()
    for r in chosen:
        assert f"{r['product']}: {format_usd(float(r['value_usd']))}" in text
    popup = labels["glance_china_imports"].show_popup()
    assert popup is not None
    assert {s.source_id for s in popup.sources()} == {
        sid for r in chosen for sid in r["source_ids"].split(";")
    }
    popup.close()


def test_glance_lists_largest_loans_projects_and_latest_event_from_the_csv(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    loans = sorted(
        (
            r
            for r in _csv("lending")
            if r["recipient_iso3"] == "TJK"
            and r["recommended_for_totals"] == "1"
            and r["amount_usd_constant_2017"]
        ),
        key=lambda r: -float(r["amount_usd_constant_2017"]),
    )
    tjk_projects = {r["project_id"] for r in _csv("projects") if "TJK" in r["countries"].split(";")}
    money = [
        m
        for m in _csv("project_metrics")
        if m["project_id"] in tjk_projects and m["metric"] in ("cost", "investment") and m["unit"] == "USD"
    ]
    biggest = max(money, key=lambda m: float(m["value"]))
    events = [r for r in _csv("events") if "TJK" in r["countries"].split(";")]
    latest = max(events, key=lambda r: r["date"])
    click_entry(qtbot, window, "TJK")
    window.show_pane("overview")
    labels = {label.objectName(): label.text() for label in window.pane("overview").glance_labels()}
    assert format_usd(float(loans[0]["amount_usd_constant_2017"])) in labels["glance_lending"]
    assert "Linked to" not in labels["glance_lending"]  # AidData's cross-references are cut
    assert format_usd(float(biggest["value"])) in labels["glance_projects"].split("<br>")[1]
    assert f"Latest: {latest['date']}" in labels["glance_events"]
    assert "glance_china_imports" not in labels  # no product list is stored for Tajikistan


def test_profile_json_carries_the_same_lists(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    doc = json.loads(run_cli("profile", "UZB", "--format", "json").stdout)
    lists = {g["key"]: g for g in doc["at_a_glance"]}
    partners = [
        r
        for r in _csv("trade_partners")
        if r["state_iso3"] == "UZB"
        and r["flow"] == "total"
        and r["reporter"] == "partner"
        and r["share_pct"]
        and len(r["period"]) == 4
        and r["counterpart"] not in ("EU27", "EAEU", "CIS")
    ]
    year = max(int(r["period"]) for r in partners if r["counterpart"] == "CHN")
    top = max((r for r in partners if int(r["period"]) == year), key=lambda r: float(r["share_pct"]))
    assert lists["partners"]["lines"][0]["text"].endswith(f"{float(top['share_pct']):g}% of trade ({year})")
    assert all(line["source_ids"] for line in lists["partners"]["lines"])
    click_entry(qtbot, window, "UZB")
    window.show_pane("overview")
    shown = {label.objectName().removeprefix("glance_") for label in window.pane("overview").glance_labels()}
    assert shown == set(lists)


def test_glance_names_goods_the_sources_list_without_values(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    named = [
        r
        for r in _csv("trade_products")
        if r["partner_iso3"] == "TKM" and r["flow"] == "china_exports" and not r["value_usd"]
    ]
    assert named, "the test needs Turkmen rows that name goods without a value"
    click_entry(qtbot, window, "TKM")
    window.show_pane("overview")
    labels = {label.objectName(): label.text() for label in window.pane("overview").glance_labels()}
    text = labels["glance_china_exports"]
    for r in sorted(named, key=lambda r: r["product_row_id"])[:3]:
        assert f"{r['product']} (named for {r['period']}; no value given)" in text
    assert "$" not in text.split("<br>", 1)[1]  # no value is made up for them
