"""What the map shows for an entry: projected outlines, places and routes, the layers, the view and the
credits; one presenter for the Map pane, `caviewer export --chart map` and the briefing pack.

Pure Python over the store's geography (never imports Qt). Coordinates are projected once here (Albers,
kilometres); the painter only scales them. The view fits the entry: a state's own outline, the five states
for the region, and for China the five states with the Chinese places near their borders (Xinjiang).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from caviewer import __version__
from caviewer.domain import CHINA, REGION, STATES, Outline, Place, Route, Source
from caviewer.geo.projection import PROJECTION
from caviewer.i18n import QT_TRANSLATE_NOOP, localized_name, translate
from caviewer.store import Store

XY = tuple[float, float]
Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in projected km

LAYERS: tuple[tuple[str, str], ...] = (
    ("borders", QT_TRANSLATE_NOOP("Map", "Borders")),
    ("cities", QT_TRANSLATE_NOOP("Map", "Capitals and cities")),
    ("crossings", QT_TRANSLATE_NOOP("Map", "Border crossings and dry ports")),
    ("pipelines", QT_TRANSLATE_NOOP("Map", "Pipelines")),
    ("rail", QT_TRANSLATE_NOOP("Map", "Railways")),
    ("roads", QT_TRANSLATE_NOOP("Map", "Roads")),
    ("projects", QT_TRANSLATE_NOOP("Map", "Project sites")),
)
LAYER_KEYS = tuple(key for key, _ in LAYERS)
_PLACE_LAYER = {
    "capital": "cities",
    "city": "cities",
    "crossing": "crossings",
    "dry_port": "crossings",
    "station": "crossings",
    "project_site": "projects",
}
_ROUTE_LAYER = {"gas_pipeline": "pipelines", "oil_pipeline": "pipelines", "railway": "rail", "road": "roads"}
# The neighbours' names as Natural Earth gives them (English), marked for translation: the map's frame.
NEIGHBOUR_NAMES = (
    QT_TRANSLATE_NOOP("Countries", "Afghanistan"),
    QT_TRANSLATE_NOOP("Countries", "Armenia"),
    QT_TRANSLATE_NOOP("Countries", "Azerbaijan"),
    QT_TRANSLATE_NOOP("Countries", "Bangladesh"),
    QT_TRANSLATE_NOOP("Countries", "Bhutan"),
    QT_TRANSLATE_NOOP("Countries", "Georgia"),
    QT_TRANSLATE_NOOP("Countries", "India"),
    QT_TRANSLATE_NOOP("Countries", "Iran"),
    QT_TRANSLATE_NOOP("Countries", "Iraq"),
    QT_TRANSLATE_NOOP("Countries", "Mongolia"),
    QT_TRANSLATE_NOOP("Countries", "Myanmar"),
    QT_TRANSLATE_NOOP("Countries", "Nepal"),
    QT_TRANSLATE_NOOP("Countries", "Pakistan"),
    QT_TRANSLATE_NOOP("Countries", "Russia"),
)
_MARGIN = 0.08
_XINJIANG_EAST = 96.0  # degrees E: Xinjiang's eastern edge, roughly; China's entry fits the places west of it
LANGUAGES = ("en", "ru", "zh_CN")


@dataclass(frozen=True)
class MapOutline:
    """A country's polygons, projected; `role` is focus (the entry), state (another of the five), china
    or neighbour."""

    iso3: str
    name: str
    role: str
    polygons: tuple[tuple[tuple[XY, ...], ...], ...]  # each polygon: outer ring, then holes


@dataclass(frozen=True)
class MapPlace:
    place: Place
    xy: XY
    layer: str
    label: str
    sector: str | None = None  # a project site's sector (its colour)
    status: str | None = None


@dataclass(frozen=True)
class MapRoute:
    route: Route
    lines: tuple[tuple[XY, ...], ...]
    layer: str
    label: str


@dataclass(frozen=True)
class MapFigure:
    """Everything a map draws or writes; `edited()` turns layers, the view and the legend on or off."""

    iso3: str
    title: str
    subtitle: str
    outlines: tuple[MapOutline, ...]
    places: tuple[MapPlace, ...]
    routes: tuple[MapRoute, ...]
    view: Box
    full_view: Box
    # (iso3, name, bounding box of its largest polygon, role): the painter puts the name inside the part
    # of that box in view, so a neighbour half off screen is still named.
    country_labels: tuple[tuple[str, str, Box, str], ...]
    projection_note: str
    attribution: str
    sources: tuple[Source, ...]
    data_version: str
    as_of: str
    outline_source_ids: tuple[str, ...] = ()
    layers: frozenset[str] = field(default_factory=lambda: frozenset(LAYER_KEYS))
    legend: bool = True
    footer: bool = True
    chart: str = "map"

    def edited(self, **changes: object) -> MapFigure:
        return replace(self, **changes)  # type: ignore[arg-type]

    def version_line(self) -> str:
        text = translate("Map", "Data version %1 (as of %2)").replace("%1", self.data_version)
        return f"{text.replace('%2', self.as_of)} \u00b7 caviewer {__version__}"

    def file_name(self, fmt: str) -> str:
        return f"caviewer-{self.iso3}-map.{fmt}"

    def provenance(self) -> dict[str, str]:
        return {
            "Title": self.title,
            "Source": "; ".join(self.source_names_in_view()) + f" (caviewer dataset {self.data_version})",
            "Description": f"{self.subtitle}. {self.projection_note}. {self.attribution} "
            f"Data as of {self.as_of}, version {self.data_version}.",
            "Software": f"caviewer {__version__}",
        }

    def citation(self) -> str:
        return f"{self.title}. {self.attribution} {self.version_line()}."

    def visible_places(self) -> list[MapPlace]:
        return [p for p in self.places if p.layer in self.layers]

    def visible_routes(self) -> list[MapRoute]:
        return [r for r in self.routes if r.layer in self.layers]

    def in_view(self, xy: XY) -> bool:
        x0, y0, x1, y1 = self.view
        return x0 <= xy[0] <= x1 and y0 <= xy[1] <= y1

    def places_in_view(self) -> list[MapPlace]:
        return [p for p in self.visible_places() if self.in_view(p.xy)]

    def routes_in_view(self) -> list[MapRoute]:
        return [r for r in self.visible_routes() if any(self.in_view(xy) for line in r.lines for xy in line)]

    def feature_sources(self) -> tuple[str, ...]:
        """The ids of every source behind what is drawn in view (outlines, places and routes)."""
        ids: set[str] = set(self.outline_source_ids)
        for p in self.places_in_view():
            ids.update(p.place.source_ids)
        for r in self.routes_in_view():
            ids.update(r.route.source_ids + r.route.line_source_ids)
        return tuple(sorted(ids))

    def source_names_in_view(self) -> tuple[str, ...]:
        """Publishers of the sources behind what is in view, Natural Earth and GEM first."""
        wanted = set(self.feature_sources())
        names = sorted({s.publisher or s.title for s in self.sources if s.source_id in wanted})
        first = [n for n in ("Natural Earth", "Global Energy Monitor") if n in names]
        return (*first, *(n for n in names if n not in first))


def place_label(place: Place, language: str | None = None) -> str:
    """The place's name in the interface language where the data has it, else in English."""
    return localized_name(place.name_en, place.name_ru, place.name_zh, language)


