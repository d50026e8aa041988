"""Database faults through the real command line and through `Store.open`: each one ends in one clear line.

Every case is a file a user could really hand to caviewer: missing, empty, random, truncated, a web page,
another program's SQLite file, the wrong schema, a read-only folder, a write another program never finished
(a hot `-journal`, a `-wal`), awkward path names. For each the command exits 2 with one stderr line and no
traceback, or succeeds where the file is fine, and every file in the folder is byte for byte as before.
The window's dialog for the same faults belongs with the window tests (tests/ui/).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests.conftest import BUNDLED_DB, assert_clean_failure, run_cli

from caviewer.store import (
    DatabaseMissingError,
    ForeignDatabaseError,
    NotADatabaseError,
    SchemaVersionError,
    Store,
    StoreError,
)

pytestmark = pytest.mark.slow

# The headless commands, each given the database in the way a user would.
COMMANDS: dict[str, Callable[[Path], list[str]]] = {
    "version": lambda db: ["--db", str(db), "--version"],
    "dump": lambda db: ["--db", str(db), "dump"],
    "check-db": lambda db: ["check-db", str(db)],
}

# A writer that dies mid-transaction, leaving its journal (or WAL) beside a half-written file.
_CRASH = """
import os, shutil, signal, sqlite3, sys
source, target, mode = sys.argv[1:4]
shutil.copyfile(source, target)
conn = sqlite3.connect(target, isolation_level=None)
if mode == "journal":
    conn.execute("PRAGMA cache_size = 1")  # spill changed pages into the file before the commit
    conn.execute("BEGIN")
    conn.execute("UPDATE sources SET notes = hex(randomblob(400))")
else:
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE meta SET value = 'from-wal' WHERE key = 'data_version'")
os.kill(os.getpid(), signal.SIGKILL)
"""


def _crash_writer(target: Path, mode: str) -> None:
    subprocess.run(
        [sys.executable, "-c", _CRASH, str(BUNDLED_DB), str(target), mode], check=False, timeout=60
    )


def snapshot(folder: Path) -> dict[str, str]:
    """The checksum of every file in `folder`."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()
    }


def assert_untouched(folder: Path, before: dict[str, str]) -> None:
    """Every file that was there is byte for byte the same, and nothing new appears (not even the `-shm`
    index SQLite makes beside a WAL-mode file it reads normally)."""
    after = snapshot(folder)
    assert after == before, sorted(set(after) ^ set(before))


# -- the faults ------------------------------------------------------------------------------------


def _copy(folder: Path) -> Path:
    path = folder / "data.sqlite"
    shutil.copyfile(BUNDLED_DB, path)
    return path


