"""Paints a `MapFigure` with QPainter: the same drawing for the Map pane and for every export of the map.

`paint_map` lays out a title, legend and credit lines around the map, as a chart export does;
`paint_map_area` draws the map itself into a rectangle for a given view (the pane calls it with its own
pan and zoom) and reports where each feature was drawn, for hover and click. Sizes scale with the output
(the exports' unit `u`), so a print-size file has no hairlines. Colours are Okabe-Ito, as elsewhere;
lines and markers differ in shape as well as colour. May import PySide6, the map presenter and the chart
painter's text helpers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)

from caviewer.geo.map_figure import Box, MapFigure, MapOutline, MapPlace, MapRoute
from caviewer.i18n import QT_TRANSLATE_NOOP
from caviewer.ui import palette
from caviewer.ui.export.print_chart import Colors, colors, font, unit_of

_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
SEA = {"white": "#DCE9F2", "dark": "#22313C", "transparent": "#DCE9F2"}
LAND = {
    "white": {"focus": "#FFF4D6", "state": "#F3F1EA", "china": "#ECE8DD", "neighbour": "#F7F7F5"},
    "dark": {"focus": "#4A4330", "state": "#34332F", "china": "#2F2D29", "neighbour": "#2A2A2A"},
}
ROUTE_COLORS = {
    "gas_pipeline": palette.ORANGE,
    "oil_pipeline": palette.REDDISH_PURPLE,
    "railway": "#333333",
    "road": palette.VERMILION,
}
ROUTE_LABELS = {
    "gas_pipeline": QT_TRANSLATE_NOOP("Map", "Gas pipeline"),
    "oil_pipeline": QT_TRANSLATE_NOOP("Map", "Oil pipeline"),
    "railway": QT_TRANSLATE_NOOP("Map", "Railway"),
    "road": QT_TRANSLATE_NOOP("Map", "Road corridor"),
}
SECTOR_COLORS = {
    "oil_gas": palette.ORANGE,
    "power": palette.BLUE,
    "nuclear": palette.REDDISH_PURPLE,
    "mining": palette.VERMILION,
    "industry": palette.BLUISH_GREEN,
    "transport": "#333333",
    "logistics": palette.SKY_BLUE,
}
SECTOR_LABELS = {
    "oil_gas": QT_TRANSLATE_NOOP("Map", "Oil and gas"),
    "power": QT_TRANSLATE_NOOP("Map", "Power"),
    "nuclear": QT_TRANSLATE_NOOP("Map", "Nuclear"),
    "mining": QT_TRANSLATE_NOOP("Map", "Mining"),
    "industry": QT_TRANSLATE_NOOP("Map", "Industry"),
    "transport": QT_TRANSLATE_NOOP("Map", "Transport"),
    "logistics": QT_TRANSLATE_NOOP("Map", "Logistics"),
}
_OPERATING = {"operating"}
_FOOTER_SOURCES = 8
_LABEL_PRIORITY = {"capital": 0, "crossing": 1, "dry_port": 2, "station": 3, "city": 4, "project_site": 5}


@dataclass(frozen=True)
class MapHit:
    """Where a feature was drawn: a marker's rectangle or a route's screen polyline, with what it is."""

    kind: str  # "place" or "route"
    key: str
    text: str
    rect: QRectF
    polyline: tuple[QPointF, ...] = ()
    project: bool = False  # a project site (its click opens the project)

    def distance(self, pos: QPointF) -> float:
        if not self.polyline:
            return 0.0 if self.rect.contains(pos) else math.inf
        return min(
            _segment_distance(pos, a, b) for a, b in zip(self.polyline, self.polyline[1:], strict=False)
        )


class Transform:
    """Projected km to the rectangle's pixels: one scale for both axes, the view centred, y flipped."""

    def __init__(self, view: Box, rect: QRectF) -> None:
        x0, y0, x1, y1 = view
        self.rect = rect
        self.scale = min(rect.width() / max(x1 - x0, 1e-9), rect.height() / max(y1 - y0, 1e-9))
        self.cx, self.cy = (x0 + x1) / 2, (y0 + y1) / 2

    def __call__(self, xy: tuple[float, float]) -> QPointF:
        return QPointF(
            self.rect.center().x() + (xy[0] - self.cx) * self.scale,
            self.rect.center().y() - (xy[1] - self.cy) * self.scale,
        )

    def matrix(self) -> QTransform:
        """The same mapping as a QTransform (for whole paths)."""
        c = self.rect.center()
        return QTransform(
            self.scale, 0, 0, -self.scale, c.x() - self.cx * self.scale, c.y() + self.cy * self.scale
        )

    def inverse(self, point: QPointF) -> tuple[float, float]:
        return (
            self.cx + (point.x() - self.rect.center().x()) / self.scale,
            self.cy - (point.y() - self.rect.center().y()) / self.scale,
        )


