"""The Overview pane: a small trade chart beside the briefing (short statements generated from the data,
each with its sources one click away), the "at a glance" lists (products, partners, projects, loans,
agreements, events), the targets and claims, then the entry's dated facts and basic figures.

Gets a `Profile`; may import PySide6, the domain, formatting and the shared ui widgets.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from caviewer.formatting import fill, format_period, format_quantity, humanize
from caviewer.i18n import QT_TRANSLATE_NOOP
from caviewer.profile.briefing import briefing
from caviewer.profile.cards import according_to
from caviewer.profile.glance import GlanceList, at_a_glance
from caviewer.profile.model import BASIC_INDICATORS, Profile
from caviewer.profile.targets import TargetRow, target_rows
from caviewer.ui.citation_popup import CitedLabel
from caviewer.ui.mini_trade import MiniTradeChart
from caviewer.ui.models import Column
from caviewer.ui.record_view import RecordView

FACT_ORDER = {"head_of_state": 0, "head_of_government": 1, "relationship_level": 2}
# Statements from the project's seed article are secondary: where others say the same kind of thing for the
# same year, theirs come first.
SECONDARY_SOURCES = frozenset({"seed-li-2025"})


@dataclass(frozen=True)
class OverviewRow:
    key: str
    topic: str
    value: str
    when: str
    note: str
    source_ids: tuple[str, ...]
    according_to: str = ""


def overview_rows(profile: Profile) -> list[OverviewRow]:
    """Facts by kind, each kind newest first and primary sources before secondary ones; then the basic
    figures. Each row says whose statement or figure it is."""
    facts = sorted(
        profile.facts,
        key=lambda f: (
            FACT_ORDER.get(f.fact, 9),
            -int((f.since or "0")[:4] or 0),
            set(f.source_ids) <= SECONDARY_SOURCES,
        ),
    )
    rows = [
        OverviewRow(
            f.fact_id,
            humanize(f.fact),
            f.value,
            f.since or "",
            f.note or "",
            f.source_ids,
            according_to(profile, f.source_ids) or "",
        )
        for f in facts
    ]
    for figure in sorted(profile.figures, key=lambda f: (f.indicator, f.rank, f.period)):
        if figure.indicator in BASIC_INDICATORS:
            est = QCoreApplication.translate("Panes", " (est.)") if figure.estimate else ""
            value = format_quantity(figure.value, figure.unit) + est
            alternative = (
                QCoreApplication.translate("Panes", "Alternative series (the header shows the first)")
                if figure.rank > 1
                else ""
            )
            note = "; ".join(p for p in (alternative, figure.derivation, figure.note) if p)
            rows.append(
                OverviewRow(
                    figure.figure_id,
                    _topic(profile, figure.indicator, figure.scope_iso3),
                    value,
                    format_period(figure.period),
                    note,
                    figure.source_ids,
                    according_to(profile, figure.source_ids) or "",
                )
            )
    return rows


def _topic(profile: Profile, indicator: str, scope: str) -> str:
    """'Area', or 'Area (Kazakhstan)' on a profile (China's) that lists other entries' figures."""
    if scope == profile.country.iso3:
        return humanize(indicator)
    return f"{humanize(indicator)} ({profile.state_names.get(scope, scope)})"


class OverviewPane(QWidget):
    """Facts and basic figures of the entry, each with its sources."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile: Profile | None = None
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._view: RecordView[OverviewRow] = RecordView(
            "overview",
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Topic"), lambda r: r.topic),
                Column(QT_TRANSLATE_NOOP("Columns", "Value"), lambda r: r.value),
                Column(QT_TRANSLATE_NOOP("Columns", "Since / period"), lambda r: r.when),
                Column(QT_TRANSLATE_NOOP("Columns", "According to"), lambda r: r.according_to),
                Column(QT_TRANSLATE_NOOP("Columns", "Note"), lambda r: r.note),
            ],
            key=lambda r: r.key,
            detail=self._detail,
            sources=lambda r: self._profile.source_list(r.source_ids) if self._profile else [],
        )
        self._brief_box = QWidget()
        self._brief_box.setObjectName("briefing")
        self._brief_layout = QVBoxLayout(self._brief_box)
        self._brief_layout.setContentsMargins(0, 0, 0, 0)
        self._brief_layout.setSpacing(2)
        self._brief_labels: list[CitedLabel] = []
        self._chart = MiniTradeChart()
        self._chart.setObjectName("miniTrade")
        self._glance_box = QWidget()
        self._glance_box.setObjectName("atAGlance")
        self._glance_layout = QGridLayout(self._glance_box)
        self._glance_layout.setContentsMargins(0, 6, 0, 0)
        self._glance_layout.setHorizontalSpacing(18)
        self._glance_labels: list[CitedLabel] = []
        top = QWidget()
        top_row = QHBoxLayout(top)
        top_row.setContentsMargins(0, 0, 0, 0)
        top_row.addWidget(self._chart, 2, Qt.AlignmentFlag.AlignTop)
        top_row.addWidget(self._brief_box, 3)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(top)
        page_layout.addWidget(self._glance_box)
        page_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self._targets: RecordView[TargetRow] = RecordView(
            "targets and claims",
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Claim or target"), lambda r: r.target.claim),
                Column(QT_TRANSLATE_NOOP("Columns", "By"), lambda r: r.target.claimed_by),
                Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: r.target.date),
                Column(QT_TRANSLATE_NOOP("Columns", "Target"), lambda r: r.target_text()),
                Column(QT_TRANSLATE_NOOP("Columns", "Measured"), lambda r: r.measured_text()),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "How they compare"), lambda r: r.target.measured_note or ""
                ),
            ],
            key=lambda r: r.target.target_id,
            detail=self._target_detail,
            sources=lambda r: self._profile.source_list(r.source_ids) if self._profile else [],
        )
        self._targets.setObjectName("targetsView")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(scroll)
        split.addWidget(self._targets)
        split.addWidget(self._view)
        split.setChildrenCollapsible(False)
        split.setSizes([330, 120, 120])  # the briefing first: the statements are what a reader comes for
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(split, 1)

    def set_profile(self, profile: Profile) -> None:
        self._profile = profile
        events, agreements, projects, ties = (
            profile.total(kind) or len(getattr(profile, kind))
            for kind in ("events", "agreements", "projects", "ties")
        )
        text = (
            QCoreApplication.translate(
                "Panes",
                "%1 in the dataset: %2 events, %3 agreements, %4 projects, %5 people-to-people ties and %6 "
                "sources cited by the records shown.",
            )
            if profile.totals
            else QCoreApplication.translate(
                "Panes",
                "%1 in the dataset: %2 events, %3 agreements, %4 projects, %5 people-to-people ties and "
                "%6 sources.",
            )
        )
        counts = (events, agreements, projects, ties, len(profile.sources))
        self._intro.setText(html.escape(fill(text, profile.country.display_name, *counts)))
        self._chart.set_profile(profile)
        self._set_briefing(profile)
        self._set_glance(at_a_glance(profile, date.today().isoformat()), profile)
        self._targets.set_records(target_rows(profile))
        basic = profile.total("basic figures")
        self._view.set_records(overview_rows(profile), None if basic is None else len(profile.facts) + basic)

    def view(self) -> RecordView[OverviewRow]:
        return self._view

    def targets_view(self) -> RecordView[TargetRow]:
        return self._targets

    @staticmethod
    def _target_detail(row: TargetRow) -> str:
        t = row.target
        by = html.escape(QCoreApplication.translate("Panes", "By:"))
        target = html.escape(QCoreApplication.translate("Panes", "Target or claim:"))
        measured = html.escape(QCoreApplication.translate("Panes", "Measured:"))
        parts = [
            f"<h3>{html.escape(t.claim)}</h3>",
            f"<p><b>{by}</b> {html.escape(t.claimed_by)}, {html.escape(t.date)}</p>",
            f"<p><b>{target}</b> {html.escape(row.target_text())}</p>",
            f"<p><b>{measured}</b> {html.escape(row.measured_text())}</p>",
            f"<p>{html.escape(t.measured_note)}</p>" if t.measured_note else "",
        ]
        return "".join(parts)

    def mini_chart(self) -> MiniTradeChart:
        return self._chart

    def glance_labels(self) -> list[CitedLabel]:
        return [label for label in self._glance_labels if not label.isHidden()]

    def _set_glance(self, lists: list[GlanceList], profile: Profile) -> None:
        """The lists in two columns, each a bold heading and its cited lines; the labels are reused from
        entry to entry (making them anew cost a third of a switch)."""
        while len(self._glance_labels) < len(lists):
            i = len(self._glance_labels)
            label = CitedLabel()
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self._glance_layout.addWidget(label, i // 2, i % 2)
            self._glance_labels.append(label)
        for label, found in zip(self._glance_labels, lists, strict=False):
            label.setObjectName(f"glance_{found.key}")
            lines = "<br>".join(html.escape(s.text) for s in found.lines)
            ids = dict.fromkeys(sid for s in found.lines for sid in s.source_ids)
            text = f"<b>{html.escape(found.title)}</b><br>{lines}"
            label.set_figure(found.title, text, profile.source_list(ids))
            label.setAccessibleDescription(
                f"{found.title}: " + "; ".join(s.text for s in found.lines) + f". {len(ids)} sources"
            )
            if label.isHidden():  # at once, not when the layout gets round to it on a shown pane
                label.setHidden(False)
        for label in self._glance_labels[len(lists) :]:
            if not label.isHidden():
                label.setHidden(True)

    def briefing_texts(self) -> list[str]:
        return [label.text().removeprefix("\u2022 ") for label in self._brief_labels if not label.isHidden()]

    def briefing_label(self, index: int) -> CitedLabel:
        return self._brief_labels[index]

    def _set_briefing(self, profile: Profile) -> None:
        """One label per statement, reused from entry to entry (hidden when not needed)."""
        statements = briefing(profile)
        while len(self._brief_labels) < len(statements):
            label = CitedLabel()
            label.setWordWrap(True)
            label.setObjectName(f"brief{len(self._brief_labels)}")
            self._brief_labels.append(label)
            self._brief_layout.addWidget(label)
        for label, statement in zip(self._brief_labels, statements, strict=False):
            label.set_figure(
                "Briefing", f"\u2022 {statement.text}", profile.source_list(statement.source_ids)
            )
            if label.isHidden():
                label.setHidden(False)
        for label in self._brief_labels[len(statements) :]:
            if not label.isHidden():
                label.setHidden(True)

    @staticmethod
    def _detail(row: OverviewRow) -> str:
        note = f"<p>{html.escape(row.note)}</p>" if row.note else ""
        when = f" <small>({html.escape(row.when)})</small>" if row.when else ""
        return f"<h3>{html.escape(row.topic)}</h3><p><b>{html.escape(row.value)}</b>{when}</p>{note}"
