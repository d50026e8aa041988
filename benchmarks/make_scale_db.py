"""Write synthetic caviewer databases at N times the bundled one, for the scale benchmarks.

`python benchmarks/make_scale_db.py 10 100 [--output DIR]` copies data/caviewer.sqlite (the real schema,
the real rows) and adds N-1 relabelled copies of every record: copy i gets ids suffixed `.s<i>`, its own
sources, and its own five synthetic states (`KAZ.s<i>`, ...), so the entry list grows N-fold while each
state keeps its own amount of data. Records of the region (CA5) and of China (CHN) stay attached to them,
so China's "everything" profile grows N-fold too; their trade rows become higher ranks (other published
values), which the charts do not plot. The result passes the validator (checked unless --no-validate).
Writes only into DIR (default benchmarks/results/scale, git-ignored), never into data/.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "data" / "caviewer.sqlite"
DEFAULT_OUTPUT = ROOT / "benchmarks" / "results" / "scale"

KEEP = ("CA5", "CHN")  # entries that are not copied: copies attach to them
ID_COLUMNS = {
    "source_id",
    "caveat_id",
    "product_row_id",
    "partner_row_id",
    "lending_id",
    "target_id",
    "fact_id",
    "figure_id",
    "event_id",
    "agreement_id",
    "project_id",
    "parent_id",
    "milestone_id",
    "metric_id",
    "tie_id",
}
ISO3_COLUMNS = {"iso3", "partner_iso3", "scope_iso3", "state_iso3", "recipient_iso3"}
NOT_COPIED = {"meta", "units"}
TRADE_ID_STEP = 1_000_000
SORT_STEP = 1_000


def _expression(table: str, column: str, copy: int) -> str:
    suffix = f"'.s{copy}'"
    if column in ID_COLUMNS:
        return f"{column} || {suffix}"  # NULL stays NULL
    if column in ISO3_COLUMNS:
        kept = ", ".join(f"'{k}'" for k in KEEP)
        return f"CASE WHEN {column} IN ({kept}) THEN {column} ELSE {column} || {suffix} END"
    if column == "trade_id":
        return f"trade_id + {copy * TRADE_ID_STEP}"
    if table == "countries" and column == "sort_order":
        return f"sort_order + {copy * SORT_STEP}"
    if table == "countries" and column == "name_en":
        return f"name_en || ' {copy}'"
    if table == "trade" and column == "rank":
        kept = ", ".join(f"'{k}'" for k in KEEP)
        return f"CASE WHEN partner_iso3 IN ({kept}) THEN rank + {copy * 100} ELSE rank END"
    return column


def _tables(conn: sqlite3.Connection) -> list[str]:
    """Every table in creation order, so that foreign keys point backwards."""
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")
    return [name for (name,) in rows if name not in NOT_COPIED]


def make(factor: int, output: Path) -> Path:
    """Write `<output>/scale-<factor>x.sqlite` and return its path."""
    output.mkdir(parents=True, exist_ok=True)
    target = output / f"scale-{factor}x.sqlite"
    temp = output / f".{target.name}.part"
    shutil.copyfile(BUNDLED, temp)
    with contextlib.closing(sqlite3.connect(temp)) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        tables = _tables(conn)
        columns = {
            t: [c[1] for c in conn.execute("SELECT * FROM pragma_table_info(?)", (t,))] for t in tables
        }
        with conn:
            for copy in range(1, factor):
                for table in tables:
                    cols = columns[table]
                    keep = f" AND iso3 NOT IN {KEEP!r}" if table == "countries" else ""
                    select = ", ".join(_expression(table, c, copy) for c in cols)
                    conn.execute(
                        f"INSERT INTO {table} ({', '.join(cols)}) SELECT {select} FROM {table} "
                        f"WHERE rowid <= ?{keep}",
                        (_original_rows(conn, table),),
                    )
            conn.execute("UPDATE meta SET value = ? WHERE key = 'data_version'", (f"scale-{factor}x",))
        assert not conn.execute("PRAGMA foreign_key_check").fetchall()
        conn.execute("VACUUM")
    temp.replace(target)
    return target


_ORIGINAL: dict[str, int] = {}


def _original_rows(conn: sqlite3.Connection, table: str) -> int:
    """The largest rowid of the bundled rows, so copies are made of the originals only."""
    if table not in _ORIGINAL:
        with contextlib.closing(sqlite3.connect(f"{BUNDLED.resolve().as_uri()}?mode=ro", uri=True)) as raw:
            _ORIGINAL[table] = raw.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0]
    return _ORIGINAL[table]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("factors", nargs="*", type=int, default=[1, 10, 100])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--no-validate", action="store_true")
    args = parser.parse_args(argv)
    if args.output.resolve().is_relative_to((ROOT / "data").resolve()):
        parser.error("refusing to write into data/")
    for factor in args.factors:
        start = time.perf_counter()
        path = make(factor, args.output)
        took = time.perf_counter() - start
        line = f"{path}: {path.stat().st_size / 1e6:.1f} MB in {took:.1f} s"
        if not args.no_validate:
            from caviewer.dataset.validate import validate

            problems = validate(path)
            line += f", {len(problems)} problem(s)" + (f": {problems[:3]}" if problems else "")
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
