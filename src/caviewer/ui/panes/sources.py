"""The Sources pane: every source the profile cites, with the full citation, Copy citation and export of
the selected or all sources as BibTeX or RIS. Only this detail view shows where the project read a source
("Retrieved via"); citations never do.

Gets a `Profile`; may import PySide6, the domain and the shared ui widgets.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from caviewer.domain import Source
from caviewer.i18n import QT_TRANSLATE_NOOP
from caviewer.profile.model import Profile
from caviewer.ui.models import Column
from caviewer.ui.record_view import RecordView


class SourcesPane(QWidget):
    """The cited sources, sorted by id; the detail shows the citation, terms and notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: RecordView[Source] = RecordView(
            "sources",
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Source"), lambda s: s.source_id),
                Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda s: s.title),
                Column(QT_TRANSLATE_NOOP("Columns", "Publisher"), lambda s: s.publisher or s.author or ""),
                Column(QT_TRANSLATE_NOOP("Columns", "Published"), lambda s: s.published or ""),
            ],
            key=lambda s: s.source_id,
            detail=self._detail,
            sources=lambda s: [s],
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self._view)

    def set_profile(self, profile: Profile) -> None:
        self._view.set_records(sorted(profile.sources.values(), key=lambda s: s.source_id))

    def view(self) -> RecordView[Source]:
        return self._view

    @staticmethod
    def _detail(s: Source) -> str:
        rows = [
            (QT_TRANSLATE_NOOP("Panes", "Publisher"), s.publisher),
            (QT_TRANSLATE_NOOP("Panes", "Author"), s.author),
            (QT_TRANSLATE_NOOP("Panes", "Published"), s.published),
            (QT_TRANSLATE_NOOP("Panes", "Address"), s.url),
            (QT_TRANSLATE_NOOP("Panes", "Dataset"), s.dataset_id),
            (QT_TRANSLATE_NOOP("Panes", "Place in the work"), s.place),
            (QT_TRANSLATE_NOOP("Panes", "Retrieved via"), s.retrieved_via),
            (QT_TRANSLATE_NOOP("Panes", "Accessed"), s.accessed),
            (QT_TRANSLATE_NOOP("Panes", "Measures"), s.measures),
            (QT_TRANSLATE_NOOP("Panes", "Terms"), s.terms),
            (QT_TRANSLATE_NOOP("Panes", "Notes"), s.notes),
        ]
        body = "".join(
            f"<p><b>{html.escape(QCoreApplication.translate('Panes', k))}:</b> {html.escape(v)}</p>"
            for k, v in rows
            if v
        )
        return f"<h3>{html.escape(s.title)}</h3>{body}"
