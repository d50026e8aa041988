"""In the real window on the real database: the header shows the core presenter's cards (one code path),
the Trade pane shows the sourced caveats of the years in view, the region lists its multi-party records,
and citations are copied and exported (BibTeX, RIS) from the Sources pane and from popups kept on screen."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import rispy
from pybtex.database import parse_string
from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from tests.conftest import click_entry, run_cli

from caviewer.profile.cards import header_cards
from caviewer.profile.repository import ProfileRepository
from caviewer.store import Store
from caviewer.ui.citation_popup import CitationPopup

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "does not support grabbing the keyboard"
)
DATA = Path(__file__).resolve().parents[2] / "data"
ENTRIES = ("CA5", "KAZ", "KGZ", "TJK", "TKM", "UZB", "CHN")
CARD_SLOTS = ("trade_china", "trade_partner", "share", "debt", "finance")


def _csv(name: str) -> list[dict[str, str]]:
    with (DATA / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("iso3", ENTRIES)
def test_header_shows_the_presenters_cards(window, store: Store, qtbot, iso3: str) -> None:  # type: ignore[no-untyped-def]
    click_entry(qtbot, window, iso3)
    cards = {c.key: c for c in header_cards(ProfileRepository(store).profile(iso3))}
    header = window.header()
    for key in CARD_SLOTS:
        assert header.cited_label(key).text() == cards[key].text()
    population = header.cited_label("population").text()
    assert population.startswith(cards["population"].text())


def test_kyrgyz_header_population_and_trade_from_the_csv(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    click_entry(qtbot, window, "KGZ")
    header = window.header()
    assert header.cited_label("population").text().startswith("7.2 m people")
    latest = max(
        (
            r
            for r in _csv("trade")
            if (r["partner_iso3"], r["reporter"], r["flow"], r["rank"]) == ("KGZ", "china", "total", "1")
            and r["period"].isdigit()
        ),
        key=lambda r: int(r["period"]),
    )
    assert header.cited_label("trade_china").text() == f"${float(latest['value_usd']) / 1e9:.1f} bn"


def _caveat_ids(iso3: str, low: int, high: int) -> set[str]:
    return {
        c["caveat_id"]
        for c in _csv("trade_caveats")
        if c["partner_iso3"] == iso3 and int(c["year_from"]) <= high and int(c["year_to"]) >= low
    }


def test_trade_pane_shows_the_caveats_of_the_years_in_view(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_pane("trade")
    click_entry(qtbot, window, "KGZ")
    pane = window.pane("trade")
    low, high = pane.shown_years()
    assert {c.caveat_id for c in pane.caveats()} == _caveat_ids("KGZ", low, high)
    label = pane.caveat_label()
    assert label.text().startswith("\u26a0") and label.isVisible()
    cited = {s.source_id for s in label.sources()}
    wanted = {
        sid for c in _csv("trade_caveats") if c["partner_iso3"] == "KGZ" for sid in c["source_ids"].split(";")
    }
    assert cited == wanted
    pane.set_year_range(2021, 2022)
    assert {c.caveat_id for c in pane.caveats()} == _caveat_ids("KGZ", 2021, 2022)
    click_entry(qtbot, window, "KAZ")
    pane.set_year_range(2015, 2024)
    assert pane.caveats() == [] and window.pane("trade").caveat_label().text() == ""


def test_region_panes_list_multiparty_records(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    click_entry(qtbot, window, "CA5")
    states = {"KAZ", "KGZ", "TJK", "TKM", "UZB"}
    expected = {
        a["agreement_id"]
        for a in _csv("agreements")
        if "CA5" in a["parties"].split(";") or len(set(a["parties"].split(";")) & states) >= 3
    }
    window.show_pane("agreements")
    shown = {row.key for row in window.pane("agreements").view().records()}
    assert shown >= expected and len(expected) >= 21
    window.show_pane("projects")
    projects = window.pane("projects").view().records()
    assert projects and all(len(set(p.countries) & states) >= 2 or "CA5" in p.countries for p in projects)


def test_sources_pane_exports_bibtex_and_ris(window, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    click_entry(qtbot, window, "TKM")
    window.show_pane("sources")
    view = window.pane("sources").view()
    actions = {a.objectName(): a for a in view.export_actions()}
    assert set(actions) == {f"sources-{s}-{f}" for s in ("selected", "all") for f in ("bibtex", "ris")}
    target = tmp_path / "tkm"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    actions["sources-all-bibtex"].trigger()
    parsed = parse_string((tmp_path / "tkm.bib").read_text(encoding="utf-8"), "bibtex")
    records = view.records()
    assert len(parsed.entries) == len(records) > 10
    actions["sources-selected-ris"].trigger()
    (record,) = rispy.loads((tmp_path / "tkm.ris").read_text(encoding="utf-8"))
    assert record["id"] == view.detail_sources()[0].source_id
    view.copy_citation()
    assert QGuiApplication.clipboard().text() == view.detail_sources()[0].citation()


def test_citation_popup_offers_export_and_stays_on_screen(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    click_entry(qtbot, window, "KGZ")
    screen = QApplication.primaryScreen().availableGeometry()
    window.move(screen.right() - 200, screen.bottom() - 150)
    label = window.header().cited_label("finance")
    popup = label.show_popup()
    assert isinstance(popup, CitationPopup)
    qtbot.waitExposed(popup)
    names = {b.objectName() for b in popup.findChildren(QPushButton)}
    assert {"copyCitation", "saveBibtex", "saveRis"} <= names
    frame = popup.frameGeometry()
    assert screen.contains(frame.topLeft()) and screen.contains(frame.bottomRight() - QPoint(1, 1))
    popup.close()


def test_empty_views_say_why(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A filter that matches nothing says "No matches", in the list and in a pane; the amounts axis of a
    linear plot without negative values starts at zero."""
    lst = window.country_list()
    lst.set_filter_text("no such entry anywhere")
    assert lst.no_matches_shown()
    lst.set_filter_text("")
    assert not lst.no_matches_shown()
    click_entry(qtbot, window, "KAZ")
    window.show_pane("agreements")
    view = window.pane("agreements").view()
    view.set_filter_text("zzzz no agreement has this")
    assert view.count_text().startswith("No matches") and "No row matches" in view.detail_text()
    view.set_filter_text("")
    window.show_pane("trade")
    assert window.build_plot().value_floor() == 0.0


