"""The Map pane: the region's borders, corridors and project sites, with layer toggles and a record panel.

Gets a `MapFigure` (from `caviewer.geo.map_figure`, the exports' presenter); a click on a feature shows its
record and sources beside the map, and a click on a project site asks, through `project_requested`, for
that project in the Projects pane. Layers are kept across entries. May import PySide6, the map modules,
the palette and the shared citation helpers.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caviewer.domain import Source
from caviewer.geo.map_figure import LAYERS, MapFigure, MapPlace, MapRoute
from caviewer.i18n import QT_TRANSLATE_NOOP, translate
from caviewer.ui.citation_popup import source_html
from caviewer.ui.map.map_painter import ROUTE_COLORS, ROUTE_LABELS, SECTOR_LABELS, kind_label, status_label
from caviewer.ui.map.map_view import MapView

_SWATCHES = {
    "borders": "#5A4A1A",
    "cities": "#1A1A1A",
    "crossings": "#0072B2",
    "pipelines": ROUTE_COLORS["gas_pipeline"],
    "rail": ROUTE_COLORS["railway"],
    "roads": ROUTE_COLORS["road"],
    "projects": "#009E73",
}
_HINT = QT_TRANSLATE_NOOP(
    "MapPane",
    "Drag to pan, wheel or + and \u2212 to zoom, 0 to reset. Click a marker or line for its record.",
)


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(color), 3))
    painter.drawLine(2, 7, 12, 7)
    painter.end()
    return QIcon(pixmap)


class MapPane(QWidget):
    """Map | layers, zoom buttons and the record of the feature clicked."""

    project_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figure: MapFigure | None = None
        self._view = MapView()
        self._view.feature_clicked.connect(self._on_feature)
        self._layers: dict[str, QCheckBox] = {}
        self._record = QLabel(self.tr(_HINT))
        self._record.setObjectName("mapRecord")
        self._record.setWordWrap(True)
        self._record.setTextFormat(Qt.TextFormat.RichText)
        self._record.setOpenExternalLinks(True)
        self._record.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self._record.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._record.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self._open = QPushButton(self.tr("Open in Projects"))
        self._open.setObjectName("mapOpenProject")
        self._open.setVisible(False)
        self._open.clicked.connect(self._open_project)
        self._project: str | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._view, 1)
        layout.addWidget(self._side())

    def _side(self) -> QWidget:
        side = QWidget()
        side.setFixedWidth(290)
        column = QVBoxLayout(side)
        column.setContentsMargins(6, 0, 0, 0)
        box = QGroupBox(self.tr("Layers"))
        rows = QVBoxLayout(box)
        for key, label in LAYERS:
            check = QCheckBox(translate("Map", label))
            check.setObjectName(f"mapLayer_{key}")
            check.setChecked(True)
            check.setIcon(_swatch(_SWATCHES[key]))
            check.toggled.connect(self._on_layers)
            rows.addWidget(check)
            self._layers[key] = check
        column.addWidget(box)
        buttons = QHBoxLayout()
        for text, tip, slot in (
            ("+", self.tr("Zoom in (+)"), lambda: self._view.zoom(1.5)),
            ("\u2212", self.tr("Zoom out (\u2212)"), lambda: self._view.zoom(1 / 1.5)),
            (self.tr("Reset view"), self.tr("Fit the entry again (0)"), self._view.reset_view),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addWidget(self._record, 1)
        column.addWidget(self._open)
        return side

    # -- public ------------------------------------------------------------------------------------

    def set_figure(self, figure: MapFigure) -> None:
        self._figure = figure.edited(layers=self.layers())
        self._view.set_figure(self._figure)
        self._show_record(None)

    def figure(self) -> MapFigure | None:
        """What the map shows now: the layers ticked and the view panned to (an export draws this)."""
        if self._figure is None:
            return None
        return self._figure.edited(view=self._view.view())

    def view(self) -> MapView:
        return self._view

    def layers(self) -> frozenset[str]:
        return frozenset(key for key, check in self._layers.items() if check.isChecked())

    def set_layer(self, key: str, shown: bool) -> None:
        self._layers[key].setChecked(shown)

    def record_text(self) -> str:
        return self._record.text()

    # -- slots -------------------------------------------------------------------------------------

    def _on_layers(self) -> None:
        if self._figure is not None:
            self._figure = self._figure.edited(layers=self.layers())
            self._view.set_figure(self._figure, keep_view=True)

    def _on_feature(self, kind: str, key: str) -> None:
        if self._figure is None:
            return
        if kind == "place":
            place = next((p for p in self._figure.places if p.place.place_id == key), None)
            self._show_record(place)
            if place is not None and place.place.project_id:
                self.project_requested.emit(place.place.project_id)
        else:
            self._show_record(next((r for r in self._figure.routes if r.route.route_id == key), None))

    def _open_project(self) -> None:
        if self._project:
            self.project_requested.emit(self._project)

    def _show_record(self, feature: MapPlace | MapRoute | None) -> None:
        if feature is None or self._figure is None:
            self._record.setText(html.escape(self.tr(_HINT)))
            self._open.setVisible(False)
            self._project = None
            return
        known = {s.source_id: s for s in self._figure.sources}
        if isinstance(feature, MapPlace):
            p = feature.place
            kind = kind_label(p.kind)
            if feature.sector:
                kind += f" \u00b7 {translate('Map', SECTOR_LABELS.get(feature.sector, feature.sector))}"
            where = {
                "exact": "",
                "town": self.tr(" (at the town the source names)"),
                "approximate": self.tr(" (approximate)"),
            }
            lines = [
                f"<b>{html.escape(feature.label)}</b>",
                html.escape(kind),
                self.tr("%1\u00b0 N, %2\u00b0 E").replace("%1", f"{p.lat:.3f}").replace("%2", f"{p.lon:.3f}")
                + where.get(p.precision, ""),
            ]
            if p.note:
                lines.append(html.escape(p.note))
            ids, self._project = p.source_ids, p.project_id
        else:
            r = feature.route
            lines = [
                f"<b>{html.escape(feature.label)}</b>",
                html.escape(f"{translate('Map', ROUTE_LABELS[r.kind])}, {status_label(r.status)}"),
            ]
            if r.approximate:
                lines.append(html.escape(self.tr("Approximate line through the towns its sources name.")))
            if r.note:
                lines.append(html.escape(r.note))
            ids, self._project = r.source_ids + r.line_source_ids, r.project_id
        sources: list[Source] = [known[i] for i in dict.fromkeys(ids) if i in known]
        cited = "".join(f"<li>{source_html(s, terms=False)}</li>" for s in sources)
        heading = html.escape(self.tr("Sources"))
        self._record.setText("<br>".join(lines) + f"<p><b>{heading}</b></p><ul>{cited}</ul>")
        self._open.setVisible(self._project is not None)
