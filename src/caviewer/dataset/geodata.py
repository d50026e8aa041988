"""Checks on the map's geography: coordinates in range and inside the map's frame, geometry that parses,
places and routes that agree with the projects they locate. Part of `validate`; standard library only.
"""

from __future__ import annotations

import sqlite3

from caviewer.store import parse_points

# lon_min, lat_min, lon_max, lat_max: the frame the outlines are cut to (scripts/make_map_outlines.py).
FRAME = (44.0, 26.0, 120.0, 58.0)


def _inside(lon: float, lat: float) -> bool:
    return FRAME[0] <= lon <= FRAME[2] and FRAME[1] <= lat <= FRAME[3]


def _geometry(table: str, key: str, text: str, minimum: int) -> list[str]:
    try:
        points = parse_points(text)
    except ValueError:
        return [f"{table} {key!r}: points are not 'lon,lat lon,lat ...'"]
    problems = []
    if len(points) < minimum:
        problems.append(f"{table} {key!r}: {len(points)} points (at least {minimum})")
    outside = [p for p in points if not _inside(*p)]
    if outside:
        problems.append(f"{table} {key!r}: {len(outside)} point(s) outside the map frame, e.g. {outside[0]}")
    return problems


def check(conn: sqlite3.Connection) -> list[str]:
    problems: list[str] = []
    for key, text in conn.execute("SELECT outline_id, points FROM map_outlines ORDER BY outline_id"):
        problems += _geometry("map_outlines", key, text, 4)
    for key, text in conn.execute("SELECT line_id, points FROM route_lines ORDER BY line_id"):
        problems += _geometry("route_lines", key, text, 2)
    for place_id, lon, lat in conn.execute("SELECT place_id, lon, lat FROM places ORDER BY place_id"):
        if not _inside(lon, lat):
            problems.append(f"places {place_id!r}: ({lon}, {lat}) is outside the map frame")
    problems += [
        f"places {pid!r}: a project site names no project"
        for (pid,) in conn.execute(
            "SELECT place_id FROM places WHERE kind = 'project_site' AND project_id IS NULL ORDER BY place_id"
        )
    ]
    problems += [
        f"places {pid!r} lies in {iso3}, which project {project!r} does not list among its countries"
        for pid, iso3, project in conn.execute(
            "SELECT p.place_id, p.iso3, p.project_id FROM places p "
            "WHERE p.project_id IS NOT NULL AND NOT EXISTS "
            "(SELECT 1 FROM project_countries c WHERE c.project_id = p.project_id AND c.iso3 = p.iso3) "
            "ORDER BY p.place_id"
        )
    ]
    problems += [
        f"routes {rid!r} has no line"
        for (rid,) in conn.execute(
            "SELECT route_id FROM routes r WHERE NOT EXISTS (SELECT 1 FROM route_lines l "
            "WHERE l.route_id = r.route_id) ORDER BY route_id"
        )
    ]
    problems += [
        f"routes {rid!r} is approximate but its note does not say how it was drawn"
        for (rid,) in conn.execute(
            "SELECT route_id FROM routes WHERE approximate = 1 AND coalesce(trim(note), '') = '' "
            "ORDER BY route_id"
        )
    ]
    return problems
