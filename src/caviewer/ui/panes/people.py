"""The People-to-people pane: visa regimes, scholarships, flights, twinning, Confucius Institutes.

Gets a `Profile`; may import PySide6, the domain, formatting and the shared ui widgets.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QVBoxLayout, QWidget

from caviewer.domain import Tie
from caviewer.formatting import format_quantity, humanize
from caviewer.i18n import QT_TRANSLATE_NOOP
from caviewer.profile.model import Profile
from caviewer.ui.models import Column
from caviewer.ui.record_view import RecordView


def _value(tie: Tie) -> str:
    return format_quantity(tie.value, tie.unit) if tie.value is not None else ""


class PeoplePane(QWidget):
    """Ties between people, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile: Profile | None = None
        self._view: RecordView[Tie] = RecordView(
            "people",
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda t: t.date),
                Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda t: humanize(t.kind)),
                Column(QT_TRANSLATE_NOOP("Columns", "Country"), lambda t: self._name(t.iso3)),
                Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda t: t.title),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Count"),
                    _value,
                    sort=lambda t: t.value if t.value is not None else -1.0,
                    align_right=True,
                ),
            ],
            key=lambda t: t.tie_id,
            detail=self._detail,
            sources=lambda t: self._profile.source_list(t.source_ids) if self._profile else [],
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self._view)

    def _name(self, iso3: str) -> str:
        return self._profile.state_names.get(iso3, iso3) if self._profile else iso3

    def set_profile(self, profile: Profile) -> None:
        self._profile = profile
        ties = sorted(profile.ties, key=lambda t: (t.date, t.tie_id), reverse=True)
        self._view.set_records(ties, profile.total("ties"))

    def view(self) -> RecordView[Tie]:
        return self._view

    def _detail(self, tie: Tie) -> str:
        value = f"<p><b>{html.escape(_value(tie))}</b></p>" if tie.value is not None else ""
        summary = f"<p>{html.escape(tie.summary)}</p>" if tie.summary else ""
        return (
            f"<h3>{html.escape(tie.title)}</h3><p>{html.escape(tie.date)} \u00b7 {humanize(tie.kind)} \u00b7 "
            f"{html.escape(self._name(tie.iso3))}</p>{value}{summary}"
        )
