"""The Map pane and the map export, on the real database and a real offscreen window; expected names,
coordinates and ids come from data/places.csv, data/routes.csv and data/projects.csv."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer
from tests.conftest import click_entry, run_cli

from caviewer.geo.projection import PROJECTION

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "does not support grabbing the keyboard"
)
DATA = Path(__file__).resolve().parents[2] / "data"
ENTRIES = ("CA5", "KAZ", "KGZ", "TJK", "TKM", "UZB", "CHN")


def _csv(name: str) -> list[dict[str, str]]:
    with (DATA / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _place(place_id: str) -> dict[str, str]:
    return next(p for p in _csv("places") if p["place_id"] == place_id)


def _map(qtbot, window, iso3: str):  # type: ignore[no-untyped-def]
    click_entry(qtbot, window, iso3)
    window.show_pane("map")
    pane = window.pane("map")
    qtbot.waitExposed(pane.view())
    pane.view().repaint()  # paints now, so its hits are those of this entry
    return pane


def _on_screen(view, place: dict[str, str]) -> QPointF:  # type: ignore[no-untyped-def]
    return view.screen_point(PROJECTION.project(float(place["lon"]), float(place["lat"])))


def test_every_entry_gets_its_own_view_with_its_capital_in_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    capitals = {p["iso3"]: p for p in _csv("places") if p["kind"] == "capital"}
    views = {}
    for iso3 in ENTRIES:
        view = _map(qtbot, window, iso3).view()
        views[iso3] = view.view()
        inside = QRectF(view.rect())
        if iso3 in capitals and iso3 != "CHN":
            assert inside.contains(_on_screen(view, capitals[iso3])), f"{iso3}: its capital is off the map"
        if iso3 == "CA5":
            for state in ("KAZ", "KGZ", "TJK", "TKM", "UZB"):
                assert inside.contains(_on_screen(view, capitals[state])), f"CA5 view lacks {state}'s capital"
        if iso3 == "CHN":  # fitted to the five states and Xinjiang: Kashgar in view, Beijing not
            assert inside.contains(_on_screen(view, _place("pl-kashgar")))
            assert not inside.contains(_on_screen(view, capitals["CHN"]))
        if iso3 == "TJK":  # a state's own view: Astana (far north) is off it
            assert not inside.contains(_on_screen(view, capitals["KAZ"]))
    assert len(set(views.values())) == len(ENTRIES), "two entries share one view"


def test_click_on_a_project_site_opens_that_project(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    site = _place("pl-taldybulak")
    project = next(p for p in _csv("projects") if p["project_id"] == site["project_id"])
    view = _map(qtbot, window, "KGZ").view()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=_on_screen(view, site).toPoint())
    assert window.current_pane() == "projects"
    assert project["name"] in window.pane("projects").view().detail_text()


def test_project_site_at_a_town_point_wins_the_click_over_the_town(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    site = _place("pl-bishkek-chp")
    assert (site["lon"], site["lat"]) == (_place("pl-bishkek")["lon"], _place("pl-bishkek")["lat"])
    view = _map(qtbot, window, "KGZ").view()
    hit = view.hit_at(_on_screen(view, site))
    assert hit is not None and hit.key == "pl-bishkek-chp"


def test_a_crossing_shows_its_record_and_sources_beside_the_map(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    crossing = _place("pl-torugart")
    source = next(s for s in _csv("sources") if s["source_id"] == crossing["source_ids"].split(";")[0])
    pane = _map(qtbot, window, "KGZ")
    view = pane.view()
    hit = view.hit_at(_on_screen(view, crossing))
    assert hit is not None and crossing["name_en"] in hit.text
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=_on_screen(view, crossing).toPoint())
    assert window.current_pane() == "map"  # a crossing has no other pane: its record is shown here
    assert crossing["name_en"] in pane.record_text() and source["publisher"] in pane.record_text()


def test_layers_hide_and_show_the_routes_of_their_kind(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    pipelines = {r["route_id"] for r in _csv("routes") if r["kind"].endswith("_pipeline")}
    railways = {r["route_id"] for r in _csv("routes") if r["kind"] == "railway"}
    pane = _map(qtbot, window, "CA5")

    def drawn() -> set[str]:
        pane.view().repaint()
        return {h.key for h in pane.view().hits() if h.kind == "route"}

    assert pipelines <= drawn() and railways <= drawn()
    pane.set_layer("pipelines", False)
    assert not (pipelines & drawn()) and railways <= drawn()
    pane.set_layer("pipelines", True)
    assert pipelines <= drawn()


def test_zoom_pan_and_reset(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = _map(qtbot, window, "UZB").view()
    start = view.view()
    view.zoom(2.0)
    zoomed = view.view()
    assert zoomed[2] - zoomed[0] == pytest.approx((start[2] - start[0]) / 2)
    view.pan(50, 0)
    assert view.view()[0] < zoomed[0]
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.view() == start


def test_map_export_in_each_format(tmp_path: Path) -> None:
    for fmt in ("png", "svg", "pdf"):
        out = tmp_path / f"kaz-map.{fmt}"
        result = run_cli(
            "export", "--country", "KAZ", "--chart", "map", "--output", str(out), "--size", "1000x700"
        )
        assert result.returncode == 0, result.stderr
    image = QImage(str(tmp_path / "kaz-map.png"))
    assert (image.width(), image.height()) == (1000, 700)
    svg = (tmp_path / "kaz-map.svg").read_text(encoding="utf-8")
    assert QSvgRenderer(str(tmp_path / "kaz-map.svg")).isValid() and "<path" in svg
    assert "Natural Earth" in svg and "Kazakhstan: borders, corridors and project sites" in svg
    from pypdf import PdfReader

    text = " ".join(PdfReader(str(tmp_path / "kaz-map.pdf")).pages[0].extract_text().split())
    assert "Natural Earth" in text and "Albers equal-area" in text


def test_map_as_csv_is_refused_in_one_line(tmp_path: Path) -> None:
    result = run_cli("export", "--country", "KAZ", "--chart", "map", "--output", str(tmp_path / "m.csv"))
    assert result.returncode == 2 and "map has no CSV" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "m.csv").exists()


def test_export_chart_with_the_map_in_view_writes_the_map_as_shown(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from caviewer.ui.export.export_dialog import ExportDialog
    from caviewer.ui.settings import Settings

    pane = _map(qtbot, window, "KGZ")
    pane.set_layer("roads", False)
    pane.view().zoom(2.0)
    figure = window._charts.figure()
    assert figure is not None and figure.chart == "map" and figure.view == pane.view().view()
    assert "roads" not in figure.layers
    dialog = ExportDialog(figure, Settings())
    qtbot.addWidget(dialog)
    assert not dialog._chart.isEnabled()  # the map only
    dialog._path.setText(str(tmp_path / "kgz-map.png"))
    dialog.accept()
    written = dialog.written()
    assert written is not None and QImage(str(written)).width() == 1200
