#!/usr/bin/env python3
"""Make the pipeline lines of data/route_lines.csv from Global Energy Monitor's route files.

Source: Global Energy Monitor (GEM) pipeline route files, repository
GlobalEnergyMonitor/GOIT-GGIT-pipeline-routes (one GeoJSON per GEM ProjectID,
data/individual-routes/{gas,liquid}-pipelines/<ProjectID>.geojson).

The script reads those files straight out of a bare git directory with
`git --git-dir DIR show SHA:path` (no work tree is needed), selects the
features listed in ROUTES below by GEM ProjectID, clips them to the map frame,
simplifies them with Douglas-Peucker, rounds to 3 decimals and writes

    OUT/route_points.csv         route_id,part,seq,lon,lat (the working copy)
    OUT/routes_provenance.json   where every line came from

and then, with --data DIR (default: the repository's data/), replaces the GEM lines of
DIR/route_lines.csv (the rows citing SOURCE_ID; hand-drawn corridors are kept) and writes
DIR/route_lines.json, the provenance. The names, status and sources of each route are in
data/routes.csv, edited by hand.

Lines A, B and C of the Central Asia-China gas pipeline share one geometry in GEM's files, so they
are drawn as one route (rt-cagp-abc). By default (--osm-policy legacy) files that GEM exported from
OpenStreetMap (ODbL) are replaced by GEM's own earlier drawing, so no ODbL data enters the dataset.

Stdlib only (Python 3.11).  Usage:

    python3 make_map_routes.py --source-git /work/.mirror/GlobalEnergyMonitor+GOIT-GGIT-pipeline-routes/repo \
        --out out
    python3 make_map_routes.py --source-git ... --out out --check

`--osm-policy legacy` replaces every route whose file at --commit says it
was exported from OpenStreetMap (ODbL) with the file as it stood at
--legacy-commit (GEM's earlier hand-drawn route), if that older file is not
itself OSM-derived.  See REPORT.md for why this matters.
"""

# ruff: noqa: C408, RUF001, PLW1510, RUF007, B905, PLR0917, T201  (a data script: stdlib only, prints its report)
from __future__ import annotations

import argparse
import csv
import filecmp
import io
import json
import math
import subprocess
import sys
import tempfile
from pathlib import Path

# --------------------------------------------------------------------------
# Pinned inputs
# --------------------------------------------------------------------------
SOURCE_REPO = "GlobalEnergyMonitor/GOIT-GGIT-pipeline-routes"
SOURCE_REPO_URL = "https://github.com/GlobalEnergyMonitor/GOIT-GGIT-pipeline-routes"
# main at the time of retrieval: "Merge pull request #265 ... update-iran-apr7"
DEFAULT_COMMIT = "6bfab45c1759ae3b4d6fd9f1a1171ebbf0002086"  # 2026-04-07
# last commit before the Central Asia-China lines A/B/C (2024-05-20) and
# Beineu-Bozoi-Shymkent (2024-08-19) were replaced by OpenStreetMap exports
LEGACY_COMMIT = "1f836cb1f83aedc11ee56ace0e7a82e4989e98e1"  # 2024-03-19

RETRIEVED = "2026-12-04"
SOURCE_ID = "geo-gem-pipeline-routes"
DATA = Path(__file__).resolve().parents[1] / "data"
TOLERANCE_DEG = 0.01
DECIMALS = 3
FRAME = {"lon_min": 44.0, "lon_max": 92.0, "lat_min": 30.0, "lat_max": 56.0}

GAS = "data/individual-routes/gas-pipelines/"
OIL = "data/individual-routes/liquid-pipelines/"

# Names: GEM PipelineName / SegmentName as printed (with ProjectID) by GEM's
# own length-estimation notebook, GlobalEnergyMonitor/GOIT-GGIT-qc @
# 129afdbc10f455b5afe57ead0a3fe112b0323cd1,
# scripts/_archive/estimate-length-CURRENT-before-github.ipynb.
NAME_SOURCE = (
    "GlobalEnergyMonitor/GOIT-GGIT-qc@129afdbc10f455b5afe57ead0a3fe112b0323cd1:"
    "scripts/_archive/estimate-length-CURRENT-before-github.ipynb"
)
# Status: GEM's Asia Gas Tracker map data, GlobalEnergyMonitor/
# asia-gas-tracker-greeninfo-map @ 15c3f54dc555b20396f4ad895f73f7ba6e732b27,
# static/data/data.csv (columns project, unit, status_tabular, capacity).
STATUS_SOURCE = (
    "GlobalEnergyMonitor/asia-gas-tracker-greeninfo-map@"
    "15c3f54dc555b20396f4ad895f73f7ba6e732b27:static/data/data.csv"
)

