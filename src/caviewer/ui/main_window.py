"""The main window: builds the list, header and panes, menus and shortcuts; connects them; keeps state.

Thin on purpose: the panes own their widgets, `ProfileRepository` queries the store, `Settings` reads and
writes what is remembered. The only module that knows every pane. May import PySide6, the store (through
the repository), the ui modules and every pane. Dialog classes, the panes other than Trade and the export
modules are imported where first used: Qt for Python builds each class the first time it is named, and the
first paint needs none of them (benchmarks/RESULTS.md).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caviewer import __version__
from caviewer.domain import STATES, DatasetInfo
from caviewer.i18n import LANGUAGE_NAMES, LANGUAGES, QT_TRANSLATE_NOOP
from caviewer.profile.model import Profile
from caviewer.profile.repository import ProfileRepository
from caviewer.store import Store, StoreError
from caviewer.ui.boundary import LayoutBoundary
from caviewer.ui.citation_export import keep_on_screen
from caviewer.ui.country_list import CountryList
from caviewer.ui.pane_names import PANE_NAMES
from caviewer.ui.panes.trade import TradePane
from caviewer.ui.profile_header import ProfileHeader
from caviewer.ui.settings import Settings

if TYPE_CHECKING:  # imported on first use: the first paint never waits for the export modules
    from PySide6.QtWidgets import QDialog, QMessageBox

    from caviewer.geo.map_figure import Geography, MapFigure
    from caviewer.ui.export.chart_actions import ChartExportActions
    from caviewer.ui.export.chart_spec import ChartOptions

PANE_TITLES = (
    QT_TRANSLATE_NOOP("MainWindow", "&Overview"),
    QT_TRANSLATE_NOOP("MainWindow", "&Trade"),
    QT_TRANSLATE_NOOP("MainWindow", "&Agreements and summits"),
    QT_TRANSLATE_NOOP("MainWindow", "&Projects"),
    QT_TRANSLATE_NOOP("MainWindow", "&Finance and debt"),
    QT_TRANSLATE_NOOP("MainWindow", "P&eople-to-people"),
    QT_TRANSLATE_NOOP("MainWindow", "&Sources"),
    QT_TRANSLATE_NOOP("MainWindow", "Products and pa&rtners"),
    QT_TRANSLATE_NOOP("MainWindow", "&Map"),
)
DEFAULT_COUNTRY = "KAZ"
SOFTWARE_LICENCES = QT_TRANSLATE_NOOP(
    "MainWindow",
    "caviewer is free software under the MIT licence. Built with Qt for Python (LGPLv3) and pyqtgraph (MIT).",
)


class _Pane(Protocol):
    def set_profile(self, profile: Profile) -> None: ...


# The size a first start (or unreadable saved geometry) opens at; it fits 1280x800 and larger screens.
DEFAULT_WINDOW_SIZE = (1280, 800)
_GEOMETRY_MAGIC = 0x01D9D0CB


def plausible_geometry(data: bytes) -> bool:
    """Whether `saveGeometry()` bytes (format 3: magic, version, frame and normal rectangles as
    left/top/right/bottom, ...) describe a window of at least 200x150 pixels."""
    if len(data) < 66 or int.from_bytes(data[0:4], "big") != _GEOMETRY_MAGIC or data[4:6] != b"\x00\x03":
        return False
    left, top, right, bottom = (int.from_bytes(data[i : i + 4], "big", signed=True) for i in range(24, 40, 4))
    return right - left + 1 >= 200 and bottom - top + 1 >= 150


class MainWindow(QMainWindow):
    """Country list | profile header over the panes; menus, tool bar and status bar."""

    def __init__(self, store: Store, settings: Settings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._repo = ProfileRepository(store)
        self._info: DatasetInfo = store.info()
        self._settings = settings
        self._actions: list[QAction] = []
        self._compare: list[str] = []
        # A switch updates the header and the pane in view; the other panes are marked stale and updated
        # when shown (or asked for through `pane`). `_others` are the states the Trade pane compares.
        self._profile: Profile | None = None
        self._others: list[str] = []
        self._stale: set[str] = set()
        self._data_error_handler: Callable[[StoreError], None] = self._data_error_dialog
        self.setWindowTitle(self.tr("caviewer \u2014 China and Central Asia"))
        self.resize(*DEFAULT_WINDOW_SIZE)
        self._list = CountryList(self._repo.countries(), self._repo.latest_trade_totals())
        self._header = ProfileHeader()
        # The Trade pane is made at once (the actions and settings talk to it; its plot comes later); the
        # others are made the first time they are shown or asked for, each on its own tab page.
        self._trade = TradePane()
        self._panes: dict[str, QWidget] = {"trade": self._trade}
        self._pages: dict[str, QVBoxLayout] = {}
        self._tabs = self._build_tabs()
        self._place_pane("trade", self._trade)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(LayoutBoundary(self._header))  # its new texts stay inside it
        right_layout.addWidget(self._tabs, 1)
        self._splitter = QSplitter(Qt.Orientation.Horizontal)
        self._splitter.setObjectName("mainSplitter")
        self._splitter.addWidget(self._list)
        self._splitter.addWidget(right)
        self._splitter.setStretchFactor(1, 1)
        self._splitter.setSizes([290, 990])
        self._splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self._splitter)
        self._store = store
        self._geography: Geography | None = None
        self._chart_actions: ChartExportActions | None = None
        self._build_actions()
        self._build_status_bar()
        self._list.country_selected.connect(self._on_country)
        self._list.compare_changed.connect(self._on_compare)
        self._tabs.currentChanged.connect(self._on_pane)
        self._trade.view_changed.connect(self._sync_trade_actions)
        self._trade.gap_requested.connect(self.show_gap)
        self.setTabOrder(self._list, self._tabs)

    # -- public ------------------------------------------------------------------------------------

    def select_country(self, iso3: str) -> bool:
        """Show an entry by ISO3 (clears a filter that hides it); False for an unknown code."""
        if self._repo.country(iso3) is None:
            return False
        if not self._list.select(iso3):
            self._list.set_filter_text("")
            return self._list.select(iso3)
        return True

    def current_country(self) -> str:
        return self._list.current_iso3()

    def show_pane(self, pane: str | int) -> None:
        index = PANE_NAMES.index(pane) if isinstance(pane, str) else int(pane)
        if 0 <= index < len(PANE_NAMES):
            self._refresh_pane(PANE_NAMES[index])  # before it is shown: fitted and drawn once
        self._tabs.setCurrentIndex(index)

    def current_pane(self) -> str:
        return PANE_NAMES[self._tabs.currentIndex()]

    def pane(self, name: str) -> QWidget:
        """A pane (made if it was not yet), first brought up to date with the current entry."""
        self._refresh_pane(name)
        return self._made_pane(name)

    def show_gap(self) -> None:
        """The reporter-gap chart of the entry in view (from the Trade pane's "Why the two differ")."""
        self.show_pane("breakdown")
        pane = self.pane("breakdown")
        pane.set_chart("gap")  # type: ignore[attr-defined]

    def header(self) -> ProfileHeader:
        return self._header

    def country_list(self) -> CountryList:
        return self._list

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(action, shortcuts) of every menu action that has a shortcut, for the F1 dialog."""
        rows = []
        for action in self._actions:
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
            if keys:
                rows.append((action.text().replace("&", ""), keys))
        return rows

    def restore_state(self, settings: Settings) -> None:
        """Put the window back as it was: geometry (moved on-screen), splitter, entry, pane, plot view."""
        self._settings = settings
        geometry = settings.geometry()
        # Qt "restores" even garbage (to a 1x1 window, then its minimum size): bytes that do not read as a
        # geometry of a usable window leave the default size instead.
        if not (geometry and plausible_geometry(geometry) and self.restoreGeometry(QByteArray(geometry))):
            self.resize(*DEFAULT_WINDOW_SIZE)
        self.ensure_on_screen()
        splitter = settings.splitter()
        if splitter:
            self._splitter.restoreState(QByteArray(splitter))
        self._trade.set_trade_view(settings.trade_view())
        self._sync_trade_actions()
        known = {c.iso3 for c in self._repo.countries()}
        self.select_country(settings.country(known, DEFAULT_COUNTRY))
        self.show_pane(settings.pane())

    def save_state(self) -> None:
        if self._settings is None:
            return
        self._settings.set_geometry(bytes(self.saveGeometry().data()))
        self._settings.set_splitter(bytes(self._splitter.saveState().data()))
        if self.current_country():
            self._settings.set_country(self.current_country())
        self._settings.set_pane(self._tabs.currentIndex())
        self._settings.set_trade_view(self._trade.trade_view())
        self._settings.sync()

    def ensure_on_screen(self) -> None:
        """Move the window onto the nearest screen when its title bar would be off every screen."""
        frame = self.frameGeometry()
        grip = QRect(frame.topLeft(), QSize(max(frame.width(), 1), 40))
        screens = QGuiApplication.screens()
        if not screens or any(s.availableGeometry().intersects(grip) for s in screens):
            return
        available = (QGuiApplication.primaryScreen() or screens[0]).availableGeometry()
        width, height = min(frame.width(), available.width()), min(frame.height(), available.height())
        self.resize(width, height)
        self.move(available.center() - QPoint(width // 2, height // 2))

    def defer_plot(self) -> None:
        """Paint the window before building the trade plot, even when the Trade pane is in view; the
        caller then calls `build_plot` (app.run_gui does, on the turn after the first paint)."""
        self._trade.defer_plot()

    def build_plot(self) -> QWidget:
        """Build the trade plot now if it is not built yet, with the current entry drawn; the plot widget."""
        self._refresh_pane("trade")
        return self._trade.ensure_plot()

    def start(self, country: str | None = None) -> None:
        """Select a first entry if nothing is selected yet."""
        if not self.current_country():
            self.select_country(country or DEFAULT_COUNTRY)

    # -- building ----------------------------------------------------------------------------------

    def _build_tabs(self) -> QTabWidget:
        """One empty page per pane; a pane is put on its page when first made (`_made_pane`)."""
        tabs = QTabWidget()
        tabs.setObjectName("profilePanes")
        tabs.setAccessibleName(self.tr("Profile panes"))
        tabs.setDocumentMode(True)
        # Longer (Russian) tab titles scroll rather than widen the window or squeeze the country list.
        tabs.setUsesScrollButtons(True)
        tabs.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        for name, title in zip(PANE_NAMES, PANE_TITLES, strict=True):
            page = QWidget()
            page.setObjectName(f"{name}Page")
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(0, 0, 0, 0)
            self._pages[name] = page_layout
            tabs.addTab(page, self.tr(title).replace("&", ""))
        return tabs

    def _action(
        self,
        menu_name: str,
        text: str,
        slot: Callable[[], object],
        keys: tuple[QKeySequence | str | QKeySequence.StandardKey, ...] = (),
        *,
        icon: QStyle.StandardPixmap | None = None,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(self.tr(text), self)
        sequences: list[QKeySequence] = []
        for key in keys:
            sequence = key if isinstance(key, QKeySequence) else QKeySequence(key)
            # A standard key often equals the explicit fallback (Quit is Ctrl+Q on Linux); the same
            # sequence twice on one action makes Qt call the shortcut ambiguous and do nothing.
            if not sequence.isEmpty() and sequence not in sequences:
                sequences.append(sequence)
        action.setShortcuts(sequences)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(checkable)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(lambda _checked=False: slot())
        self._menus[menu_name].addAction(action)
        self.addAction(action)
        self._actions.append(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        titles = (
            QT_TRANSLATE_NOOP("MainWindow", "&File"),
            QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
            QT_TRANSLATE_NOOP("MainWindow", "&View"),
            QT_TRANSLATE_NOOP("MainWindow", "&Go"),
            QT_TRANSLATE_NOOP("MainWindow", "&Help"),
        )
        self._menus = {name: bar.addMenu(self.tr(name)) for name in titles}
        sp = QStyle.StandardPixmap
        self._action(
            "&File",
            QT_TRANSLATE_NOOP("MainWindow", "Save window as &PNG\u2026"),
            self._save_png,
            ("Ctrl+Shift+S",),
            icon=sp.SP_DialogSaveButton,
        )
        self._action(
            "&File",
            QT_TRANSLATE_NOOP("MainWindow", "&Export chart\u2026"),
            self._chart_command("export_chart"),
            ("Ctrl+E",),
        )
        self._action(
            "&File",
            QT_TRANSLATE_NOOP("MainWindow", "Export &all charts\u2026"),
            self._chart_command("export_all"),
        )
        self._action(
            "&File",
            QT_TRANSLATE_NOOP("MainWindow", "Export &briefing\u2026"),
            self._chart_command("export_briefing"),
            ("Ctrl+B",),
        )
        self._menus["&File"].addSeparator()
        self._action(
            "&File",
            QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
            self.close,
            (QKeySequence.StandardKey.Quit, "Ctrl+Q"),
        )
        find = self._action(
            "&Edit",
            QT_TRANSLATE_NOOP("MainWindow", "&Find entry"),
            self._list.focus_filter,
            ("Ctrl+F",),
            icon=sp.SP_FileDialogContentsView,
        )
        self._action(
            "&Edit",
            QT_TRANSLATE_NOOP("MainWindow", "&Clear filter"),
            lambda: self._list.set_filter_text(""),
            ("Ctrl+Shift+F",),
        )
        # Ctrl+Shift+C copies the chart image (issue 5); the row citation moved to Ctrl+Alt+C.
        self._action(
            "&Edit",
            QT_TRANSLATE_NOOP("MainWindow", "Copy &citation of selected row"),
            self._copy_row_citation,
            ("Ctrl+Alt+C",),
        )
        self._menus["&Edit"].addSeparator()
        self._action(
            "&Edit",
            QT_TRANSLATE_NOOP("MainWindow", "Copy chart &image"),
            self._chart_command("copy_image"),
            ("Ctrl+Shift+C",),
        )
        self._action(
            "&Edit", QT_TRANSLATE_NOOP("MainWindow", "Copy chart &data"), self._chart_command("copy_data")
        )
        self._action(
            "&Edit",
            QT_TRANSLATE_NOOP("MainWindow", "Copy chart ci&tation"),
            self._chart_command("copy_citation"),
        )
        group = QActionGroup(self)
        self._pane_actions = []
        for i, title in enumerate(PANE_TITLES):
            action = self._action(
                "&View", title, partial(self.show_pane, i), (f"Ctrl+{i + 1}",), checkable=True
            )
            group.addAction(action)
            self._pane_actions.append(action)
        self._menus["&View"].addSeparator()
        self._log_action = self._action(
            "&View",
            QT_TRANSLATE_NOOP("MainWindow", "&Log scale (trade)"),
            self._toggle_log,
            ("Ctrl+L",),
            checkable=True,
        )
        self._table_action = self._action(
            "&View",
            QT_TRANSLATE_NOOP("MainWindow", "Trade &table"),
            self._toggle_table,
            ("Ctrl+T",),
            icon=sp.SP_FileDialogDetailedView,
            checkable=True,
        )
        self._action(
            "&View",
            QT_TRANSLATE_NOOP("MainWindow", "All &years (trade)"),
            self._trade.reset_year_range,
            ("Ctrl+0",),
        )
        self._build_language_menu()
        prev = self._action(
            "&Go",
            QT_TRANSLATE_NOOP("MainWindow", "&Previous entry"),
            lambda: self._list.step(-1),
            ("Alt+Up", "Ctrl+PgUp"),
            icon=sp.SP_ArrowUp,
        )
        nxt = self._action(
            "&Go",
            QT_TRANSLATE_NOOP("MainWindow", "&Next entry"),
            lambda: self._list.step(1),
            ("Alt+Down", "Ctrl+PgDown"),
            icon=sp.SP_ArrowDown,
        )
        self._action(
            "&Go",
            QT_TRANSLATE_NOOP("MainWindow", "&Central Asia (all five)"),
            lambda: self.select_country("CA5"),
            ("Ctrl+Home",),
        )
        self._action(
            "&Help",
            QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"),
            self.show_shortcuts,
            ("F1",),
            icon=sp.SP_DialogHelpButton,
        )
        self._action("&Help", QT_TRANSLATE_NOOP("MainWindow", "&About caviewer"), self.show_about)
        self._action("&Help", QT_TRANSLATE_NOOP("MainWindow", "About &Qt"), self._about_qt)
        tools = self.addToolBar(self.tr("Main"))
        tools.setObjectName("mainToolBar")
        tools.setMovable(False)
        for action in (prev, nxt, find):
            tools.addAction(action)
        tools.addSeparator()
        tools.addAction(self._table_action)

    def _build_language_menu(self) -> None:
        """View > Language: follow the system, or one of the three; remembered, applied at the next start
        (the dialog says so in the chosen language and in the current one)."""
        menu = self._menus["&View"].addMenu(self.tr("&Language"))
        menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        chosen = self._settings.language() if self._settings is not None else ""
        self._language_actions: dict[str, QAction] = {}
        for code, label in (("", self.tr("Follow the system")), *((c, LANGUAGE_NAMES[c]) for c in LANGUAGES)):
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            action.triggered.connect(partial(self.choose_language, code))
            group.addAction(action)
            menu.addAction(action)
            self._language_actions[code] = action

    def choose_language(self, code: str) -> str:
        """Remember `code` ("" = the system's) for the next start and say so; returns the message."""
        from PySide6.QtWidgets import QMessageBox

        from caviewer.ui.settings import Settings

        settings = self._settings if self._settings is not None else Settings()
        settings.set_language(code)
        settings.sync()
        for key, action in getattr(self, "_language_actions", {}).items():
            action.setChecked(key == code)
        name = LANGUAGE_NAMES.get(code, self.tr("the system's language"))
        message = self.tr("caviewer will use %1 from its next start.").replace("%1", name)
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Language"), message, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("languageDialog")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return message

    def _build_status_bar(self) -> None:
        info = self._info
        events = self.tr(" \u00b7 events to %1").replace("%1", info.events_to) if info.events_to else ""
        text = self.tr("Data %1 \u00b7 as of %2%3 \u00b7 %n source(s)", "", info.source_count)
        label = QLabel(text.replace("%1", info.data_version).replace("%2", info.as_of).replace("%3", events))
        label.setToolTip(
            self.tr(
                "The data version's date; events, agreements and project milestones are covered up to the "
                "'events to' date (see data/GAPS.md)."
            )
        )
        label.setObjectName("dataVersion")
        label.setAccessibleName(self.tr("Data version"))
        self.statusBar().addPermanentWidget(label)

    # -- slots -------------------------------------------------------------------------------------

    def _profiles(self, iso3s: list[str]) -> list[Profile]:
        return [self._repo.profile(i) for i in iso3s]

    def _place_pane(self, name: str, pane: QWidget) -> None:
        pane.setObjectName(f"{name}Pane")
        self._pages[name].addWidget(pane)
        self._panes[name] = pane

    def _made_pane(self, name: str) -> QWidget:
        """The pane, made and put on its tab page the first time it is needed (then stale: no profile)."""
        pane = self._panes.get(name)
        if pane is None:
            pane = _make_pane(name)
            self._place_pane(name, pane)
            self._stale.add(name)
        return pane

    def _refresh_pane(self, name: str) -> None:
        """Give a stale pane the current profile (and the Trade pane the states it compares)."""
        self._made_pane(name)
        if name not in self._stale or self._profile is None:
            return
        self._stale.discard(name)
        if name == "trade":
            try:
                others = self._profiles(self._others)
            except StoreError as error:
                self._show_data_error(error)
                others = []
            self._trade.set_profile(self._profile, others)
        elif name == "map":
            self._refresh_map()
        else:
            self._panes[name].set_profile(self._profile)  # type: ignore[attr-defined]

    def _refresh_map(self) -> None:
        """The Map pane gets the entry's map; the geography is read from the store once, when the map is
        first shown, so starting and switching with the map hidden cost nothing."""
        from caviewer.geo.map_figure import Geography, build_map

        pane = self._panes["map"]
        if self._profile is None:
            return
        try:
            if self._geography is None:
                self._geography = Geography.read(self._store)
                pane.project_requested.connect(self._open_project)  # type: ignore[attr-defined]
            figure = build_map(self._store, self._profile.country.iso3, geography=self._geography)
        except StoreError as error:
            self._show_data_error(error)
            return
        pane.set_figure(figure)  # type: ignore[attr-defined]

    def _open_project(self, project_id: str) -> None:
        """A project site clicked on the map: its record in the Projects pane, switching to the project's
        own country when the entry in view does not list it."""
        iso3 = self.current_country()
        listed = self._profile is not None and any(p.project_id == project_id for p in self._profile.projects)
        if not listed:
            site = (
                next((p for p in self._geography.places if p.project_id == project_id), None)
                if self._geography
                else None
            )
            if site is not None:
                self.select_country(site.iso3)
        self.show_pane("projects")
        found = self.pane("projects").view().select(project_id)  # type: ignore[attr-defined]
        if not found:
            self.statusBar().showMessage(
                self.tr("Project %1 is not listed for %2").replace("%1", project_id).replace("%2", iso3), 4000
            )

    def set_data_error_handler(self, handler: Callable[[StoreError], None]) -> None:
        """Who hears of a record the database cannot give: a dialog by default; `--screenshot`, which
        must not wait for a click, reports it on the command line instead."""
        self._data_error_handler = handler

    def _show_data_error(self, error: StoreError) -> None:
        self._data_error_handler(error)

    def _data_error_dialog(self, error: StoreError) -> None:
        """A record the database cannot give (a damaged or foreign --db): say so, keep what is shown."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("caviewer cannot read this entry"), str(error))

    def _on_country(self, iso3: str) -> None:
        try:
            profile = self._repo.profile(iso3)
        except StoreError as error:
            self._show_data_error(error)
            return
        self._profile = profile
        self._header.set_profile(profile)
        self._others = self._compare_others(iso3)
        self._stale = set(PANE_NAMES)
        self._refresh_pane(self.current_pane())
        country = profile.country
        name = country.display_name
        self.setWindowTitle(f"{name} \u2014 caviewer")
        cited = self.tr("%1: %n source(s) cited", "", len(profile.sources)).replace("%1", name)
        self.statusBar().showMessage(cited, 4000)
        _settle_layouts()

    def _compare_others(self, current: str) -> list[str]:
        """The states the Trade pane compares with the current entry: none unless the current entry is
        one of the compared states (CA5 and China are never compared, nor compared with)."""
        if current not in self._compare or len(self._compare) < 2:
            return []
        return [i for i in self._compare if i != current]

    def _on_compare(self, iso3s: list[str]) -> None:
        states = [i for i in iso3s if i in STATES]
        was = len(self._compare) > 1
        self._compare = states
        if len(states) > 1 and len(states) < len(iso3s):
            self.statusBar().showMessage(
                self.tr("Compare mode is for the five states: Central Asia and China are left out"), 6000
            )
        if not was and len(states) <= 1:
            return  # no comparison before or after: `_on_country` has already drawn the trade pane
        current = self.current_country()
        if not current:
            return
        self._others = self._compare_others(current)
        self._stale.add("trade")
        if self._others and not was:
            self.show_pane("trade")
        if self._others:  # on every change of the set, not only the first: the count must stay true
            self.statusBar().showMessage(
                self.tr("Comparing %n state(s) in the Trade pane", "", len(states)), 4000
            )
        self._refresh_pane(self.current_pane())

    def _on_pane(self, index: int) -> None:
        if 0 <= index < len(self._pane_actions):
            self._pane_actions[index].setChecked(True)
            self._refresh_pane(PANE_NAMES[index])

    def _toggle_log(self) -> None:
        self._trade.set_trade_view(replace(self._trade.trade_view(), log_scale=self._log_action.isChecked()))

    def _toggle_table(self) -> None:
        view = replace(self._trade.trade_view(), show_table=self._table_action.isChecked())
        self._trade.set_trade_view(view)
        if view.show_table:
            self.show_pane("trade")

    def _sync_trade_actions(self) -> None:
        view = self._trade.trade_view()
        self._log_action.setChecked(view.log_scale)
        self._table_action.setChecked(view.show_table)

    def _copy_row_citation(self) -> None:
        pane = self._panes.get(self.current_pane())
        view = getattr(pane, "view", None)
        if callable(view):
            view().copy_citation()
            self.statusBar().showMessage(self.tr("Citation copied"), 3000)

    def _chart_command(self, name: str) -> Callable[[], object]:
        """A menu slot that calls `name` on the chart-export commands (made on first use, see `_charts`)."""

        def call() -> object:
            return getattr(self._charts, name)()

        return call

    @property
    def _charts(self) -> ChartExportActions:
        """The chart-export commands, made (and their modules imported) the first time one is used."""
        if self._chart_actions is None:
            from caviewer.ui.export.chart_actions import ChartExportActions

            self._chart_actions = ChartExportActions(
                self, self._store, self._chart_in_view, self._status_message, map_in_view=self._map_in_view
            )
        return self._chart_actions

    def _map_in_view(self) -> MapFigure | None:
        """With the Map pane in view, the map as shown (its layers and view): what Export chart writes."""
        if self.current_pane() != "map" or "map" not in self._panes:
            return None
        return self._panes["map"].figure()  # type: ignore[attr-defined,no-any-return]

    def _chart_in_view(self) -> tuple[str, ChartOptions]:
        """The entry and trade-plot settings the chart exports start from."""
        from caviewer.ui.export.chart_spec import ChartOptions

        self._refresh_pane("trade")
        view = self._trade.trade_view()
        return self.current_country(), ChartOptions(
            years=self._trade.shown_years(),
            exports=view.exports,
            imports=view.imports,
            balance=view.balance,
            compare=tuple(self._others),
            log_scale=view.log_scale,
        )

    def _status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    def _save_png(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save window as PNG"), "caviewer.png", self.tr("PNG images (*.png)")
        )
        if name:
            self.save_png(Path(name))

    def save_png(self, path: Path) -> bool:
        """Write the window as a PNG, atomically (never a half-written file); a message box on failure."""
        from PySide6.QtWidgets import QMessageBox

        from caviewer.exports import ExportError, write_bytes_atomically
        from caviewer.ui.export.chart_export import encode_png

        try:
            write_bytes_atomically(path, encode_png(self.grab()))
        except ExportError as exc:  # its text names the file and the reason
            QMessageBox.warning(self, self.tr("Save window as PNG failed"), str(exc))
            return False
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Save window as PNG failed"),
                self.tr("Cannot write %1: %2").replace("%1", str(path)).replace("%2", str(exc)),
            )
            return False
        self.statusBar().showMessage(self.tr("Window saved to %1").replace("%1", str(path)), 5000)
        return True

    def show_shortcuts(self) -> QDialog:
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem

        dialog = QDialog(self)
        dialog.setObjectName("shortcutsDialog")
        dialog.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [
            *self.shortcut_rows(),
            (self.tr("Move in the list"), self.tr("Up, Down")),
            (self.tr("Compare states"), self.tr("Ctrl+click in the list")),
        ]
        table = QTableWidget(len(rows), 2, dialog)
        table.setObjectName("shortcutsTable")
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (text, keys) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(text))
            table.setItem(r, 1, QTableWidgetItem(keys))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        layout.addWidget(buttons)
        dialog.resize(460, 520)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        keep_on_screen(dialog, dialog.frameGeometry().topLeft())
        return dialog

    def about_text(self) -> str:
        info = self._info
        version = self.tr("Data version %1, as of %2; %n source(s); schema %3.", "", info.source_count)
        version = version.replace("%1", info.data_version).replace("%2", info.as_of)
        version = version.replace("%3", str(info.schema_version))
        licence = info.licence or self.tr("see the terms of each source in the Sources pane")
        data_terms = self.tr("Data: %1.").replace("%1", licence)
        return (
            f"<h3>caviewer {html.escape(__version__)}</h3>"
            "<p>"
            + html.escape(
                self.tr(
                    "An offline reference on China's relations with Kazakhstan, Kyrgyzstan, Tajikistan, "
                    "Turkmenistan and Uzbekistan."
                )
            )
            + f"</p><p>{html.escape(version)}</p>"
            f"<p>{html.escape(self.tr(SOFTWARE_LICENCES))}</p>"
            f"<p>{html.escape(data_terms)}</p>"
        )

    def show_about(self) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.NoIcon,
            self.tr("About caviewer"),
            self.about_text(),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("aboutDialog")
        icon = self.windowIcon()
        if not icon.isNull():
            box.setIconPixmap(icon.pixmap(64, 64))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _about_qt(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.aboutQt(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_state()
        super().closeEvent(event)


def _make_pane(name: str) -> QWidget:
    """A new pane other than Trade. Its module is imported here, on first use, so the first paint pays
    only for the pane in view (the six cost ~12 ms of imports; benchmarks/RESULTS.md)."""
    if name == "overview":
        from caviewer.ui.panes.overview import OverviewPane

        return OverviewPane()
    if name == "agreements":
        from caviewer.ui.panes.agreements import AgreementsPane

        return AgreementsPane()
    if name == "projects":
        from caviewer.ui.panes.projects import ProjectsPane

        return ProjectsPane()
    if name == "finance":
        from caviewer.ui.panes.finance import FinancePane

        return FinancePane()
    if name == "people":
        from caviewer.ui.panes.people import PeoplePane

        return PeoplePane()
    if name == "sources":
        from caviewer.ui.panes.sources import SourcesPane

        return SourcesPane()
    if name == "breakdown":
        from caviewer.ui.panes.breakdown import BreakdownPane

        return BreakdownPane()
    if name == "map":
        from caviewer.ui.panes.map import MapPane

        return MapPane()
    raise ValueError(f"no pane named {name!r}")


def _settle_layouts() -> None:
    """Run the layout requests that new texts and ranges posted, before the repaint they would otherwise
    follow: Qt posts the repaint first, so the window was painted, laid out and painted again (two or
    three times per switch). Layouts are activated on the way up, so a few passes settle them."""
    for _ in range(4):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
