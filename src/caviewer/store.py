"""Read-only access to a caviewer SQLite database: typed queries returning domain objects.

Owns the connection, the checks made on opening (is it SQLite, is it ours, is it the schema version we
read) and the translation of every sqlite3 failure into a `StoreError` a user can act on. It never writes:
the file is opened with `mode=ro`, `query_only` and an authorizer that refuses anything but reading, so a
database given with `--db` is treated as untrusted: rows are read through the schema's own column lists (a
column it does not know is ignored), and a numeric column holding text is refused in one line, on opening
for `countries` and, for the larger tables, when the row is read (`check_numbers` scans every table, for the
validator). May import `caviewer.domain`, `caviewer.schema` and `caviewer.bundled`.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from caviewer import bundled
from caviewer.domain import (
    CHINA,
    REGION,
    STATES,
    Agreement,
    Country,
    CountryFact,
    DatasetInfo,
    Event,
    Figure,
    Lending,
    Milestone,
    Outline,
    Place,
    Project,
    ProjectMetric,
    Route,
    Source,
    Target,
    Tie,
    TradeCaveat,
    TradePartner,
    TradePoint,
    TradeProduct,
)
from caviewer.schema import LOGICAL_TABLES

SCHEMA_VERSION = 3
_SQLITE_MAGIC = b"SQLite format 3\x00"
_T = TypeVar("_T")


class StoreError(Exception):
    """A database caviewer cannot read; `str()` is a one-line message for the user."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class DatabaseMissingError(StoreError):
    """The file does not exist or is not a regular file."""


class NotADatabaseError(StoreError):
    """The file is not SQLite, or is damaged."""


class SchemaVersionError(StoreError):
    """The file is a caviewer database of another schema version."""


class ForeignDatabaseError(StoreError):
    """The file is SQLite but not a caviewer database, or lacks a table or column we read."""


_READ_ACTIONS = frozenset(
    {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_PRAGMA}
)


def _read_authorizer(action: int, table: str | None, *_: object) -> int:
    """Allow reading only. SQLite reports an UPDATE of sqlite_master when a query reads pragma_table_info;
    the connection is read-only anyway, so that one is let through."""
    if action in _READ_ACTIONS or (action == sqlite3.SQLITE_UPDATE and table == "sqlite_master"):
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


def unreadable(exc: sqlite3.Error, path: Path | None) -> NotADatabaseError:
    """The user-facing error for an sqlite3 failure while reading `path`.

    A leftover `-journal` (a write another program never finished) or a `-wal` in a folder where SQLite
    cannot create its `-shm` would otherwise surface as "attempt to write a readonly database" or "unable
    to open database file", which sends the user looking in the wrong place.
    """
    code = getattr(exc, "sqlite_errorcode", None) or 0
    name = path.name if path else "database"
    if code == sqlite3.SQLITE_READONLY_ROLLBACK:
        message = (
            f"Database was left half-written by another program (its '{name}-journal' must be "
            f"rolled back first, and caviewer never writes): open it once in that program or use another "
            f"copy: {path}"
        )
    elif code & 0xFF in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY) and Path(f"{path}-wal").exists():
        message = (
            f"Database has a write-ahead log '{name}-wal' beside it that cannot be read without "
            f"writing in its folder: open it once in the program that wrote it or use another copy: {path}"
        )
    else:
        message = f"Database is damaged or unreadable ({exc}): {path}"
    return NotADatabaseError(message, path)


def _split_ids(text: str | None) -> tuple[str, ...]:
    return tuple(sorted(set(text.split(";")))) if text else ()


def parse_points(text: str) -> tuple[tuple[float, float], ...]:
    """ "lon,lat lon,lat ..." (the geometry columns) as (lon, lat) pairs; ValueError when malformed."""
    pairs = []
    for item in text.split():
        lon, lat = item.split(",")
        pairs.append((float(lon), float(lat)))
    return tuple(pairs)