def route_label(route: Route, language: str | None = None) -> str:
    return localized_name(route.name_en, route.name_ru, route.name_zh, language)


@dataclass(frozen=True)
class Geography:
    """The store's geography, read once per store and shared by every entry's map."""

    outlines: tuple[Outline, ...]
    places: tuple[Place, ...]
    routes: tuple[Route, ...]
    project_sectors: dict[str, tuple[str, str]]  # project_id -> (sector, status)
    names: dict[str, str]  # iso3 -> the dataset's English name of the seven entries

    @classmethod
    def read(cls, store: Store) -> Geography:
        projects = {p.project_id: (p.sector, p.status) for p in store.projects(REGION)}
        projects.update({p.project_id: (p.sector, p.status) for p in store.projects(CHINA)})
        names = {c.iso3: c.display_name for c in store.countries()}
        return cls(tuple(store.map_outlines()), tuple(store.places()), tuple(store.routes()), projects, names)


def _project(points: Iterable[tuple[float, float]]) -> tuple[XY, ...]:
    return tuple(PROJECTION.project(lon, lat) for lon, lat in points)


def _role(iso3: str, entry: str) -> str:
    if iso3 == entry or (entry == REGION and iso3 in STATES):
        return "focus"
    if iso3 in STATES:
        return "state"
    return "china" if iso3 == CHINA else "neighbour"


