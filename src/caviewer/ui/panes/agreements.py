"""The Agreements and summits pane: treaties, declarations and the summits and visits behind them.

Gets a `Profile`; may import PySide6, the domain, formatting and the shared ui widgets.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from caviewer.formatting import humanize
from caviewer.i18n import QT_TRANSLATE_NOOP
from caviewer.profile.model import Profile
from caviewer.ui.models import Column
from caviewer.ui.record_view import RecordView


@dataclass(frozen=True)
class DiplomacyRow:
    key: str
    date: str
    kind: str
    title: str
    who: str
    summary: str
    extra: str
    source_ids: tuple[str, ...]


def diplomacy_rows(profile: Profile) -> list[DiplomacyRow]:
    names = profile.state_names
    rows = [
        DiplomacyRow(
            a.agreement_id,
            a.date,
            QCoreApplication.translate("Panes", "Agreement (%1)").replace("%1", humanize(a.domain)),
            a.title,
            ", ".join(names.get(p, p) for p in a.parties),
            a.summary or "",
            QCoreApplication.translate("Panes", "Status: %1").replace("%1", a.status) if a.status else "",
            a.source_ids,
        )
        for a in profile.agreements
    ]
    rows += [
        DiplomacyRow(
            e.event_id,
            e.date,
            humanize(e.kind),
            e.title,
            ", ".join(names.get(c, c) for c in e.countries),
            e.summary or "",
            "; ".join(
                p
                for p in (
                    e.place and QCoreApplication.translate("Panes", "Place: %1").replace("%1", e.place),
                    e.participants,
                )
                if p
            ),
            e.source_ids,
        )
        for e in profile.events
    ]
    return sorted(rows, key=lambda r: (r.date, r.key), reverse=True)


class AgreementsPane(QWidget):
    """Agreements and events, newest first, with summary and sources of the selected row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile: Profile | None = None
        self._view: RecordView[DiplomacyRow] = RecordView(
            "agreements",
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: r.date),
                Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: r.kind),
                Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title),
                Column(QT_TRANSLATE_NOOP("Columns", "Countries"), lambda r: r.who),
            ],
            key=lambda r: r.key,
            detail=self._detail,
            sources=lambda r: self._profile.source_list(r.source_ids) if self._profile else [],
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self._view)

    def set_profile(self, profile: Profile) -> None:
        self._profile = profile
        self._view.set_records(diplomacy_rows(profile), profile.total("events", "agreements"))

    def view(self) -> RecordView[DiplomacyRow]:
        return self._view

    @staticmethod
    def _detail(row: DiplomacyRow) -> str:
        parts = [
            f"<h3>{html.escape(row.title)}</h3>",
            f"<p>{html.escape(row.date)} \u00b7 {html.escape(row.kind)}</p>",
            f"<p><b>Countries:</b> {html.escape(row.who)}</p>" if row.who else "",
            f"<p>{html.escape(row.extra)}</p>" if row.extra else "",
            f"<p>{html.escape(row.summary)}</p>" if row.summary else "",
        ]
        return "".join(parts)
