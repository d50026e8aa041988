"""A database that is ours in shape but not in content, through the real command line and `Store`.

An extra column is ignored everywhere (the window, check-db, dump and export all work and agree). Text in a
numeric column is refused with one line and exit 2 by every command that reaches it, never a traceback, an
internal error or a crash in the plot.
"""

from __future__ import annotations

import contextlib
import csv
import json
import shutil
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import pytest
from tests.conftest import BUNDLED_DB, assert_clean_failure, run_cli

from caviewer.store import ForeignDatabaseError, Store

pytestmark = pytest.mark.slow

_KAZ_TRADE = "SELECT min(trade_id) FROM trade WHERE partner_iso3 = 'KAZ' AND flow = 'total' AND rank = 1"


def _altered(folder: Path, *statements: str) -> Path:
    path = folder / "data.sqlite"
    shutil.copyfile(BUNDLED_DB, path)
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        for statement in statements:
            conn.execute(statement)
    return path


@pytest.fixture(scope="module")
def extra_columns(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _altered(
        tmp_path_factory.mktemp("extra"),
        "ALTER TABLE countries ADD COLUMN flag TEXT DEFAULT 'x'",
        "ALTER TABLE sources ADD COLUMN licence TEXT DEFAULT 'cc-by'",
        "ALTER TABLE projects ADD COLUMN budget REAL DEFAULT 1.5",
    )


@pytest.fixture(scope="module")
def text_in_value_usd(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _altered(
        tmp_path_factory.mktemp("text"), f"UPDATE trade SET value_usd = 'abc' WHERE trade_id = ({_KAZ_TRADE})"
    )


# -- an extra column: ignored -----------------------------------------------------------------------


def test_store_ignores_an_extra_column(extra_columns: Path) -> None:
    with Store.open(extra_columns) as store, Store.open(BUNDLED_DB) as bundled:
        assert store.countries() == bundled.countries()
        assert store.sources() == bundled.sources()
        assert store.projects("CHN") == bundled.projects("CHN")
        assert list(store.table_rows("countries")) == list(bundled.table_rows("countries"))


def test_check_db_passes_an_extra_column(extra_columns: Path) -> None:
    result = run_cli("check-db", extra_columns)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok: ")


def test_dump_leaves_out_an_extra_column(extra_columns: Path, tmp_path: Path) -> None:
    result = run_cli("--db", extra_columns, "dump")
    assert result.returncode == 0, result.stderr
    assert "flag" not in json.loads(result.stdout)["tables"]["countries"][0]
    result = run_cli("--db", extra_columns, "dump", "--format", "csv", "--output", tmp_path / "csv")
    assert result.returncode == 0, result.stderr
    with (tmp_path / "csv" / "sources.csv").open(encoding="utf-8") as handle:
        assert "licence" not in next(csv.reader(handle))


def test_window_and_export_work_with_an_extra_column(extra_columns: Path, tmp_path: Path) -> None:
    shot = run_cli("--db", extra_columns, "--screenshot", tmp_path / "w.png", "--pane", "projects")
    assert shot.returncode == 0, shot.stderr
    assert shot.stderr == ""
    assert (tmp_path / "w.png").read_bytes().startswith(b"\x89PNG")
    export = run_cli("--db", extra_columns, "export", "--country", "KAZ", "--output", tmp_path / "k.png")
    assert export.returncode == 0, export.stderr


# -- text in a numeric column: refused in one line --------------------------------------------------


def test_store_refuses_text_when_it_reads_the_row(text_in_value_usd: Path) -> None:
    with Store.open(text_in_value_usd) as store:  # opening does not scan trade (see store.py)
        with pytest.raises(ForeignDatabaseError, match=r"'trade' column 'value_usd' holds 'abc'"):
            store.trade(["KAZ"])
        with pytest.raises(ForeignDatabaseError, match="value_usd"):
            store.check_numbers()
        assert store.trade(["UZB"])  # the other entries read as before


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE countries SET sort_order = 'first' WHERE iso3 = 'KAZ'",
        "UPDATE countries SET sort_order = NULL WHERE iso3 = 'KAZ'",
    ],
)
def test_store_refuses_a_bad_sort_order_on_opening(tmp_path: Path, statement: str) -> None:
    # A table built without the NOT NULL constraint, as another tool might write it.
    path = _altered(
        tmp_path,
        "PRAGMA legacy_alter_table = ON",
        "PRAGMA foreign_keys = OFF",
        "CREATE TABLE c2 AS SELECT * FROM countries",
        "DROP TABLE countries",
        "ALTER TABLE c2 RENAME TO countries",
        statement,
    )
    with pytest.raises(ForeignDatabaseError, match="'countries' column 'sort_order'"):
        Store.open(path)


def test_null_is_allowed_where_the_schema_allows_it(tmp_path: Path) -> None:
    path = _altered(tmp_path, "UPDATE ties SET value = NULL, unit = NULL")
    with Store.open(path) as store:
        store.check_numbers()
        assert all(t.value is None for t in store.ties("CHN"))


@pytest.mark.parametrize(
    "command",
    [
        ["check-db", "{db}"],
        ["--db", "{db}", "dump"],
        ["--db", "{db}", "dump", "--format", "csv", "--output", "{out}/csv"],
        ["--db", "{db}", "export", "--country", "KAZ", "--output", "{out}/k.png"],
        ["--db", "{db}", "export", "--all", "--format", "csv", "--output", "{out}/all"],
        ["--db", "{db}", "--screenshot", "{out}/w.png", "--country", "KAZ", "--pane", "trade"],
    ],
    ids=["check-db", "dump", "dump-csv", "export", "export-all", "screenshot"],
)
def test_text_in_value_usd_is_one_clear_line(
    text_in_value_usd: Path, tmp_path: Path, command: list[str]
) -> None:
    args = [part.format(db=text_in_value_usd, out=tmp_path) for part in command]
    # check-db reports the unsound file as its finding (exit 1); the other commands refuse it (exit 2).
    line = assert_clean_failure(run_cli(*args), 1 if command[0] == "check-db" else 2)
    assert "internal error" not in line
    assert "'trade' column 'value_usd' holds 'abc', not a number" in line, line
    assert not (tmp_path / "w.png").exists() and not (tmp_path / "k.png").exists()


def test_opening_checks_only_the_entries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening type-checks only the entries the list shows at once; scanning every table is the
    validator's job (`Store.check_numbers()`), so opening does not grow with the trade and record tables."""
    checked: list[tuple[str, ...] | None] = []
    original = Store.check_numbers

    def spy(self: Store, tables: Sequence[str] | None = None) -> None:
        checked.append(None if tables is None else tuple(tables))
        original(self, tables)

    monkeypatch.setattr(Store, "check_numbers", spy)
    Store.open(BUNDLED_DB).close()
    assert checked == [("countries",)]
