"""A database whose rows turn out bad only when an entry is opened: the window says so and carries on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from caviewer.store import Store


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_bad_value_met_on_switching_is_reported_not_raised(
    qtbot, db_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    with sqlite3.connect(db_copy) as conn:
        conn.execute(
            "UPDATE trade SET value_usd = 'abc' WHERE trade_id = "
            "(SELECT min(trade_id) FROM trade WHERE partner_iso3 = 'KGZ')"
        )
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    from caviewer.ui.main_window import MainWindow

    with Store.open(db_copy) as store:
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.start("KAZ")
        window.show()
        qtbot.waitExposed(window)
        window.select_country("KGZ")
        qtbot.waitUntil(lambda: bool(warnings))
        assert "value_usd" in warnings[0] and "not a number" in warnings[0]
        assert window.windowTitle().startswith("Kazakhstan")  # what was shown stays shown
        window.select_country("TJK")
        assert window.windowTitle().startswith("Tajikistan")
        window.close()