def test_legend_sits_over_the_lower_end_of_the_data() -> None:
    """Trade that grew puts the legend top left; trade that fell, top right (never over the high end)."""
    from caviewer.ui.charts import legend_corner
    from caviewer.ui.trade_series import Series

    years = tuple(range(2000, 2012))
    rising = Series("a", "A", years, tuple(float(i) for i in range(12)), (False,) * 12, ((),) * 12)
    falling = Series("b", "B", years, tuple(float(12 - i) for i in range(12)), (False,) * 12, ((),) * 12)
    assert legend_corner([rising]) == "left" and legend_corner([falling]) == "right"


def test_window_fits_a_1024_by_768_screen(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    for iso3 in ("CA5", "KAZ", "CHN"):
        click_entry(qtbot, window, iso3)
        window.show_pane("trade")
        hint = window.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 768, (iso3, hint)


def test_trade_pane_shows_the_latest_part_year_apart_from_the_annual_line(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_pane("trade")
    click_entry(qtbot, window, "KAZ")
    pane = window.pane("trade")
    text = pane.year_to_date_text()
    assert text.startswith("Part year (not on the annual line): China-reported Jan\u2013Oct 2025: $39.8 bn")
    assert "+9.0% on Jan\u2013Oct 2024 ($36.5 bn)" in text
    plot = window.build_plot()
    xs, _ = plot.line_data(next(k for k in plot.line_keys() if k.startswith("china_total")))
    assert all(float(x).is_integer() for x in xs)  # only calendar years are drawn


@pytest.mark.parametrize("iso3", ["TJK", "KGZ", "CA5"])
def test_finance_pane_lists_lending_with_totals_from_the_csv(window, qtbot, iso3: str) -> None:  # type: ignore[no-untyped-def]
    from caviewer.formatting import format_usd

    rows = [r for r in _csv("lending") if iso3 == "CA5" or r["recipient_iso3"] == iso3]
    counted = [r for r in rows if r["recommended_for_totals"] == "1" and r["amount_usd_constant_2017"]]
    total = sum(float(r["amount_usd_constant_2017"]) for r in counted)
    years = [int(r["commitment_year"]) for r in counted if r["commitment_year"]]
    click_entry(qtbot, window, iso3)
    window.show_pane("finance")
    pane = window.pane("finance")
    assert {r.lending_id for r in pane.lending_view().records()} == {r["lending_id"] for r in rows}
    text = pane.totals_text()
    assert f"{len(counted)} counted" in text and format_usd(total) in text
    assert f"{min(years)}\u2013{max(years)}" in text and "constant 2017 US$" in text
    assert pane.lending_view().detail_sources()[0].publisher.startswith("AidData")


def test_overview_shows_the_briefing_with_sources_one_click_away(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    import json

    result = run_cli("profile", "TJK", "--format", "json")
    expected = [b["text"] for b in json.loads(result.stdout)["brief"]]
    click_entry(qtbot, window, "TJK")
    window.show_pane("overview")
    pane = window.pane("overview")
    assert pane.briefing_texts() == expected
    popup = pane.briefing_label(0).show_popup()
    assert popup is not None and popup.sources()
    popup.close()