def paint_map(
    painter: QPainter, width: float, height: float, figure: MapFigure, background: str = "white"
) -> None:
    """The whole export: title and subtitle, the map with its legend beside it, and the credit lines."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    c = colors(background)
    u = unit_of(width, height)
    m = 28 * u
    if c.background is not None:
        painter.fillRect(QRectF(0, 0, width, height), c.background)
    top = _text(
        painter, figure.title, font(u, 26, bold=True), c.text, rect=QRectF(m, m, width - 2 * m, 0), lines=2
    )
    top = _text(
        painter, figure.subtitle, font(u, 16), c.muted, rect=QRectF(m, top + 4 * u, width - 2 * m, 0), lines=2
    )
    bottom = height - m
    if figure.footer:
        bottom = _footer(painter, figure, c, u, QRectF(m, 0, width - 2 * m, bottom))
    legend_w = 270 * u if figure.legend else 0.0
    area = QRectF(
        m, top + 12 * u, width - 2 * m - legend_w - (14 * u if legend_w else 0), bottom - top - 24 * u
    )
    paint_map_area(painter, area, figure, figure.view, background, u=u)
    if figure.legend:
        _legend(painter, figure, c, u, QRectF(area.right() + 14 * u, area.top(), legend_w, area.height()))
    painter.restore()


def paint_map_area(
    painter: QPainter,
    rect: QRectF,
    figure: MapFigure,
    view: Box,
    background: str = "white",
    *,
    u: float = 1.0,
    hits: list[MapHit] | None = None,
    corner_note: bool = True,
) -> Transform:
    """The map in `rect` for `view`: sea, land, borders, routes, markers, labels, projection and scale."""
    look = "dark" if background == "dark" else "white"
    to = Transform(view, rect)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setClipRect(rect)
    painter.fillRect(rect, QColor(SEA[background if background in SEA else "white"]))
    _land(painter, figure, to, look, u)
    routes = figure.visible_routes()
    for route in routes:
        _route(painter, route, to, u, hits)
    places = sorted(figure.visible_places(), key=lambda p: -_LABEL_PRIORITY.get(p.place.kind, 9))
    for place in places:
        _marker(painter, place, to, u=u, look=look, hits=hits)
    _labels(painter, figure, places, to, u=u, look=look, rect=rect)
    if corner_note:
        _corner(painter, figure, to, u=u, look=look, rect=rect)
    painter.restore()
    return to


# -- map content ------------------------------------------------------------------------------------


_PATHS: dict[int, tuple[tuple[MapOutline, ...], list[QPainterPath]]] = {}


def outline_paths(outlines: tuple[MapOutline, ...]) -> list[QPainterPath]:
    """Each outline as a path in projected km, built once per figure's outlines (a pan or zoom only maps
    them through a new transform)."""
    cached = _PATHS.get(id(outlines))
    if cached is not None and cached[0] is outlines:
        return cached[1]
    paths = []
    for outline in outlines:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)
        for polygon in outline.polygons:
            for ring in polygon:
                path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring]))
                path.closeSubpath()
        paths.append(path)
    if len(_PATHS) > 16:
        _PATHS.clear()
    _PATHS[id(outlines)] = (outlines, paths)
    return paths


def _land(painter: QPainter, figure: MapFigure, to: Transform, look: str, u: float) -> None:
    border = QPen(QColor("#8A8A8A" if look == "white" else "#8F8F8F"), 0.8 * u)
    focus_border = QPen(QColor("#5A4A1A" if look == "white" else "#E0C67A"), 1.8 * u)
    matrix = to.matrix()
    for outline, projected in zip(figure.outlines, outline_paths(figure.outlines), strict=True):
        path = matrix.map(projected)
        painter.setBrush(QBrush(QColor(LAND[look][outline.role])))
        if "borders" in figure.layers:
            painter.setPen(focus_border if outline.role == "focus" else border)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPath(path)


def _route(painter: QPainter, route: MapRoute, to: Transform, u: float, hits: list[MapHit] | None) -> None:
    kind, status = route.route.kind, route.route.status
    pen = QPen(QColor(ROUTE_COLORS[kind]), (2.6 if kind != "road" else 2.0) * u)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    if status not in _OPERATING or route.route.approximate:
        pen.setStyle(Qt.PenStyle.DashLine if status not in _OPERATING else Qt.PenStyle.DotLine)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for line in route.lines:
        points = [to(xy) for xy in line]
        if kind == "railway":
            under = QPen(QColor("#FFFFFF"), pen.widthF() * 0.45)
            painter.setPen(pen)
            painter.drawPolyline(QPolygonF(points))
            under.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(under)
            painter.drawPolyline(QPolygonF(points))
        else:
            painter.setPen(pen)
            painter.drawPolyline(QPolygonF(points))
        if hits is not None and len(points) > 1:
            box = QPolygonF(points).boundingRect().adjusted(-6, -6, 6, 6)
            hits.append(MapHit("route", route.route.route_id, _route_text(route), box, tuple(points)))


def _t(text: str) -> str:
    return QCoreApplication.translate("Map", text)


_KIND_LABELS = {
    "capital": QT_TRANSLATE_NOOP("Map", "Capital"),
    "city": QT_TRANSLATE_NOOP("Map", "City"),
    "crossing": QT_TRANSLATE_NOOP("Map", "Border crossing"),
    "dry_port": QT_TRANSLATE_NOOP("Map", "Dry port"),
    "station": QT_TRANSLATE_NOOP("Map", "Station"),
    "project_site": QT_TRANSLATE_NOOP("Map", "Project site"),
    "waypoint": QT_TRANSLATE_NOOP("Map", "Waypoint"),
}
_STATUS_LABELS = {
    "operating": QT_TRANSLATE_NOOP("Map", "operating"),
    "under_construction": QT_TRANSLATE_NOOP("Map", "under construction"),
    "planned": QT_TRANSLATE_NOOP("Map", "planned"),
    "delayed": QT_TRANSLATE_NOOP("Map", "delayed"),
}


def kind_label(kind: str) -> str:
    """A place's kind in words, in the interface language."""
    return _t(_KIND_LABELS.get(kind, kind))


