"""`caviewer export` in a subprocess with no display: outputs decode, every error is one line and exit 2."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer
from tests.conftest import assert_clean_failure, expected_charts, run_cli

from caviewer.store import Store

HEADLESS = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}


def export(*args: str | Path) -> object:
    return run_cli("export", *args, env=HEADLESS)


def test_png_with_no_display(qapp, tmp_path: Path) -> None:
    target = tmp_path / "kaz.png"
    result = export("--country", "kaz", "--output", target, "--size", "1600x900", "--dpi", "200")
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == f"wrote {target}" and "Traceback" not in result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1600, 900)
    assert round(image.dotsPerMeterX() * 0.0254) == 200


def test_svg_pdf_and_csv(qapp, store: Store, tmp_path: Path) -> None:
    svg, pdf, data = tmp_path / "a.svg", tmp_path / "b.pdf", tmp_path / "c.csv"
    assert export("--country", "CA5", "--chart", "shares", "--output", svg, "--size", "slide").returncode == 0
    assert QSvgRenderer(str(svg)).isValid()
    assert export("--country", "CHN", "--output", pdf, "--size", "print").returncode == 0
    assert len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf.read_bytes())) == 1
    result = export("--country", "TKM", "--output", data, "--years", "2000-2010", "--reporter", "china")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(data.read_text(encoding="utf-8").splitlines()))
    db = {
        p.year: p.value_usd
        for p in store.trade(["TKM"])
        if p.reporter == "china" and p.flow == "total" and p.rank == 1 and p.is_annual
    }
    assert rows and all(2000 <= int(r["year"]) <= 2010 and r["reporter"] == "china" for r in rows)
    assert all(float(r["value_usd"]) == db[int(r["year"])] for r in rows)


def test_format_option_overrides_a_missing_extension(tmp_path: Path) -> None:
    target = tmp_path / "chart"
    assert export("--country", "KGZ", "--output", target, "--format", "svg").returncode == 0
    assert target.read_bytes().startswith(b"<?xml")


def test_replace_needs_force(tmp_path: Path) -> None:
    target = tmp_path / "kaz.png"
    target.write_bytes(b"old")
    line = assert_clean_failure(export("--country", "KAZ", "--output", target))
    assert "exists; add --force" in line and target.read_bytes() == b"old"
    assert export("--country", "KAZ", "--output", target, "--force").returncode == 0
    assert target.read_bytes().startswith(b"\x89PNG")


def test_all_writes_every_chart_with_progress(tmp_path: Path) -> None:
    folder = tmp_path / "charts"
    result = export("--all", "--output", folder, "--format", "png")
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in folder.iterdir())
    count = len(expected_charts())
    assert len(names) == count and all(n.endswith(".png") for n in names)
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"[1/{count}] caviewer-") and lines[-1] == f"wrote {count} files to {folder}"
    line = assert_clean_failure(export("--all", "--output", folder, "--format", "png"))
    assert "exist; nothing was written" in line
    assert export("--all", "--output", folder, "--format", "png", "--force").returncode == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--country", "XYZ", "--output", "{tmp}/x.png"], "Unknown country"),
        (["--country", "KAZ", "--chart", "shares", "--output", "{tmp}/x.png"], "has no chart"),
        (["--country", "KAZ", "--output", "{tmp}/x.bmp"], "cannot tell the format"),
        (["--country", "KAZ", "--output", "{tmp}/x.png", "--format", "pdf"], "does not match"),
        (["--country", "KAZ", "--output", "{tmp}/x.png", "--size", "big"], "--size must be"),
        (["--country", "KAZ", "--output", "{tmp}/x.png", "--size", "50000x100"], "out of range"),
        (["--country", "KAZ", "--output", "{tmp}/x.png", "--dpi", "5"], "DPI 5 is out of range"),
        (["--country", "KAZ", "--output", "{tmp}/x.png", "--years", "last"], "--years must"),
        (["--country", "KAZ", "--output", "{tmp}/x.png", "--years", "2020-2010"], "after the last"),
        (["--country", "KAZ", "--output", "{tmp}/x.png", "--years", "1900-1950"], "No trade data"),
        (
            ["--country", "CA5", "--chart", "shares", "--output", "{tmp}/x.png", "--reporter", "partner"],
            "China-reported only",
        ),
        (["--country", "KAZ", "--output", "{tmp}/x.png", "--reporter", "nobody"], "invalid choice"),
        (["--country", "KAZ", "--output", "{tmp}/missing/x.png"], "Folder does not exist"),
        (["--country", "KAZ", "--output", "{tmp}/" + "x" * 300 + ".png"], "too long"),
        (["--country", "KAZ", "--output", "{tmp}"], "is a folder"),
        (["--country", "KAZ", "--output", "/proc/caviewer-test.png"], "Cannot write to folder /proc"),
        (["--output", "{tmp}/x.png"], "needs --country"),
        (["--country", "KAZ"], "required: --output"),
        (["--all", "--country", "KAZ", "--output", "{tmp}"], "--country cannot be used"),
        (["--all", "--output", "{tmp}/file.txt"], "is a file"),
        (["--country", "KAZ", "--output", "{tmp}/x.png", "--db", "{tmp}/none.sqlite"], "Database not found"),
    ],
)
def test_errors_are_one_line_and_leave_nothing(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "file.txt").write_text("a file")
    line = assert_clean_failure(export(*(a.replace("{tmp}", str(tmp_path)) for a in args)))
    assert message in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt"]
