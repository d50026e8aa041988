"""The dataset validator: what a reviewer would check, run on a built SQLite file.

`validate(path)` returns a list of one-line problems (empty when the file is sound). It opens the file
read-only through the store, so a file that is not ours is refused before anything else reads it, then
checks integrity, foreign keys, citations, units, years, keys and trade arithmetic.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from datetime import date
from pathlib import Path

from caviewer.dataset import geodata, plausibility
from caviewer.formatting import UNIT_LABELS
from caviewer.schema import CITED_TABLES, LOGICAL_TABLES
from caviewer.store import Store, connect_read_only

FIRST_YEAR = 1991  # the five states became independent in 1991
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_PERIOD = re.compile(r"^\d{4}(-\d{2})?(\.\.\d{4}(-\d{2})?)?$")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_TOTAL_TOLERANCE = 0.02
# What a citation's publisher, author, title or place may not contain: the host of a mirror or code
# repository, "(via ...)", a file name or a path. Those belong in `retrieved_via`.
_NOT_A_CITATION = re.compile(
    r"github|gitlab|bitbucket|datahub|huggingface|\bcommit\b"
    r"|\.(?:csv|json|xlsx?|txt|zip|py|md|sqlite)\b|\b[\w.-]+/[\w.-]+/[\w.-]+",
    re.IGNORECASE,
)
# "(via MENAFN)" in a publisher or author names the copy, not the work; in a title or a section heading
# ("From Ukraine to Russia via Georgia") the word is the work's own.
_VIA = re.compile(r"\bvia\b", re.IGNORECASE)
_MIRROR_URL = re.compile(r"^https?://(?:[\w-]+\.)*(?:github\.com|githubusercontent\.com|gitlab\.com)/", re.I)
# Longest text a caveat may carry: it is shown beside the chart and in every export's notes.
_CAVEAT_TEXT_MAX = 700
_CAVEAT_SUMMARY_MAX = 90


def validate(path: Path) -> list[str]:
    """Every problem found in the database at `path`, one line each.

    Raises `StoreError` when the file cannot be read as a caviewer database at all (missing, not SQLite,
    truncated, another program's, another schema version, text in a numeric column): nothing else is
    checked then.
    """
    store = Store.open(path)
    with store, contextlib.closing(_connect(path)) as conn:
        # Text in a numeric column is refused as the store refuses it (one line, no list of problems):
        # the checks below compare numbers and would fail on it. Opening skips the large tables; this
        # checks every table.
        store.check_numbers()
        try:
            return _check_all(conn)
        except sqlite3.DatabaseError as exc:
            return [f"Database is damaged or unreadable ({exc}): {path}"]


def _connect(path: Path) -> sqlite3.Connection:
    return connect_read_only(path)


def _check_all(conn: sqlite3.Connection) -> list[str]:
    problems: list[str] = []
    problems += _integrity(conn)
    if problems:
        return problems
    problems += _foreign_keys(conn)
    problems += _finite_numbers(conn)
    problems += _text_lengths(conn)
    problems += _citations(conn)
    problems += _sources(conn)
    problems += _units(conn)
    problems += _dates_and_years(conn)
    problems += _keys(conn)
    problems += _trade(conn)
    problems += _caveats(conn)
    problems += _shares(conn)
    problems += _target_refs(conn)
    problems += plausibility.check(conn)
    problems += geodata.check(conn)
    problems += _meta(conn)
    problems += _formula_text(conn)
    return problems


def _integrity(conn: sqlite3.Connection) -> list[str]:
    result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    return [] if result == ["ok"] else [f"integrity: {line}" for line in result[:10]]


def _foreign_keys(conn: sqlite3.Connection) -> list[str]:
    return [
        f"orphan row: {table} rowid {rowid} points to a missing row of {parent}"
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
    ]


def _citations(conn: sqlite3.Connection) -> list[str]:
    problems = []
    for table in CITED_TABLES:
        uncited = conn.execute(
            f"SELECT {table.key} FROM {table.name} t WHERE NOT EXISTS "
            f"(SELECT 1 FROM {table.sources_table} s WHERE s.{table.key} = t.{table.key}) "
            f"ORDER BY {table.key}"
        ).fetchall()
        problems += [f"{table.name} {key!r} cites no source" for (key,) in uncited]
    return problems


def _sources(conn: sqlite3.Connection) -> list[str]:
    problems = []
    for source_id, publisher, author, title, url, via, dataset_id, place in conn.execute(
        "SELECT source_id, publisher, author, title, url, retrieved_via, dataset_id, place "
        "FROM sources ORDER BY source_id"
    ):
        if not (title or "").strip():
            problems.append(f"source {source_id!r} has no title")
        if not any((url, via, dataset_id, place)):
            problems.append(f"source {source_id!r} has no URL, retrieved-via, dataset id or place")
        for column, text in (
            ("publisher", publisher),
            ("author", author),
            ("title", title),
            ("place", place),
        ):
            found = _NOT_A_CITATION.search(text or "")
            if found:
                problems.append(
                    f"source {source_id!r}: {column} names a mirror, repository, file or path "
                    f"({found.group(0)!r}); put it in retrieved_via"
                )
        # A project published only on a code-hosting site is read at its own address (no retrieved-via);
        # any other code-hosting address is a copy.
        if url and via and _MIRROR_URL.match(url):
            problems.append(
                f"source {source_id!r}: url is a code-hosting copy, not the publisher's own address; "
                "put it in retrieved_via"
            )
    cited = " UNION ".join(f"SELECT source_id FROM {t.sources_table}" for t in CITED_TABLES)
    for (source_id,) in conn.execute(
        f"SELECT source_id FROM sources WHERE source_id NOT IN ({cited}) ORDER BY source_id"
    ):
        problems.append(f"source {source_id!r} is cited by no record")
    return problems


def _units(conn: sqlite3.Connection) -> list[str]:
    problems = [
        f"unit {unit!r} is not in the known list"
        for (unit,) in conn.execute("SELECT unit FROM units ORDER BY unit")
        if unit not in UNIT_LABELS
    ]
    for table in ("figures", "project_metrics", "ties"):
        for key, unit in conn.execute(
            f"SELECT rowid, unit FROM {table} WHERE unit IS NOT NULL AND unit NOT IN (SELECT unit FROM units)"
        ):
            problems.append(f"{table} row {key}: unknown unit {unit!r}")
    return problems


def _dates_and_years(conn: sqlite3.Connection) -> list[str]:
    problems = []
    last_year = date.today().year
    for table in LOGICAL_TABLES:
        column = table.year_from
        if column is None:
            continue
        pattern = _PERIOD if column == "period" else _DATE
        for key, text, year in conn.execute(f"SELECT {table.key}, {column}, year FROM {table.name}"):
            if not pattern.match(text or ""):
                problems.append(f"{table.name} {key!r}: {column} {text!r} is not an ISO date or period")
            elif int(text[:4]) != year:
                problems.append(f"{table.name} {key!r}: year {year} does not match {column} {text!r}")
            if not FIRST_YEAR <= year <= last_year:
                problems.append(f"{table.name} {key!r}: implausible year {year}")
    for key, text in conn.execute("SELECT milestone_id, date FROM project_milestones"):
        if not _DATE.match(text or "") or not 1990 <= int(text[:4]) <= last_year + 10:
            problems.append(f"project_milestones {key!r}: bad date {text!r}")
    return problems


def _keys(conn: sqlite3.Connection) -> list[str]:
    problems = []
    for table in LOGICAL_TABLES:
        if table.name in ("trade", "meta", "units", "countries"):
            continue
        for (key,) in conn.execute(f"SELECT {table.key} FROM {table.name}"):
            if not _ID.match(str(key)):
                problems.append(f"{table.name}: key {key!r} has characters outside [A-Za-z0-9._-]")
    duplicates = conn.execute(
        "SELECT partner_iso3, period, reporter, flow, rank, count(*) FROM trade "
        "GROUP BY partner_iso3, period, reporter, flow, rank HAVING count(*) > 1"
    ).fetchall()
    problems += [f"trade: duplicate key {row[:5]}" for row in duplicates]
    return problems


def _trade(conn: sqlite3.Connection) -> list[str]:
    problems = [
        f"trade {partner} {period} {reporter} {flow}: negative value {value}"
        for partner, period, reporter, flow, value in conn.execute(
            "SELECT partner_iso3, period, reporter, flow, value_usd FROM trade "
            "WHERE flow != 'balance' AND value_usd < 0"
        )
    ]
    sums = conn.execute(
        """SELECT t.partner_iso3, t.period, t.reporter, t.value_usd, x.value_usd, m.value_usd
           FROM trade t
           JOIN trade x ON x.partner_iso3 = t.partner_iso3 AND x.period = t.period
                       AND x.reporter = t.reporter AND x.flow = 'china_exports' AND x.rank = 1
           JOIN trade m ON m.partner_iso3 = t.partner_iso3 AND m.period = t.period
                       AND m.reporter = t.reporter AND m.flow = 'china_imports' AND m.rank = 1
           WHERE t.flow = 'total' AND t.rank = 1"""
    ).fetchall()
    for partner, period, reporter, total, exports, imports in sums:
        if abs(total - (exports + imports)) > _TOTAL_TOLERANCE * max(total, 1.0):
            problems.append(
                f"trade {partner} {period} {reporter}: total {total:,.0f} differs from exports + imports "
                f"{exports + imports:,.0f} by more than {_TOTAL_TOLERANCE:.0%}"
            )
    return problems


_SHARE_TOLERANCE = 0.5  # percentage points of rounding in the sources


def _shares(conn: sqlite3.Connection) -> list[str]:
    """The shares of one list (a flow's products, a state's partners) add up to at most 100 %. Groups
    (CIS, EAEU, EU27) overlap the countries in them, so a state's partner shares are summed without them."""
    queries = (
        (
            "trade_products",
            "SELECT partner_iso3, period, flow, reporter, sum(share_pct) FROM trade_products "
            "WHERE share_pct IS NOT NULL GROUP BY partner_iso3, period, flow, reporter "
            "HAVING sum(share_pct) > ?",
        ),
        (
            "trade_partners",
            "SELECT state_iso3, period, flow, reporter, sum(share_pct) FROM trade_partners "
            "WHERE share_pct IS NOT NULL AND counterpart NOT IN ('CIS', 'EAEU', 'EU27') "
            "GROUP BY state_iso3, period, flow, reporter HAVING sum(share_pct) > ?",
        ),
    )
    problems = []
    for table, sql in queries:
        for *key, total in conn.execute(sql, (100 + _SHARE_TOLERANCE,)):
            problems.append(f"{table} {' '.join(map(str, key))}: shares add up to {total:.1f} % (over 100)")
    return problems


def _target_refs(conn: sqlite3.Connection) -> list[str]:
    """Every target's measured figure exists: a figure id, or a rank-1 trade value."""
    problems = []
    for key, ref in conn.execute(
        "SELECT target_id, measured_ref FROM targets WHERE measured_ref IS NOT NULL"
    ):
        if ref.startswith("trade:"):
            parts = ref.split(":")
            found = (
                len(parts) == 5
                and conn.execute(
                    "SELECT 1 FROM trade WHERE partner_iso3 = ? AND period = ? AND reporter = ? AND flow = ? "
                    "AND rank = 1",
                    parts[1:],
                ).fetchone()
            )
        else:
            found = conn.execute("SELECT 1 FROM figures WHERE figure_id = ?", (ref,)).fetchone()
        if not found:
            problems.append(f"targets {key!r}: measured_ref {ref[:60]!r} names no figure or trade value")
    return problems


def _caveats(conn: sqlite3.Connection) -> list[str]:
    problems = []
    last_year = date.today().year
    for key, first, last, summary, text in conn.execute(
        "SELECT caveat_id, year_from, year_to, summary, text FROM trade_caveats ORDER BY caveat_id"
    ):
        if not FIRST_YEAR <= first <= last <= last_year:
            problems.append(f"trade_caveats {key!r}: implausible years {first}-{last}")
        if not (summary or "").strip() or len(summary) > _CAVEAT_SUMMARY_MAX:
            problems.append(f"trade_caveats {key!r}: summary must be 1 to {_CAVEAT_SUMMARY_MAX} characters")
        if not (text or "").strip() or len(text) > _CAVEAT_TEXT_MAX:
            problems.append(f"trade_caveats {key!r}: text must be 1 to {_CAVEAT_TEXT_MAX} characters")
    return problems


def _formula_text(conn: sqlite3.Connection) -> list[str]:
    """Text a spreadsheet would run as a formula would be altered by every CSV export: refuse it here."""
    problems = []
    for table in LOGICAL_TABLES:
        for column in table.columns:
            if column in table.numeric:
                continue
            for key, text in conn.execute(
                f"SELECT {table.key}, {column} FROM {table.name} WHERE substr({column}, 1, 1) IN "
                "('=', '+', '-', '@', char(9), char(13))"
            ):
                problems.append(f"{table.name} {key!r}: {column} starts with {text[:1]!r}; reword it")
    return problems


# Names and titles are shown in one line of the header, the list or a table; any other text in a detail
# view. Past these lengths a value is not data but a mistake (or an attack on the layout).
_NAME_MAX = 300
_TEXT_MAX = 2000
_NAME_COLUMNS = frozenset(
    {
        "name_en",
        "name_ru",
        "name_zh",
        "name_local",
        "capital",
        "currency_name",
        "title",
        "name",
        "publisher",
        "author",
    }
)


def _text_lengths(conn: sqlite3.Connection) -> list[str]:
    problems = []
    for table in LOGICAL_TABLES:
        for column in table.columns:
            if column in table.numeric or column == "points":
                continue  # geometry: checked point by point in geodata.check
            limit = _NAME_MAX if column in _NAME_COLUMNS else _TEXT_MAX
            for key, length in conn.execute(
                f"SELECT {table.key}, length({column}) FROM {table.name} WHERE length({column}) > ?", (limit,)
            ):
                shown = str(key)[:40]
                problems.append(
                    f"{table.name} {shown!r}: {column} is {length:,} characters long (at most {limit:,})"
                )
    return problems


def _finite_numbers(conn: sqlite3.Connection) -> list[str]:
    """Infinity (a literal such as 1e999 in a tampered file) passes every comparison the other checks make
    and reaches the charts as "$inf tn"; SQLite stores NaN as NULL, which the schema already refuses."""
    problems = []
    for table in LOGICAL_TABLES:
        for column in sorted(table.numeric):
            for key, value in conn.execute(
                f"SELECT {table.key}, {column} FROM {table.name} WHERE {column} IN (9e999, -9e999)"
            ):
                problems.append(f"{table.name} {str(key)[:40]!r}: {column} is not a finite number ({value})")
    return problems


def _meta(conn: sqlite3.Connection) -> list[str]:
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    return [f"meta lacks {key!r}" for key in ("data_version", "as_of") if key not in meta]