def status_label(status: str) -> str:
    return _t(_STATUS_LABELS.get(status, status.replace("_", " ")))


def _route_text(route: MapRoute) -> str:
    r = route.route
    words = [route.label, f"{_t(ROUTE_LABELS[r.kind])}, {status_label(r.status)}"]
    if r.approximate:
        words.append(QCoreApplication.translate("Map", "Approximate line through the towns its sources name"))
    return "\n".join(words)


def _marker(
    painter: QPainter, place: MapPlace, to: Transform, *, u: float, look: str, hits: list[MapHit] | None
) -> None:
    at = to(place.xy)
    if not to.rect.adjusted(-20, -20, 20, 20).contains(at):
        return
    ink = QColor("#1A1A1A" if look == "white" else "#F2F2F2")
    paper = QColor("#FFFFFF" if look == "white" else "#1E1E1E")
    kind = place.place.kind
    r = 4.2 * u
    painter.setPen(QPen(ink, 1.2 * u))
    if kind == "capital":
        painter.setBrush(paper)
        painter.drawEllipse(at, r * 1.3, r * 1.3)
        painter.setBrush(ink)
        painter.drawEllipse(at, r * 0.6, r * 0.6)
    elif kind == "city":
        painter.setBrush(ink)
        painter.drawEllipse(at, r * 0.75, r * 0.75)
    elif kind in ("crossing", "dry_port", "station"):
        painter.setBrush(QColor(palette.BLUE) if kind == "crossing" else QColor(palette.SKY_BLUE))
        painter.drawPolygon(
            QPolygonF(
                [
                    at + QPointF(0, -r * 1.3),
                    at + QPointF(r * 1.3, 0),
                    at + QPointF(0, r * 1.3),
                    at + QPointF(-r * 1.3, 0),
                ]
            )
        )
    else:
        color = QColor(SECTOR_COLORS.get(place.sector or "", palette.GREY))
        planned = (place.status or "operating") not in _OPERATING
        painter.setPen(QPen(color if planned else ink, (2.0 if planned else 1.0) * u))
        painter.setBrush(paper if planned else color)
        painter.drawEllipse(at, r * 1.15, r * 1.15)
    if hits is not None:
        box = QRectF(at.x() - 8, at.y() - 8, 16, 16)
        hits.append(
            MapHit("place", place.place.place_id, _place_text(place), box, (), kind == "project_site")
        )


