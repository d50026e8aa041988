"""Security: parameterised SQL, an untrusted `--db` locked down, no network, and an index behind every query.

The store's statements are recorded twice: as the SQL text the store hands to sqlite3 (user text must
never be in it) and, through `set_trace_callback`, as what SQLite ran (only reads). Then every recorded
statement's `EXPLAIN QUERY PLAN` must search an index unless it means to read a whole table.
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import assert_clean_failure, run_cli, sha256

from caviewer import store as store_module
from caviewer.domain import STATES
from caviewer.store import ForeignDatabaseError, Store, connect_read_only

HOSTILE = [
    "'; DROP TABLE countries; --",
    '" OR 1=1 --',
    "KAZ' OR '1'='1",
    "KAZ'); DELETE FROM sources; --",
    "1 = 1",
    "%",
    "*",
    "\x00KAZ",
    "KAZ\n; ATTACH DATABASE '/tmp/x' AS x",
]


class RecordingConnection:
    """Wraps the store's connection and keeps the SQL text and parameters of every `execute`."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.calls: list[tuple[str, tuple[Any, ...]]] = []

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        self.calls.append((sql, tuple(params)))
        return self._conn.execute(sql, params)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


@contextlib.contextmanager
def recording(store: Store) -> Iterator[tuple[RecordingConnection, list[str]]]:
    conn = store._conn
    traced: list[str] = []
    recorder = RecordingConnection(conn)
    conn.set_trace_callback(traced.append)
    store._conn = recorder  # type: ignore[assignment]
    try:
        yield recorder, traced
    finally:
        store._conn = conn
        conn.set_trace_callback(None)


RECORD_KINDS = ("events", "agreements", "projects", "ties")
# Every public query of the store, given one user-supplied text (an entry id, a source id, a reporter).
QUERIES: dict[str, Callable[[Store, str], Any]] = {
    "country": lambda s, text: s.country(text),
    "facts": lambda s, text: s.facts(text),
    "trade": lambda s, text: s.trade([text]),
    "trade, many": lambda s, text: s.trade([text, "KAZ"]),
    "latest_trade_totals": lambda s, text: s.latest_trade_totals(text),
    "figures": lambda s, text: s.figures(text),
    "events": lambda s, text: s.events(text),
    "agreements": lambda s, text: s.agreements(text),
    "projects": lambda s, text: s.projects(text),
    "ties": lambda s, text: s.ties(text),
    "figures, capped": lambda s, text: s.figures(text, 5),
    "events, capped": lambda s, text: s.events(text, 5),
    "agreements, capped": lambda s, text: s.agreements(text, 5),
    "projects, capped": lambda s, text: s.projects(text, 5),
    "ties, capped": lambda s, text: s.ties(text, 5),
    **{f"count {kind}": (lambda s, text, k=kind: s.count(k, text)) for kind in RECORD_KINDS},
    "figure_counts": lambda s, text: s.figure_counts(text),
    "sources": lambda s, text: s.sources([text]),
}


@pytest.mark.parametrize("text", HOSTILE, ids=repr)
def test_user_text_is_only_ever_a_bound_parameter(db_copy: Path, text: str) -> None:
    before = sha256(db_copy)
    with Store.open(db_copy) as store, recording(store) as (recorder, traced):
        for name, query in QUERIES.items():
            result = query(store, text)
            if name == "trade, many":
                assert result and all(p.partner_iso3 == "KAZ" for p in result), name
            else:
                assert not result, (name, result)  # matched literally: nothing has that id
        with pytest.raises(ValueError, match="unknown table"):
            next(store.table_rows(text))
        assert recorder.calls and traced
        if len(text) > 6:  # short texts such as "*" or "1 = 1" occur in the store's own SQL
            assert all(text not in sql for sql, _ in recorder.calls)
        assert any(text in params for _, params in recorder.calls)
        assert all(t.lstrip().upper().startswith(("SELECT", "PRAGMA")) for t in traced), traced
        assert len(store.countries()) == 7
    assert sha256(db_copy) == before


def test_table_rows_reads_only_schema_tables(db_copy: Path) -> None:
    with Store.open(db_copy) as store:
        for name in ('countries" ; DROP TABLE meta; --', "sqlite_master", "meta; --"):
            with pytest.raises(ValueError, match="unknown table"):
                next(store.table_rows(name))


# -- an untrusted file -----------------------------------------------------------------------------


