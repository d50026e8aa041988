"""The red-team findings, all from a tampered `--db` file, each fixed and checked through the real command
line: endless text, infinity, a file the validator rejects, and the minor rough edges of the messages."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.conftest import assert_clean_failure, run_cli

from caviewer.formatting import format_quantity, format_usd


def _tamper(db: Path, *statements: str, params: tuple[object, ...] = ()) -> Path:
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:
        for statement in statements:
            conn.execute(statement, params if "?" in statement else ())
    return db


TAMPERINGS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "endless name": (
        lambda db: _tamper(
            db, "UPDATE countries SET name_en = ? WHERE iso3 = 'KAZ'", params=("K" * 100_000,)
        ),
        "name_en is 100,000 characters long",
    ),
    "infinity": (
        lambda db: _tamper(db, "UPDATE trade SET value_usd = 1e999 WHERE trade_id = 7"),
        "value_usd is not a finite number",
    ),
    "negative total": (
        lambda db: _tamper(
            db,
            "UPDATE trade SET value_usd = -50e9 WHERE partner_iso3 = 'KAZ' AND period = '2024' "
            "AND flow = 'total' AND reporter = 'china' AND rank = 1",
        ),
        "negative value",
    ),
    "year 9999": (
        lambda db: _tamper(db, "UPDATE events SET date = '9999-01-01', year = 9999 WHERE rowid = 1"),
        "implausible year 9999",
    ),
    "record without a source": (
        lambda db: _tamper(
            db, "DELETE FROM ties_sources WHERE tie_id = (SELECT tie_id FROM ties ORDER BY tie_id LIMIT 1)"
        ),
        "cites no source",
    ),
    "empty meta": (lambda db: _tamper(db, "DELETE FROM meta"), "meta lacks 'data_version'"),
}

COMMANDS = {
    "screenshot": ["--screenshot", "{out}/w.png", "--size", "1280x800"],
    "dump": ["dump"],
    "export": ["export", "--country", "KAZ", "--output", "{out}/k.png"],
    "profile": ["profile", "KAZ"],
    "version": ["--version"],
}


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("tampering", list(TAMPERINGS))
def test_a_db_that_fails_validation_is_refused(
    db_copy: Path, tmp_path: Path, tampering: str, command: str
) -> None:
    make, words = TAMPERINGS[tampering]
    db = make(db_copy)
    args = ["--db", str(db), *(a.replace("{out}", str(tmp_path)) for a in COMMANDS[command])]
    result = run_cli(*args)
    line = assert_clean_failure(result)
    assert "fails validation" in line and words in line and "caviewer check-db" in line, line
    assert result.stdout == "" and not list(tmp_path.glob("*.png"))


@pytest.mark.parametrize("tampering", list(TAMPERINGS))
def test_check_db_names_each_problem(db_copy: Path, tampering: str) -> None:
    make, words = TAMPERINGS[tampering]
    result = run_cli("check-db", make(db_copy))
    assert result.returncode == 1 and words in result.stdout, result.stdout


def test_non_finite_amounts_never_display_as_inf() -> None:
    assert format_usd(float("inf")) == "\u2014" and format_usd(float("-inf")) == "\u2014"
    assert format_quantity(float("inf"), "persons") == "\u2014"


def test_screenshot_is_exactly_the_size_asked(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    out = tmp_path / "w.png"
    result = run_cli("--screenshot", out, "--size", "1024x768", "--country", "KGZ")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 768)


def test_dump_to_a_folder_says_so_with_or_without_force(tmp_path: Path) -> None:
    for extra in ([], ["--force"]):
        line = assert_clean_failure(run_cli("dump", "--output", tmp_path, *extra))
        assert "is a folder; give a file name" in line


def test_export_all_and_single_export_treat_a_missing_parent_alike(tmp_path: Path) -> None:
    deep = tmp_path / "no" / "such" / "folder"
    line_all = assert_clean_failure(run_cli("export", "--all", "--format", "csv", "--output", deep))
    line_one = assert_clean_failure(run_cli("export", "--country", "KAZ", "--output", deep / "k.csv"))
    assert "Folder does not exist" in line_all and "Folder does not exist" in line_one
    assert not (tmp_path / "no").exists()
    made = tmp_path / "new"
    result = run_cli("export", "--all", "--format", "csv", "--output", made)
    assert result.returncode == 0 and any(made.iterdir())


def test_an_error_line_does_not_echo_endless_input() -> None:
    line = assert_clean_failure(run_cli("--country", "X" * 20_000, "--screenshot", "/tmp/x.png"))
    assert len(line) <= 600 and line.endswith("\u2026")


def test_an_emptied_entry_list_is_named_as_such(db_copy: Path, tmp_path: Path) -> None:
    """check-db refuses such a file; a chart asked of it says there is no entry, not 'use one of '."""
    from caviewer.store import Store
    from caviewer.ui.export.chart_spec import ChartError, build_figure

    _tamper(
        db_copy,
        "PRAGMA foreign_keys = OFF",
        "DELETE FROM countries_sources",
        "DELETE FROM countries",
    )
    with Store.open(db_copy) as store, pytest.raises(ChartError) as raised:
        build_figure(store, "KAZ")
    assert str(raised.value).endswith("use one of none (the database lists no entry)")