def check_header(path: Path) -> None:
    """Raise unless `path` is a regular file with an intact SQLite header and its full length."""
    if not path.exists():
        raise DatabaseMissingError(f"Database not found: {path}", path)
    if not path.is_file():
        raise DatabaseMissingError(f"Not a database file (it is a folder or device): {path}", path)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise DatabaseMissingError(f"Cannot read database {path}: {exc.strerror}", path) from exc
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        kind = "empty" if not header else "not an SQLite database"
        raise NotADatabaseError(f"Not a caviewer database ({kind}): {path}", path)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    change_counter, valid_for = header[24:28], header[92:96]
    if change_counter == valid_for and pages and path.stat().st_size < pages * page_size:
        raise NotADatabaseError(f"Database file is truncated or damaged: {path}", path)


@functools.cache
def _schema_info() -> dict[str, dict[str, bool]]:
    """Each table of the schema this version reads, its columns in order and whether each may be NULL,
    from the schema file itself."""
    schema = (bundled.data_dir() / bundled.SCHEMA_NAME).read_text(encoding="utf-8")
    with contextlib.closing(sqlite3.connect(":memory:")) as mem:
        mem.executescript(schema)
        tables = [r[0] for r in mem.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: {name: not notnull for name, notnull in mem.execute(_COLUMNS_SQL, (t,))} for t in tables}


_COLUMNS_SQL = 'SELECT name, "notnull" FROM pragma_table_info(?) ORDER BY cid'


def _schema_columns() -> dict[str, list[str]]:
    """Tables and columns of the schema this version reads."""
    return {table: list(columns) for table, columns in _schema_info().items()}


def _columns(table: str, alias: str) -> str:
    """The schema's columns of `table` as a select list: a database may hold more, which are ignored."""
    return ", ".join(f'{alias}."{column}"' for column in _schema_info()[table])


@functools.cache
def _numeric_columns() -> dict[str, dict[str, bool]]:
    """Per table, the columns that must hold numbers (the numeric ones, the derived `year` and the INTEGER
    key), each with whether the schema lets it be NULL."""
    numeric: dict[str, dict[str, bool]] = {}
    for table in LOGICAL_TABLES:
        info = _schema_info()[table.name]
        names = set(table.numeric) | {c for c in ("year", table.key) if c in info and c not in table.columns}
        if names:
            numeric[table.name] = {name: info[name] for name in sorted(names)}
    return numeric


# Opening checks only `countries` (read whole at start-up; an index covers `sort_order`). A check of the
# others scans each table: about 60 ms in all on a database 100 times the bundled one (trade alone 50 ms),
# against 4 ms for the rest of opening. The validator checks every table, and reading a row checks it.
_CHECKED_ON_OPEN = ("countries",)


def _types_allowed(nullable: bool) -> str:
    return "('integer', 'real', 'null')" if nullable else "('integer', 'real')"