def test_connection_is_locked_down(db_copy: Path) -> None:
    with Store.open(db_copy) as store:
        conn = store._conn
        assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
        assert conn.execute("PRAGMA query_only").fetchone()[0] == 1
        if hasattr(conn, "load_extension"):
            with pytest.raises(sqlite3.OperationalError, match="not authorized"):
                conn.load_extension("/nonexistent/evil")
            with pytest.raises(sqlite3.DatabaseError):
                conn.execute("SELECT load_extension('/nonexistent/evil')")
        # Even with the authorizer and query_only taken away, the file itself was opened read-only.
        conn.set_authorizer(None)
        conn.execute("PRAGMA query_only = OFF")
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("DELETE FROM meta")


def _add(path: Path, *statements: str) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        for statement in statements:
            conn.execute(statement)


WRITE_TRIGGER = (
    "CREATE TRIGGER wipe AFTER UPDATE ON meta BEGIN DELETE FROM countries; END",
    "CREATE TRIGGER on_read BEFORE DELETE ON sources BEGIN UPDATE meta SET value = 'pwned'; END",
)
CODE_VIEW = ("CREATE VIEW countries_v AS SELECT load_extension('/nonexistent/evil') AS x",)


@pytest.mark.parametrize(("statements", "kind"), [(WRITE_TRIGGER, "trigger"), (CODE_VIEW, "view")])
def test_views_and_triggers_are_refused_before_any_data_is_read(
    db_copy: Path, monkeypatch: pytest.MonkeyPatch, statements: tuple[str, ...], kind: str
) -> None:
    _add(db_copy, *statements)
    before = sha256(db_copy)
    traced: list[str] = []

    def traced_connect(path: Path) -> sqlite3.Connection:
        conn = connect_read_only(path)
        conn.set_trace_callback(traced.append)
        return conn

    monkeypatch.setattr(store_module, "connect_read_only", traced_connect)
    with pytest.raises(ForeignDatabaseError, match=f"holds a {kind}"):
        Store.open(db_copy)
    # Only the schema was looked at: no table of ours (nor the view) was read.
    assert traced and all("sqlite_master" in t or t.startswith("PRAGMA") for t in traced), traced
    line = assert_clean_failure(run_cli("check-db", db_copy), 1)  # a finding of the check
    assert f"holds a {kind}" in line
    assert sha256(db_copy) == before


def test_a_trigger_cannot_fire_and_a_view_cannot_run_code(db_copy: Path) -> None:
    """Below the refusal: the locked-down connection itself cannot write, so no trigger can fire, and an
    untrusted schema cannot call an unsafe function."""
    _add(db_copy, *WRITE_TRIGGER, *CODE_VIEW)
    before = sha256(db_copy)
    with contextlib.closing(connect_read_only(db_copy)) as conn:
        for statement in (
            "UPDATE meta SET value = 'x'",
            "DELETE FROM sources",
            "INSERT INTO meta VALUES (1, 2)",
        ):
            with pytest.raises(sqlite3.DatabaseError):
                conn.execute(statement)
        with pytest.raises(sqlite3.DatabaseError, match=r"unsafe use|not authorized"):
            conn.execute("SELECT * FROM countries_v").fetchall()
        assert conn.execute("SELECT count(*) FROM countries").fetchone()[0] == 7
    assert sha256(db_copy) == before


# -- no network ------------------------------------------------------------------------------------

_NO_NETWORK = """
import pathlib, socket
_MARKERS = pathlib.Path(__file__).parent
(_MARKERS / "loaded").write_text("yes")

def _refuse(*args, **kwargs):
    with open(_MARKERS / "network", "a") as log:
        log.write(repr(args[:2]) + "\\n")
    raise OSError("network disabled by the caviewer test suite")

socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
socket.socket.sendto = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
socket.gethostbyname = _refuse
"""

# Every command, the window included (rendered offscreen by --screenshot, with the trade plot).
NETWORK_FREE_COMMANDS: list[list[str]] = [
    ["--version"],
    ["dump"],
    ["dump", "--format", "csv", "--output", "{tmp}/csv"],
    ["check-db"],
    ["--help"],
    ["--screenshot", "{tmp}/shot.png", "--country", "KAZ", "--pane", "trade"],
]


