"""The chart model and the chart-data CSV, against the real database: no Qt needed."""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path

import pytest

from caviewer.domain import STATES
from caviewer.exports import ChartValue, ExportError, chart_csv, write_bytes_atomically, write_chart_csv
from caviewer.store import Store
from caviewer.ui.export.chart_spec import ChartError, ChartOptions, available_charts, build_figure, charts_for

ENTRIES = ("CA5", "KAZ", "KGZ", "TJK", "TKM", "UZB", "CHN")


def _db_values(store: Store, iso3: str, reporter: str, flow: str) -> dict[int, float]:
    return {
        p.year: p.value_usd
        for p in store.trade([iso3])
        if p.reporter == reporter and p.flow == flow and p.rank == 1 and p.is_annual
    }


def _parse(text: str, delimiter: str = ",") -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text), delimiter=delimiter))


@pytest.mark.parametrize("iso3", ENTRIES)
def test_every_entry_has_a_trade_chart(store: Store, iso3: str) -> None:
    assert "trade" in charts_for(iso3)
    for chart in available_charts(store, iso3):
        figure = build_figure(store, iso3, chart)
        assert (figure.lines or figure.bars) and figure.values
        assert figure.file_name("png") == f"caviewer-{iso3}-{chart}-{figure.years[0]}-{figure.years[-1]}.png"
        assert figure.source_names and figure.data_version == store.info().data_version


@pytest.mark.parametrize("iso3", ["KAZ", "TKM", "CA5"])
def test_csv_parses_back_to_the_database(store: Store, iso3: str) -> None:
    figure = build_figure(store, iso3, "trade", ChartOptions(exports=True, imports=True, balance=True))
    rows = _parse(chart_csv(figure.values))
    assert rows and list(rows[0]) == [
        "country_iso3",
        "year",
        "reporter",
        "flow",
        "label",
        "value_usd",
        "share_pct",
        "estimate",
        "source_ids",
        "sources",
        "note",
    ]
    for row in rows:
        assert row["country_iso3"] == iso3
        year, value = int(row["year"]), float(row["value_usd"])
        if row["flow"] == "balance":
            x = _db_values(store, iso3, row["reporter"], "china_exports")[year]
            m = _db_values(store, iso3, row["reporter"], "china_imports")[year]
            assert math.isclose(value, x - m, rel_tol=1e-9, abs_tol=1.0)
        else:
            assert value == _db_values(store, iso3, row["reporter"], row["flow"])[year]
        assert row["estimate"] in ("0", "1") and row["source_ids"]
    # every plotted total is in the CSV
    totals = {(r["reporter"], int(r["year"])) for r in rows if r["flow"] == "total"}
    for reporter in ("china", "partner"):
        assert {(reporter, y) for y in _db_values(store, iso3, reporter, "total")} <= totals


def test_csv_holds_only_the_years_shown(store: Store) -> None:
    figure = build_figure(store, "KAZ", "trade", ChartOptions(years=(2010, 2015), reporter="china"))
    rows = _parse(chart_csv(figure.values))
    assert {int(r["year"]) for r in rows} == set(range(2010, 2016))
    assert {r["reporter"] for r in rows} == {"china"}
    assert figure.file_name("csv") == "caviewer-KAZ-trade-2010-2015.csv"


def test_shares_csv_holds_the_totals_behind_the_shares(store: Store) -> None:
    figure = build_figure(store, "CA5", "shares")
    rows = _parse(chart_csv(figure.values))
    assert {r["country_iso3"] for r in rows} == set(STATES)
    for row in rows:
        assert (
            float(row["value_usd"])
            == _db_values(store, row["country_iso3"], "china", "total")[int(row["year"])]
        )
    shares = [line.series for line in figure.lines]
    for i in range(len(figure.years)):
        column = [s.values[i] for s in shares]
        if not any(math.isnan(v) for v in column):
            assert math.isclose(sum(column), 100.0)


def test_china_chart_is_the_regional_total_as_in_the_window(store: Store) -> None:
    china, region = build_figure(store, "CHN", "trade"), build_figure(store, "CA5", "trade")
    assert [line.series for line in china.lines] == [line.series for line in region.lines]
    assert china.lines[0].series.label == "Central Asia total, China-reported"