ROUTES = [
    # route_id, caviewer project_id, GEM ProjectID, file, PipelineName, SegmentName,
    # status (Asia Gas Tracker, May 2024) or None, capacity or None, note
    dict(
        route_id="rt-cagp-abc",
        project_id="pf-cagp",
        gem_id="P2299",
        path=GAS + "P2299.geojson",
        gem_pipeline="Central Asia–China Gas Pipeline",
        gem_segment="Line A",
        gem_status="operating",
        gem_capacity="15.0 bcm/y",
        note="Same geometry as Lines B and C in the GEM file (one shared alignment).",
    ),
    # Lines B (P2300) and C (P1124) have the same coordinates as Line A in GEM's files: not repeated.
    dict(
        route_id="rt-cagp-d",
        project_id="pf-cagp-line-d",
        gem_id="P2030",
        path=GAS + "P2030.geojson",
        gem_pipeline="Central Asia–China Gas Pipeline",
        gem_segment="Line D",
        gem_status="construction (map status construction_plus)",
        gem_capacity="30.0 bcm/y",
        note="Schematic 3-point route in the GEM file; not a surveyed alignment.",
    ),
    dict(
        route_id="rt-kcop-atasu-alashankou",
        project_id="pf-kcop-atasu-alashankou",
        gem_id="P0648",
        path=OIL + "P0648.geojson",
        gem_pipeline="Kazakhstan–China Oil Pipeline",
        gem_segment="Atasu-Alashankou",
        gem_status=None,
        gem_capacity=None,
        note="",
    ),
    dict(
        route_id="rt-kcop-kenkiyak-kumkol",
        project_id="pf-kcop-kenkiyak-kumkol",
        gem_id="P5197",
        path=OIL + "P5197.geojson",
        gem_pipeline="Kazakhstan-China Pipeline",
        gem_segment="Kenkiyak-Kumkol",
        gem_status=None,
        gem_capacity=None,
        note="P7277.geojson also carries ProjectID P5197 (coarse 5-point line); not used.",
    ),
    dict(
        route_id="rt-kcop-kenkiyak-atyrau",
        project_id="pf-kcop",
        gem_id="P5198",
        path=OIL + "P5198.geojson",
        gem_pipeline="Kazakhstan-China Pipeline",
        gem_segment="Kenkiyak-Atyrau Oil Pipeline",
        gem_status=None,
        gem_capacity=None,
        note="No own caviewer project id; parent pf-kcop. P7278.geojson is byte-identical.",
    ),
    dict(
        route_id="rt-kcop-kumkol-karakoin",
        project_id="pf-kcop",
        gem_id="P5201",
        path=OIL + "P5201.geojson",
        gem_pipeline="Kumkol-Karakoin Oil Pipeline",
        gem_segment="",
        gem_status=None,
        gem_capacity=None,
        note="No own caviewer project id; parent pf-kcop. P5203 (Kumkol-Karakoin Oil Pipeline "
        "Expansion) and P6402 have the same coordinates.",
    ),
    dict(
        route_id="rt-bbs-gas",
        project_id="pf-bbs-gas",
        gem_id="P3273",
        path=GAS + "P3273.geojson",
        gem_pipeline="Beineu-Bozoy-Shymkent Gas Pipeline",
        gem_segment="I",
        gem_status=None,
        gem_capacity=None,
        note="P5788 (Beineu-Bozoy-Shymkent Gas Pipeline II) has nearly the same coordinates "
        "(first vertex differs); not used.",
    ),
    # optional: Chinese trunk lines leaving Khorgos (clipped at lon 92)
    dict(
        route_id="rt-wepp2",
        project_id="",
        gem_id="P4947",
        path=GAS + "P4947.geojson",
        gem_pipeline="West-East Gas Pipeline 2",
        gem_segment="",
        gem_status="operating",
        gem_capacity=None,
        note="Optional; schematic line, clipped to the map frame (Xinjiang/Gansu part only).",
    ),
    dict(
        route_id="rt-wepp3-west",
        project_id="",
        gem_id="P4932",
        path=GAS + "P4932.geojson",
        gem_pipeline="West-East Gas Pipeline 3",
        gem_segment="West Section (Khorgos–Zhongwei)",
        gem_status="operating",
        gem_capacity="30.0 bcm/y",
        note="Optional; schematic 8-point line, clipped to the map frame.",
    ),
]

