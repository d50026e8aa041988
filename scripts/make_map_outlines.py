#!/usr/bin/env python3
"""Make data/map_outlines.csv: the country outlines the Map pane draws, cut from Natural Earth admin-0.

Natural Earth's 1:50m Admin 0 countries (public domain) are read from the TopoJSON that the npm package
`world-atlas` redistributes (Natural Earth 4.1.0). The script decodes the topology, simplifies each shared
arc once (Douglas-Peucker, so neighbours keep one common border), rebuilds every ring, clips it to the map's
frame and keeps the countries that reach into the frame. Re-run it to reproduce the file byte for byte:

    .venv/bin/python scripts/make_map_outlines.py [PATH/TO/world-atlas-2.0.2.tgz]

Without a path it fetches the package with `npm pack`. The package, its checksum, the licence and the
simplification are recorded in data/map_outlines.json; the outlines cite the source `geo-naturalearth-admin0`
in data/sources.csv. Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT_CSV = ROOT / "data" / "map_outlines.csv"
OUT_JSON = ROOT / "data" / "map_outlines.json"
PACKAGE, VERSION = "world-atlas", "2.0.2"
MEMBER = "package/countries-50m.json"
SOURCE_ID = "geo-naturalearth-admin0"
# lon_min, lat_min, lon_max, lat_max: Central Asia, China as far east as Beijing, and the neighbours
# that frame them.
FRAME = (44.0, 26.0, 120.0, 58.0)
TOLERANCE = 0.01  # degrees, about 1 km: finer than the pane's default view resolves
MIN_RING_AREA = 0.01  # square degrees (~100 km2); keeps the Ferghana enclaves, drops specks
# ISO 3166-1 numeric code (world-atlas's id) -> alpha-3 and the name world-atlas gives it, checked on read so
# that a wrong code fails here instead of labelling the wrong country.
COUNTRIES = {
    "004": ("AFG", "Afghanistan"),
    "031": ("AZE", "Azerbaijan"),
    "050": ("BGD", "Bangladesh"),
    "051": ("ARM", "Armenia"),
    "064": ("BTN", "Bhutan"),
    "104": ("MMR", "Myanmar"),
    "156": ("CHN", "China"),
    "268": ("GEO", "Georgia"),
    "356": ("IND", "India"),
    "364": ("IRN", "Iran"),
    "368": ("IRQ", "Iraq"),
    "398": ("KAZ", "Kazakhstan"),
    "417": ("KGZ", "Kyrgyzstan"),
    "496": ("MNG", "Mongolia"),
    "524": ("NPL", "Nepal"),
    "586": ("PAK", "Pakistan"),
    "643": ("RUS", "Russia"),
    "762": ("TJK", "Tajikistan"),
    "795": ("TKM", "Turkmenistan"),
    "860": ("UZB", "Uzbekistan"),
}

Point = tuple[float, float]


def decode_arcs(topology: dict) -> list[list[Point]]:
    """TopoJSON's quantized, delta-encoded arcs as lists of (lon, lat)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker, iterative; the end points are always kept."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        worst, at = -1.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if norm == 0:
                d = ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            else:
                d = abs(dy * px - dx * py + bx * ay - by * ax) / norm
            if d > worst:
                worst, at = d, i
        if at > 0 and worst > tolerance:
            keep[at] = True
            stack += [(first, at), (at, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def ring_points(ring: list[int], arcs: list[list[Point]]) -> list[Point]:
    points: list[Point] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def clip(ring: list[Point], frame: tuple[float, float, float, float]) -> list[Point]:
    """Sutherland-Hodgman against the frame rectangle (rings stay closed polygons for filling)."""
    x0, y0, x1, y1 = frame
    edges = (
        (lambda p: p[0] >= x0, lambda a, b: _at_x(a, b, x0)),
        (lambda p: p[0] <= x1, lambda a, b: _at_x(a, b, x1)),
        (lambda p: p[1] >= y0, lambda a, b: _at_y(a, b, y0)),
        (lambda p: p[1] <= y1, lambda a, b: _at_y(a, b, y1)),
    )
    out = ring
    for inside, cross in edges:
        points, out = out, []
        for i, current in enumerate(points):
            previous = points[i - 1]
            if inside(current):
                if not inside(previous):
                    out.append(cross(previous, current))
                out.append(current)
            elif inside(previous):
                out.append(cross(previous, current))
        if not out:
            break
    return out


def _at_x(a: Point, b: Point, x: float) -> Point:
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def _at_y(a: Point, b: Point, y: float) -> Point:
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def area(ring: list[Point]) -> float:
    return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:] + ring[:1], strict=True))) / 2


