"""Findings of the window review, each checked in the real window on the real database.

The Projects timeline follows the selected row (none: empty); compare mode is for the five states only;
"Save window as PNG" writes atomically and reports a failure; the regional shares mark estimate years.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox
from tests.conftest import click_entry

from caviewer.domain import STATES

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "does not support grabbing the keyboard"
)


# -- 1. the Projects timeline ----------------------------------------------------------------------


def test_timeline_is_cleared_by_an_entry_without_projects(qtbot, db_copy: Path) -> None:  # type: ignore[no-untyped-def]
    """Every entry of the bundled dataset has projects, so a copy without Kyrgyzstan's stands in for one."""
    import contextlib
    import sqlite3

    from caviewer.store import Store
    from caviewer.ui.main_window import MainWindow

    with contextlib.closing(sqlite3.connect(db_copy)) as conn, conn:
        conn.execute("DELETE FROM project_countries WHERE iso3 = 'KGZ'")
    with Store.open(db_copy) as store:
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.start()
        window.select_country("TJK")
        window.show_pane("projects")
        pane = window.pane("projects")
        assert pane.view().records() and pane.timeline().milestones()
        window.select_country("KGZ")
        pane = window.pane("projects")
        assert not pane.view().records()
        assert pane.timeline().milestones() == () and not pane.timeline().isVisible()
        window.close()


def test_timeline_is_cleared_by_a_filter_matching_nothing(window) -> None:  # type: ignore[no-untyped-def]
    window.select_country("TJK")
    window.show_pane("projects")
    pane = window.pane("projects")
    assert pane.timeline().milestones()
    pane.view().set_filter_text("no project is called this")
    assert pane.view().table().model().rowCount() == 0
    assert pane.timeline().milestones() == ()
    pane.view().set_filter_text("")
    pane.view().select_row(0)
    first = pane.view().table().model().index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    project = next(p for p in pane.view().records() if p.project_id == first)
    assert pane.timeline().milestones() == tuple(sorted(project.milestones, key=lambda m: m.date))


# -- 2. compare mode is for the five states --------------------------------------------------------


def test_china_and_the_region_are_not_compared(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    click_entry(qtbot, window, "KAZ")
    click_entry(qtbot, window, "UZB", Qt.KeyboardModifier.ControlModifier)
    pane = window.pane("trade")
    assert pane.caption().startswith("Comparing Uzbekistan, Kazakhstan")
    click_entry(qtbot, window, "CHN", Qt.KeyboardModifier.ControlModifier)
    assert window.current_country() == "CHN"
    pane = window.pane("trade")
    assert not pane.caption().startswith("Comparing")
    labels = [p.series.label for p in pane.drawn_series()]
    assert not any(label.startswith("China,") for label in labels)
    assert "Central Asia total, China-reported" in labels
    assert "left out" in window.statusBar().currentMessage()
    assert window._chart_in_view()[1].compare == ()


def test_a_state_is_not_compared_with_the_region(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    click_entry(qtbot, window, "KAZ")
    click_entry(qtbot, window, "CA5", Qt.KeyboardModifier.ControlModifier)
    click_entry(qtbot, window, "KAZ", Qt.KeyboardModifier.ControlModifier)  # KAZ off
    click_entry(qtbot, window, "KAZ", Qt.KeyboardModifier.ControlModifier)  # KAZ on and current
    assert window.current_country() == "KAZ"
    pane = window.pane("trade")
    assert not pane.caption().startswith("Comparing")
    assert {p.country_iso3 for p in pane.drawn_series()} == {"KAZ"}


# -- 5. Save window as PNG -------------------------------------------------------------------------


def test_save_png_writes_the_window(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "window.png"
    assert window.save_png(target)
    assert QImage(str(target)).width() > 0
    assert str(target) in window.statusBar().currentMessage()
    assert [p.name for p in tmp_path.iterdir()] == ["window.png"]  # no temporary file left


@pytest.mark.parametrize("name", ["missing-folder/window.png", ""])
def test_save_png_reports_a_failure(  # type: ignore[no-untyped-def]
    window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    target = tmp_path / name if name else tmp_path  # a folder is not a file name
    assert not window.save_png(target)
    assert len(shown) == 1 and str(tmp_path) in shown[0]
    assert not (tmp_path / "missing-folder").exists()


# -- 6. estimates in the regional shares -----------------------------------------------------------


def test_share_bars_of_estimate_years_are_hatched(window) -> None:  # type: ignore[no-untyped-def]
    window.select_country("CA5")
    window.show_pane("trade")
    pane = window.pane("trade")
    plot = pane.plot()
    shares = [p.series for p in pane.drawn_series() if p.style == "stacked"]
    assert [s.key for s in shares] == [f"share_{i}" for i in STATES]
    for series in shares:
        drawn = [not e for v, e in zip(series.values, series.estimates, strict=True) if v > 0]
        assert plot.share_brushes(series.key) == drawn
    assert any(not solid for s in shares for solid in plot.share_brushes(s.key))
    assert "estimate" in plot.findChild(type(plot._share_key), "tradeShareKey").text()
