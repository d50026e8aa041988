"""`caviewer profile ISO3`: the header cards of every entry, checked against data/*.csv and the card rules
(no stale value shown as current, cumulative amounts with span and price basis, one population series, the
region's own cards and its multi-party records). Runs the real entry point in a subprocess."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"
STATES = ("KAZ", "KGZ", "TJK", "TKM", "UZB")
ENTRIES = ("CA5", *STATES, "CHN")
CURRENT_FROM = 2019


def _csv(name: str) -> list[dict[str, str]]:
    with (DATA / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def _profile(iso3: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "caviewer", "profile", iso3, "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def _cards(iso3: str) -> dict[str, dict[str, Any]]:
    return {card["key"]: card for card in _profile(iso3)["cards"]}


def _latest_total(partner: str, reporter: str) -> dict[str, str]:
    rows = [
        r
        for r in _csv("trade")
        if (r["partner_iso3"], r["reporter"], r["flow"], r["rank"]) == (partner, reporter, "total", "1")
        and r["period"].isdigit()
    ]
    return max(rows, key=lambda r: int(r["period"]))


@pytest.mark.parametrize("iso3", ENTRIES)
def test_json_shape(iso3: str) -> None:
    doc = _profile(iso3)
    assert doc["entry"] == iso3 and doc["name"] and doc["as_of"]
    meta = {r["key"]: r["value"] for r in _csv("meta")}
    assert doc["as_of"] == meta["as_of"]
    for card in doc["cards"]:
        assert set(card) >= {"key", "label", "value", "unit", "period", "status", "source_ids"}
        assert (card["value"] is None) == (
            card["status"] in {"not_published", "not_in_dataset", "not_applicable"}
        )
        if card["value"] is not None:
            assert card["source_ids"], card
    for key in ("agreements", "projects", "events"):
        assert isinstance(doc[key], list)


@pytest.mark.parametrize("iso3", ENTRIES)
def test_no_card_presents_an_old_value_as_current(iso3: str) -> None:
    for card in _cards(iso3).values():
        if card["value"] is not None and card["period"]:
            last = int(card["period"].replace("\u2013", "..").split("..")[-1][:4])
            assert last >= CURRENT_FROM, card


@pytest.mark.parametrize("iso3", STATES)
def test_trade_cards_match_the_csv(iso3: str) -> None:
    cards = _cards(iso3)
    for key, reporter in (("trade_china", "china"), ("trade_partner", "partner")):
        row = _latest_total(iso3, reporter)
        card = cards[key]
        assert card["period"] == row["period"]
        if int(row["period"]) >= CURRENT_FROM:
            assert card["value"] == pytest.approx(float(row["value_usd"]))
            assert card["label"].endswith(f"{reporter.replace('china', 'China')}-reported")
        else:
            assert card["value"] is None and card["status"] == "not_published"
            assert card["text"] == "not published"


def test_turkmenistan_partner_card_says_not_published() -> None:
    card = _cards("TKM")["trade_partner"]
    assert card["status"] == "not_published" and card["value"] is None
    assert int(card["period"]) < CURRENT_FROM and card["text"] == "not published"


@pytest.mark.parametrize("iso3", STATES)
def test_population_and_gdp_come_from_one_series(iso3: str) -> None:
    """The rank-1 series (World Bank WDI for all five), its latest year, whatever newer alternative exists."""
    figures = _csv("figures")
    for key, indicator in (("population", "population"), ("gdp", "gdp_current_usd")):
        shown = [
            f for f in figures if f["scope_iso3"] == iso3 and f["indicator"] == indicator and f["rank"] == "1"
        ]
        latest = max(shown, key=lambda f: f["period"])
        card = _cards(iso3)[key]
        assert card["value"] == pytest.approx(float(latest["value"])) and card["period"] == latest["period"]
        assert card["source_ids"] == latest["source_ids"].split(";")
    wdi = {_cards(s)["population"]["source_ids"][0] for s in STATES}
    assert len(wdi) == 1


def test_kyrgyz_population_is_over_seven_million() -> None:
    assert _cards("KGZ")["population"]["value"] > 7_000_000


@pytest.mark.parametrize("iso3", STATES)
def test_cumulative_finance_says_span_and_price_basis(iso3: str) -> None:
    card = _cards(iso3)["finance"]
    row = next(
        f
        for f in _csv("figures")
        if f["scope_iso3"] == iso3
        and f["indicator"] == "chinese_development_finance_committed"
        and f["rank"] == "1"
    )
    assert card["value"] == pytest.approx(float(row["value"]))
    assert card["label"].endswith("2000\u20132021") and card["period"] == "2000\u20132021"
    assert card["unit"] == "USD_constant_2021"


def test_region_has_real_cards() -> None:
    cards = _cards("CA5")
    assert cards["trade_china"]["value"] == pytest.approx(float(_latest_total("CA5", "china")["value_usd"]))
    share = max(
        (f for f in _csv("figures") if f["scope_iso3"] == "CA5" and f["indicator"] == "china_share_of_trade"),
        key=lambda f: f["period"],
    )
    assert cards["share"]["value"] == pytest.approx(float(share["value"]))
    wdi = [
        f
        for f in _csv("figures")
        if f["indicator"] == "population" and f["rank"] == "1" and f["scope_iso3"] in STATES
    ]
    year = max(f["period"] for f in wdi)
    expected = sum(float(f["value"]) for f in wdi if f["period"] == year)
    assert cards["population"]["value"] == pytest.approx(expected) and cards["population"]["period"] == year
    assert cards["population"]["status"] == "derived" and cards["gdp"]["value"] > 0


def test_region_lists_every_multiparty_agreement_project_and_event() -> None:
    doc = _profile("CA5")

    def shared(rows: list[dict[str, str]], column: str, least: int) -> set[str]:
        keyed = set()
        for row in rows:
            parties = set(row[column].split(";"))
            if "CA5" in parties or len(parties & set(STATES)) >= least:
                keyed.add(next(iter(row.values())))
        return keyed

    agreements = shared(_csv("agreements"), "parties", 3)
    assert len(agreements) >= 21 and set(doc["agreements"]) == agreements
    assert set(doc["projects"]) == shared(_csv("projects"), "countries", 2)
    assert set(doc["events"]) == shared(_csv("events"), "countries", 3)


def test_text_format_and_unknown_entry() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "caviewer", "profile", "kgz"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and done.stdout.startswith("Kyrgyzstan (KGZ)")
    assert "Notes on the trade series:" in done.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "caviewer", "profile", "XYZ"], capture_output=True, text=True, check=False
    )
    assert bad.returncode == 2 and bad.stdout == ""
    assert bad.stderr.count("\n") == 1 and "unknown entry 'XYZ'" in bad.stderr and "KAZ" in bad.stderr


@pytest.mark.parametrize("iso3", ["KAZ", "UZB", "CA5"])
def test_year_to_date_is_the_latest_part_year_beside_the_year_before(iso3: str) -> None:
    rows = [
        r
        for r in _csv("trade")
        if (r["partner_iso3"], r["flow"], r["reporter"], r["rank"]) == (iso3, "total", "china", "1")
        and ".." in r["period"]
        and r["period"][5:7] == "01"
        and r["period"][:4] == r["period"][9:13]
    ]
    latest = max(rows, key=lambda r: (r["period"][:4], r["period"][-2:]))
    year, month = int(latest["period"][:4]), latest["period"][-2:]
    before = next(r for r in rows if r["period"] == f"{year - 1}-01..{year - 1}-{month}")
    (china,) = [y for y in _profile(iso3)["year_to_date"] if y["reporter"] == "china"]
    assert china["period"] == latest["period"] and china["value_usd"] == pytest.approx(
        float(latest["value_usd"])
    )
    change = 100 * (float(latest["value_usd"]) / float(before["value_usd"]) - 1)
    assert china["previous_value_usd"] == pytest.approx(float(before["value_usd"]))
    assert china["change_pct"] == pytest.approx(round(change, 1))


@pytest.mark.parametrize("iso3", ENTRIES)
def test_brief_has_six_to_twelve_sourced_statements(iso3: str) -> None:
    doc = _profile(iso3)
    brief = doc["brief"]
    sources = {r["source_id"] for r in _csv("sources")}
    assert 6 <= len(brief) <= 12, [b["text"] for b in brief]
    for statement in brief:
        assert statement["text"].endswith(".") and statement["source_ids"]
        assert set(statement["source_ids"]) <= sources


@pytest.mark.parametrize("iso3", ["KAZ", "KGZ", "UZB"])
def test_brief_figures_come_from_the_csv(iso3: str) -> None:
    from caviewer.formatting import format_usd

    brief = [b["text"] for b in _profile(iso3)["brief"]]
    latest = _latest_total(iso3, "china")
    first = brief[0]
    assert f"at {format_usd(float(latest['value_usd']))} in {latest['period']}" in first
    before = next(
        float(r["value_usd"])
        for r in _csv("trade")
        if (r["partner_iso3"], r["reporter"], r["flow"], r["rank"], r["period"])
        == (iso3, "china", "total", "1", str(int(latest["period"]) - 1))
    )
    assert f"{100 * (float(latest['value_usd']) / before - 1):+.0f}% on" in first


def test_targets_sit_beside_the_measured_figure_from_the_csv() -> None:
    targets = {t["target_id"]: t for t in _csv("targets")}
    trade = {
        (r["partner_iso3"], r["period"], r["reporter"], r["flow"]): float(r["value_usd"])
        for r in _csv("trade")
        if r["rank"] == "1"
    }
    figures = {f["figure_id"]: float(f["value"]) for f in _csv("figures")}
    seen = 0
    for iso3 in ("CA5", *STATES):
        for row in _profile(iso3)["targets"]:
            target = targets[row["target_id"]]
            assert target["scope_iso3"] == iso3 and row["claim"] == target["claim"]
            ref = target["measured_ref"]
            expected = trade[tuple(ref.split(":")[1:])] if ref.startswith("trade:") else figures[ref]
            assert row["measured_value"] == pytest.approx(expected)
            assert set(target["source_ids"].split(";")) <= set(row["source_ids"])
            seen += 1
    assert seen == len(targets)
