"""The map's geography in the dataset: every place and route line inside the map's frame and sourced, the
outlines' provenance recorded, and a tampered file refused with one line (validator and store)."""

from __future__ import annotations

import contextlib
import csv
import json
import sqlite3
from pathlib import Path

import pytest

from caviewer.dataset.validate import validate
from caviewer.store import ForeignDatabaseError, Store

DATA = Path(__file__).resolve().parents[1] / "data"


def _csv(name: str) -> list[dict[str, str]]:
    with (DATA / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_places_and_routes_are_read_back_as_in_the_csv(store: Store) -> None:
    places = {p.place_id: p for p in store.places()}
    for row in _csv("places"):
        place = places[row["place_id"]]
        assert (place.lon, place.lat) == (float(row["lon"]), float(row["lat"]))
        assert set(place.source_ids) == set(row["source_ids"].split(";"))
    routes = {r.route_id: r for r in store.routes()}
    assert set(routes) == {r["route_id"] for r in _csv("routes")}
    for line in _csv("route_lines"):
        first = tuple(float(v) for v in line["points"].split()[0].split(","))
        assert first in {r[0] for r in routes[line["route_id"]].lines}


def test_issue_places_are_located() -> None:
    """The capitals and the crossings the issue names, each with a source."""
    names = {p["name_en"].split(" (")[0].split(",")[0] for p in _csv("places")}
    text = " ".join(p["name_en"] for p in _csv("places"))
    for capital in ("Astana", "Bishkek", "Dushanbe", "Ashgabat", "Tashkent", "Beijing"):
        assert capital in names
    for crossing in ("Khorgos", "Alashankou", "Torugart", "Irkeshtam", "Kulma"):
        assert crossing in text, crossing
    assert any("Bakhty" in p["name_en"] or "Baketu" in p["name_en"] for p in _csv("places"))


def test_outline_provenance_is_recorded() -> None:
    record = json.loads((DATA / "map_outlines.json").read_text(encoding="utf-8"))
    assert record["package"].startswith("world-atlas@") and len(record["package_sha256"]) == 64
    assert "public domain" in record["source"] and record["rings"] == len(_csv("map_outlines"))
    routes = json.loads((DATA / "route_lines.json").read_text(encoding="utf-8"))
    assert routes["publisher"] == "Global Energy Monitor" and routes["osm_policy"] == "legacy"
    sources = {s["source_id"] for s in _csv("sources")}
    assert {"geo-naturalearth-admin0", "geo-gem-pipeline-routes"} <= sources


def _tamper(path: Path, sql: str) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(sql)


def test_a_place_outside_the_map_is_a_validation_problem(db_copy: Path) -> None:
    _tamper(db_copy, "UPDATE places SET lon = 10.0 WHERE place_id = 'pl-astana'")
    problems = validate(db_copy)
    assert any("pl-astana" in p and "outside the map frame" in p for p in problems)


def test_a_project_site_in_a_country_its_project_does_not_list_is_refused(db_copy: Path) -> None:
    _tamper(db_copy, "UPDATE places SET iso3 = 'TKM' WHERE place_id = 'pl-taldybulak'")
    assert any("pl-taldybulak" in p and "TKM" in p for p in validate(db_copy))


def test_malformed_route_geometry_is_one_clear_error(db_copy: Path) -> None:
    _tamper(db_copy, "UPDATE route_lines SET points = 'north of here' WHERE line_id = 'rt-bbs-gas-0'")
    assert any("rt-bbs-gas-0" in p for p in validate(db_copy))
    with Store.open(db_copy) as store, pytest.raises(ForeignDatabaseError, match="malformed coordinates"):
        store.routes()
