"""The store on the real bundled database: typed queries, read-only access, and its own error types."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from caviewer.domain import REPORTERS, STATES, Country, TradePoint
from caviewer.store import (
    SCHEMA_VERSION,
    DatabaseMissingError,
    ForeignDatabaseError,
    NotADatabaseError,
    SchemaVersionError,
    Store,
)


@pytest.fixture
def store() -> Store:
    opened = Store.open()
    yield opened
    opened.close()


def test_bundled_database_lists_region_states_and_china_in_order(store: Store) -> None:
    countries = store.countries()
    assert [c.iso3 for c in countries] == ["CA5", "KAZ", "KGZ", "TJK", "TKM", "UZB", "CHN"]
    assert all(isinstance(c, Country) and c.name_ru and c.name_zh and c.name_local for c in countries)
    assert all(c.source_ids for c in countries)


def test_country_lookup_by_iso3(store: Store) -> None:
    kaz = store.country("KAZ")
    assert kaz is not None and kaz.name_en == "Kazakhstan" and kaz.iso2 == "KZ"
    assert store.country("XXX") is None


def test_trade_holds_both_reporters_for_every_state(store: Store) -> None:
    points = store.trade(STATES)
    for iso3 in STATES:
        for reporter in REPORTERS:
            mine = [p for p in points if p.partner_iso3 == iso3 and p.reporter == reporter]
            assert mine, (iso3, reporter)
    assert all(isinstance(p, TradePoint) and p.source_ids for p in points)


def test_trade_values_match_the_raw_rows(store: Store, bundled_db: Path) -> None:
    with sqlite3.connect(bundled_db.resolve().as_uri() + "?mode=ro", uri=True) as raw:
        expected = raw.execute(
            "SELECT value_usd FROM trade WHERE partner_iso3 = 'KAZ' AND reporter = 'china' "
            "AND flow = 'total' AND period = '2024' AND rank = 1"
        ).fetchone()[0]
    found = [
        p
        for p in store.trade(["KAZ"])
        if p.reporter == "china" and p.flow == "total" and p.period == "2024" and p.rank == 1
    ]
    assert len(found) == 1 and found[0].value_usd == expected


def test_latest_trade_totals_are_annual_rank_one(store: Store) -> None:
    latest = store.latest_trade_totals("china")
    assert set(STATES) <= set(latest)
    for point in latest.values():
        assert point.is_annual and point.rank == 1 and point.flow == "total"


@pytest.mark.parametrize("reporter", REPORTERS)
def test_latest_trade_totals_are_each_entrys_newest_year(store: Store, reporter: str) -> None:
    """The list's figure is the newest annual rank-1 total of each entry, and entries without one have none
    (checked against every trade row the store holds for the entry)."""
    latest = store.latest_trade_totals(reporter)
    for country in store.countries():
        totals = [
            p
            for p in store.trade([country.iso3])
            if p.reporter == reporter and p.flow == "total" and p.rank == 1 and p.is_annual
        ]
        if not totals:
            assert country.iso3 not in latest
            continue
        assert latest[country.iso3] == max(totals, key=lambda p: p.year), country.iso3


def test_profile_queries_return_records_with_sources(store: Store) -> None:
    for iso3 in ("CA5", "KAZ", "TJK", "CHN"):
        for records in (
            store.figures(iso3),
            store.events(iso3),
            store.agreements(iso3),
            store.ties(iso3),
            store.projects(iso3),
            store.facts(iso3),
        ):
            assert all(r.source_ids for r in records)
    projects = {p.project_id: p for p in store.projects("KGZ")}
    railway = projects["pf-cku-railway"]
    assert railway.milestones and railway.metrics
    assert [m.date for m in railway.milestones] == sorted(m.date for m in railway.milestones)


def test_china_profile_sees_every_agreement(store: Store) -> None:
    everything = {a.agreement_id for a in store.agreements("CHN")}
    for iso3 in STATES:
        assert {a.agreement_id for a in store.agreements(iso3)} <= everything


def test_sources_resolve_citations(store: Store) -> None:
    seed = store.sources(["seed-li-2025"])
    assert len(seed) == 1
    assert "Nigel Li" in seed[0].citation() and "2025-06-25" in seed[0].citation()
    assert len(store.sources()) == store.info().source_count


def test_info_reports_versions(store: Store) -> None:
    info = store.info()
    assert info.schema_version == SCHEMA_VERSION
    assert info.data_version and info.as_of and info.source_count > 100


def test_connection_refuses_writes(store: Store) -> None:
    with pytest.raises(sqlite3.DatabaseError):
        store._conn.execute("DELETE FROM countries")
    with pytest.raises(sqlite3.DatabaseError):
        store._conn.execute("CREATE TABLE evil (x)")
    with pytest.raises(sqlite3.DatabaseError):
        store._conn.execute("ATTACH DATABASE ':memory:' AS other")


@pytest.mark.parametrize(
    "name", ["with space.sqlite", "hash#mark.sqlite", "question?.sqlite", "данные 数据.sqlite"]
)
def test_awkward_paths_open(tmp_path: Path, bundled_db: Path, name: str) -> None:
    target = tmp_path / name
    shutil.copyfile(bundled_db, target)
    with Store.open(target) as store:
        assert len(store.countries()) == 7


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DatabaseMissingError, match="not found"):
        Store.open(tmp_path / "nope.sqlite")


def test_folder_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(DatabaseMissingError):
        Store.open(tmp_path)


@pytest.mark.parametrize(
    ("content", "match"),
    [
        (b"", "empty"),
        (b"\x00\x01garbage" * 500, "not an SQLite"),
        (b"<!DOCTYPE html><html></html>" * 10, "not an SQLite"),
    ],
)
def test_not_sqlite(tmp_path: Path, content: bytes, match: str) -> None:
    path = tmp_path / "bad.sqlite"
    path.write_bytes(content)
    with pytest.raises(NotADatabaseError, match=match):
        Store.open(path)


def test_truncated(tmp_path: Path, bundled_db: Path) -> None:
    path = tmp_path / "cut.sqlite"
    path.write_bytes(bundled_db.read_bytes()[:40960])
    with pytest.raises(NotADatabaseError, match="truncated"):
        Store.open(path)


def test_another_programs_database(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    with pytest.raises(ForeignDatabaseError, match="Not a caviewer database"):
        Store.open(path)


def test_wrong_schema_version(db_copy: Path) -> None:
    with sqlite3.connect(db_copy) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(SchemaVersionError, match="version 99"):
        Store.open(db_copy)


def test_missing_table(db_copy: Path) -> None:
    with sqlite3.connect(db_copy) as conn:
        conn.execute("DROP TABLE ties_sources")
    with pytest.raises(ForeignDatabaseError, match="ties_sources"):
        Store.open(db_copy)


def test_missing_column(db_copy: Path) -> None:
    with sqlite3.connect(db_copy) as conn:
        conn.execute("ALTER TABLE sources DROP COLUMN measures")
    with pytest.raises(ForeignDatabaseError, match="measures"):
        Store.open(db_copy)


def test_views_and_triggers_are_refused(db_copy: Path) -> None:
    with sqlite3.connect(db_copy) as conn:
        conn.execute("CREATE VIEW sneaky AS SELECT * FROM countries")
    with pytest.raises(ForeignDatabaseError, match="view 'sneaky'"):
        Store.open(db_copy)
