"""Exports of the dataset itself (not of plot items): the whole-dataset dump as JSON or CSV, chart data.

JSON is one object `{"schema_version": N, "tables": {TABLE: [ROW, ...]}}`, each row keyed by column name,
with the ids of its sources under `source_ids` and its lists (countries, parties) as lists. CSV is one file
per table in a folder, in the same columns as the reviewable sources in data/, so a dump can be rebuilt.
The chart-data CSV holds one row per plotted value (`ChartValue`), built by the ui from the data, never
from plot items.
Files are written to a temporary name and renamed, never left half-written. Core layer: no Qt.
`csv`, `json` and `tempfile` are imported where used: the window imports this module for its error type
and atomic writes, and its start-up should not pay for them (~10 ms; benchmarks/RESULTS.md).
"""

from __future__ import annotations

import errno
import io
import math
import os
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from caviewer.domain import Flow, Reporter
from caviewer.schema import LOGICAL_TABLES, LogicalTable
from caviewer.store import Store

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportError(Exception):
    """An export could not be written; the message says where and why, in one line."""


def safe_cell(value: Any) -> Any:
    """Neutralise a text cell a spreadsheet would run as a formula; numbers pass unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def logical_rows(store: Store, table: LogicalTable) -> list[dict[str, Any]]:
    """The rows of a logical table with its lists and its source ids folded in."""
    lists: dict[str, dict[Any, list[str]]] = {}
    for column in table.lists:
        grouped: dict[Any, list[str]] = defaultdict(list)
        for row in store.table_rows(column.table):
            grouped[row[table.key]].append(row[column.value_column])
        lists[column.name] = grouped
    sources: dict[Any, list[str]] = defaultdict(list)
    if table.sources_table:
        for row in store.table_rows(table.sources_table):
            sources[row[table.key]].append(row["source_id"])
    rows = []
    for row in store.table_rows(table.name):
        key = row[table.key]
        for name, grouped in lists.items():
            row[name] = sorted(grouped.get(key, []))
        if table.sources_table:
            row["source_ids"] = sorted(sources.get(key, []))
        rows.append(row)
    return rows


def dump_json(store: Store) -> str:
    tables = {table.name: logical_rows(store, table) for table in LOGICAL_TABLES}
    import json

    return json.dumps(
        {"schema_version": store.info().schema_version, "tables": tables},
        ensure_ascii=False,
        indent=1,
    )


def table_csv(rows: Iterable[dict[str, Any]], columns: tuple[str, ...]) -> str:
    buffer = io.StringIO()
    import csv

    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        cells = []
        for column in columns:
            value = row.get(column)
            if isinstance(value, list):
                value = ";".join(value)
            cells.append("" if value is None else safe_cell(_plain_number(value)))
        writer.writerow(cells)
    return buffer.getvalue()


def _plain_number(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return ""  # a gap (a share given without its value) stays empty, never "nan"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        return int(value)
    return value


def write_atomically(path: Path, text: str) -> None:
    """Write `text` (UTF-8) to `path`, replacing it, as `write_bytes_atomically` does."""
    write_bytes_atomically(path, text.encode("utf-8"), overwrite=True)


def dump_csv_folder(store: Store, folder: Path) -> list[Path]:
    """One CSV per logical table in `folder` (created if needed); returns the files written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"Cannot create folder {folder}: {exc.strerror or exc}") from exc
    written = []
    for table in LOGICAL_TABLES:
        path = folder / f"{table.name}.csv"
        write_atomically(path, table_csv(logical_rows(store, table), table.csv_columns))
        written.append(path)
    return written


# -- chart data and atomic files ---------------------------------------------------------------------------

CHART_CSV_COLUMNS = (
    "country_iso3",
    "year",
    "reporter",
    "flow",
    "label",
    "value_usd",
    "share_pct",
    "estimate",
    "source_ids",
    "sources",
    "note",
)
_NAME_MAX = 255


@dataclass(frozen=True, slots=True)
class ChartValue:
    """One plotted value of a chart, as it goes into the chart-data CSV."""

    country_iso3: str
    year: int
    reporter: Reporter
    flow: Flow
    value_usd: float
    estimate: bool
    source_ids: tuple[str, ...]
    # The caveats on this value (a sourced explanation of a jump or a reporter gap), in words.
    note: str = ""
    # A share of the flow or of the state's trade (percent), where the chart is of shares.
    share_pct: float | None = None
    # What the row is of, where the country and flow do not say it: a product, a counterpart's name.
    label: str = ""


def chart_csv(
    values: Iterable[ChartValue], delimiter: str = ",", citations: Mapping[str, str] | None = None
) -> str:
    """The chart-data table as CSV (or tab-separated text with `delimiter="\\t"`), one row per value; the
    `sources` column names each row's sources by publisher, title and URL (`citations`, by source id)."""
    citations = citations or {}
    buffer = io.StringIO()
    import csv

    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(CHART_CSV_COLUMNS)
    for v in values:
        writer.writerow(
            [
                safe_cell(v.country_iso3),
                v.year,
                safe_cell(v.reporter),
                safe_cell(v.flow),
                safe_cell(v.label),
                _plain_number(v.value_usd),
                "" if v.share_pct is None else _plain_number(v.share_pct),
                int(v.estimate),
                safe_cell(";".join(v.source_ids)),
                safe_cell(" | ".join(citations.get(sid, sid) for sid in v.source_ids)),
                safe_cell(v.note),
            ]
        )
    return buffer.getvalue()


def check_target(path: Path, overwrite: bool) -> None:
    """Raise `ExportError` unless `path` names a file that may be written (and replaced if `overwrite`)."""
    name = path.name
    if not name or name in (".", "..") or "\x00" in str(path):
        raise ExportError(f"Not a valid file name: {str(path)!r}")
    size = len(os.fsencode(name))
    if size > _NAME_MAX:
        raise ExportError(f"File name is too long ({size} bytes, at most {_NAME_MAX}): {name[:40]}\u2026")
    if path.is_dir():
        raise ExportError(f"{path} is a folder; give a file name")
    if not path.parent.is_dir():
        if path.parent.exists():
            raise ExportError(f"Cannot write {path}: {path.parent} is not a folder")
        raise ExportError(f"Folder does not exist: {path.parent}")
    if path.exists() and not overwrite:
        raise ExportError(f"{path} exists and was not replaced")


def write_bytes_atomically(path: Path, data: bytes, overwrite: bool = True) -> None:
    """Write `data` to `path` through a temporary file in the same folder, then rename it.

    Nothing is left behind on failure: a full disk or a refused rename removes the temporary file. With
    `overwrite=False` an existing file is never replaced."""
    import tempfile

    check_target(path, overwrite)
    try:
        handle, temp = tempfile.mkstemp(prefix=".caviewer-", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise ExportError(f"Cannot write to folder {path.parent}: {exc.strerror or exc}") from exc
    try:
        os.fchmod(handle, 0o666 & ~_umask())  # mkstemp makes 0600; a user's export follows the umask
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if not overwrite and path.exists():
            raise FileExistsError(errno.EEXIST, "File exists", str(path))
        Path(temp).replace(path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise ExportError(f"Cannot write {path}: {exc.strerror or exc}") from exc


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_chart_csv(path: Path, values: Iterable[ChartValue], overwrite: bool = False) -> None:
    write_bytes_atomically(path, chart_csv(values).encode("utf-8"), overwrite)
