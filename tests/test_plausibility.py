"""The plausibility rule: an outlier planted in a copy of data/ makes the build and check-db refuse it, a
sourced caveat lets it through, and every caveat the dataset carries explains a real anomaly."""

from __future__ import annotations

import contextlib
import csv
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from caviewer.dataset.build import BuildError, build
from caviewer.dataset.plausibility import FLOOR_USD, JUMP_RATIO

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"


def _copy_data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    for item in DATA.iterdir():
        if item.suffix in {".csv", ".sql"}:
            shutil.copyfile(item, folder / item.name)
    return folder


def _rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def _write(path: Path, fields: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _scale(folder: Path, partner: str, period: str, reporter: str, factor: float) -> None:
    """Multiply one year's rank-1 flows and total of one reporter (so the total still sums)."""
    fields, rows = _rows(folder / "trade.csv")
    for row in rows:
        if (row["partner_iso3"], row["period"], row["reporter"], row["rank"]) == (
            partner,
            period,
            reporter,
            "1",
        ):
            row["value_usd"] = str(float(row["value_usd"]) * factor)
    _write(folder / "trade.csv", fields, rows)


def _add_caveat(folder: Path, **values: str) -> None:
    fields, rows = _rows(folder / "trade_caveats.csv")
    rows.append({f: values.get(f, "") for f in fields})
    _write(folder / "trade_caveats.csv", fields, rows)


def test_a_planted_jump_is_refused_naming_entry_year_reporter_flow_and_ratio(tmp_path: Path) -> None:
    folder = _copy_data(tmp_path)
    _scale(folder, "KAZ", "2015", "china", 25.0)
    with pytest.raises(BuildError) as raised:
        build(folder, tmp_path / "out.sqlite")
    message = str(raised.value)
    line = next(x for x in message.splitlines() if "KAZ 2015 China-reported total" in x)
    assert "x above the 2014 value" in line and "no caveat" in line
    # The ratio printed is the one in the data: 25 times the 2015 value over the 2014 value.
    _, rows = _rows(DATA / "trade.csv")
    value = {
        r["period"]: float(r["value_usd"])
        for r in rows
        if (r["partner_iso3"], r["reporter"], r["flow"], r["rank"]) == ("KAZ", "china", "total", "1")
    }
    assert f"{25 * value['2015'] / value['2014']:.1f}x" in line
    assert not (tmp_path / "out.sqlite").exists()


def test_a_planted_reporter_gap_is_refused(tmp_path: Path) -> None:
    folder = _copy_data(tmp_path)
    _scale(folder, "UZB", "2022", "partner", 1 / 8)
    with pytest.raises(BuildError, match=r"trade UZB 2022 total: China-reported .* differ \d+\.\dx"):
        build(folder, tmp_path / "out.sqlite")


def test_a_sourced_caveat_lets_the_anomaly_through(tmp_path: Path) -> None:
    folder = _copy_data(tmp_path)
    _scale(folder, "KAZ", "2015", "china", 25.0)
    _add_caveat(
        folder,
        caveat_id="test-kaz-2015",
        partner_iso3="KAZ",
        reporter="both",
        year_from="2015",
        year_to="2015",
        reason="method_change",
        summary="A planted test anomaly",
        text="A planted test anomaly.",
        source_ids="tr2-imf-dots",
    )
    build(folder, tmp_path / "out.sqlite")
    assert (tmp_path / "out.sqlite").exists()


def test_a_caveat_without_a_source_is_refused(tmp_path: Path) -> None:
    folder = _copy_data(tmp_path)
    _add_caveat(
        folder,
        caveat_id="test-unsourced",
        partner_iso3="KAZ",
        reporter="china",
        year_from="2015",
        year_to="2015",
        reason="method_change",
        summary="No source",
        text="No source.",
    )
    with pytest.raises(BuildError, match="cites no source"):
        build(folder, tmp_path / "out.sqlite")


def test_check_db_reports_an_outlier_in_a_built_file(tmp_path: Path, db_copy: Path) -> None:
    """A database whose caveats were stripped after the build fails `caviewer check-db` (exit 1)."""
    with contextlib.closing(sqlite3.connect(db_copy)) as conn, conn:
        conn.execute("DELETE FROM trade_caveats_sources")
        conn.execute("DELETE FROM trade_caveats")
    done = subprocess.run(
        [sys.executable, "-m", "caviewer", "check-db", str(db_copy)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "trade KGZ 2008 total: China-reported" in done.stdout
    assert "Traceback" not in done.stderr


def _plotted() -> dict[tuple[str, str, str, int], float]:
    _, rows = _rows(DATA / "trade.csv")
    return {
        (r["partner_iso3"], r["reporter"], r["flow"], int(r["period"])): float(r["value_usd"])
        for r in rows
        if r["rank"] == "1" and r["period"].isdigit() and r["flow"] != "balance"
    }


NOTED_GAP = 2.0  # a reporter gap a caveat may explain although the rule does not flag it


def test_every_caveat_explains_a_real_anomaly_in_the_data() -> None:
    """No caveat is a blanket waiver: each covers at least one jump or gap the rule would flag, or a
    reporter gap of more than 2x in its own flow (what a reader sees on the gap chart), computed here from
    data/trade.csv."""
    values = _plotted()
    flagged: set[tuple[str, str, str, int]] = set()
    for (partner, reporter, flow, year), value in values.items():
        before = values.get((partner, reporter, flow, year - 1))
        big = bool(before and value and max(before, value) >= FLOOR_USD)
        if big and before and max(before, value) / min(before, value) > JUMP_RATIO:
            flagged |= {(partner, reporter, flow, year), (partner, reporter, flow, year - 1)}
        other = values.get((partner, "partner", flow, year)) if reporter == "china" else None
        if other and min(value, other) >= FLOOR_USD and max(value, other) / min(value, other) > NOTED_GAP:
            flagged |= {(partner, "china", flow, year), (partner, "partner", flow, year)}
    _, caveats = _rows(DATA / "trade_caveats.csv")
    assert caveats
    for c in caveats:
        covered = [
            key
            for key in flagged
            if key[0] == c["partner_iso3"]
            and c["reporter"] in (key[1], "both")
            and c["flow"] in ("", key[2])
            and int(c["year_from"]) <= key[3] <= int(c["year_to"])
        ]
        assert covered, f"caveat {c['caveat_id']} covers no flagged value"
