"""China's profile lists every record of the dataset: at most `RECORD_CAP` of each kind, the newest, and
each pane's count says how many the database holds. Here the cap is 5, so the bundled data exceeds it."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

import pytest

from caviewer.profile import repository as profile_module
from caviewer.profile.model import BASIC_INDICATORS
from caviewer.store import Store

CAP = 5
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def raw(store: Store) -> Iterator[sqlite3.Connection]:
    """The database read directly, not through the store, for the expected counts."""
    with contextlib.closing(sqlite3.connect(store.path)) as conn:
        yield conn


@pytest.fixture
def capped_window(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(profile_module, "RECORD_CAP", CAP)
    window = request.getfixturevalue("window")
    assert window.select_country("CHN")
    return window


def _count(raw: sqlite3.Connection, sql: str) -> int:
    return int(raw.execute(sql).fetchone()[0])


def _shown(window, pane: str) -> tuple[list[object], str]:  # type: ignore[no-untyped-def]
    window.show_pane(pane)
    view = window.pane(pane).view()
    return view.records(), view.count_text()


def test_store_limit_returns_the_newest_records(store: Store, raw: sqlite3.Connection) -> None:
    for kind, key in (("events", "event_id"), ("agreements", "agreement_id"), ("ties", "tie_id")):
        every = getattr(store, kind)("CHN")
        newest = sorted(every, key=lambda r, k=key: (r.date, getattr(r, k)), reverse=True)[:CAP]
        capped = getattr(store, kind)("CHN", CAP)
        assert capped == sorted(newest, key=lambda r, k=key: (r.date, getattr(r, k))), kind
        assert store.count(kind, "CHN") == len(every) > CAP
        assert store.count(kind, "KAZ") == len(getattr(store, kind)("KAZ"))
    projects = store.projects("CHN", CAP)
    latest = {p.project_id: max((m.date for m in p.milestones), default="") for p in store.projects("CHN")}
    newest_projects = sorted(latest, key=lambda i: (latest[i], i), reverse=True)[:CAP]
    assert len(projects) == CAP and {p.project_id for p in projects} == set(newest_projects)
    assert store.count("projects", "CHN") == _count(raw, "SELECT count(*) FROM projects")
    figures = store.figures("CHN", CAP)
    assert len(figures) == CAP and all(f.scope_iso3 == "CHN" for f in figures)  # its own first
    assert sum(store.figure_counts("CHN").values()) == _count(raw, "SELECT count(*) FROM figures")


def test_china_panes_hold_the_newest_records_and_say_of_how_many(  # type: ignore[no-untyped-def]
    capped_window, store: Store, raw: sqlite3.Connection
) -> None:
    ties, text = _shown(capped_window, "people")
    assert {t.tie_id for t in ties} == {t.tie_id for t in store.ties("CHN", CAP)}
    assert text == f"Showing the latest {CAP} of {_count(raw, 'SELECT count(*) FROM ties')}"

    projects, text = _shown(capped_window, "projects")
    assert [p.project_id for p in projects] == [p.project_id for p in store.projects("CHN", CAP)]
    assert text == f"Showing the latest {CAP} of {_count(raw, 'SELECT count(*) FROM projects')}"

    rows, text = _shown(capped_window, "agreements")
    events = _count(raw, "SELECT count(DISTINCT event_id) FROM event_countries")
    agreements = _count(raw, "SELECT count(DISTINCT agreement_id) FROM agreement_parties")
    newest = {e.event_id for e in store.events("CHN", CAP)} | {
        a.agreement_id for a in store.agreements("CHN", CAP)
    }
    assert {r.key for r in rows} == newest
    assert text == f"Showing the latest {2 * CAP} of {events + agreements}"

    marks = ", ".join("?" for _ in BASIC_INDICATORS)
    basic = raw.execute(f"SELECT count(*) FROM figures WHERE indicator IN ({marks})", BASIC_INDICATORS)
    basic_total = int(basic.fetchone()[0])
    figures = store.figures("CHN", CAP)
    loaded_basic = sum(f.indicator in BASIC_INDICATORS for f in figures)
    finance, text = _shown(capped_window, "finance")
    other_total = _count(raw, "SELECT count(*) FROM figures") - basic_total
    assert len(finance) == CAP - loaded_basic
    assert text == f"Showing the latest {CAP - loaded_basic} of {other_total}"
    overview, text = _shown(capped_window, "overview")
    facts = len(store.facts("CHN"))
    assert len(overview) == facts + loaded_basic
    assert text == f"Showing the latest {facts + loaded_basic} of {facts + basic_total}"


def test_filtering_a_capped_pane_keeps_the_total(capped_window, store: Store) -> None:  # type: ignore[no-untyped-def]
    capped_window.show_pane("people")
    view = capped_window.pane("people").view()
    title = store.ties("CHN", CAP)[0].title
    view.set_filter_text(title)
    shown = len([t for t in store.ties("CHN", CAP) if title.casefold() in t.title.casefold()])
    assert view.count_text().startswith(f"{shown} of the latest {CAP} of ")


def test_other_entries_are_not_capped(capped_window, store: Store) -> None:  # type: ignore[no-untyped-def]
    assert capped_window.select_country("KAZ")
    ties, text = _shown(capped_window, "people")
    total = len(store.ties("KAZ"))
    assert total > CAP and len(ties) == total and text == f"{total} of {total}"