def outlines(topology: dict) -> list[dict[str, str]]:
    arcs = [simplify(arc, TOLERANCE) for arc in decode_arcs(topology)]
    rows = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = geometry.get("id")
        if code not in COUNTRIES:
            continue
        iso3, expected = COUNTRIES[code]
        if geometry["properties"]["name"] != expected:
            raise SystemExit(f"world-atlas id {code} is {geometry['properties']['name']!r}, not {expected!r}")
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for part, polygon in enumerate(polygons):
            for ring_index, ring in enumerate(polygon):
                clipped = [(round(x, 3), round(y, 3)) for x, y in clip(ring_points(ring, arcs), FRAME)]
                clipped = [p for i, p in enumerate(clipped) if i == 0 or p != clipped[i - 1]]
                if len(clipped) < 4 or area(clipped) < MIN_RING_AREA:
                    continue
                rows.append(
                    {
                        "outline_id": f"{iso3}-{part}-{ring_index}",
                        "iso3": iso3,
                        "name_en": expected,
                        "polygon": str(part),
                        "ring": str(ring_index),
                        "points": " ".join(f"{x:g},{y:g}" for x, y in clipped),
                        "source_ids": SOURCE_ID,
                    }
                )
    missing = {iso3 for iso3, _ in COUNTRIES.values()} - {row["iso3"] for row in rows}
    if missing:
        raise SystemExit(f"no outline inside the frame for {', '.join(sorted(missing))}")
    return rows


def _archive(given: Path | None, work: Path) -> Path:
    if given is not None:
        return given
    subprocess.run(["npm", "pack", f"{PACKAGE}@{VERSION}"], cwd=work, check=True, capture_output=True)
    return next(work.glob("*.tgz"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("source", nargs="?", type=Path, help="the world-atlas .tgz (default: npm pack)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        archive = _archive(args.source, Path(tmp))
        digest = hashlib.sha256(archive.read_bytes()).hexdigest()
        with tarfile.open(archive) as tar:
            member = tar.extractfile(MEMBER)
            licence = tar.extractfile("package/LICENSE")
            if member is None or licence is None:
                raise SystemExit(f"{archive} lacks {MEMBER} or its LICENSE")
            topology = json.load(member)
            licence_text = licence.read().decode("utf-8")
    rows = outlines(topology)
    with OUT_CSV.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    record = {
        "source": "Natural Earth 1:50m Cultural Vectors, Admin 0 - Countries, version 4.1.0 (public domain)",
        "source_url": "https://www.naturalearthdata.com/downloads/50m-cultural-vectors/",
        "terms": "Natural Earth: public domain (https://www.naturalearthdata.com/about/terms-of-use/)",
        "package": f"{PACKAGE}@{VERSION} (TopoJSON by Mike Bostock, npm registry)",
        "package_sha256": digest,
        "package_licence": licence_text.splitlines()[0] + " (ISC licence on the packaging)",
        "file": MEMBER.removeprefix("package/"),
        "frame_lon_lat": list(FRAME),
        "simplification": f"Douglas-Peucker on each shared arc, tolerance {TOLERANCE} degrees; rings "
        f"clipped to the frame; rings under {MIN_RING_AREA} square degrees dropped; 3 decimals",
        "boundaries": "Natural Earth's de facto boundaries; not a statement on any disputed border",
        "made_by": "scripts/make_map_outlines.py",
        "countries": sorted({row["iso3"] for row in rows}),
        "rings": len(rows),
        "ring_numbering": "ring 0 is a polygon's outer boundary, rings 1 and up its holes (enclaves)",
        "points": sum(row["points"].count(" ") + 1 for row in rows),
    }
    OUT_JSON.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(  # noqa: T201
        f"wrote {OUT_CSV}: {len(rows)} rings, {record['points']} points, {OUT_CSV.stat().st_size:,} bytes"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
