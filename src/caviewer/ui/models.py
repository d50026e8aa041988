"""Qt models: adapters over plain lists of domain objects, and the proxies that filter them.

`CountryTableModel` lists the entries with their latest China-reported trade; `CountryFilterProxy` matches
any of an entry's names or codes as literal, case-insensitive text. `RecordTableModel` shows any list of
records through a tuple of `Column`s; `TradeTableModel` is the table twin of the trade plot. Every model
returns None for the roles it does not serve. May import PySide6, the domain and formatting.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from caviewer.domain import Country, TradePoint
from caviewer.formatting import format_period, format_usd
from caviewer.i18n import QT_TRANSLATE_NOOP
from caviewer.ui.trade_series import Series

_R = TypeVar("_R")
Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's stable key (ISO3, id)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts right (numbers as numbers)
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # all the text a filter may match
_ROLE = Qt.ItemDataRole
# The roles the models serve. A view asks for about eight roles per cell on every paint (font, colours,
# check state, size hint...); answering the others before any other work halves the Python time of a
# paint, which grows with the rows in sight (the 500-entry list).
_SERVED = frozenset(
    int(r)
    for r in (
        _ROLE.DisplayRole,
        _ROLE.ToolTipRole,
        _ROLE.AccessibleTextRole,
        _ROLE.TextAlignmentRole,
        KEY_ROLE,
        SORT_ROLE,
        SEARCH_ROLE,
    )
)


class CountryTableModel(QAbstractTableModel):
    """The list entries: name and latest China-reported trade, keyed by ISO3."""

    HEADERS = (
        QT_TRANSLATE_NOOP("CountryTableModel", "Entry"),
        QT_TRANSLATE_NOOP("CountryTableModel", "Trade with China"),
    )

    def __init__(
        self, countries: Sequence[Country], latest: dict[str, TradePoint], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._given = list(countries)
        self._countries = list(countries)
        self._latest = dict(latest)
        # Made once: the filter reads it for every row on every keystroke.
        self._search = ["\n".join(c.names()).casefold() for c in self._countries]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows by a column's SORT_ROLE value (stable, from the given order, as a proxy sorts).

        The list's proxy forwards its sort here: a proxy that sorts asks Python for two SORT_ROLE values
        per comparison, again for every row a keystroke brings back, which was most of a keystroke's cost
        with 500 entries. Sorted here once, the proxy keeps this order and only filters."""
        if not 0 <= column < len(self.HEADERS):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        moved = [(self._countries[i.row()].iso3, i.column()) for i in persistent]
        latest = self._latest

        def key(country: Country) -> float:
            if column == 0:
                return country.sort_order
            point = latest.get(country.iso3)
            return point.value_usd if point else -1.0

        descending = order == Qt.SortOrder.DescendingOrder
        self._countries = sorted(self._given, key=key, reverse=descending)
        self._search = ["\n".join(c.names()).casefold() for c in self._countries]
        rows = {c.iso3: r for r, c in enumerate(self._countries)}
        self.changePersistentIndexList(persistent, [self.index(rows[i], col) for i, col in moved])
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._countries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def search_text(self, row: int) -> str:
        """All the names and codes of the entry in a row, casefolded (the SEARCH_ROLE text)."""
        return self._search[row]

    def row_of(self, iso3: str) -> int:
        return next((i for i, c in enumerate(self._countries) if c.iso3 == iso3), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _SERVED or not index.isValid() or not 0 <= index.row() < len(self._countries):
            return None
        country = self._countries[index.row()]
        point = self._latest.get(country.iso3)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return country.display_name
            return f"{format_usd(point.value_usd)} ({point.year})" if point else "\u2014"
        if role == Qt.ItemDataRole.ToolTipRole:
            names = " \u00b7 ".join(dict.fromkeys(country.names()))
            if column == 1 and point:
                value = format_usd(point.value_usd)
                name = country.display_name
                text = self.tr("China-reported trade with %1, %2: %3")
                return text.replace("%1", name).replace("%2", str(point.year)).replace("%3", value)
            return names
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == KEY_ROLE:
            return country.iso3
        if role == SORT_ROLE:
            if column == 0:
                return country.sort_order
            return point.value_usd if point else -1.0
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.HEADERS):
            return self.tr(self.HEADERS[section])
        return None

    def column_texts(self, column: int) -> list[str]:
        """The text shown in every row of a column (to size it once, without Qt asking cell by cell)."""
        return [str(self.data(self.index(row, column))) for row in range(len(self._countries))]


class TextFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose SEARCH_ROLE text contains the filter as literal, case-insensitive text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def text(self) -> str:
        return self._needle

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._needle:
            return True
        model = self.sourceModel()
        if isinstance(model, CountryTableModel):  # the list: skip building an index per row
            return self._needle in model.search_text(source_row)
        haystack = model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE)
        return isinstance(haystack, str) and self._needle in haystack


class CountryFilterProxy(TextFilterProxy):
    """The list's filter. Sorting is left to a `CountryTableModel` source (see its `sort`): this proxy
    keeps the source's order, so a keystroke costs one Python call per entry and no comparisons."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, CountryTableModel):
            model.sort(column, order)
        else:
            super().sort(column, order)


@dataclass(frozen=True)
class Column(Generic[_R]):
    """One column of a record table: its header, its text, and optionally a sort key and a tooltip."""

    header: str
    text: Callable[[_R], str]
    sort: Callable[[_R], Any] | None = None
    align_right: bool = False


class RecordTableModel(QAbstractTableModel, Generic[_R]):
    """A read-only table over a list of records, keyed by `key(record)`."""

    def __init__(self, columns: Sequence[Column[_R]], key: Callable[[_R], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._key = key
        self._records: list[_R] = []

    def set_records(self, records: Sequence[_R]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> _R:
        return self._records[row]

    def records(self) -> list[_R]:
        return list(self._records)

    def row_of(self, key: str) -> int:
        return next((i for i, r in enumerate(self._records) if self._key(r) == key), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _SERVED or not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        record, column = self._records[index.row()], self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == KEY_ROLE:
            return self._key(record)
        if role == SORT_ROLE:
            return column.sort(record) if column.sort else column.text(record).casefold()
        if role == SEARCH_ROLE:
            return "\n".join(c.text(record) for c in self._columns).casefold()
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._columns):
            return QCoreApplication.translate("Columns", self._columns[section].header)
        return None


class TradeTableModel(QAbstractTableModel):
    """The trade plot's table twin: a row per year, a column per series; estimates marked, sources as tips."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._series: list[Series] = []
        self._years: tuple[int, ...] = ()
        self._citations: dict[str, str] = {}

    def set_series(self, series: Sequence[Series], citations: dict[str, str]) -> None:
        self.beginResetModel()
        self._series = list(series)
        self._years = self._series[0].years if self._series else ()
        self._citations = dict(citations)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._years)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 1 + len(self._series)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _SERVED or not index.isValid() or not 0 <= index.row() < len(self._years):
            return None
        if not 0 <= index.column() <= len(self._series):
            return None
        row, column = index.row(), index.column()
        year = self._years[row]
        if column == 0:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return format_period(str(year)) if role == Qt.ItemDataRole.DisplayRole else year
            return None
        series = self._series[column - 1]
        value = series.values[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if math.isnan(value):
                return "\u2014"
            return format_usd(value) + (
                QCoreApplication.translate("Charts", " (est.)") if series.estimates[row] else ""
            )
        if role == SORT_ROLE:
            return -math.inf if math.isnan(value) else value
        if role == Qt.ItemDataRole.ToolTipRole:
            cited = [self._citations.get(s, s) for s in series.sources[row]]
            return "\n".join(cited) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return "Year"
        if 1 <= section <= len(self._series):
            return self._series[section - 1].label
        return None
