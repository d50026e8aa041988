"""A filterable, sortable table of records with a detail panel and the selected record's sources.

Shared by the panes (which never import each other): a pane gives the columns, a key, and functions that
turn a record into detail HTML and a list of sources; an optional extra widget (a project's timeline) sits
between the detail text and the sources, kept in step through `on_show(record or None)`.
Its Copy citation button copies the selected record's citations; Export citations saves those of the
selected record or of every record shown as BibTeX or RIS. Emits `record_selected(key)`.
May import PySide6, the domain, `ui.models`, `ui.citation_popup` and `ui.citation_export`.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caviewer.domain import Source
from caviewer.i18n import QT_TRANSLATE_NOOP
from caviewer.ui.citation_export import save_citations
from caviewer.ui.citation_popup import citation_text, citation_tooltip, source_html
from caviewer.ui.models import KEY_ROLE, Column, RecordTableModel, TextFilterProxy

_R = TypeVar("_R")


# The record kinds the panes name their tables by (the "no %1" sentence), for lupdate.
RECORD_KINDS = (
    QT_TRANSLATE_NOOP("RecordKinds", "agreements"),
    QT_TRANSLATE_NOOP("RecordKinds", "chart values"),
    QT_TRANSLATE_NOOP("RecordKinds", "finance"),
    QT_TRANSLATE_NOOP("RecordKinds", "lending records"),
    QT_TRANSLATE_NOOP("RecordKinds", "overview"),
    QT_TRANSLATE_NOOP("RecordKinds", "targets and claims"),
    QT_TRANSLATE_NOOP("RecordKinds", "people"),
    QT_TRANSLATE_NOOP("RecordKinds", "projects"),
    QT_TRANSLATE_NOOP("RecordKinds", "sources"),
)


class RecordView(QWidget, Generic[_R]):
    """Filter field, table and detail of a list of records."""

    record_selected = Signal(str)

    def __init__(  # noqa: PLR0915
        self,
        name: str,
        columns: Sequence[Column[_R]],
        *,
        key: Callable[[_R], str],
        detail: Callable[[_R], str],
        sources: Callable[[_R], list[Source]],
        extra: QWidget | None = None,
        on_show: Callable[[_R | None], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._name = name
        self._on_show = on_show
        self._detail = detail
        self._sources_of = sources
        self._sources: list[Source] = []
        self._fitted = True
        self._total: int | None = None
        self._model: RecordTableModel[_R] = RecordTableModel(columns, key, self)
        self._proxy = TextFilterProxy(self)
        self._proxy.setSourceModel(self._model)
        self._filter = QLineEdit()
        self._filter.setObjectName(f"{name}Filter")
        self._filter.setPlaceholderText(QCoreApplication.translate("RecordView", "Filter rows"))
        self._filter.setAccessibleName(f"Filter {name}")
        self._filter.setClearButtonEnabled(True)
        self._filter.textChanged.connect(self._proxy.set_text)
        self._count = QLabel()
        self._table = QTableView()
        self._table.setObjectName(f"{name}Table")
        self._table.setAccessibleName(name.capitalize())
        self._table.setModel(self._proxy)
        self._table.setSortingEnabled(True)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setAlternatingRowColors(True)
        self._table.setWordWrap(False)
        self._table.verticalHeader().hide()
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorClearable(True)
        # Widths from the rows in view and a few dozen more, not every row: fitting all 500 of a capped
        # list on every switch cost more than the rest of the switch.
        self._table.verticalHeader().setResizeContentsPrecision(40)
        header.setResizeContentsPrecision(40)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the pane's own order until a click
        self._table.selectionModel().currentRowChanged.connect(self._on_current)
        self._text = QTextBrowser()
        self._text.setObjectName(f"{name}Detail")
        self._text.setAccessibleName(
            QCoreApplication.translate("RecordView", "Details of the selected row (%1)").replace(
                "%1", QCoreApplication.translate("RecordKinds", name)
            )
        )
        self._text.setOpenExternalLinks(True)
        self._copy = QPushButton(QCoreApplication.translate("RecordView", "Copy citation"))
        self._copy.setObjectName(f"{name}CopyCitation")
        self._copy.setEnabled(False)
        self._copy.clicked.connect(self.copy_citation)
        self._export = QToolButton()
        self._export.setObjectName(f"{name}ExportCitations")
        self._export.setText(QCoreApplication.translate("RecordView", "Export citations"))
        self._export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self._export)
        for scope, scope_text in (
            ("selected", QCoreApplication.translate("RecordView", "Selected row's sources")),
            ("all", QCoreApplication.translate("RecordView", "Sources of all rows shown")),
        ):
            for fmt, fmt_text in (("bibtex", "BibTeX"), ("ris", "RIS")):
                label = QCoreApplication.translate("RecordView", "%1 as %2\u2026")
                action = menu.addAction(label.replace("%1", scope_text).replace("%2", fmt_text))
                action.setObjectName(f"{name}-{scope}-{fmt}")
                action.triggered.connect(lambda _=False, s=scope, f=fmt: self._save_citations(s, f))
        self._export.setMenu(menu)
        top = QHBoxLayout()
        top.addWidget(self._filter, 1)
        top.addWidget(self._count)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self._text, 1)
        if extra is not None:
            detail_layout.addWidget(extra)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._export)
        buttons.addWidget(self._copy)
        detail_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self._table)
        split.addWidget(detail_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._proxy.rowsInserted.connect(self._update_count)
        self._proxy.rowsRemoved.connect(self._update_count)
        self._proxy.modelReset.connect(self._update_count)
        self._proxy.layoutChanged.connect(self._update_count)

    # -- public ------------------------------------------------------------------------------------

    def set_records(self, records: Sequence[_R], total: int | None = None) -> None:
        """Show `records`; `total`, when given, is how many the database holds: the records are then the
        latest of them, and the count says so."""
        self._total = total if total is not None and total > len(records) else None
        self._model.set_records(records)
        # Fitting the columns measures every cell (the costliest part of a switch): only for a view in
        # sight; a hidden pane fits its columns when it is shown.
        self._fitted = False
        if self.isVisible():
            self._fit_columns()
        if self._proxy.rowCount():
            self.select_row(0)
        else:
            self._show(None)

    def records(self) -> list[_R]:
        return self._model.records()

    def select(self, key: str) -> bool:
        row = self._model.row_of(key)
        index = self._proxy.mapFromSource(self._model.index(row, 0)) if row >= 0 else QModelIndex()
        if not index.isValid():
            return False
        self._set_current(index)
        return True

    def select_row(self, row: int) -> None:
        self._set_current(self._proxy.index(row, 0))

    def set_filter_text(self, text: str) -> None:
        self._filter.setText(text)

    def detail_text(self) -> str:
        return self._text.toPlainText()

    def detail_sources(self) -> list[Source]:
        return list(self._sources)

    def copy_citation(self) -> None:
        QGuiApplication.clipboard().setText(citation_text(self._sources))

    def cited_sources(self, scope: str) -> list[Source]:
        """The sources of the selected record (`selected`) or of every record the filter shows (`all`),
        each once, in the order the rows cite them."""
        if scope == "selected":
            return list(self._sources)
        seen: dict[str, Source] = {}
        for row in range(self._proxy.rowCount()):
            record = self._model.record(self._proxy.mapToSource(self._proxy.index(row, 0)).row())
            for source in self._sources_of(record):
                seen.setdefault(source.source_id, source)
        return list(seen.values())

    def export_actions(self) -> list[Any]:
        menu = self._export.menu()
        return list(menu.actions()) if menu else []

    def _save_citations(self, scope: str, fmt: str) -> None:
        save_citations(self, self.cited_sources(scope), fmt, f"caviewer-{self._name}-{scope}")

    def table(self) -> QTableView:
        return self._table

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._fitted:
            self._fit_columns()

    # -- helpers -----------------------------------------------------------------------------------

    def _fit_columns(self) -> None:
        self._fitted = True
        self._table.resizeColumnsToContents()
        for column in range(self._model.columnCount() - 1):
            if self._table.columnWidth(column) > 320:
                self._table.setColumnWidth(column, 320)

    def _set_current(self, index: QModelIndex) -> None:
        self._table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self._table.scrollTo(index)

    def count_text(self) -> str:
        return self._count.text()

    def _empty_reason(self) -> str:
        """Why no record is shown: none recorded, none matching the filter, or none selected."""
        if not self._model.rowCount():
            return QCoreApplication.translate(
                "RecordView", "The dataset records no %1 for this entry."
            ).replace("%1", QCoreApplication.translate("RecordKinds", self._name))
        if not self._proxy.rowCount():
            return QCoreApplication.translate(
                "RecordView", "No row matches the filter; clear it to see every row."
            )
        return QCoreApplication.translate("RecordView", "Select a row to see its details and sources.")

    def _update_count(self, *_: Any) -> None:
        shown, loaded = self._proxy.rowCount(), self._model.rowCount()
        if loaded and not shown:
            self._show(None)  # the detail says why it is empty, whenever the last row goes
            self._count.setText(
                QCoreApplication.translate("RecordView", "No matches (of %1)").replace(
                    "%1", str(self._total or loaded)
                )
            )
            self._count.setToolTip(
                QCoreApplication.translate(
                    "RecordView", "No row contains the filter text; clear it to see every row."
                )
            )
            return
        if self._total is None:
            self._count.setText(
                QCoreApplication.translate("RecordView", "%1 of %2")
                .replace("%1", str(shown))
                .replace("%2", str(loaded))
            )
            self._count.setToolTip("")
            return
        total = str(self._total)
        if shown == loaded:
            text = QCoreApplication.translate("RecordView", "Showing the latest %1 of %2")
        else:
            text = QCoreApplication.translate("RecordView", "%3 of the latest %1 of %2").replace(
                "%3", str(shown)
            )
        self._count.setText(text.replace("%1", str(loaded)).replace("%2", total))
        self._count.setToolTip(
            QCoreApplication.translate(
                "RecordView",
                "Only the newest %1 records are loaded here; the filter searches those "
                "(caviewer dump exports all %2).",
            )
            .replace("%1", str(loaded))
            .replace("%2", total)
        )

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self._show(None)
            return
        row = self._proxy.mapToSource(current).row()
        record = self._model.record(row)
        self._show(record)
        self.record_selected.emit(current.data(KEY_ROLE))

    def _show(self, record: _R | None) -> None:
        """Show a record's detail and sources (None: no row selected), and tell the pane (`on_show`), so
        what it shows beside the detail (a project's timeline) never outlives its record."""
        if self._on_show is not None:
            self._on_show(record)
        if record is None:
            self._sources = []
            self._text.setHtml(f"<p><i>{html.escape(self._empty_reason())}</i></p>")
            self._copy.setEnabled(False)
            return
        self._sources = self._sources_of(record)
        cited = (
            "".join(f"<li>{source_html(s, terms=False)}</li>" for s in self._sources)
            or "<li>No source recorded</li>"
        )
        heading = html.escape(QCoreApplication.translate("RecordView", "Sources"))
        self._text.setHtml(f"{self._detail(record)}<h4>{heading}</h4><ol>{cited}</ol>")
        self._copy.setEnabled(bool(self._sources))
        self._copy.setToolTip(citation_tooltip(self._sources))