def _place_text(place: MapPlace) -> str:
    p = place.place
    lines = [
        place.label,
        kind_label(p.kind) + (f" ({_t(SECTOR_LABELS.get(place.sector or '', ''))})" if place.sector else ""),
    ]
    if p.precision != "exact":
        lines.append(
            QCoreApplication.translate("Map", "Located at the town the source names")
            if p.precision == "town"
            else QCoreApplication.translate("Map", "Approximate location")
        )
    if p.note:
        lines.append(p.note)
    return "\n".join(lines)


def _labels(
    painter: QPainter,
    figure: MapFigure,
    places: Sequence[MapPlace],
    to: Transform,
    *,
    u: float,
    look: str,
    rect: QRectF,
) -> None:
    """Capitals first, then country names, then place names by priority; a label that would overlap one
    already placed is left out (hover still names the place)."""
    taken: list[QRectF] = [corner_box(figure, to, u, rect)]
    ink = QColor("#1A1A1A" if look == "white" else "#F2F2F2")
    halo = QColor("#FFFFFF" if look == "white" else "#1E1E1E")
    country_font = font(u, 15, bold=True)
    country_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 112)
    capitals = [p for p in places if p.place.kind == "capital"]
    for place in capitals:
        f = font(u, 12.5, bold=True)
        at = to(place.xy) + QPointF(7 * u, -7 * u)
        taken += _halo_text(painter, place.label, at, f, color=ink, halo=halo, taken=taken, rect=rect)
    view = (*to.inverse(rect.bottomLeft()), *to.inverse(rect.topRight()))
    paths = {o.iso3: path for o, path in zip(figure.outlines, outline_paths(figure.outlines), strict=True)}
    for iso3, name, box, role in figure.country_labels:
        color = QColor("#6B5A20" if role == "focus" and look == "white" else "#8A8A8A")
        f = country_font if role in ("focus", "state") else font(u, 13, bold=False)
        for spot in _label_spots(paths[iso3], box, view)[:12]:  # the first spot that is free
            placed = _halo_text(
                painter,
                name.upper(),
                to(spot),
                f,
                color=color,
                halo=halo,
                taken=taken,
                rect=rect,
                centre=True,
            )
            if placed:
                taken += placed
                break
    zoomed = to.scale * 100 > 14 * u  # px per 100 km: project names only once there is room for them
    for place in sorted(places, key=lambda p: _LABEL_PRIORITY.get(p.place.kind, 9)):
        kind = place.place.kind
        if kind == "capital" or (kind == "project_site" and not zoomed):
            continue
        f = font(u, 12.5 if kind == "capital" else 11.5, bold=kind == "capital")
        at = to(place.xy) + QPointF(7 * u, -7 * u)
        taken += _halo_text(painter, place.label, at, f, color=ink, halo=halo, taken=taken, rect=rect)


def _label_spots(path: QPainterPath, box: Box, view: Box) -> list[tuple[float, float]]:
    """Points of the country in view for its name, best first: within the part of its box in view, the
    centre, then the points of a 7 x 7 grid nearest the centre, those inside the outline."""
    x0, y0 = max(box[0], view[0]), max(box[1], view[1])
    x1, y1 = min(box[2], view[2]), min(box[3], view[3])
    if x1 <= x0 or y1 <= y0:
        return []
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    grid = [
        (x0 + (x1 - x0) * (i + 0.5) / 7, y0 + (y1 - y0) * (j + 0.5) / 7) for i in range(7) for j in range(7)
    ]
    candidates = [(cx, cy), *sorted(grid, key=lambda p: (p[0] - cx) ** 2 + (p[1] - cy) ** 2)]
    return [(x, y) for x, y in candidates if path.contains(QPointF(x, y))]


