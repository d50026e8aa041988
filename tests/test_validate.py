"""The validator catches each kind of broken database (broken copies made under tmp)."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from caviewer.dataset.validate import validate
from caviewer.store import NotADatabaseError


def _break(path: Path, *statements: str) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        for statement in statements:
            conn.execute(statement)
        conn.commit()


def test_bundled_database_is_valid(bundled_db: Path) -> None:
    assert validate(bundled_db) == []


@pytest.mark.parametrize(
    ("statements", "expected"),
    [
        (
            ["DELETE FROM ties_sources WHERE tie_id = 'cf-tie-kaz-visa-2023'"],
            "ties 'cf-tie-kaz-visa-2023' cites no source",
        ),
        (["INSERT INTO trade_sources VALUES (999999, 'seed-li-2025')"], "orphan row: trade_sources"),
        (
            ["INSERT INTO figures_sources VALUES ('ca5-2022-trade-seed', 'ghost-source')"],
            "orphan row: figures_sources",
        ),
        (
            ["INSERT INTO units VALUES ('furlongs', 'eighth of a mile')"],
            "unit 'furlongs' is not in the known list",
        ),
        (
            ["UPDATE events SET date = '1850-01-01', year = 1850 WHERE event_id = 'ea-ev-xian-2023'"],
            "implausible year 1850",
        ),
        (["UPDATE events SET date = '18 May 2023' WHERE event_id = 'ea-ev-xian-2023'"], "is not an ISO date"),
        (["UPDATE figures SET year = 2001 WHERE figure_id = 'ca5-2022-trade-seed'"], "does not match period"),
        (
            ["INSERT INTO sources (source_id, title, place) VALUES ('lonely', 'Unused', 'nowhere')"],
            "'lonely' is cited by no record",
        ),
        (
            [
                "UPDATE trade SET value_usd = -5 WHERE trade_id = (SELECT min(trade_id) FROM trade WHERE flow = 'total')"
            ],
            "negative value",
        ),
        (
            [
                "UPDATE trade SET value_usd = value_usd * 3 WHERE partner_iso3 = 'KAZ' AND period = '2016' AND reporter = 'china' AND flow = 'total' AND rank = 1"
            ],
            "differs from exports + imports",
        ),
        (["DELETE FROM meta WHERE key = 'as_of'"], "meta lacks 'as_of'"),
        (
            ["UPDATE events SET summary = '=HYPERLINK(1)' WHERE event_id = 'ea-ev-xian-2023'"],
            "summary starts with '='",
        ),
        (
            [
                "UPDATE agreements SET agreement_id = 'bad id!' WHERE agreement_id = '2025-06-kgz-ai-centre-mou'"
            ],
            "outside [A-Za-z0-9._-]",
        ),
    ],
)
def test_each_kind_of_damage_is_reported(db_copy: Path, statements: list[str], expected: str) -> None:
    _break(db_copy, *statements)
    problems = validate(db_copy)
    assert any(expected in p for p in problems), problems


def test_unreadable_file_raises_instead_of_listing(tmp_path: Path) -> None:
    path = tmp_path / "random.sqlite"
    path.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(NotADatabaseError):
        validate(path)
