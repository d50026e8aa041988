"""The real main window on the bundled database: every entry updates every pane; keyboard; dialogs."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView, QTabWidget
from tests.conftest import click_entry

from caviewer.domain import REGION
from caviewer.store import Store
from caviewer.ui.main_window import PANE_NAMES
from caviewer.ui.trade_series import annual

# Limits of the offscreen platform (no window manager, no keyboard grab), not problems of caviewer.
pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "does not support grabbing the keyboard"
)


def test_object_names(window) -> None:  # type: ignore[no-untyped-def]
    window.show_pane("trade")
    for name in ("countryList", "countryFilter", "profilePanes", "tradePlot", "tradeTable"):
        assert window.findChild(object, name) is not None, name


@pytest.mark.parametrize("iso3", ["CA5", "KAZ", "KGZ", "TJK", "TKM", "UZB", "CHN"])
def test_clicking_an_entry_updates_every_pane(qtbot, window, store: Store, iso3: str) -> None:  # type: ignore[no-untyped-def]
    window.show_pane("trade")
    click_entry(qtbot, window, iso3)
    assert window.current_country() == iso3
    country = store.country(iso3)
    assert country is not None
    assert window.header().findChild(object, "profileTitle").text() == country.name_en
    # Trade: the plot's China-reported line holds the database's annual rank-1 totals, NaN where none.
    trade_key = REGION if iso3 == "CHN" else iso3
    points = store.trade([trade_key])
    plot = window.pane("trade").plot()
    assert plot is not None
    for reporter in ("china", "partner"):
        expected = annual(points, reporter, "total")
        key = f"{reporter}_total"
        if not expected:
            assert key not in plot.line_keys()
            continue
        xs, ys = plot.line_data(key)
        for x, y in zip(xs, ys, strict=True):
            if int(x) in expected:
                assert math.isclose(y * 1e9, expected[int(x)].value_usd, rel_tol=1e-9)
            else:
                assert math.isnan(y), (reporter, x)
        assert plot.symbol_brushes(key) == [not expected[int(x)].estimate for x in xs if int(x) in expected]
    if iso3 in ("CA5", "CHN"):
        assert len(plot.share_keys()) == 5
    else:
        assert plot.share_keys() == []
    # Every other pane holds the store's records for the entry.
    assert len(window.pane("agreements").view().records()) == len(store.agreements(iso3)) + len(
        store.events(iso3)
    )
    assert len(window.pane("projects").view().records()) == len(store.projects(iso3))
    assert len(window.pane("people").view().records()) == len(store.ties(iso3))
    figures = store.figures(iso3)
    overview = window.pane("overview").view().records()
    finance = window.pane("finance").view().records()
    assert len(overview) == len(store.facts(iso3)) + sum(
        f.indicator in ("population", "area", "gdp_current_usd") for f in figures
    )
    assert len(overview) + len(finance) == len(store.facts(iso3)) + len(figures)
    sources = {s.source_id for s in window.pane("sources").view().records()}
    assert set(country.source_ids) <= sources
    assert all(sid in sources for p in points for sid in p.source_ids)


def test_header_figures_show_their_source(qtbot, window, store: Store) -> None:  # type: ignore[no-untyped-def]
    window.select_country("KAZ")
    label = window.header().cited_label("trade_china")
    latest = store.latest_trade_totals()["KAZ"]
    assert label.text().startswith("$")
    assert store.sources(latest.source_ids)[0].citation()[:20] in label.toolTip().replace("&#x27;", "'")
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    popup = label.findChild(object, "citationPopup")
    assert popup is not None and popup.isVisible()
    popup.copy_citation()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == popup.citation()
    popup.close()


def test_project_shows_milestones_and_sources(window, store: Store) -> None:  # type: ignore[no-untyped-def]
    window.select_country("KGZ")
    window.show_pane("projects")
    pane = window.pane("projects")
    with_milestones = next(p for p in store.projects("KGZ") if p.milestones)
    assert pane.view().select(with_milestones.project_id)
    assert pane.timeline().milestones() == tuple(sorted(with_milestones.milestones, key=lambda m: m.date))
    assert with_milestones.name in pane.view().detail_text()
    assert pane.view().detail_sources()


def test_trade_toggles_bars_log_and_table(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.select_country("KAZ")
    window.show_pane("trade")
    pane = window.pane("trade")
    for name in ("exports", "imports", "balance"):
        pane.findChild(object, f"trade_{name}").setChecked(True)
    plot = pane.plot()
    assert sorted(plot.bar_keys()) == ["china_balance", "china_china_exports", "china_china_imports"]
    assert "Balance (derived)" in plot.legend_labels()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert plot.is_log_scale() and plot.bar_keys() == []
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    table = window.findChild(QTableView, "tradeTable")
    assert table.isVisible() and table.model().rowCount() > 20
    pane.set_year_range(2010, 2020)
    assert plot.year_range() == (2010, 2020)
    text = plot.show_readout(2024)
    assert text.startswith("2024") and "China-reported total: $" in text


def test_compare_mode_overlays_states(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    click_entry(qtbot, window, "KAZ")
    click_entry(qtbot, window, "UZB", Qt.KeyboardModifier.ControlModifier)
    assert window.current_pane() == "trade"
    keys = window.pane("trade").plot().line_keys()
    assert "KAZ_china_total" in keys and "UZB_china_total" in keys
    assert window.statusBar().currentMessage() == "Comparing 2 states in the Trade pane"
    click_entry(qtbot, window, "KGZ", Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Comparing 3 states in the Trade pane"
    # The readout under the plot takes as many lines as its values need (two a line), no more.
    readout = window.findChild(QLabel, "tradeReadout")
    assert readout is not None and readout.isVisible()
    parts = window.pane("trade").plot().show_readout(2020).split(" \u00b7 ")
    assert len(parts) == 7  # the year and six values
    assert readout.lines() == 4
    assert readout.height() >= 4 * readout.fontMetrics().lineSpacing()
    click_entry(qtbot, window, "UZB")
    assert window.findChild(QLabel, "tradeReadout").lines() == 2


def test_keyboard_navigation(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.select_country("KAZ")
    view = window.findChild(QTableView, "countryList")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert window.current_country() == "KGZ"
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.current_country() == "TJK"
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_country() == "KGZ"
    tabs = window.findChild(QTabWidget, "profilePanes")
    for i, name in enumerate(PANE_NAMES):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{i + 1}"), Qt.KeyboardModifier.ControlModifier)
        assert tabs.currentIndex() == i and window.current_pane() == name
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    line = window.findChild(QLineEdit, "countryFilter")
    assert line.hasFocus()
    line.insert("Туркмен")  # QTest.keyClicks handles ASCII only
    assert window.country_list().visible_iso3s() == ["TKM"]
    assert window.current_country() == "TKM"


def test_every_menu_action_with_shortcut_is_listed(window) -> None:  # type: ignore[no-untyped-def]
    rows = dict(window.shortcut_rows())
    assert rows["Find entry"] == "Ctrl+F"
    assert "Alt+Up" in rows["Previous entry"] and "Ctrl+PgUp" in rows["Previous entry"]
    assert rows["Keyboard shortcuts"] == "F1"
    dialog = window.show_shortcuts()
    assert dialog.findChild(object, "shortcutsTable").rowCount() >= len(rows)
    dialog.close()


def test_about_names_versions_and_licences(window, store: Store) -> None:  # type: ignore[no-untyped-def]
    text = window.about_text()
    info = store.info()
    assert info.data_version in text and str(info.source_count) in text and "MIT" in text
    assert info.licence and info.licence.split(";")[0] in text  # the dataset's licence, read from meta
    box = window.show_about()
    box.close()


def test_the_list_shows_every_trade_figure_whole(window) -> None:  # type: ignore[no-untyped-def]
    """The trade column is sized once from its texts: every value and the title fit without eliding."""
    view = window.findChild(QTableView, "countryList")
    width = view.horizontalHeader().sectionSize(1)
    model = view.model()
    texts = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert texts and any(t != "\u2014" for t in texts)
    widest = max(view.fontMetrics().horizontalAdvance(t) for t in texts)
    assert widest < width
    title = model.headerData(1, Qt.Orientation.Horizontal)
    assert view.horizontalHeader().fontMetrics().horizontalAdvance(title) < width
