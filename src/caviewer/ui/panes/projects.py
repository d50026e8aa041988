"""The Projects pane: Chinese-built or -financed projects, with metrics and a milestone timeline.

Gets a `Profile`; may import PySide6, the domain, formatting, the palette and the shared ui widgets.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from caviewer.domain import Milestone, Project, Source
from caviewer.formatting import format_quantity, humanize
from caviewer.i18n import QT_TRANSLATE_NOOP
from caviewer.profile.model import Profile
from caviewer.ui import palette
from caviewer.ui.models import Column
from caviewer.ui.record_view import RecordView

STAGE_COLORS = {
    "proposed": palette.GREY,
    "agreement": palette.SKY_BLUE,
    "announced": palette.SKY_BLUE,
    "construction": palette.ORANGE,
    "operation": palette.BLUISH_GREEN,
    "expansion": palette.BLUISH_GREEN,
    "completed": palette.BLUISH_GREEN,
    "delay": palette.VERMILION,
    "suspended": palette.VERMILION,
    "cancelled": palette.VERMILION,
}


def _year(date: str) -> float:
    """'2014-05-21' -> 2014.38: a position on the time axis."""
    parts = [int(p) for p in date.split("-")[:2] if p.isdigit()]
    return parts[0] + ((parts[1] - 0.5) / 12 if len(parts) > 1 else 0.5) if parts else 0.0


class MilestoneTimeline(QWidget):
    """A small horizontal timeline of a project's milestones: a dot per stage, labelled with year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("milestoneTimeline")
        self.setAccessibleName(QCoreApplication.translate("Panes", "Milestones"))
        self._milestones: tuple[Milestone, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(300, 70)

    def set_milestones(self, milestones: Sequence[Milestone]) -> None:
        self._milestones = tuple(sorted(milestones, key=lambda m: m.date))
        text = "; ".join(f"{m.date} {m.stage}" for m in self._milestones) or "no milestones"
        self.setAccessibleDescription(text)
        self.setToolTip(
            "\n".join(
                f"{m.date}: {humanize(m.stage)}" + (f" \u2014 {m.note}" if m.note else "")
                for m in self._milestones
            )
        )
        self.setVisible(bool(self._milestones))
        self.update()

    def milestones(self) -> tuple[Milestone, ...]:
        return self._milestones

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        if not self._milestones:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().windowText().color()
        rect = QRectF(self.rect()).adjusted(30, 8, -30, -8)
        y = rect.top() + 22
        painter.setPen(QPen(text, 1.5))
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        times = [_year(m.date) for m in self._milestones]
        low, high = min(times), max(times)
        span = max(high - low, 1.0)
        metrics = painter.fontMetrics()
        last_label_right = -1e9
        for m, t in zip(self._milestones, times, strict=True):
            x = rect.left() + (t - low) / span * rect.width() if high > low else rect.center().x()
            painter.setPen(QPen(text, 1))
            painter.setBrush(QColor(STAGE_COLORS.get(m.stage, palette.GREY)))
            painter.drawEllipse(QPointF(x, y), 6, 6)
            label = f"{m.date[:4]} {m.stage}"
            width = metrics.horizontalAdvance(label)
            left = min(max(x - width / 2, 0), self.width() - width)
            row = 0 if left > last_label_right + 4 else 1
            if row == 0:
                last_label_right = left + width
            painter.drawText(QPointF(left, y + 20 + row * metrics.height()), label)
        painter.end()


def _first_date(p: Project) -> str:
    return p.milestones[0].date if p.milestones else ""


class ProjectsPane(QWidget):
    """Projects with their milestones as a timeline, metrics and sources of the selected project."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile: Profile | None = None
        self._timeline = MilestoneTimeline()
        self._view: RecordView[Project] = RecordView(
            "projects",
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Project"), lambda p: p.name),
                Column(QT_TRANSLATE_NOOP("Columns", "Sector"), lambda p: humanize(p.sector)),
                Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda p: humanize(p.status)),
                Column(QT_TRANSLATE_NOOP("Columns", "Countries"), lambda p: ", ".join(p.countries)),
                Column(QT_TRANSLATE_NOOP("Columns", "Since"), _first_date),
            ],
            key=lambda p: p.project_id,
            detail=self._detail,
            sources=self._sources,
            extra=self._timeline,
            on_show=self._on_show,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self._view)

    def set_profile(self, profile: Profile) -> None:
        self._profile = profile
        self._view.set_records(profile.projects, profile.total("projects"))

    def view(self) -> RecordView[Project]:
        return self._view

    def timeline(self) -> MilestoneTimeline:
        return self._timeline

    def _sources(self, project: Project) -> list[Source]:
        if self._profile is None:
            return []
        ids = dict.fromkeys(project.source_ids)
        for milestone in project.milestones:
            ids.update(dict.fromkeys(milestone.source_ids))
        for metric in project.metrics:
            ids.update(dict.fromkeys(metric.source_ids))
        return self._profile.source_list(ids)

    def _on_show(self, project: Project | None) -> None:
        self._timeline.set_milestones(project.milestones if project is not None else ())

    def _detail(self, p: Project) -> str:
        names = self._profile.state_names if self._profile else {}
        est = QCoreApplication.translate("Panes", " (est.)")
        chinese = html.escape(QCoreApplication.translate("Panes", "Chinese partners:"))
        local = html.escape(QCoreApplication.translate("Panes", "Local partners:"))
        metrics_title = html.escape(QCoreApplication.translate("Panes", "Metrics"))
        milestones_title = html.escape(QCoreApplication.translate("Panes", "Milestones"))
        metrics = "".join(
            f"<li>{html.escape(humanize(m.metric))}: {html.escape(format_quantity(m.value, m.unit))}"
            f"{est if m.estimate else ''}</li>"
            for m in p.metrics
        )
        dash = " \u2014 "
        milestones = "".join(
            f"<li>{html.escape(m.date)}: {html.escape(humanize(m.stage))}"
            f"{dash + html.escape(m.note) if m.note else ''}</li>"
            for m in p.milestones
        )
        parts = [
            f"<h3>{html.escape(p.name)}</h3>",
            f"<p>{html.escape(humanize(p.sector))} \u00b7 {html.escape(humanize(p.status))} \u00b7 "
            f"{html.escape(', '.join(names.get(c, c) for c in p.countries))}</p>",
            f"<p>{html.escape(p.summary)}</p>" if p.summary else "",
            f"<p><b>{chinese}</b> {html.escape(p.chinese_partners)}</p>" if p.chinese_partners else "",
            f"<p><b>{local}</b> {html.escape(p.local_partners)}</p>" if p.local_partners else "",
            f"<h4>{metrics_title}</h4><ul>{metrics}</ul>" if metrics else "",
            f"<h4>{milestones_title}</h4><ul>{milestones}</ul>" if milestones else "",
        ]
        return "".join(parts)
