"""Settings: a round trip in a temp INI file, corrupt and out-of-range values, migration, off-screen windows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings

from caviewer.store import Store
from caviewer.ui.settings import SCHEMA_VERSION, Settings
from caviewer.ui.trade_series import TradeView

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_defaults_when_empty(settings_path: Path) -> None:
    s = Settings(settings_path)
    assert s.geometry() == b"" and s.splitter() == b""
    assert s.country({"KAZ"}, "KAZ") == "KAZ"
    assert s.pane() == 0
    assert s.trade_view() == TradeView()


def test_round_trip(settings_path: Path) -> None:
    s = Settings(settings_path)
    s.set_geometry(b"\x01\x02geometry")
    s.set_splitter(b"\x00split")
    s.set_country("TJK")
    s.set_pane(4)
    view = TradeView(
        exports=True, balance=True, log_scale=True, show_table=True, year_from=2000, year_to=2020
    )
    s.set_trade_view(view)
    s.sync()
    again = Settings(settings_path)
    assert again.geometry() == b"\x01\x02geometry"
    assert again.splitter() == b"\x00split"
    assert again.country({"TJK", "KAZ"}, "KAZ") == "TJK"
    assert again.pane() == 4
    assert again.trade_view() == view


def test_corrupt_and_out_of_range_values_fall_back(settings_path: Path) -> None:
    settings_path.parent.mkdir(parents=True)
    settings_path.write_text(
        f"[meta]\nschema={SCHEMA_VERSION}\n"
        "[window]\ngeometry=not bytes\nsplitter=12\n"
        "[profile]\ncountry=XXX\npane=banana\n"
        "[trade]\nexports=maybe\nlog_scale=true\nyear_from=1066\nyear_to=abc\n",
        encoding="utf-8",
    )
    s = Settings(settings_path)
    assert s.geometry() == b"" and s.splitter() == b""
    assert s.country({"KAZ", "UZB"}, "KAZ") == "KAZ"
    assert s.pane() == 0
    view = s.trade_view()
    assert view.exports is False and view.log_scale is True
    assert view.year_from is None and view.year_to is None


def test_pane_out_of_range_and_reversed_years(settings_path: Path) -> None:
    qs = QSettings(str(settings_path), QSettings.Format.IniFormat)
    qs.setValue("meta/schema", SCHEMA_VERSION)
    qs.setValue("profile/pane", 99)
    qs.setValue("trade/year_from", 2020)
    qs.setValue("trade/year_to", 2000)
    qs.sync()
    s = Settings(settings_path)
    assert s.pane() == 0
    assert s.trade_view().year_from is None


def test_migration_from_version_1(settings_path: Path) -> None:
    qs = QSettings(str(settings_path), QSettings.Format.IniFormat)
    qs.setValue("meta/schema", 1)
    qs.setValue("profile/pane", "projects")
    qs.sync()
    assert Settings(settings_path).pane() == 3


def test_settings_from_a_newer_version_are_reset(settings_path: Path) -> None:
    qs = QSettings(str(settings_path), QSettings.Format.IniFormat)
    qs.setValue("meta/schema", SCHEMA_VERSION + 5)
    qs.setValue("profile/pane", 2)
    qs.sync()
    assert Settings(settings_path).pane() == 0


def test_window_state_survives_close_and_reopen(qtbot, store: Store, settings_path: Path) -> None:  # type: ignore[no-untyped-def]
    from caviewer.ui.main_window import MainWindow

    first = MainWindow(store)
    qtbot.addWidget(first)
    first.restore_state(Settings(settings_path))
    first.select_country("UZB")
    first.show_pane("trade")
    first.show()
    pane = first.pane("trade")
    pane.findChild(object, "trade_imports").setChecked(True)
    pane.set_year_range(2005, 2015)
    first.close()
    second = MainWindow(store)
    qtbot.addWidget(second)
    second.restore_state(Settings(settings_path))
    assert second.current_country() == "UZB"
    assert second.current_pane() == "trade"
    view = second.pane("trade").trade_view()
    assert view.imports and (view.year_from, view.year_to) == (2005, 2015)


def test_off_screen_window_is_moved_back(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    from caviewer.ui.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.move(QPoint(40000, 40000))
    window.ensure_on_screen()
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert screen.intersects(window.frameGeometry())