@pytest.mark.parametrize("command", NETWORK_FREE_COMMANDS, ids=" ".join)
def test_no_network_connection(tmp_path: Path, command: list[str]) -> None:
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(_NO_NETWORK, encoding="utf-8")
    args = [part.replace("{tmp}", str(tmp_path)) for part in command]
    result = run_cli(*args, env={"PYTHONPATH": str(hook), "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert (hook / "loaded").exists(), "the socket guard was not loaded"
    assert not (hook / "network").exists(), (hook / "network").read_text(encoding="utf-8")


def test_the_socket_guard_works(tmp_path: Path) -> None:
    """The guard above really catches a connection attempt (so its silence means something)."""
    import subprocess

    (tmp_path / "sitecustomize.py").write_text(_NO_NETWORK, encoding="utf-8")
    code = "import socket\ntry:\n    socket.create_connection(('example.org', 80))\nexcept OSError: pass"
    subprocess.run([sys.executable, "-c", code], env={"PYTHONPATH": str(tmp_path)}, check=True, timeout=60)
    assert (tmp_path / "network").exists()


# -- every query uses an index ---------------------------------------------------------------------

# Calls reading a whole table on purpose (small tables, or the whole dataset for a dump): no WHERE.
WHOLE_TABLE_READS: dict[str, Callable[[Store], Any]] = {
    "info": lambda s: s.info(),
    "countries": lambda s: s.countries(),
    "sources(all)": lambda s: s.sources(),
    "table_rows(trade)": lambda s: list(s.table_rows("trade")),
    "table_rows(agreement_parties)": lambda s: list(s.table_rows("agreement_parties")),
}
# China's profile shows every record (`WHERE 1 = 1`): a whole-table read by design, checked apart below.
CHINA_READS: dict[str, Callable[[Store], Any]] = {
    name: (lambda s, q=query: q(s, "CHN"))
    for name, query in QUERIES.items()
    if name.split(",")[0].removeprefix("count ") in {"figures", "events", "agreements", "projects", "ties"}
    or name == "figure_counts"
}
ENTRY_READS: dict[str, Callable[[Store], Any]] = {
    **{name: (lambda s, q=query: q(s, "KAZ")) for name, query in QUERIES.items() if name != "sources"},
    "trade(all states)": lambda s: s.trade(STATES),
    "sources(some)": lambda s: s.sources(["seed-li-2025", "nope"]),
    "country(CHN)": lambda s: s.country("CHN"),
    "facts(CHN)": lambda s: s.facts("CHN"),
}


def _plans(
    store: Store, call: Callable[[Store], Any], raw: sqlite3.Connection
) -> list[tuple[str, list[str]]]:
    with recording(store) as (recorder, _):
        call(store)
    statements = [(sql, params) for sql, params in recorder.calls if not sql.lstrip().startswith("PRAGMA")]
    assert statements
    return [
        (" ".join(sql.split()), [row[3] for row in raw.execute("EXPLAIN QUERY PLAN " + sql, params)])
        for sql, params in statements
    ]


def _full_scans(plan: list[str]) -> list[str]:
    return [
        step for step in plan if step.startswith("SCAN ") and " USING " not in step and "CONSTANT" not in step
    ]


@pytest.fixture(scope="module")
def plan_store() -> Iterator[tuple[Store, sqlite3.Connection]]:
    with Store.open() as store, contextlib.closing(connect_read_only(store.path)) as raw:
        yield store, raw


@pytest.mark.parametrize("name", list(ENTRY_READS))
def test_every_entry_query_searches_an_index(plan_store: tuple[Store, sqlite3.Connection], name: str) -> None:
    store, raw = plan_store
    for sql, plan in _plans(store, ENTRY_READS[name], raw):
        assert not _full_scans(plan), f"{name}: {sql}\n  plan: {plan}"


@pytest.mark.parametrize("name", list(WHOLE_TABLE_READS))
def test_whole_table_reads_have_no_filter(plan_store: tuple[Store, sqlite3.Connection], name: str) -> None:
    """A scan is allowed only where the outer statement filters nothing."""
    store, raw = plan_store
    for sql, plan in _plans(store, WHOLE_TABLE_READS[name], raw):
        outer = sql.split("(SELECT")[0] + sql.rsplit(")", 1)[-1]
        if _full_scans(plan):
            assert " WHERE " not in outer, f"{name}: {sql}\n  plan: {plan}"


@pytest.mark.parametrize("name", list(CHINA_READS))
def test_china_reads_scan_only_through_the_everything_scope(
    plan_store: tuple[Store, sqlite3.Connection], name: str
) -> None:
    store, raw = plan_store
    for sql, plan in _plans(store, CHINA_READS[name], raw):
        if _full_scans(plan):
            assert "WHERE 1 = 1" in sql, f"{name}: {sql}\n  plan: {plan}"
