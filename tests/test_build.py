"""The dataset build: deterministic, committed file up to date, shipped settings, declared keys."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from caviewer.dataset.build import BuildError, build
from caviewer.exports import dump_csv_folder, dump_json
from caviewer.schema import CITED_TABLES
from caviewer.store import SCHEMA_VERSION, Store

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"


def _logical(path: Path) -> str:
    with Store.open(path) as store:
        return dump_json(store)


def _source_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "src"
    folder.mkdir()
    for item in DATA.iterdir():
        if item.suffix in {".csv", ".sql"}:
            shutil.copyfile(item, folder / item.name)
    return folder


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("build") / "caviewer.sqlite"
    build(DATA, out)
    return out


def test_committed_database_is_not_stale(rebuilt: Path, bundled_db: Path) -> None:
    assert _logical(rebuilt) == _logical(bundled_db), (
        "data/caviewer.sqlite differs from its CSV sources: run python -m caviewer.dataset.build"
    )


def test_build_is_deterministic(rebuilt: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.sqlite"
    build(DATA, again)
    assert _logical(again) == _logical(rebuilt)


def test_shipped_file_settings(rebuilt: Path) -> None:
    with contextlib.closing(sqlite3.connect(rebuilt)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        meta = dict(conn.execute("SELECT key, value FROM meta"))
    assert meta["schema_version"] == str(SCHEMA_VERSION) and meta["data_version"] and meta["as_of"]


def test_foreign_keys_are_declared(rebuilt: Path) -> None:
    with contextlib.closing(sqlite3.connect(rebuilt)) as conn:
        for table in CITED_TABLES:
            parents = {row[2] for row in conn.execute(f"PRAGMA foreign_key_list({table.sources_table})")}
            assert parents == {table.name, "sources"}, table.sources_table
        assert {r[2] for r in conn.execute("PRAGMA foreign_key_list(trade)")} == {"countries"}


def test_csv_dump_rebuilds_to_the_same_database(tmp_path: Path, bundled_db: Path) -> None:
    folder = tmp_path / "dump"
    with Store.open(bundled_db) as store:
        dump_csv_folder(store, folder)
    shutil.copyfile(DATA / "schema.sql", folder / "schema.sql")
    build(folder, tmp_path / "round.sqlite")
    assert _logical(tmp_path / "round.sqlite") == _logical(bundled_db)


def test_uncited_row_is_refused(tmp_path: Path) -> None:
    source = _source_copy(tmp_path)
    lines = (source / "ties.csv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    assert header[-1] == "source_ids"
    lines.append("tie-x,KAZ,visa,2020,Uncited,,,,")
    (source / "ties.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(BuildError, match="cites no source"):
        build(source, tmp_path / "out.sqlite")
    assert not (tmp_path / "out.sqlite").exists()


def test_unknown_source_is_refused(tmp_path: Path) -> None:
    source = _source_copy(tmp_path)
    with (source / "ties.csv").open("a", encoding="utf-8") as handle:
        handle.write("tie-y,KAZ,visa,2020,Bad source,,,,no-such-source\n")
    with pytest.raises(BuildError, match="FOREIGN KEY"):
        build(source, tmp_path / "out.sqlite")


def test_unknown_unit_is_refused(tmp_path: Path) -> None:
    source = _source_copy(tmp_path)
    with (source / "figures.csv").open("a", encoding="utf-8") as handle:
        handle.write("fig-z,KAZ,population,2020,1,5,furlongs,0,,,seed-li-2025\n")
    with pytest.raises(BuildError, match="FOREIGN KEY"):
        build(source, tmp_path / "out.sqlite")


def test_failed_build_keeps_the_old_file(tmp_path: Path, bundled_db: Path) -> None:
    source = _source_copy(tmp_path)
    out = tmp_path / "keep.sqlite"
    shutil.copyfile(bundled_db, out)
    before = out.read_bytes()
    (source / "trade.csv").write_text("partner_iso3,period\nKAZ,notayear\n", encoding="utf-8")
    with pytest.raises(BuildError):
        build(source, out)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".build-")] == []