def _outlines(geo: Geography, entry: str) -> tuple[MapOutline, ...]:
    grouped: dict[str, dict[int, list[tuple[XY, ...]]]] = {}
    names: dict[str, str] = {}
    for o in geo.outlines:
        grouped.setdefault(o.iso3, {}).setdefault(o.polygon, []).append(_project(o.points))
        names[o.iso3] = geo.names.get(o.iso3) or translate("Countries", o.name_en)
    order = {"neighbour": 0, "china": 1, "state": 2, "focus": 3}  # the focus is drawn last, on top
    shapes = [
        MapOutline(iso3, names[iso3], _role(iso3, entry), tuple(tuple(r) for r in polys.values()))
        for iso3, polys in grouped.items()
    ]
    return tuple(sorted(shapes, key=lambda s: (order[s.role], s.iso3)))


def bounds(points: Iterable[XY]) -> Box:
    xs, ys = zip(*points, strict=True)
    return min(xs), min(ys), max(xs), max(ys)


def _padded(box: Box, margin: float = _MARGIN) -> Box:
    x0, y0, x1, y1 = box
    dx, dy = (x1 - x0) * margin, (y1 - y0) * margin
    return x0 - dx, y0 - dy, x1 + dx, y1 + dy


def _view(outlines: Sequence[MapOutline], places: Sequence[MapPlace], entry: str) -> Box:
    focus = [xy for o in outlines if o.role == "focus" for poly in o.polygons for xy in poly[0]]
    if entry == CHINA:
        focus = [xy for o in outlines if o.iso3 in STATES for poly in o.polygons for xy in poly[0]]
        # the Chinese side of the five states' borders (Xinjiang); Beijing is in view once zoomed out
        focus += [p.xy for p in places if p.place.iso3 == CHINA and p.place.lon < _XINJIANG_EAST]
    if not focus:
        focus = [xy for o in outlines for poly in o.polygons for xy in poly[0]]
    return _padded(bounds(focus))


def _label_box(outline: MapOutline) -> Box:
    """The bounding box of the country's largest polygon (where its name may go; not a fact)."""
    largest = max((poly[0] for poly in outline.polygons), key=lambda ring: abs(_area(ring)))
    return bounds(largest)


def _area(ring: Sequence[XY]) -> float:
    return sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, [*ring[1:], ring[0]], strict=True)) / 2


def build_map(
    store: Store, iso3: str, *, geography: Geography | None = None, language: str | None = None
) -> MapFigure:
    """The map of entry `iso3` (a state, CA5 or CHN)."""
    geo = geography or Geography.read(store)
    info = store.info()
    outlines = _outlines(geo, iso3)
    places = tuple(
        MapPlace(
            p,
            PROJECTION.project(p.lon, p.lat),
            _PLACE_LAYER[p.kind],
            place_label(p, language),
            *(geo.project_sectors.get(p.project_id or "", (None, None))),
        )
        for p in geo.places
        if p.kind in _PLACE_LAYER
    )
    routes = tuple(
        MapRoute(r, tuple(_project(line) for line in r.lines), _ROUTE_LAYER[r.kind], route_label(r, language))
        for r in geo.routes
        if r.lines
    )
    outline_ids = tuple(sorted({sid for o in geo.outlines for sid in o.source_ids}))
    ids = set(outline_ids)
    ids.update(sid for p in places for sid in p.place.source_ids)
    ids.update(sid for r in routes for sid in r.route.source_ids + r.route.line_source_ids)
    sources = tuple(store.sources(sorted(ids)))
    name = geo.names.get(iso3, iso3)
    full = _padded(bounds(xy for o in outlines for poly in o.polygons for xy in poly[0]), 0.0)
    return MapFigure(
        iso3=iso3,
        title=translate("Map", "%1: borders, corridors and project sites").replace("%1", name),
        subtitle=translate(
            "Map", "Pipelines, railways, roads, border crossings and project sites recorded in caviewer"
        ),
        outlines=outlines,
        places=places,
        routes=routes,
        view=_view(outlines, places, iso3),
        full_view=full,
        country_labels=tuple((o.iso3, o.name, _label_box(o), o.role) for o in reversed(outlines)),
        projection_note=PROJECTION.note,
        attribution=_attribution(sources),
        sources=sources,
        data_version=info.data_version,
        as_of=info.as_of,
        outline_source_ids=outline_ids,
    )


def _attribution(sources: Sequence[Source]) -> str:
    """The credit line: outlines, then pipeline routes, then the rest by count of sources."""
    publishers = {s.publisher or s.title for s in sources}
    parts = [
        translate(
            "Map",
            "Boundaries: Natural Earth (public domain; de facto lines, no position on disputed borders)",
        )
    ]
    if "Global Energy Monitor" in publishers:
        parts.append(translate("Map", "pipeline routes: Global Energy Monitor"))
    parts.append(translate("Map", "places and other routes: the sources listed for each feature"))
    return "; ".join(parts) + "."
