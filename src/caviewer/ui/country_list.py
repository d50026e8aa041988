"""The country list: a filter field over a sortable table of entries, selected by ISO3.

Emits `country_selected(iso3)` when the current entry changes and `compare_changed(list of iso3)` when the
selection (Ctrl+click) holds several entries. The filter matches English, Russian, Chinese and
state-language names and ISO codes as literal text. May import PySide6, the domain and `ui.models`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caviewer.domain import Country, TradePoint
from caviewer.ui.models import KEY_ROLE, CountryFilterProxy, CountryTableModel


class CountryList(QWidget):
    """The entries of the dataset; keyboard and mouse select one, Ctrl+click several to compare."""

    country_selected = Signal(str)
    compare_changed = Signal(list)

    def __init__(
        self, countries: Sequence[Country], latest: dict[str, TradePoint], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._model = CountryTableModel(countries, latest, self)
        self._proxy = CountryFilterProxy(self)
        self._proxy.setSourceModel(self._model)
        self._current = ""
        self._filter = QLineEdit()
        self._filter.setObjectName("countryFilter")
        self._filter.setPlaceholderText(self.tr("Filter: name in any language or ISO code (Ctrl+F)"))
        self._filter.setAccessibleName(self.tr("Filter the country list"))
        self._filter.setClearButtonEnabled(True)
        self._filter.textChanged.connect(self._on_filter)
        self._filter.returnPressed.connect(self._view_focus)
        self._view = QTableView()
        self._view.setObjectName("countryList")
        self._view.setAccessibleName(self.tr("Countries"))
        self._view.setModel(self._proxy)
        self._view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._view.setSortingEnabled(True)
        self._view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._view.verticalHeader().hide()
        self._view.setShowGrid(False)
        self._view.setWordWrap(False)
        self._view.setAlternatingRowColors(True)
        self._view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self._view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The trade column is fitted once to its widest text (`_fit_trade_column`), not by Qt's
        # ResizeToContents, which asked the model for every role of every row on each selection and
        # filter change: a long list then cost tens of ms to start and ms per keystroke.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self._fit_trade_column()
        selection = self._view.selectionModel()
        selection.currentRowChanged.connect(self._on_current)
        selection.selectionChanged.connect(self._on_selection)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._no_matches = QLabel(self.tr("No matches: no entry has this name or code in any language."))
        self._no_matches.setObjectName("countryNoMatches")
        self._no_matches.setWordWrap(True)
        self._no_matches.setVisible(False)
        layout.addWidget(self._filter)
        layout.addWidget(self._no_matches)
        layout.addWidget(self._view)
        self.setTabOrder(self._filter, self._view)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_trade_column()
        super().changeEvent(event)

    def _fit_trade_column(self) -> None:
        """Size the trade column to its widest value or its title, whichever is wider (the values never
        change: the dataset is read-only)."""
        column = self._model.column_texts(1)
        title = str(self._model.headerData(1, Qt.Orientation.Horizontal))
        style = self._view.style()
        cell_margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._view) + 1)
        header = self._view.horizontalHeader()
        # The title's room: its text, the header's margins and the sort arrow beside it.
        title_margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        values = max((self._view.fontMetrics().horizontalAdvance(t) for t in column), default=0)
        width = max(
            values + cell_margin, header.fontMetrics().horizontalAdvance(title) + title_margin + arrow
        )
        header.resizeSection(1, width + cell_margin)

    # -- public ------------------------------------------------------------------------------------

    def current_iso3(self) -> str:
        return self._current

    def visible_iso3s(self) -> list[str]:
        return [self._proxy.index(r, 0).data(KEY_ROLE) for r in range(self._proxy.rowCount())]

    def selected_iso3s(self) -> list[str]:
        rows = self._view.selectionModel().selectedRows()
        return [r.data(KEY_ROLE) for r in sorted(rows, key=lambda i: i.row())]

    def select(self, iso3: str) -> bool:
        """Make `iso3` the current and only selected entry; False if it is unknown or filtered out."""
        row = self._model.row_of(iso3)
        if row < 0:
            return False
        index = self._proxy.mapFromSource(self._model.index(row, 0))
        if not index.isValid():
            return False
        self._view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self._view.scrollTo(index)
        return True

    def step(self, delta: int) -> None:
        """Go to the previous (-1) or next (+1) visible entry, wrapping around."""
        visible = self.visible_iso3s()
        if not visible:
            return
        at = visible.index(self._current) if self._current in visible else -delta if delta > 0 else 0
        self.select(visible[(at + delta) % len(visible)])

    def focus_filter(self) -> None:
        self._filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._filter.selectAll()

    def set_filter_text(self, text: str) -> None:
        self._filter.setText(text)

    def _view_focus(self) -> None:
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._proxy.rowCount() and not self._view.currentIndex().isValid():
            self.select(self._proxy.index(0, 0).data(KEY_ROLE))

    def no_matches_shown(self) -> bool:
        return not self._no_matches.isHidden()

    def _on_filter(self, text: str) -> None:
        self._proxy.set_text(text)
        self._no_matches.setVisible(bool(text) and self._proxy.rowCount() == 0)
        if self._proxy.rowCount() == 1:
            self.select(self._proxy.index(0, 0).data(KEY_ROLE))

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        iso3 = current.data(KEY_ROLE) if current.isValid() else None
        if isinstance(iso3, str) and iso3 != self._current:
            self._current = iso3
            self.country_selected.emit(iso3)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.compare_changed.emit(self.selected_iso3s())