_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def check_no_unfinished_write(path: Path) -> None:
    """Raise unless the file stands alone: a hot `-journal` (a write another program never finished) or a
    non-empty `-wal` (changes not yet checkpointed into the file) would need writing beside it to read, and
    caviewer never writes, nor ignores them."""
    name = path.name
    journal = Path(f"{path}-journal")
    with contextlib.suppress(OSError):
        if journal.is_file() and journal.read_bytes()[:8] == _JOURNAL_MAGIC:
            raise NotADatabaseError(
                f"Database was left half-written by another program (its '{name}-journal' must be "
                f"rolled back first, and caviewer never writes): open it once in that program or use another "
                f"copy: {path}",
                path,
            )
    wal = Path(f"{path}-wal")
    with contextlib.suppress(OSError):
        if wal.is_file() and wal.stat().st_size > 0:
            raise NotADatabaseError(
                f"Database has a write-ahead log '{name}-wal' beside it with changes not yet in the file "
                f"(caviewer never writes, so it cannot merge them): open it once in the program that wrote "
                f"it or use another copy: {path}",
                path,
            )


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Open `path` read-only and locked down: no writes, no extensions, no untrusted schema functions.

    `immutable=1` tells SQLite the file cannot change, so it creates no `-shm` or `-wal` beside a WAL-mode
    file and takes no locks: opening writes nothing anywhere. A file with an unfinished write beside it is
    refused first (`check_no_unfinished_write`), since an immutable reader would silently skip it."""
    check_no_unfinished_write(path)
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    except sqlite3.Error as exc:
        raise NotADatabaseError(f"Cannot open database {path}: {exc}", path) from exc
    with contextlib.suppress(AttributeError):  # Python built without extension support
        conn.enable_load_extension(False)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA query_only = ON")
    except sqlite3.Error as exc:
        conn.close()
        raise NotADatabaseError(f"Not a caviewer database ({exc}): {path}", path) from exc
    conn.set_authorizer(_read_authorizer)
    return conn


class Store:
    """The dataset, read-only. Use `Store.open()` for the bundled file or `Store.open(path)`."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._info: DatasetInfo | None = None

    @classmethod
    def open(cls, path: Path | None = None) -> Store:
        """Open and check a database; raise a `StoreError` subclass with a user-facing message."""
        path = bundled.database() if path is None else path
        conn: sqlite3.Connection | None = None
        try:
            check_header(path)
            conn = connect_read_only(path)
            store = cls(conn, path)
            store._check_schema()
        except StoreError:
            if conn is not None:
                conn.close()
            raise
        except sqlite3.Error as exc:
            if conn is not None:
                conn.close()
            raise unreadable(exc, path) from exc
        return store

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _check_schema(self) -> None:
        version = self._scalar("PRAGMA user_version")
        names = {r[0] for r in self._rows("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "meta" not in names and "countries" not in names:
            raise ForeignDatabaseError(
                f"Not a caviewer database (no caviewer tables): {self.path}", self.path
            )
        if version != SCHEMA_VERSION:
            raise SchemaVersionError(
                f"Database schema version {version} is not the version {SCHEMA_VERSION} this caviewer "
                f"reads: {self.path}",
                self.path,
            )
        code = self._rows("SELECT type, name FROM sqlite_master WHERE type IN ('view', 'trigger')")
        if code:
            kind, name = code[0]
            raise ForeignDatabaseError(
                f"Not a caviewer database (it holds a {kind} '{name}' caviewer never creates): {self.path}",
                self.path,
            )
        for table, columns in _schema_columns().items():
            if table not in names:
                raise ForeignDatabaseError(f"Database lacks the table '{table}': {self.path}", self.path)
            have = {r[1] for r in self._rows("SELECT * FROM pragma_table_info(?)", (table,))}
            missing = [c for c in columns if c not in have]
            if missing:
                raise ForeignDatabaseError(
                    f"Database table '{table}' lacks column '{missing[0]}': {self.path}", self.path
                )
        self.check_numbers(_CHECKED_ON_OPEN)

    def check_numbers(self, tables: Sequence[str] | None = None) -> None:
        """Raise `ForeignDatabaseError` if a numeric column of one of `tables` (default: every table)
        holds text, a blob or, where the schema forbids it, NULL."""
        numeric = _numeric_columns()
        for table in numeric if tables is None else tables:
            columns = numeric[table]
            where = " OR ".join(
                f'typeof("{name}") NOT IN {_types_allowed(nullable)}' for name, nullable in columns.items()
            )
            if self._rows(f'SELECT 1 FROM "{table}" WHERE {where} LIMIT 1'):
                for name, nullable in columns.items():
                    bad = self._rows(
                        f'SELECT "{name}" FROM "{table}" '
                        f'WHERE typeof("{name}") NOT IN {_types_allowed(nullable)} LIMIT 1'
                    )
                    if bad:
                        raise self._not_a_number(table, name, bad[0][0])

    def _not_a_number(self, table: str, column: str, value: object) -> ForeignDatabaseError:
        shown = repr(value if not isinstance(value, str | bytes) or len(value) <= 40 else value[:40])
        return ForeignDatabaseError(
            f"Database table '{table}' column '{column}' holds {shown}, not a number: {self.path}", self.path
        )

    def _check_row(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        """`row` unchanged, after checking that its numeric columns hold numbers (a database from
        elsewhere may hold text there, which would reach the charts)."""
        for name, nullable in _numeric_columns().get(table, {}).items():
            value = row.get(name, 0)
            if not (isinstance(value, int | float) or (value is None and nullable)):
                raise self._not_a_number(table, name, value)
        return row

    # -- low level ---------------------------------------------------------------------------------

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:
            raise unreadable(exc, self.path) from exc

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        rows = self._rows(sql, params)
        return rows[0][0] if rows else None

    def _build(
        self, factory: Callable[..., _T], table: str, sql: str, params: Sequence[Any] = ()
    ) -> list[_T]:
        try:
            cursor = self._conn.execute(sql, params)
            names = [d[0] for d in cursor.description]
            return [
                factory(**self._convert(self._check_row(table, dict(zip(names, row, strict=True)))))
                for row in cursor
            ]
        except sqlite3.DatabaseError as exc:
            raise unreadable(exc, self.path) from exc

    @staticmethod
    def _convert(row: dict[str, Any]) -> dict[str, Any]:
        for key in ("source_ids", "countries", "parties", "projects"):
            if key in row:
                row[key] = _split_ids(row[key])
        for flag in ("estimate", "recommended_for_totals"):
            if flag in row:
                row[flag] = bool(row[flag])
        return row

    @staticmethod
    def _scope(column: str, iso3: str) -> tuple[str, tuple[str, ...]]:
        """China's profile shows every record; another entry only its own."""
        return ("1 = 1", ()) if iso3 == CHINA else (f"{column} = ?", (iso3,))

    def _ids(self, kind: str, iso3: str, limit: int | None = None) -> tuple[str, tuple[Any, ...]]:
        """A subquery of the keys of the entry's records of one kind and its parameters; with `limit`, only
        the `limit` newest of them (by date; a project by its latest milestone)."""
        table, key, link, newest = _KINDS[kind]
        if link is None:
            where, params = self._scope("n.iso3", iso3)
            ids = f"SELECT n.{key} FROM {table} n WHERE {where}"
        else:
            where, params = self._scope("x.iso3", iso3)
            ids = f"SELECT x.{key} FROM {link} x WHERE {where}"
            if iso3 == REGION:
                ids, params = self._regional_ids(kind, link, key)
            if limit is not None:
                ids = f"SELECT n.{key} FROM {table} n WHERE n.{key} IN ({ids})"
        if limit is None:
            return ids, params
        return f"{ids} ORDER BY {newest} LIMIT ?", (*params, limit)

    @staticmethod
    def _regional_ids(kind: str, link: str, key: str) -> tuple[str, tuple[Any, ...]]:
        """The region's records: those filed under CA5 itself, and those shared by enough of the five
        states (an agreement or event with three or more of them, a project spanning two or more)."""
        least = _REGIONAL_MINIMUM[kind]
        marks = ", ".join("?" for _ in STATES)
        ids = (
            f"SELECT x.{key} FROM {link} x WHERE x.iso3 = ? UNION "
            f"SELECT x.{key} FROM {link} x WHERE x.iso3 IN ({marks}) GROUP BY x.{key} "
            f"HAVING count(*) >= ?"
        )
        return ids, (REGION, *STATES, least)

    def count(self, kind: str, iso3: str) -> int:
        """How many records of `kind` (events, agreements, projects, ties) the entry has: what the query of
        that name returns without a limit."""
        table, key = _KINDS[kind][:2]
        ids, params = self._ids(kind, iso3)
        return int(self._scalar(f"SELECT count(*) FROM {table} c WHERE c.{key} IN ({ids})", params))

    def figure_counts(self, iso3: str) -> dict[str, int]:
        """How many figures the entry has, per indicator (what `figures` returns without a limit)."""
        where, params = self._scope("scope_iso3", iso3)
        return dict(
            self._rows(f"SELECT indicator, count(*) FROM figures WHERE {where} GROUP BY indicator", params)
        )

    # -- queries -----------------------------------------------------------------------------------

    def info(self) -> DatasetInfo:
        if self._info is None:
            meta = dict(self._rows("SELECT key, value FROM meta"))
            self._info = DatasetInfo(
                schema_version=int(self._scalar("PRAGMA user_version")),
                data_version=meta.get("data_version", "unknown"),
                as_of=meta.get("as_of", "unknown"),
                source_count=int(self._scalar("SELECT count(*) FROM sources")),
                licence=meta.get("licence", ""),
                events_to=meta.get("events_covered_to", ""),
            )
        return self._info

    def countries(self) -> list[Country]:
        return self._build(
            Country,
            "countries",
            f"""SELECT {_columns("countries", "c")},
                   (SELECT group_concat(source_id, ';') FROM countries_sources s
                            WHERE s.iso3 = c.iso3) AS source_ids
               FROM countries c ORDER BY sort_order""",
        )

    def country(self, iso3: str) -> Country | None:
        found = self._build(
            Country,
            "countries",
            f"""SELECT {_columns("countries", "c")},
                   (SELECT group_concat(source_id, ';') FROM countries_sources s
                            WHERE s.iso3 = c.iso3) AS source_ids
               FROM countries c WHERE iso3 = ?""",
            (iso3,),
        )
        return found[0] if found else None

    def facts(self, iso3: str) -> list[CountryFact]:
        return self._build(
            CountryFact,
            "country_facts",
            f"""SELECT {_columns("country_facts", "f")},
                   (SELECT group_concat(source_id, ';') FROM country_facts_sources s
                            WHERE s.fact_id = f.fact_id) AS source_ids
               FROM country_facts f WHERE iso3 = ? ORDER BY fact, since""",
            (iso3,),
        )

    def trade(self, partners: Sequence[str]) -> list[TradePoint]:
        """Every trade value (all periods, reporters, flows and ranks) for the given partners."""
        if not partners:
            return []
        marks = ", ".join("?" for _ in partners)
        return self._build(
            TradePoint,
            "trade",
            f"""SELECT partner_iso3, period, year, flow, reporter, value_usd, estimate, rank, derivation,
                       note, (SELECT group_concat(source_id, ';') FROM trade_sources s
                              WHERE s.trade_id = t.trade_id) AS source_ids
                FROM trade t WHERE partner_iso3 IN ({marks})
                ORDER BY partner_iso3, reporter, flow, year, period, rank""",
            tuple(partners),
        )

    def latest_trade_totals(self, reporter: str = "china") -> dict[str, TradePoint]:
        """For each partner, its latest annual rank-1 total by the given reporter.

        One index probe per entry (newest year first, first match), so the list's start-up cost grows with
        the number of entries, not with the years of trade stored for them."""
        points = self._build(
            TradePoint,
            "trade",
            """SELECT partner_iso3, period, year, flow, reporter, value_usd, estimate, rank, derivation,
                      note, (SELECT group_concat(source_id, ';') FROM trade_sources s
                             WHERE s.trade_id = t.trade_id) AS source_ids
               FROM countries c JOIN trade t ON t.trade_id = (
                   SELECT n.trade_id FROM trade n
                   WHERE n.partner_iso3 = c.iso3 AND n.reporter = ? AND n.flow = 'total' AND n.rank = 1
                         AND n.period = CAST(n.year AS TEXT)
                   ORDER BY n.year DESC LIMIT 1)
               ORDER BY t.partner_iso3""",
            (reporter,),
        )
        return {p.partner_iso3: p for p in points}

    def trade_caveats(self, partners: Sequence[str]) -> list[TradeCaveat]:
        """The sourced caveats on the given entries' trade series, by entry and first year."""
        if not partners:
            return []
        marks = ", ".join("?" for _ in partners)
        return self._build(
            TradeCaveat,
            "trade_caveats",
            f"""SELECT {_columns("trade_caveats", "c")},
                   (SELECT group_concat(source_id, ';') FROM trade_caveats_sources s
                            WHERE s.caveat_id = c.caveat_id) AS source_ids
               FROM trade_caveats c WHERE partner_iso3 IN ({marks})
               ORDER BY partner_iso3, year_from, caveat_id""",
            tuple(partners),
        )

    def figures(self, iso3: str, limit: int | None = None) -> list[Figure]:
        """The entry's figures; with `limit`, at most that many: its own first (China's header reads
        them), each group newest first by year."""
        where, scope_params = self._scope("scope_iso3", iso3)
        params: tuple[Any, ...] = scope_params
        if limit is not None:
            newest = f"""SELECT n.figure_id FROM figures n WHERE {where}
                         ORDER BY n.scope_iso3 = ? DESC, n.year DESC, n.figure_id DESC LIMIT ?"""
            where, params = f"f.figure_id IN ({newest})", (*params, iso3, limit)
        return self._build(
            Figure,
            "figures",
            f"""SELECT {_columns("figures", "f")},
                   (SELECT group_concat(source_id, ';') FROM figures_sources s
                             WHERE s.figure_id = f.figure_id) AS source_ids
                FROM figures f WHERE {where} ORDER BY indicator, year, period""",
            params,
        )

    def events(self, iso3: str, limit: int | None = None) -> list[Event]:
        ids, params = self._ids("events", iso3, limit)
        return self._build(
            Event,
            "events",
            f"""SELECT e.event_id, e.date, e.kind, e.title, e.place, e.participants, e.summary,
                       (SELECT group_concat(iso3, ';') FROM event_countries c
                        WHERE c.event_id = e.event_id) AS countries,
                       (SELECT group_concat(source_id, ';') FROM events_sources s
                        WHERE s.event_id = e.event_id) AS source_ids
                FROM events e WHERE e.event_id IN ({ids})
                ORDER BY e.date, e.event_id""",
            params,
        )

    def agreements(self, iso3: str, limit: int | None = None) -> list[Agreement]:
        ids, params = self._ids("agreements", iso3, limit)
        return self._build(
            Agreement,
            "agreements",
            f"""SELECT a.agreement_id, a.date, a.title, a.domain, a.event_id, a.status, a.summary,
                       (SELECT group_concat(iso3, ';') FROM agreement_parties p
                        WHERE p.agreement_id = a.agreement_id) AS parties,
                       (SELECT group_concat(source_id, ';') FROM agreements_sources s
                        WHERE s.agreement_id = a.agreement_id) AS source_ids
                FROM agreements a
                WHERE a.agreement_id IN ({ids})
                ORDER BY a.date, a.agreement_id""",
            params,
        )

    def projects(self, iso3: str, limit: int | None = None) -> list[Project]:
        scope, params = self._ids("projects", iso3, limit)
        milestones: dict[str, list[Milestone]] = {}
        for m in self._build(
            Milestone,
            "project_milestones",
            f"""SELECT {_columns("project_milestones", "m")},
                   (SELECT group_concat(source_id, ';') FROM project_milestones_sources s
                             WHERE s.milestone_id = m.milestone_id) AS source_ids
                FROM project_milestones m WHERE m.project_id IN ({scope}) ORDER BY m.date""",
            params,
        ):
            milestones.setdefault(m.project_id, []).append(m)
        metrics: dict[str, list[ProjectMetric]] = {}
        for q in self._build(
            ProjectMetric,
            "project_metrics",
            f"""SELECT {_columns("project_metrics", "q")},
                   (SELECT group_concat(source_id, ';') FROM project_metrics_sources s
                             WHERE s.metric_id = q.metric_id) AS source_ids
                FROM project_metrics q WHERE q.project_id IN ({scope}) ORDER BY q.metric_id""",
            params,
        ):
            metrics.setdefault(q.project_id, []).append(q)
        projects = self._build(
            Project,
            "projects",
            f"""SELECT {_columns("projects", "p")},
                   (SELECT group_concat(iso3, ';') FROM project_countries c
                             WHERE c.project_id = p.project_id) AS countries,
                       (SELECT group_concat(source_id, ';') FROM projects_sources s
                        WHERE s.project_id = p.project_id) AS source_ids
                FROM projects p WHERE p.project_id IN ({scope}) ORDER BY p.name""",
            params,
        )
        return [
            _with_children(p, milestones.get(p.project_id, []), metrics.get(p.project_id, []))
            for p in projects
        ]

    def ties(self, iso3: str, limit: int | None = None) -> list[Tie]:
        ids, params = self._ids("ties", iso3, limit)
        return self._build(
            Tie,
            "ties",
            f"""SELECT t.tie_id, t.iso3, t.kind, t.date, t.title, t.summary, t.value, t.unit,
                       (SELECT group_concat(source_id, ';') FROM ties_sources s
                        WHERE s.tie_id = t.tie_id) AS source_ids
                FROM ties t WHERE t.tie_id IN ({ids}) ORDER BY t.date, t.tie_id""",
            params,
        )

    def trade_products(self, iso3: str) -> list[TradeProduct]:
        """The product lists of a state's trade with China, by period, flow, reporter and rank."""
        return self._build(
            TradeProduct,
            "trade_products",
            f"""SELECT {_columns("trade_products", "t")},
                   (SELECT group_concat(source_id, ';') FROM trade_products_sources s
                            WHERE s.product_row_id = t.product_row_id) AS source_ids
               FROM trade_products t WHERE t.partner_iso3 = ?
               ORDER BY t.year DESC, t.period DESC, t.flow, t.reporter, coalesce(t.rank, 999),
                        coalesce(t.value_usd, 0) DESC, t.product_row_id""",
            (iso3,),
        )

    def trade_partners(self, iso3: str) -> list[TradePartner]:
        """A state's trade with its counterparts, by counterpart and period."""
        return self._build(
            TradePartner,
            "trade_partners",
            f"""SELECT {_columns("trade_partners", "t")},
                   (SELECT group_concat(source_id, ';') FROM trade_partners_sources s
                            WHERE s.partner_row_id = t.partner_row_id) AS source_ids
               FROM trade_partners t WHERE t.state_iso3 = ?
               ORDER BY t.counterpart, t.year, t.period, t.partner_row_id""",
            (iso3,),
        )

    def targets(self, iso3: str) -> list[Target]:
        """The entry's targets and claims (China: every one), oldest first."""
        where, params = self._scope("t.scope_iso3", iso3)
        return self._build(
            Target,
            "targets",
            f"""SELECT {_columns("targets", "t")},
                   (SELECT group_concat(source_id, ';') FROM targets_sources s
                            WHERE s.target_id = t.target_id) AS source_ids
               FROM targets t WHERE {where} ORDER BY t.date, t.target_id""",
            params,
        )

    def lending(self, iso3: str) -> list[Lending]:
        """Loans and grants to the entry (the region and China: to any of the five), newest first."""
        params: tuple[str, ...] = () if iso3 in (REGION, CHINA) else (iso3,)
        where = "1 = 1" if iso3 in (REGION, CHINA) else "l.recipient_iso3 = ?"
        return self._build(
            Lending,
            "lending",
            f"""SELECT {_columns("lending", "l")},
                   (SELECT group_concat(project_id, ';') FROM lending_projects x
                            WHERE x.lending_id = l.lending_id) AS projects,
                   (SELECT group_concat(source_id, ';') FROM lending_sources s
                            WHERE s.lending_id = l.lending_id) AS source_ids
               FROM lending l WHERE {where}
               ORDER BY l.commitment_year DESC, l.lending_id""",
            params,
        )

    # -- geography (the Map pane) ---------------------------------------------------------------------

    def map_outlines(self) -> list[Outline]:
        rows = self._rows(
            """SELECT o.outline_id, o.iso3, o.name_en, o.polygon, o.ring, o.points,
                      (SELECT group_concat(source_id, ';') FROM map_outlines_sources s
                       WHERE s.outline_id = o.outline_id)
               FROM map_outlines o ORDER BY o.iso3, o.polygon, o.ring"""
        )
        return [
            Outline(
                oid,
                iso3,
                name,
                int(polygon),
                int(ring),
                self._points("map_outlines", oid, points),
                _split_ids(ids),
            )
            for oid, iso3, name, polygon, ring, points, ids in rows
        ]

    def places(self) -> list[Place]:
        return self._build(
            Place,
            "places",
            f"""SELECT {_columns("places", "p")},
                   (SELECT group_concat(source_id, ';') FROM places_sources s
                            WHERE s.place_id = p.place_id) AS source_ids
               FROM places p ORDER BY p.place_id""",
        )

    def routes(self) -> list[Route]:
        lines: dict[str, list[tuple[tuple[float, float], ...]]] = {}
        line_sources: dict[str, set[str]] = {}
        for line_id, route_id, points, ids in self._rows(
            """SELECT l.line_id, l.route_id, l.points,
                      (SELECT group_concat(source_id, ';') FROM route_lines_sources s
                       WHERE s.line_id = l.line_id)
               FROM route_lines l ORDER BY l.route_id, l.part"""
        ):
            lines.setdefault(route_id, []).append(self._points("route_lines", line_id, points))
            line_sources.setdefault(route_id, set()).update(_split_ids(ids))
        rows = self._rows(
            """SELECT r.route_id, r.name_en, r.name_ru, r.name_zh, r.kind, r.status, r.project_id,
                      r.approximate, r.note,
                      (SELECT group_concat(source_id, ';') FROM routes_sources s
                       WHERE s.route_id = r.route_id)
               FROM routes r ORDER BY r.route_id"""
        )
        return [
            Route(
                rid,
                name,
                ru,
                zh,
                kind,
                status,
                project,
                bool(approx),
                note,
                tuple(lines.get(rid, ())),
                _split_ids(ids),
                tuple(sorted(line_sources.get(rid, ()))),
            )
            for rid, name, ru, zh, kind, status, project, approx, note, ids in rows
        ]

    def _points(self, table: str, key: str, text: object) -> tuple[tuple[float, float], ...]:
        try:
            return parse_points(str(text))
        except ValueError:
            raise ForeignDatabaseError(
                f"Database {table} row {key!r} holds malformed coordinates: {self.path}", self.path
            ) from None

    def sources(self, source_ids: Sequence[str] | None = None) -> list[Source]:
        """The given sources (all of them when None), ordered by id."""
        select = f"SELECT {_columns('sources', 's')} FROM sources s"
        if source_ids is None:
            return self._build(Source, "sources", f"{select} ORDER BY source_id")
        wanted = sorted(set(source_ids))
        found: list[Source] = []
        for chunk in _chunks(wanted, 500):
            marks = ", ".join("?" for _ in chunk)
            found += self._build(Source, "sources", f"{select} WHERE source_id IN ({marks})", chunk)
        return sorted(found, key=lambda s: s.source_id)

    def table_rows(self, table: str) -> Iterator[dict[str, Any]]:
        """Raw rows of a schema table, for dumps. `table` must be one of the schema's tables."""
        if table not in _schema_columns():
            raise ValueError(f"unknown table {table!r}")
        try:
            cursor = self._conn.execute(f'SELECT {_columns(table, "t")} FROM "{table}" t ORDER BY 1, 2')
            names = [d[0] for d in cursor.description]
            for row in cursor:
                yield self._check_row(table, dict(zip(names, row, strict=True)))
        except sqlite3.DatabaseError as exc:
            raise unreadable(exc, self.path) from exc


# How many of the five states a record must involve to count as regional (CA5 lists it).
_REGIONAL_MINIMUM = {"events": 3, "agreements": 3, "projects": 2}

# Per record kind: its table, key, the link table naming its countries (None: its own `iso3` column) and
# its order newest first (a project has no date of its own: its latest milestone, through the index).
_KINDS: dict[str, tuple[str, str, str | None, str]] = {
    "events": ("events", "event_id", "event_countries", "n.date DESC, n.event_id DESC"),
    "agreements": ("agreements", "agreement_id", "agreement_parties", "n.date DESC, n.agreement_id DESC"),
    "projects": (
        "projects",
        "project_id",
        "project_countries",
        "(SELECT max(m.date) FROM project_milestones m WHERE m.project_id = n.project_id) DESC, "
        "n.project_id DESC",
    ),
    "ties": ("ties", "tie_id", None, "n.date DESC, n.tie_id DESC"),
}


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _with_children(project: Project, milestones: list[Milestone], metrics: list[ProjectMetric]) -> Project:
    from dataclasses import replace

    return replace(project, milestones=tuple(milestones), metrics=tuple(metrics))
