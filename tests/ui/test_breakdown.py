"""The Products and partners pane and the products, partners and gap charts, on the real database, with
expected values from data/*.csv: the window and the exports draw the same figure."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from tests.conftest import click_entry, run_cli

from caviewer.exports import chart_csv
from caviewer.store import Store
from caviewer.ui.export.chart_spec import available_charts, build_figure

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "does not support grabbing the keyboard"
)
DATA = Path(__file__).resolve().parents[2] / "data"


def _csv(name: str) -> list[dict[str, str]]:
    with (DATA / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _rank1(iso3: str, reporter: str, flow: str) -> dict[int, float]:
    return {
        int(r["period"]): float(r["value_usd"])
        for r in _csv("trade")
        if (r["partner_iso3"], r["reporter"], r["flow"], r["rank"]) == (iso3, reporter, flow, "1")
        and r["period"].isdigit()
    }


def test_gap_is_china_over_partner_from_the_csv(store: Store) -> None:
    figure = build_figure(store, "KGZ", "gap")
    china, partner = _rank1("KGZ", "china", "total"), _rank1("KGZ", "partner", "total")
    line = next(x for x in figure.lines if x.flow == "total")
    for year in (2008, 2023):
        assert line.series.value_at(year) == pytest.approx(china[year] / partner[year])
    caveats = [c for c in _csv("trade_caveats") if c["partner_iso3"] == "KGZ"]
    assert all(any(c["summary"] in n for n in figure.notes) for c in caveats)
    rows = list(csv.DictReader(io.StringIO(chart_csv(figure.values))))
    assert {r["reporter"] for r in rows} == {"china", "partner"}  # the CSV holds what the ratio is made of


def test_partners_puts_china_first_with_the_states_own_shares(store: Store) -> None:
    figure = build_figure(store, "UZB", "partners")
    assert figure.lines[0].series.label == "China" and figure.unit == "percent"
    rows = [
        r
        for r in _csv("trade_partners")
        if (r["state_iso3"], r["counterpart"], r["flow"], r["reporter"]) == ("UZB", "RUS", "total", "partner")
        and r["period"].isdigit()
        and r["share_pct"]
    ]
    russia = next(x for x in figure.lines if x.series.label == "Russia")
    for r in rows:
        assert russia.series.value_at(int(r["period"])) == pytest.approx(float(r["share_pct"]))
    china = {
        int(r["period"]): float(r["share_pct"])
        for r in _csv("trade_partners")
        if (r["state_iso3"], r["counterpart"], r["flow"], r["reporter"]) == ("UZB", "CHN", "total", "partner")
        and r["period"].isdigit()
        and r["share_pct"]
    }
    for year, share in china.items():
        assert figure.lines[0].series.value_at(year) == pytest.approx(share)


def test_products_lists_the_sources_goods(store: Store) -> None:
    """The fullest list (Kazakhstan's exports to China in 2022), each bar's value as the CSV gives it."""
    figure = build_figure(store, "KAZ", "products")
    rows = [r for r in _csv("trade_products") if r["partner_iso3"] == "KAZ" and r["value_usd"]]
    by_period: dict[tuple[str, str, str], int] = {}
    for r in rows:
        key = (r["period"], r["flow"], r["reporter"])
        by_period[key] = by_period.get(key, 0) + 1
    period, flow, reporter = max(by_period, key=lambda k: by_period[k])
    fullest = {
        r["product"]: float(r["value_usd"])
        for r in rows
        if (r["period"], r["flow"], r["reporter"]) == (period, flow, reporter)
    }
    drawn = {b.label: b.value_usd for b in figure.bars if b.flow == flow}
    assert drawn and set(drawn) <= set(fullest) and period in figure.title
    for label, value in drawn.items():
        assert value == pytest.approx(fullest[label])


def test_charts_without_data_say_why(store: Store) -> None:
    assert "products" not in available_charts(store, "TJK") and "gap" in available_charts(store, "TJK")
    result = run_cli("export", "--country", "TJK", "--chart", "products", "--output", "/tmp/never.png")
    assert result.returncode == 2 and "No product figures" in result.stderr


def test_pane_draws_the_export_figure_and_says_why_when_empty(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    click_entry(qtbot, window, "UZB")
    window.show_pane("breakdown")
    pane = window.pane("breakdown")
    pane.set_chart("partners")
    assert pane.figure() is not None and pane.figure().lines[0].series.label == "China"
    assert pane.values_view().records()
    click_entry(qtbot, window, "TJK")
    pane = window.pane("breakdown")
    pane.set_chart("products")
    assert "No product figures" in pane.empty_reason() and pane.figure() is None
    pane.set_chart("gap")
    assert pane.figure() is not None and pane.empty_reason() == ""
    click_entry(qtbot, window, "CA5")
    assert "per state" in window.pane("breakdown").empty_reason()


def test_products_year_choice_and_the_trade_panes_link_to_the_gap(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    click_entry(qtbot, window, "KAZ")
    window.show_pane("breakdown")
    pane = window.pane("breakdown")
    pane.set_chart("products")
    years = sorted({int(r["period"][:4]) for r in _csv("trade_products") if r["partner_iso3"] == "KAZ"})
    pane.set_year(years[-1])
    assert pane.figure() is not None and str(years[-1]) in pane.figure().title
    window.show_pane("trade")
    window.findChild(QPushButton, "tradeWhyGap").click()
    assert window.current_pane() == "breakdown" and window.pane("breakdown").figure().chart == "gap"


@pytest.mark.parametrize("iso3", ["KGZ", "TJK"])
def test_debt_chart_draws_each_years_latest_figure_from_the_csv(store: Store, iso3: str) -> None:
    rows = [
        r
        for r in _csv("figures")
        if (r["scope_iso3"], r["indicator"], r["rank"]) == (iso3, "external_debt_owed_to_china", "1")
        and ".." not in r["period"]
    ]
    latest: dict[int, dict[str, str]] = {}
    for r in sorted(rows, key=lambda r: r["period"]):
        latest[int(r["period"][:4])] = r
    figure = build_figure(store, iso3, "debt")
    owed = next(x for x in figure.lines if x.series.key == "external_debt_owed_to_china")
    assert len(latest) >= 6  # the six years each for Kyrgyzstan and Tajikistan
    for year, r in latest.items():
        assert owed.series.value_at(year) == pytest.approx(float(r["value"]))


def test_lending_chart_sums_the_counted_records_by_year(store: Store) -> None:
    rows = [
        r for r in _csv("lending") if r["recommended_for_totals"] == "1" and r["amount_usd_constant_2017"]
    ]
    by_year: dict[int, float] = {}
    for r in rows:
        by_year[int(r["commitment_year"])] = by_year.get(int(r["commitment_year"]), 0.0) + float(
            r["amount_usd_constant_2017"]
        )
    figure = build_figure(store, "CA5", "lending")
    (bars,) = figure.lines
    for year, total in by_year.items():
        assert bars.series.value_at(year) == pytest.approx(total)


def test_finance_pane_charts(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    click_entry(qtbot, window, "KGZ")
    window.show_pane("finance")
    pane = window.pane("finance")
    pane.show_chart("debt")
    assert pane.chart_figure() is not None and pane.chart_figure().chart == "debt"
    click_entry(qtbot, window, "CA5")
    pane = window.pane("finance")
    pane.show_chart("debt")
    assert "per state" in pane.chart_empty_reason()
    pane.show_chart("lending")
    assert pane.chart_figure() is not None and pane.chart_figure().chart == "lending"


def test_hovering_a_bar_names_its_value_and_sources(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent, QPoint, QPointF
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from caviewer.formatting import format_usd
    from caviewer.ui.figure_view import FigureView

    rows = [
        r
        for r in _csv("trade_products")
        if r["partner_iso3"] == "KAZ"
        and r["flow"] == "china_imports"
        and r["reporter"] == "china"
        and r["value_usd"]
    ]
    click_entry(qtbot, window, "KAZ")
    window.show_pane("breakdown")
    pane = window.pane("breakdown")
    pane.set_chart("products")
    view = window.findChild(FigureView, "breakdownFigure")
    view.grab()  # paints, and so places the bars
    hovered = []
    for bar in pane.figure().bars:
        found = [r for r in rows if r["product"] == bar.label]
        if not found:
            continue
        row = found[0]
        # Each bar's row: find a point inside it by scanning down the view's middle column.
        texts = {view.tooltip_at(QPointF(view.width() * 0.75, y)) for y in range(0, view.height(), 3)}
        text = next(t for t in texts if t.startswith(f"{row['product']}: "))
        assert format_usd(float(row["value_usd"])) in text and "Sources: " in text
        hovered.append(row["product"])
    assert len(hovered) >= 3, hovered  # the chosen list's bars, each found by its own tooltip
    assert view.tooltip_at(QPointF(1, 1)) == ""  # the title: no value there
    # And the real event path shows it.
    y = next(y for y in range(0, view.height(), 3) if view.tooltip_at(QPointF(view.width() * 0.75, y)))
    at = QPoint(int(view.width() * 0.75), y)
    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, at, view.mapToGlobal(at)))
    assert QToolTip.text() == view.tooltip_at(QPointF(at))
    QToolTip.hideText()
