"""Turn the CSV sources in data/ into data/caviewer.sqlite, deterministically.

`python -m caviewer.dataset.build [--source DIR] [--output FILE]`. Rows are loaded in key order, trade
rows get ids from their sorted natural key, foreign keys are enforced while loading, and the result is
validated before it replaces the old file (written to a temporary name, then renamed). The file ships in
DELETE journal mode with `PRAGMA user_version` set to the schema version.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import os
import sqlite3
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from caviewer import bundled
from caviewer.dataset.validate import validate
from caviewer.schema import LOGICAL_TABLES, LogicalTable
from caviewer.store import SCHEMA_VERSION, StoreError


class BuildError(Exception):
    """The CSV sources cannot be built; the message names the file and row."""


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _year(text: str, where: str) -> int:
    head = text[:4]
    if not head.isdigit():
        raise BuildError(f"{where}: cannot read a year from {text!r}")
    return int(head)


def _value(table: LogicalTable, column: str, text: str, where: str) -> Any:
    if text == "":
        return None
    if column not in table.numeric:
        return text
    try:
        number = float(text)
    except ValueError as exc:
        raise BuildError(f"{where}: column {column} is not a number: {text!r}") from exc
    return int(number) if column in _INTEGER_COLUMNS else number


_INTEGER_COLUMNS = frozenset(
    {
        "rank",
        "estimate",
        "sort_order",
        "year_from",
        "year_to",
        "commitment_year",
        "recommended_for_totals",
        "target_year",
        "polygon",
        "ring",
        "part",
        "approximate",
    }
)


def _sort_key(table: LogicalTable, row: dict[str, str]) -> tuple[Any, ...]:
    if table.name == "trade":
        return (
            row["partner_iso3"],
            _year(row["period"], "trade"),
            row["period"],
            row["reporter"],
            row["flow"],
            int(row["rank"] or 1),
        )
    if table.name == "countries":
        return (int(row["sort_order"]),)
    return (row[table.key],)


def _load_table(conn: sqlite3.Connection, table: LogicalTable, rows: Iterable[dict[str, str]]) -> int:
    count = 0
    for number, row in enumerate(sorted(rows, key=lambda r: _sort_key(table, r)), start=1):
        where = f"data/{table.name}.csv ({row.get(table.key) or f'sorted row {number}'})"
        missing = [c for c in table.csv_columns if c not in row]
        if missing:
            raise BuildError(f"data/{table.name}.csv lacks column(s) {', '.join(missing)}")
        values = {c: _value(table, c, row[c], where) for c in table.columns}
        if table.name == "trade":
            values = {"trade_id": number, **values}
        if table.year_from:
            values["year"] = _year(row[table.year_from], where)
        _fill_defaults(table, values)
        names = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        try:
            conn.execute(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", tuple(values.values()))
            key = values[table.key]
            for column in table.lists:
                for item in _split(row[column.name]):
                    conn.execute(
                        f"INSERT INTO {column.table} ({table.key}, {column.value_column}) VALUES (?, ?)",
                        (key, item),
                    )
            if table.sources_table:
                ids = _split(row["source_ids"])
                if not ids:
                    raise BuildError(f"{where}: cites no source")
                for source_id in ids:
                    conn.execute(
                        f"INSERT INTO {table.sources_table} ({table.key}, source_id) VALUES (?, ?)",
                        (key, source_id),
                    )
        except sqlite3.IntegrityError as exc:
            raise BuildError(f"{where}: {exc}") from exc
        count += 1
    return count


def _fill_defaults(table: LogicalTable, values: dict[str, Any]) -> None:
    """The schema's defaults for empty cells (an empty rank is 1, except in a product list, which may name
    goods without ranking them; an empty flag is 0)."""
    for column in ("estimate", "recommended_for_totals", "approximate"):
        if column in values and values[column] is None:
            values[column] = 0
    if "rank" in values and values["rank"] is None and table.name != "trade_products":
        values["rank"] = 1


def _split(text: str) -> list[str]:
    return sorted({part.strip() for part in text.split(";") if part.strip()})


def build(source_dir: Path, output: Path) -> dict[str, int]:
    """Build `output` from the CSV files in `source_dir`; return the row count of each table."""
    schema = (source_dir / bundled.SCHEMA_NAME).read_text(encoding="utf-8")
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".build-", suffix=".sqlite", dir=output.parent)
    os.close(handle)
    temp = Path(temp_name)
    counts: dict[str, int] = {}
    try:
        with contextlib.closing(sqlite3.connect(temp)) as conn:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.executescript(schema)
            with conn:
                for table in LOGICAL_TABLES:
                    path = source_dir / f"{table.name}.csv"
                    if not path.exists():
                        raise BuildError(f"missing source file {path}")
                    counts[table.name] = _load_table(conn, table, read_csv(path))
                conn.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                    (str(SCHEMA_VERSION),),
                )
                violations = conn.execute("PRAGMA foreign_key_check").fetchall()
                if violations:
                    raise BuildError(f"foreign key violations: {violations[:5]}")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("VACUUM")
        try:
            problems = validate(temp)
        except StoreError as exc:
            raise BuildError(f"the built database cannot be read back: {exc}") from exc
        if problems:
            raise BuildError("the built database fails validation:\n  " + "\n  ".join(problems))
        temp.chmod(0o644)  # mkstemp makes it private; the shipped file is world-readable
        temp.replace(output)
    finally:
        temp.unlink(missing_ok=True)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m caviewer.dataset.build", description=__doc__)
    parser.add_argument(
        "--source",
        type=Path,
        default=bundled.source_data_dir(),
        help="folder holding schema.sql and the CSV files (default: data/)",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=None,
        help="database to write (default: caviewer.sqlite in the source folder)",
    )
    args = parser.parse_args(argv)
    output = args.output or args.source / bundled.DATABASE_NAME
    try:
        counts = build(args.source, output)
    except (BuildError, OSError) as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 2
    summary = ", ".join(f"{name} {n}" for name, n in counts.items())
    print(f"wrote {output}: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
