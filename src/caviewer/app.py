"""Composition root: creates the QApplication, opens the store and shows the main window.

The only module that knows both the store and the window. A database that cannot be opened ends in a
dialog naming the file and the problem, then a clean exit with status 2; nothing is ever written to it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from caviewer import __version__
from caviewer.store import Store, StoreError

APP_NAME = "caviewer"
ORGANIZATION = "caviewer"


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("caviewer")
    return app


def show_database_error(error: StoreError) -> None:
    """Tell the user what is wrong with which file; used before any window exists."""
    box = QMessageBox(QMessageBox.Icon.Critical, "caviewer cannot open its database", str(error))
    box.setInformativeText(
        "caviewer reads this file and never changes it. Reinstall caviewer to restore the bundled "
        "database, or pass a valid file with --db PATH."
    )
    box.setObjectName("databaseErrorDialog")
    box.exec()


def run_gui(db: Path | None) -> int:
    """Open the window on the bundled database (or `db`); return the exit status."""
    app = _application()
    try:
        store = Store.open(db)
    except StoreError as error:
        print(f"caviewer: {error}", file=sys.stderr)
        show_database_error(error)
        return 2
    from caviewer.ui.main_window import MainWindow

    with store:
        window = MainWindow(store)
        window.show()
        return app.exec()