def test_gaps_stay_gaps(store: Store) -> None:
    figure = build_figure(store, "TKM", "trade")
    partner = next(line for line in figure.lines if line.reporter == "partner")
    assert any(math.isnan(v) for v in partner.series.values)
    shown = sum(not math.isnan(v) for v in partner.series.values)
    assert len([v for v in figure.values if v.reporter == "partner"]) == shown


def test_bad_requests_are_chart_errors(store: Store) -> None:
    with pytest.raises(ChartError, match="Unknown country"):
        build_figure(store, "XYZ")
    with pytest.raises(ChartError, match="no chart"):
        build_figure(store, "KAZ", "shares")
    with pytest.raises(ChartError, match="No trade data"):
        build_figure(store, "KAZ", "trade", ChartOptions(years=(1900, 1950)))
    with pytest.raises(ChartError, match="China-reported only"):
        build_figure(store, "CA5", "shares", ChartOptions(reporter="partner"))


def test_text_cells_are_neutralised() -> None:
    value = ChartValue("=KAZ", 2020, "china", "total", 1.0, False, ("@evil", "-x"))
    row = _parse(chart_csv([value]))[0]
    assert row["country_iso3"] == "'=KAZ" and row["source_ids"] == "'@evil;-x"


def test_tab_separated_for_the_clipboard(store: Store) -> None:
    figure = build_figure(store, "KGZ", "trade")
    rows = _parse(chart_csv(figure.values, delimiter="\t"), delimiter="\t")
    assert len(rows) == len(figure.values)


def test_write_refuses_to_replace_without_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "chart.csv"
    target.write_text("keep me")
    with pytest.raises(ExportError, match="exists"):
        write_chart_csv(target, [], overwrite=False)
    assert target.read_text() == "keep me"
    write_chart_csv(target, [], overwrite=True)
    assert target.read_text().startswith("country_iso3,")
    assert oct(target.stat().st_mode & 0o777) != oct(0o600)
    assert [p.name for p in tmp_path.iterdir()] == ["chart.csv"]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("x" * 300 + ".csv", "too long"),
        ("missing/chart.csv", "does not exist"),
        ("", "is a folder"),
        ("..", "Not a valid"),
    ],
)
def test_bad_names_leave_nothing(tmp_path: Path, name: str, message: str) -> None:
    with pytest.raises(ExportError, match=message):
        write_bytes_atomically(tmp_path / name, b"data")
    assert list(tmp_path.iterdir()) == []


def test_full_disk_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    real_fsync = os.fsync

    def full(fd: int) -> None:
        real_fsync(fd)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ExportError, match="No space left on device"):
        write_bytes_atomically(tmp_path / "chart.png", b"x" * 1000)
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    def refuse(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ExportError, match=r"Cannot write to folder .*Permission denied"):
        write_bytes_atomically(tmp_path / "chart.png", b"x")
    assert list(tmp_path.iterdir()) == []


def test_shares_mark_years_with_an_estimate(store: Store) -> None:
    figure = build_figure(store, "CA5", "shares")
    totals = {iso3: _estimates(store, iso3) for iso3 in STATES}
    for line in figure.lines:
        for year, value, estimate in zip(
            figure.years, line.series.values, line.series.estimates, strict=True
        ):
            if not math.isnan(value):
                assert estimate == any(t.get(year, False) for t in totals.values())
    assert figure.has_estimates() and figure.estimate_note() == "Lighter bar: estimate or derived value"


def _estimates(store: Store, iso3: str) -> dict[int, bool]:
    return {
        p.year: p.estimate
        for p in store.trade([iso3])
        if p.reporter == "china" and p.flow == "total" and p.rank == 1 and p.is_annual
    }


def test_available_charts_are_those_with_data_in_the_csv(store: Store) -> None:
    from tests.conftest import expected_charts

    made = [(c.iso3, chart) for c in store.countries() for chart in available_charts(store, c.iso3)]
    assert sorted(made) == sorted(expected_charts())
