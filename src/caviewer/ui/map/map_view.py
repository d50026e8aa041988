"""The map widget: paints a `MapFigure` with the exports' map painter and lets the user pan and zoom.

Drag to pan, wheel or +/- to zoom about the pointer, arrow keys to pan, 0 or Home to reset; hovering a
marker or line shows its name, and a click emits `feature_clicked(kind, key)`. The view is a box in
projected kilometres; zoom is kept between the whole frame and about 40 times the entry's view. May
import PySide6 and the map modules.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from caviewer.geo.map_figure import Box, MapFigure
from caviewer.ui.map.map_painter import MapHit, Transform, paint_map_area

_HIT_RADIUS = 7.0
_MAX_ZOOM = 40.0
_STEP = 1.25


class MapView(QWidget):
    """The map of one entry at the widget's size; `view()` is what is shown, in projected km."""

    feature_clicked = Signal(str, str)
    view_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapView")
        self.setAccessibleName("Map")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._figure: MapFigure | None = None
        self._view: Box = (0.0, 0.0, 1.0, 1.0)
        self._hits: list[MapHit] = []
        self._transform: Transform | None = None
        self._drag: QPointF | None = None
        self._moved = False

    # -- public ------------------------------------------------------------------------------------

    def set_figure(self, figure: MapFigure, *, keep_view: bool = False) -> None:
        """Show `figure`; its own view (the entry fitted) unless `keep_view` (a layer toggled)."""
        self._figure = figure
        if not keep_view:
            self._view = figure.view
        self._hits = []
        self.update()

    def figure(self) -> MapFigure | None:
        return self._figure

    def view(self) -> Box:
        return self._view

    def reset_view(self) -> None:
        if self._figure is not None:
            self._set_view(self._figure.view)

    def zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom in (factor > 1) or out about `anchor` (default: the centre), within the limits."""
        if self._figure is None:
            return
        x0, y0, x1, y1 = self._view
        ax, ay = self._to().inverse(anchor) if anchor is not None else ((x0 + x1) / 2, (y0 + y1) / 2)
        width = (x1 - x0) / factor
        base = self._figure.view[2] - self._figure.view[0]
        full = self._figure.full_view[2] - self._figure.full_view[0]
        width = max(base / _MAX_ZOOM, min(width, max(full, base) * 1.2))
        scale = width / (x1 - x0)
        self._set_view(
            (ax - (ax - x0) * scale, ay - (ay - y0) * scale, ax + (x1 - ax) * scale, ay + (y1 - ay) * scale)
        )

    def pan(self, dx: float, dy: float) -> None:
        """Move the view by (dx, dy) pixels (content follows the pointer)."""
        to = self._to()
        kx, ky = dx / to.scale, dy / to.scale
        x0, y0, x1, y1 = self._view
        self._set_view((x0 - kx, y0 + ky, x1 - kx, y1 + ky))

    def hit_at(self, pos: QPointF) -> MapHit | None:
        """The feature under `pos`: a marker first (drawn on top), else the nearest line within reach."""
        places = [h for h in self._hits if h.kind == "place" and h.rect.contains(pos)]
        if places:
            # a project site shown at its town's point wins over the town: it is the record to open
            return min(
                places, key=lambda h: (round((h.rect.center() - pos).manhattanLength()), not h.project)
            )
        near = [(h.distance(pos), h) for h in self._hits if h.kind == "route" and h.rect.contains(pos)]
        near = [(d, h) for d, h in near if d <= _HIT_RADIUS]
        return min(near, key=lambda item: item[0])[1] if near else None

    def hits(self) -> list[MapHit]:
        return list(self._hits)

    def screen_point(self, xy: tuple[float, float]) -> QPointF:
        """Where projected point `xy` is drawn now (for tests and the pane)."""
        return self._to()(xy)

    # -- painting ----------------------------------------------------------------------------------

    def _to(self) -> Transform:
        return Transform(self._view, QRectF(self.rect()))

    def _set_view(self, view: Box) -> None:
        self._view = view
        self.update()
        self.view_changed.emit()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        if self._figure is None:
            return
        painter = QPainter(self)
        try:
            dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
            hits: list[MapHit] = []
            self._transform = paint_map_area(
                painter, QRectF(self.rect()), self._figure, self._view, "dark" if dark else "white", hits=hits
            )
            self._hits = hits
        finally:
            painter.end()

    # -- input -------------------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(_STEP**steps, event.position())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag, self._moved = event.position(), False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag is not None and event.buttons() & Qt.MouseButton.LeftButton:
            delta = event.position() - self._drag
            if self._moved or delta.manhattanLength() > 3:
                self._moved = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self.pan(delta.x(), delta.y())
                self._drag = event.position()
            return
        hit = self.hit_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self._drag is not None:
            clicked = not self._moved
            self._drag = None
            self.unsetCursor()
            hit = self.hit_at(event.position()) if clicked else None
            if hit is not None:
                self.feature_clicked.emit(hit.kind, hit.key)
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.hit_at(event.position()) is None:
            self.zoom(2.0, event.position())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        step = 60.0
        moves = {
            Qt.Key.Key_Left: (step, 0.0),
            Qt.Key.Key_Right: (-step, 0.0),
            Qt.Key.Key_Up: (0.0, step),
            Qt.Key.Key_Down: (0.0, -step),
        }
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / _STEP)
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Home):
            self.reset_view()
        elif key in moves:
            self.pan(*moves[key])  # type: ignore[index]
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.hit_at(QPointF(event.pos()))
            if hit is not None:
                QToolTip.showText(event.globalPos(), hit.text + "\nClick for its record and sources", self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