def _alter(*statements: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = _copy(folder)
        with contextlib.closing(sqlite3.connect(path)) as conn, conn:
            for statement in statements:
                conn.execute(statement)
        return path

    return make


def _write(content: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / "data.sqlite"
        path.write_bytes(content)
        return path

    return make


def _other_program(folder: Path) -> Path:
    path = folder / "data.sqlite"
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT, title TEXT)")
        conn.execute("INSERT INTO moz_places (url, title) VALUES ('https://example.org', 'x')")
    return path


def _hot_journal(folder: Path) -> Path:
    path = folder / "data.sqlite"
    _crash_writer(path, "journal")
    journal = Path(f"{path}-journal")
    assert journal.exists() and journal.read_bytes()[:1] != b"\0", "the crashed writer left no hot journal"
    assert path.read_bytes() != BUNDLED_DB.read_bytes(), "the crashed writer changed nothing in the file"
    return path


def _wal(folder: Path) -> Path:
    path = folder / "data.sqlite"
    _crash_writer(path, "wal")
    Path(f"{path}-shm").unlink(missing_ok=True)  # as after a reboot: only the log survives
    assert Path(f"{path}-wal").stat().st_size > 0
    return path


def _stray_wal(folder: Path) -> Path:
    """Our DELETE-mode file with the log of another copy of it left beside it."""
    other = folder / "other"
    other.mkdir()
    _wal(other)
    path = _copy(folder)
    shutil.copyfile(other / "data.sqlite-wal", f"{path}-wal")
    shutil.rmtree(other)
    return path


def _wal_mode_clean(folder: Path) -> Path:
    """A WAL-mode copy of our file, checkpointed and closed cleanly (no `-wal`, no `-shm` left)."""
    path = _copy(folder)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


@dataclass(frozen=True)
class Fault:
    make: Callable[[Path], Path]
    error: type[StoreError] | None  # None: the file is fine and the command succeeds
    words: str = ""  # what the one stderr line must say


_RANDOM = bytes((i * 7919 + 13) % 251 for i in range(65536))  # deterministic noise

FAULTS: dict[str, Fault] = {
    "missing": Fault(lambda folder: folder / "data.sqlite", DatabaseMissingError, "not found"),
    "empty": Fault(_write(b""), NotADatabaseError, "empty"),
    "random bytes": Fault(_write(_RANDOM), NotADatabaseError, "not an SQLite database"),
    "truncated": Fault(_write(BUNDLED_DB.read_bytes()[:81920]), NotADatabaseError, "truncated"),
    "html page": Fault(
        _write(b"<!DOCTYPE html>\n<html><head><title>404</title></head><body>Not Found</body></html>\n" * 4),
        NotADatabaseError,
        "not an SQLite database",
    ),
    "another program's sqlite": Fault(_other_program, ForeignDatabaseError, "Not a caviewer database"),
    "schema version 99": Fault(_alter("PRAGMA user_version = 99"), SchemaVersionError, "version 99"),
    "schema version 0": Fault(_alter("PRAGMA user_version = 0"), SchemaVersionError, "version 0"),
    "missing table": Fault(
        _alter("DROP TABLE project_metrics_sources"), ForeignDatabaseError, "lacks the table"
    ),
    "missing column": Fault(_alter("ALTER TABLE ties DROP COLUMN summary"), ForeignDatabaseError, "summary"),
    "hot journal": Fault(_hot_journal, NotADatabaseError, "half-written"),
    "leftover wal": Fault(_wal, NotADatabaseError, "write-ahead log"),
    "stray wal": Fault(_stray_wal, NotADatabaseError, "write-ahead log"),
    "wal mode, no log": Fault(_wal_mode_clean, None),
}


@pytest.fixture(scope="module")
def fault_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One folder per fault, made once: the commands below only read them (and check they stay so)."""
    made = {}
    for index, (name, fault) in enumerate(FAULTS.items()):
        folder = tmp_path_factory.mktemp(f"fault{index}")
        made[name] = fault.make(folder)
    return made


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("fault", list(FAULTS))
def test_cli_on_a_faulty_database(fault_files: dict[str, Path], fault: str, command: str) -> None:
    path = fault_files[fault]
    before = snapshot(path.parent)
    result = run_cli(*COMMANDS[command](path))
    expected = FAULTS[fault]
    if expected.error is None:
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    else:
        # check-db reports a file that is there but unsound as its finding (exit 1); a missing file, and
        # every other command, is an error (exit 2).
        found = command == "check-db" and expected.error is not DatabaseMissingError
        line = assert_clean_failure(result, 1 if found else 2)
        assert line.startswith("caviewer: ") and expected.words in line, line
        assert str(path) in line
    assert_untouched(path.parent, before)


@pytest.mark.parametrize("fault", list(FAULTS))
def test_store_open_on_a_faulty_database(fault_files: dict[str, Path], fault: str) -> None:
    path = fault_files[fault]
    before = snapshot(path.parent)
    expected = FAULTS[fault]
    if expected.error is None:
        with Store.open(path) as store:
            assert len(store.countries()) == 7
    else:
        with pytest.raises(expected.error) as caught:
            Store.open(path)
        message = str(caught.value)
        assert "\n" not in message and expected.words in message and caught.value.path == path
    assert_untouched(path.parent, before)


def test_a_wal_is_never_silently_ignored(fault_files: dict[str, Path]) -> None:
    """A change that lives only in the WAL is not shown as if the file were whole: the file is refused."""
    result = run_cli("--db", fault_files["leftover wal"], "--version")
    assert result.returncode == 2 and "from-wal" not in result.stdout and "write-ahead log" in result.stderr


def test_a_wal_mode_file_opens_and_nothing_is_written(fault_files: dict[str, Path]) -> None:
    path = fault_files["wal mode, no log"]
    before = snapshot(path.parent)
    result = run_cli("--db", path, "--version")
    assert result.returncode == 0 and "data version" in result.stdout
    assert snapshot(path.parent) == before


# -- a read-only folder ----------------------------------------------------------------------------


def _can_create_in(folder: Path) -> bool:
    probe = folder / ".probe"
    try:
        probe.touch()
    except OSError:
        return False
    probe.unlink()
    return True


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[bool]:
    """Make `folder` read-only for real; yield whether even root is now refused.

    chmod 0555 does not stop root (CI runs as root), so the folder is also made immutable with
    `chattr +i` where the tool and the file system allow it. Undone afterwards so pytest can clean up.
    """
    folder.chmod(0o555)
    immutable = shutil.which("chattr") is not None and (
        subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False).returncode == 0
    )
    try:
        yield not _can_create_in(folder)
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)


@pytest.mark.parametrize("command", list(COMMANDS))
def test_database_in_a_read_only_folder(tmp_path: Path, command: str) -> None:
    """Reading never needs write access to the file or its folder."""
    folder = tmp_path / "read only"
    folder.mkdir()
    path = _copy(folder)
    path.chmod(0o444)
    before = snapshot(folder)
    with read_only(folder):
        result = run_cli(*COMMANDS[command](path))
        assert result.returncode == 0, result.stderr
        with Store.open(path) as store:
            assert len(store.countries()) == 7
    assert_untouched(folder, before)
    assert snapshot(folder) == before


@pytest.mark.parametrize("fault", ["hot journal", "leftover wal"])
def test_unfinished_write_in_a_read_only_folder(tmp_path: Path, fault: str) -> None:
    """Where SQLite cannot even create its `-shm`, a WAL gets the same clear line as a hot journal."""
    folder = tmp_path / "locked"
    folder.mkdir()
    path = FAULTS[fault].make(folder)
    before = snapshot(folder)
    with read_only(folder) as enforced:
        if not enforced:
            pytest.skip("cannot make a folder read-only for this user here (no chattr, running as root)")
        line = assert_clean_failure(run_cli("check-db", path), 1)
        words = "half-written" if fault == "hot journal" else "write-ahead log"
        assert words in line and str(path) in line
    assert snapshot(folder) == before


def test_dump_into_a_read_only_folder_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with read_only(folder) as enforced:
        if not enforced:
            pytest.skip("cannot make a folder read-only for this user here")
        line = assert_clean_failure(run_cli("dump", "--output", folder / "d.json"))
        assert "Cannot write" in line
    assert list(folder.iterdir()) == []


# -- awkward paths ---------------------------------------------------------------------------------

AWKWARD_NAMES = [
    "with space.sqlite",
    "hash#mark.sqlite",
    "question?mark.sqlite",
    "данные 数据 ☃.sqlite",
    "all # of ? them — é.sqlite",
]


@pytest.fixture(scope="module")
def awkward_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("awk") / "a folder # with ? данные"
    folder.mkdir()
    for name in AWKWARD_NAMES:
        shutil.copyfile(BUNDLED_DB, folder / name)
    return folder


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("name", AWKWARD_NAMES)
def test_awkward_paths_for_every_command(awkward_folder: Path, name: str, command: str) -> None:
    path = awkward_folder / name
    before = snapshot(awkward_folder)
    result = run_cli(*COMMANDS[command](path))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    if command == "check-db":
        assert result.stdout.strip() == f"ok: {path}"
    assert snapshot(awkward_folder) == before


@pytest.mark.parametrize("command", list(COMMANDS))
def test_awkward_missing_path_is_named_exactly(awkward_folder: Path, command: str) -> None:
    """A `?` or `#` must not be read as the start of a URI query or fragment."""
    path = awkward_folder / "nope?mode=rw#x.sqlite"
    line = assert_clean_failure(run_cli(*COMMANDS[command](path)))
    assert line == f"caviewer: Database not found: {path}"


def test_awkward_path_that_looks_like_a_uri(tmp_path: Path) -> None:
    """A file really named like a URI query is opened as that file, read-only."""
    path = tmp_path / "x.sqlite?mode=rwc"
    shutil.copyfile(BUNDLED_DB, path)
    before = snapshot(tmp_path)
    result = run_cli("--db", path, "dump", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert snapshot(tmp_path) == before and not (tmp_path / "x.sqlite").exists()


def test_relative_path_with_awkward_name(tmp_path: Path) -> None:
    name = "rel #1 ?.sqlite"
    shutil.copyfile(BUNDLED_DB, tmp_path / name)
    result = subprocess.run(
        [sys.executable, "-m", "caviewer", "check-db", name],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ},
        check=False,
    )
    assert result.returncode == 0 and result.stdout.strip() == f"ok: {name}", result.stderr