LICENCE = {
    "found_in_repository": None,
    "statement": (
        "No licence file or licence statement was found in "
        + SOURCE_REPO
        + " (README.md, data/*) at the pinned commit."
    ),
    "asserted_by_caviewer_issue": {
        "name": "CC BY 4.0",
        "url": "https://creativecommons.org/licenses/by/4.0/",
        "verified": False,
    },
    "osm_note": (
        "Files exported with overpass-turbo state: 'The data included in this document is "
        "from www.openstreetmap.org. The data is made available under ODbL.' Routes taken "
        "from such files are flagged per route (geometry_origin = openstreetmap)."
    ),
}


# --------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------
def git_show(git_dir: str, commit: str, path: str) -> bytes:
    r = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"], capture_output=True)
    if r.returncode != 0:
        raise SystemExit(f"git show {commit[:10]}:{path} failed: {r.stderr.decode().strip()}")
    return r.stdout


def git_blob(git_dir: str, commit: str, path: str) -> str:
    r = subprocess.run(
        ["git", "--git-dir", git_dir, "rev-parse", f"{commit}:{path}"], capture_output=True, text=True
    )
    return r.stdout.strip() if r.returncode == 0 else ""


def git_commit_date(git_dir: str, commit: str) -> str:
    r = subprocess.run(
        ["git", "--git-dir", git_dir, "show", "-s", "--format=%cI", commit], capture_output=True, text=True
    )
    return r.stdout.strip()


def osm_origin(doc: dict) -> str | None:
    text = (str(doc.get("copyright", "")) + " " + str(doc.get("generator", ""))).lower()
    if "openstreetmap" in text or "overpass" in text:
        ids = sorted(
            {str((f.get("properties") or {}).get("@id", "")) for f in doc.get("features", [])} - {""}
        )
        return "openstreetmap " + ",".join(ids) if ids else "openstreetmap"
    return None


def lines_of(doc: dict) -> list[list[tuple[float, float]]]:
    out = []

    def geom(g):
        if not g:
            return
        t = g.get("type")
        if t == "LineString":
            out.append([(float(x), float(y)) for x, y, *_ in g["coordinates"]])
        elif t == "MultiLineString":
            for part in g["coordinates"]:
                out.append([(float(x), float(y)) for x, y, *_ in part])
        elif t == "GeometryCollection":
            for gg in g.get("geometries", []):
                geom(gg)

    feats = doc["features"] if doc.get("type") == "FeatureCollection" else [doc]
    for f in feats:
        geom(f.get("geometry"))
    return [p for p in out if len(p) >= 2]


# --------------------------------------------------------------------------
# Geometry
# --------------------------------------------------------------------------
def clip_segment(p, q, box):
    """Liang-Barsky: clipped (p', q') or None."""
    x0, y0 = p
    x1, y1 = q
    dx, dy = x1 - x0, y1 - y0
    t0, t1 = 0.0, 1.0
    for pk, qk in (
        (-dx, x0 - box["lon_min"]),
        (dx, box["lon_max"] - x0),
        (-dy, y0 - box["lat_min"]),
        (dy, box["lat_max"] - y0),
    ):
        if pk == 0:
            if qk < 0:
                return None
        else:
            t = qk / pk
            if pk < 0:
                if t > t1:
                    return None
                t0 = max(t0, t)
            else:
                if t < t0:
                    return None
                t1 = min(t1, t)
    return (x0 + t0 * dx, y0 + t0 * dy), (x0 + t1 * dx, y0 + t1 * dy)


def clip_line(pts, box):
    parts, cur = [], []
    for p, q in zip(pts, pts[1:]):
        c = clip_segment(p, q, box)
        if c is None:
            if len(cur) >= 2:
                parts.append(cur)
            cur = []
            continue
        a, b = c
        if cur and cur[-1] == a:
            cur.append(b)
        else:
            if len(cur) >= 2:
                parts.append(cur)
            cur = [a, b]
        if b != q:  # left the frame
            parts.append(cur)
            cur = []
    if len(cur) >= 2:
        parts.append(cur)
    return parts


def _perp(p, a, b):
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return math.hypot(x - x1, y - y1)
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - (x1 + t * dx), y - (y1 + t * dy))


def douglas_peucker(pts, tol):
    if len(pts) < 3:
        return list(pts)
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        i, j = stack.pop()
        dmax, idx = -1.0, -1
        for k in range(i + 1, j):
            d = _perp(pts[k], pts[i], pts[j])
            if d > dmax:
                dmax, idx = d, k
        if idx > 0 and dmax > tol:
            keep[idx] = True
            stack.append((i, idx))
            stack.append((idx, j))
    return [p for p, k in zip(pts, keep) if k]


