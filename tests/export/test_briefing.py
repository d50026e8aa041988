"""The briefing pack: `caviewer brief` writes an A4 PDF that reads back (pypdf) with the entry's name, its
figures with their source numbers and the numbered source list; bad input is one line and exit 2, with
nothing half-written; File > Export briefing writes the same pack."""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from tests.conftest import assert_clean_failure, run_cli

from caviewer.formatting import format_usd

DATA = Path(__file__).resolve().parents[2] / "data"


def _text(path: Path) -> str:
    """The PDF's text as one line; NFKC undoes the ligatures (fi) the PDF's font uses."""
    pages = PdfReader(path).pages
    return unicodedata.normalize("NFKC", " ".join(" ".join((p.extract_text() or "").split()) for p in pages))


def _latest_china_total(iso3: str) -> dict[str, str]:
    with (DATA / "trade.csv").open(encoding="utf-8", newline="") as handle:
        rows = [
            r
            for r in csv.DictReader(handle)
            if (r["partner_iso3"], r["reporter"], r["flow"], r["rank"]) == (iso3, "china", "total", "1")
            and r["period"].isdigit()
        ]
    return max(rows, key=lambda r: int(r["period"]))


@pytest.mark.parametrize("iso3", ["KGZ", "CA5"])
def test_brief_reads_back(tmp_path: Path, iso3: str) -> None:
    out = tmp_path / f"{iso3}.pdf"
    result = run_cli("brief", iso3, "--output", out)
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    assert len(reader.pages) >= 3 and reader.metadata.title.startswith("caviewer briefing: ")
    assert reader.metadata.author.startswith("caviewer") and b"dc:subject" in out.read_bytes()
    text = _text(out)
    name = "Kyrgyzstan" if iso3 == "KGZ" else "Central Asia (all five)"
    assert name in text and "Sources" in text
    latest = _latest_china_total(iso3)
    value = format_usd(float(latest["value_usd"]))
    # The card's figure, then its source numbers in brackets; the list then gives [1] in full.
    assert re.search(re.escape(f"{value} ({latest['period']}") + r"[^\[]*\[\d+(, \d+)*\]", text), text[:600]
    assert re.search(r"\[1\] \S", text)
    # The Overview's lists: the largest counted AidData loan, with its source number.
    with (DATA / "lending.csv").open(encoding="utf-8", newline="") as handle:
        loans = [
            float(r["amount_usd_constant_2017"])
            for r in csv.DictReader(handle)
            if (iso3 == "CA5" or r["recipient_iso3"] == iso3)
            and r["recommended_for_totals"] == "1"
            and r["amount_usd_constant_2017"]
        ]
    assert "At a glance" in text
    assert re.search(re.escape(f"{format_usd(max(loans))} in constant 2017 dollars") + r"[^\[]*\[\d+\]", text)


def test_brief_all_and_bad_input(tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    result = run_cli("brief", "--all", "--output", folder)
    assert result.returncode == 0, result.stderr
    assert len(list(folder.glob("caviewer-briefing-*.pdf"))) == 7
    out = tmp_path / "k.pdf"
    assert run_cli("brief", "KAZ", "--output", out).returncode == 0
    line = assert_clean_failure(run_cli("brief", "KAZ", "--output", out))
    assert "exists; add --force" in line
    assert "unknown" in assert_clean_failure(run_cli("brief", "XYZ", "--output", tmp_path / "x.pdf")).lower()
    assert "Folder does not exist" in assert_clean_failure(
        run_cli("brief", "KAZ", "--output", tmp_path / "no" / "k.pdf")
    )
    assert not (tmp_path / "x.pdf").exists() and not list(tmp_path.glob(".*"))


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_file_export_briefing_writes_the_pack(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.select_country("UZB")
    written = window._charts.export_briefing_to("UZB", tmp_path / "uzb")
    assert written == tmp_path / "uzb.pdf" and "Uzbekistan" in _text(written)