def _halo_text(
    painter: QPainter,
    text: str,
    at: QPointF,
    f: QFont,
    *,
    color: QColor,
    halo: QColor,
    taken: list[QRectF],
    rect: QRectF,
    centre: bool = False,
) -> list[QRectF]:
    metrics = QFontMetricsF(f)
    width, height = metrics.horizontalAdvance(text), metrics.height()
    box = QRectF(at.x() - (width / 2 if centre else 0), at.y() - height / 2, width, height)
    if not rect.contains(box) or any(box.intersects(t) for t in taken):
        return []
    path = QPainterPath()
    path.addText(box.left(), box.top() + metrics.ascent(), f, text)
    painter.setPen(
        QPen(
            halo,
            max(2.0, f.pixelSize() / 4),
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )
    )
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawPath(path)
    return [box.adjusted(-2, -1, 2, 1)]


def corner_box(figure: MapFigure, to: Transform, u: float, rect: QRectF) -> QRectF:
    """Where the projection note and scale bar go (lower left), kept free of labels."""
    metrics = QFontMetricsF(font(u, 10.5))
    bar = _nice_km(120 * u / to.scale) * to.scale
    width = max(
        metrics.horizontalAdvance(figure.projection_note), bar + metrics.horizontalAdvance(" 10,000 km")
    )
    width = min(width, rect.width() - 20 * u)
    height = _note_height(figure, metrics, width) + 18 * u
    return QRectF(rect.left() + 6 * u, rect.bottom() - height - 4 * u, width + 8 * u, height)


def _corner_note(figure: MapFigure) -> str:
    note = QCoreApplication.translate("Map", "%1; scale true on those parallels")
    return note.replace("%1", figure.projection_note)


def _note_height(figure: MapFigure, metrics: QFontMetricsF, width: float) -> float:
    """The wrapped note's height, as drawn (Chinese glyphs come from a taller fallback font)."""
    return metrics.boundingRect(QRectF(0, 0, width, 1e4), _WRAP, _corner_note(figure)).height() + 2


def _corner(
    painter: QPainter, figure: MapFigure, to: Transform, *, u: float, look: str, rect: QRectF
) -> None:
    """The projection in the lower left, above a scale bar (true along the standard parallels)."""
    f = font(u, 10.5)
    metrics = QFontMetricsF(f)
    ink = QColor("#333333" if look == "white" else "#DDDDDD")
    km = _nice_km(120 * u / to.scale)
    bar = km * to.scale
    box = corner_box(figure, to, u, rect)
    painter.fillRect(box, QColor(255, 255, 255, 190) if look == "white" else QColor(0, 0, 0, 140))
    left, base = box.left() + 4 * u, box.bottom() - 5 * u
    painter.setPen(QPen(ink, 1.4 * u))
    painter.drawLine(QPointF(left, base), QPointF(left + bar, base))
    for x in (left, left + bar):
        painter.drawLine(QPointF(x, base), QPointF(x, base - 5 * u))
    painter.setFont(f)
    painter.drawText(QPointF(left + bar + 6 * u, base), f"{km:,.0f} km")
    width = box.width() - 8 * u
    painter.drawText(
        QRectF(left, box.top() + 2 * u, width, _note_height(figure, metrics, width)),
        _WRAP,
        _corner_note(figure),
    )


def _nice_km(target: float) -> float:
    step = 10 ** math.floor(math.log10(max(target, 1)))
    return float(next((s * step for s in (1, 2, 5, 10) if s * step >= target), 10 * step))


# -- export frame ---------------------------------------------------------------------------------------


def _text(painter: QPainter, text: str, f: QFont, color: QColor, *, rect: QRectF, lines: int) -> float:
    metrics = QFontMetricsF(f)
    need = metrics.boundingRect(QRectF(0, 0, rect.width(), 1e7), _WRAP, text).height()
    height = min(need, metrics.lineSpacing() * lines)
    painter.setFont(f)
    painter.setPen(color)
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), height + 1), _WRAP, text)
    return rect.top() + height


def _footer(painter: QPainter, figure: MapFigure, c: Colors, u: float, rect: QRectF) -> float:
    """Credits, sources and version, bottom-aligned above rect.bottom(); returns their top."""
    f = font(u, 12)
    metrics = QFontMetricsF(f)
    names = list(figure.source_names_in_view())
    shown = "; ".join(names[:_FOOTER_SOURCES])
    if len(names) > _FOOTER_SOURCES:
        more = QCoreApplication.translate(
            "Map", "; and %n more (each feature's record names its own)", "", len(names) - _FOOTER_SOURCES
        )
        shown += more
    sources = QCoreApplication.translate("Map", "Sources: %1.").replace("%1", shown)
    text = f"{figure.attribution} {sources} {figure.version_line()}"
    height = min(
        metrics.boundingRect(QRectF(0, 0, rect.width(), 1e7), _WRAP, text).height(), metrics.lineSpacing() * 4
    )
    top = rect.bottom() - height
    painter.setFont(f)
    painter.setPen(c.muted)
    painter.drawText(QRectF(rect.left(), top, rect.width(), height + 1), _WRAP, text)
    return top