def round_line(pts, nd):
    out = []
    for x, y in pts:
        q = (round(x, nd), round(y, nd))
        if not out or out[-1] != q:
            out.append(q)
    return out


def length_km(parts):
    r = 6371.0088
    tot = 0.0
    for pts in parts:
        for (x1, y1), (x2, y2) in zip(pts, pts[1:]):
            p1, p2 = math.radians(y1), math.radians(y2)
            a = (
                math.sin((p2 - p1) / 2) ** 2
                + math.cos(p1) * math.cos(p2) * math.sin(math.radians(x2 - x1) / 2) ** 2
            )
            tot += 2 * r * math.asin(math.sqrt(a))
    return round(tot, 1)


# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------
def build(git_dir, commit, legacy_commit, osm_policy, out: Path, quiet=False):
    out.mkdir(parents=True, exist_ok=True)
    rows, prov_routes, files = [], [], {}
    for r in ROUTES:
        used_commit = commit
        raw = git_show(git_dir, commit, r["path"])
        doc = json.loads(raw)
        origin = osm_origin(doc)
        replaced = None
        if origin and osm_policy == "legacy":
            old = json.loads(git_show(git_dir, legacy_commit, r["path"]))
            if not osm_origin(old):
                replaced = {"osm_file_at": commit, "osm_origin": origin}
                used_commit, doc, origin = legacy_commit, old, None
        src_lines = lines_of(doc)
        if not src_lines:
            raise SystemExit(f"{r['route_id']}: no line geometry in {r['path']}@{used_commit[:10]}")
        parts = []
        for line in src_lines:
            for piece in clip_line(line, FRAME):
                simp = round_line(douglas_peucker(piece, TOLERANCE_DEG), DECIMALS)
                if len(simp) >= 2:
                    parts.append(simp)
        npts = 0
        for pi, pts in enumerate(parts):
            for si, (x, y) in enumerate(pts):
                rows.append((r["route_id"], pi, si, f"{x:.{DECIMALS}f}", f"{y:.{DECIMALS}f}"))
                npts += 1
        key = f"{used_commit}:{r['path']}"
        files[key] = git_blob(git_dir, used_commit, r["path"])
        allp = [p for pts in parts for p in pts]
        prov_routes.append(
            {
                "route_id": r["route_id"],
                "caviewer_project_id": r["project_id"] or None,
                "gem_project_id": r["gem_id"],
                "gem_pipeline_name": r["gem_pipeline"],
                "gem_segment_name": r["gem_segment"] or None,
                "gem_status": r["gem_status"],
                "gem_status_source": STATUS_SOURCE if r["gem_status"] else None,
                "gem_capacity": r["gem_capacity"],
                "source_file": r["path"],
                "source_commit": used_commit,
                "source_blob": files[key],
                "geometry_origin": origin or "GEM route file (no third-party origin stated)",
                "replaced_osm_geometry": replaced,
                "source_parts": len(src_lines),
                "source_points": sum(len(x) for x in src_lines),
                "source_length_km_computed": length_km(src_lines),
                "parts": len(parts),
                "points": npts,
                "bbox": [
                    min(p[0] for p in allp),
                    min(p[1] for p in allp),
                    max(p[0] for p in allp),
                    max(p[1] for p in allp),
                ]
                if allp
                else None,
                "first_point": list(parts[0][0]) if parts else None,
                "last_point": list(parts[-1][-1]) if parts else None,
                "note": r["note"] or None,
            }
        )

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["route_id", "part", "seq", "lon", "lat"])
    w.writerows(rows)
    (out / "route_points.csv").write_text(buf.getvalue(), encoding="utf-8")

    prov = {
        "publisher": "Global Energy Monitor",
        "dataset_title": (
            "Global Gas Infrastructure Tracker (GGIT) and Global Oil Infrastructure "
            "Tracker (GOIT) pipeline routes (GOIT-GGIT-pipeline-routes)"
        ),
        "dataset_pages": [
            "https://globalenergymonitor.org/projects/global-gas-infrastructure-tracker/",
            "https://globalenergymonitor.org/projects/global-oil-infrastructure-tracker/",
        ],
        "repository": SOURCE_REPO,
        "repository_url": SOURCE_REPO_URL,
        "commit": commit,
        "commit_date": git_commit_date(git_dir, commit),
        "legacy_commit": legacy_commit if osm_policy == "legacy" else None,
        "osm_policy": osm_policy,
        "files": [{"commit_path": k, "blob": v} for k, v in files.items()],
        "name_source": NAME_SOURCE,
        "licence": LICENCE,
        "retrieved": RETRIEVED,
        "processing": {
            "frame": FRAME,
            "clip": "Liang-Barsky segment clipping; a line leaving the frame starts a new part",
            "simplification": "Douglas-Peucker on lon/lat degrees",
            "tolerance_deg": TOLERANCE_DEG,
            "rounding_decimals": DECIMALS,
            "script": "make_map_routes.py",
        },
        "routes": prov_routes,
        "total_points": len(rows),
    }
    (out / "routes_provenance.json").write_text(
        json.dumps(prov, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )

    if not quiet:
        print(f"source {SOURCE_REPO}@{commit[:10]}  osm-policy={osm_policy}")
        print(f"{'route_id':28} {'GEM id':6} {'parts':>5} {'pts':>5} {'src pts':>7}  first -> last   origin")
        for p in prov_routes:
            print(
                f"{p['route_id']:28} {p['gem_project_id']:6} {p['parts']:5d} {p['points']:5d} "
                f"{p['source_points']:7d}  {p['first_point']} -> {p['last_point']}  "
                f"{'OSM' if p['geometry_origin'].startswith('openstreetmap') else 'GEM'}"
                f"{' (legacy)' if p['replaced_osm_geometry'] else ''}"
            )
        size = sum((out / f).stat().st_size for f in ("route_points.csv", "routes_provenance.json"))
        print(f"total points {len(rows)}; output size {size} bytes in {out}")
    return prov


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--source-git", required=True, help="bare git dir of " + SOURCE_REPO)
    ap.add_argument("--commit", default=DEFAULT_COMMIT)
    ap.add_argument("--legacy-commit", default=LEGACY_COMMIT)
    ap.add_argument(
        "--osm-policy",
        choices=["keep", "legacy"],
        default="legacy",
        help="keep OSM-derived files (default) or use the pre-OSM GEM route",
    )
    ap.add_argument("--out", default=None, help="working folder (default: a temporary one)")
    ap.add_argument("--data", default=str(DATA), help="dataset folder whose route_lines.csv is updated")
    ap.add_argument(
        "--check", action="store_true", help="rebuild in a temp dir and compare with the files in --out"
    )
    a = ap.parse_args(argv)
    if a.out is None:
        with tempfile.TemporaryDirectory() as td:
            prov = build(a.source_git, a.commit, a.legacy_commit, a.osm_policy, Path(td))
            write_dataset(Path(td), prov, Path(a.data))
        return 0
    out = Path(a.out)
    if a.check:
        with tempfile.TemporaryDirectory() as td:
            build(a.source_git, a.commit, a.legacy_commit, a.osm_policy, Path(td), quiet=True)
            bad = [
                f
                for f in ("route_points.csv", "routes_provenance.json")
                if not (out / f).exists() or not filecmp.cmp(Path(td) / f, out / f, shallow=False)
            ]
        if bad:
            print("CHECK FAILED: differs or missing: " + ", ".join(bad))
            return 1
        print(f"check ok: {out} matches a fresh run")
        return 0
    prov = build(a.source_git, a.commit, a.legacy_commit, a.osm_policy, out)
    write_dataset(out, prov, Path(a.data))
    return 0


def write_dataset(work: Path, prov: dict, data: Path) -> None:
    """route_lines.csv: the GEM lines as "lon,lat ..." per part, other rows kept; route_lines.json."""
    parts: dict[tuple[str, int], list[str]] = {}
    with (work / "route_points.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            parts.setdefault((row["route_id"], int(row["part"])), []).append(
                f"{float(row['lon']):g},{float(row['lat']):g}"
            )
    target = data / "route_lines.csv"
    fields = ["line_id", "route_id", "part", "points", "source_ids"]
    kept = []
    if target.exists():
        with target.open(encoding="utf-8", newline="") as handle:
            kept = [r for r in csv.DictReader(handle) if SOURCE_ID not in r["source_ids"].split(";")]
    new = [
        {
            "line_id": f"{rid}-{part}",
            "route_id": rid,
            "part": str(part),
            "points": " ".join(points),
            "source_ids": SOURCE_ID,
        }
        for (rid, part), points in sorted(parts.items())
    ]
    rows = sorted(kept + new, key=lambda r: (r["route_id"], int(r["part"])))
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    prov = dict(prov, made_by="scripts/make_map_routes.py", dataset_rows=len(new), source_id=SOURCE_ID)
    (data / "route_lines.json").write_text(
        json.dumps(prov, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    print(f"wrote {target}: {len(new)} GEM line parts, {len(kept)} other rows kept")


if __name__ == "__main__":
    sys.exit(main())
