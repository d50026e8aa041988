"""The command line in a subprocess: versions, dumps, check-db, and clean failures on bad input."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from pathlib import Path

import pytest
from tests.conftest import assert_clean_failure, run_cli

from caviewer import __version__
from caviewer.schema import LOGICAL_TABLES
from caviewer.store import SCHEMA_VERSION

TEST_DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def json_dump() -> dict:
    result = run_cli("dump", "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_version_names_app_and_data() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert f"caviewer {__version__}" in result.stdout
    assert "data version" in result.stdout and f"schema {SCHEMA_VERSION}" in result.stdout


def test_help_lists_commands() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    assert "dump" in result.stdout and "check-db" in result.stdout and "--db" in result.stdout


def test_json_dump_shape(json_dump: dict) -> None:
    assert json_dump["schema_version"] == SCHEMA_VERSION
    assert set(json_dump["tables"]) == {t.name for t in LOGICAL_TABLES}
    for table in LOGICAL_TABLES:
        rows = json_dump["tables"][table.name]
        assert rows, table.name
        if table.sources_table:
            assert all(isinstance(r["source_ids"], list) and r["source_ids"] for r in rows), table.name


def _seed_facts() -> dict[str, dict[str, str]]:
    with (TEST_DATA / "seed_facts.csv").open(encoding="utf-8") as handle:
        return {row["id"]: row for row in csv.DictReader(handle)}


def _crosswalk() -> list[dict[str, str]]:
    with (TEST_DATA / "seed_crosswalk.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_every_seed_fact_is_in_the_dump_with_its_source(json_dump: dict) -> None:
    facts = _seed_facts()
    crosswalk = _crosswalk()
    assert sorted(c["fact_id"] for c in crosswalk) == sorted(facts), "every seed fact needs a crosswalk row"
    keys = {t.name: t.key for t in LOGICAL_TABLES}
    for entry in crosswalk:
        rows = [r for r in json_dump["tables"][entry["table"]] if r[keys[entry["table"]]] == entry["key"]]
        assert len(rows) == 1, entry
        row = rows[0]
        assert "seed-li-2025" in row["source_ids"], entry
        fact = facts[entry["fact_id"]]
        if fact["value"]:
            stored = row.get("value", row.get("value_usd"))
            assert stored == pytest.approx(float(fact["value"])), (entry, stored, fact["value"])
            assert row.get("unit") is not None, entry


def test_seed_source_is_cited_as_the_article(json_dump: dict) -> None:
    seed = next(s for s in json_dump["tables"]["sources"] if s["source_id"] == "seed-li-2025")
    assert seed["title"] == "Beijing Strengthens Ties with Central Asia at Second Regional Summit"
    assert seed["author"] == "Nigel Li" and seed["published"] == "2025-06-25"
    assert seed["publisher"] is None


def test_json_dump_to_file(tmp_path: Path) -> None:
    out = tmp_path / "dump.json"
    result = run_cli("dump", "--output", out)
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION
    again = run_cli("dump", "--output", out)
    assert "exists" in assert_clean_failure(again)
    assert run_cli("dump", "--output", out, "--force").returncode == 0


def test_csv_dump_writes_one_file_per_table(tmp_path: Path) -> None:
    folder = tmp_path / "csv"
    result = run_cli("dump", "--format", "csv", "--output", folder)
    assert result.returncode == 0, result.stderr
    assert sorted(p.stem for p in folder.glob("*.csv")) == sorted(t.name for t in LOGICAL_TABLES)
    with (folder / "trade.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and all(r["source_ids"] for r in rows)


def test_csv_dump_needs_a_folder() -> None:
    assert "--output" in assert_clean_failure(run_cli("dump", "--format", "csv"))


def test_check_db_passes_on_the_bundled_file() -> None:
    result = run_cli("check-db")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("ok:")


@pytest.mark.parametrize("kind", ["truncated", "random", "empty", "html", "missing"])
def test_check_db_on_unreadable_files(tmp_path: Path, bundled_db: Path, kind: str) -> None:
    path = tmp_path / f"{kind}.sqlite"
    if kind == "truncated":
        path.write_bytes(bundled_db.read_bytes()[:50000])
    elif kind == "random":
        path.write_bytes(os.urandom(65536))
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "html":
        path.write_text("<html><body>404 Not Found</body></html>", encoding="utf-8")
    before = path.read_bytes() if path.exists() else None
    # An unsound file is a finding of the check (exit 1); a missing one leaves nothing to check (exit 2).
    line = assert_clean_failure(run_cli("check-db", path), 2 if kind == "missing" else 1)
    assert str(path) in line
    if before is not None:
        assert path.read_bytes() == before


def test_check_db_lists_problems_and_exits_1(db_copy: Path) -> None:
    with sqlite3.connect(db_copy) as conn:
        conn.execute("DELETE FROM ties_sources WHERE tie_id = 'cf-tie-kaz-visa-2023'")
    result = run_cli("check-db", db_copy)
    assert result.returncode == 1
    assert "cf-tie-kaz-visa-2023" in result.stdout and "Traceback" not in result.stderr


def test_db_option_reads_another_file(db_copy: Path) -> None:
    with sqlite3.connect(db_copy) as conn:
        conn.execute("UPDATE meta SET value = 'test-9' WHERE key = 'data_version'")
    result = run_cli("--db", db_copy, "--version")
    assert result.returncode == 0 and "data version test-9" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["--no-such-option"],
        ["dump", "--format", "xml"],
        ["dump", "--output"],
        ["check-db", "a", "b"],
        ["frobnicate"],
        ["--db"],
    ],
)
def test_bad_arguments_fail_in_one_line(args: list[str]) -> None:
    line = assert_clean_failure(run_cli(*args))
    assert line.startswith("caviewer")


def test_missing_db_fails_in_one_line(tmp_path: Path) -> None:
    line = assert_clean_failure(run_cli("--db", tmp_path / "none.sqlite", "dump"))
    assert "not found" in line


def test_output_under_a_file_instead_of_a_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "plain.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    line = assert_clean_failure(run_cli("dump", "--output", blocker / "d.json"))
    assert f"Cannot write {blocker / 'd.json'}: {blocker} is not a folder" in line
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_output_into_missing_folder(tmp_path: Path) -> None:
    line = assert_clean_failure(run_cli("dump", "--output", tmp_path / "no" / "such" / "d.json"))
    assert f"Folder does not exist: {tmp_path / 'no' / 'such'}" in line