def legend_entries(figure: MapFigure) -> list[tuple[str, str, str]]:
    """(sample kind, colour or kind key, label) for what the map shows: routes, markers, sectors."""
    entries: list[tuple[str, str, str]] = []
    routes = figure.routes_in_view()
    for kind, label in ROUTE_LABELS.items():
        if any(r.route.kind == kind for r in routes):
            entries.append(("line", kind, _t(label)))
    if any(r.route.status not in _OPERATING for r in routes):
        entries.append(("dashed", "railway", QCoreApplication.translate("Map", "Planned or delayed")))
    if any(r.route.approximate for r in routes):
        entries.append(("dotted", "railway", QCoreApplication.translate("Map", "Approximate alignment")))
    places = figure.places_in_view()
    for kind, label in (
        ("capital", QCoreApplication.translate("Map", "Capital")),
        ("city", QCoreApplication.translate("Map", "City")),
        ("crossing", QCoreApplication.translate("Map", "Border crossing")),
        ("dry_port", QCoreApplication.translate("Map", "Dry port or station")),
    ):
        if any(p.place.kind == kind or (kind == "dry_port" and p.place.kind == "station") for p in places):
            entries.append(("marker", kind, label))
    for sector, label in SECTOR_LABELS.items():
        if any(p.sector == sector for p in places if p.layer == "projects"):
            entries.append(
                (
                    "sector",
                    sector,
                    QCoreApplication.translate("Map", "Project: %1").replace("%1", _t(label).lower()),
                )
            )
    if any((p.status or "operating") not in _OPERATING for p in places if p.layer == "projects"):
        entries.append(("hollow", "", QCoreApplication.translate("Map", "Hollow: not yet operating")))
    return entries


def _legend(painter: QPainter, figure: MapFigure, c: Colors, u: float, rect: QRectF) -> None:
    f = font(u, 12.5)
    metrics = QFontMetricsF(f)
    row = metrics.lineSpacing() * 1.35
    y = rect.top()
    for sample, key, label in legend_entries(figure):
        mid = QPointF(rect.left() + 14 * u, y + row / 2)
        if sample in ("line", "dashed", "dotted"):
            pen = QPen(QColor(ROUTE_COLORS[key]) if sample == "line" else c.text, 2.4 * u)
            pen.setStyle(
                {"line": Qt.PenStyle.SolidLine, "dashed": Qt.PenStyle.DashLine}.get(
                    sample, Qt.PenStyle.DotLine
                )
            )
            painter.setPen(pen)
            painter.drawLine(mid - QPointF(12 * u, 0), mid + QPointF(12 * u, 0))
        elif sample in ("sector", "hollow"):
            painter.setPen(QPen(c.text, 1.0 * u))
            painter.setBrush(QColor(SECTOR_COLORS[key]) if sample == "sector" else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(mid, 5 * u, 5 * u)
        else:
            fake = MapPlace(_FakePlace(key), (0.0, 0.0), "cities", "")  # type: ignore[arg-type]
            _draw_symbol(painter, fake, mid, u, "white" if c.text.lightness() < 128 else "dark")
        painter.setPen(c.text)
        painter.setFont(f)
        painter.drawText(
            QRectF(rect.left() + 34 * u, y, rect.width() - 34 * u, row),
            int(Qt.AlignmentFlag.AlignVCenter),
            label,
        )
        y += row
        if y > rect.bottom() - row:
            break


@dataclass(frozen=True)
class _FakePlace:
    kind: str


def _draw_symbol(painter: QPainter, place: MapPlace, at: QPointF, u: float, look: str) -> None:
    class _At:
        rect = QRectF(at.x() - 50, at.y() - 50, 100, 100)

        def __call__(self, _xy: object) -> QPointF:
            return at

    _marker(painter, place, _At(), u=u, look=look, hits=None)  # type: ignore[arg-type]


def _segment_distance(p: QPointF, a: QPointF, b: QPointF) -> float:
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length))
    return math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy))
