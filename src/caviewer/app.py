"""Composition root: creates the QApplication, opens the store and shows the main window.

The only module that knows both the store and the window. A database that cannot be opened ends in a
dialog naming the file and the problem, then a clean exit with status 2; nothing is ever written to it.
`--screenshot` renders the window offscreen to a PNG, without reading or writing the user's settings.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from caviewer import __version__, bundled
from caviewer.store import Store, StoreError

APP_NAME = "caviewer"
ORGANIZATION = "caviewer"
DEFAULT_SIZE = (1280, 800)


@dataclass(frozen=True)
class Screenshot:
    """What `--screenshot` renders: the file, and optionally the entry, the pane and the window size."""

    path: Path
    country: str | None = None
    pane: str | None = None
    size: tuple[int, int] = DEFAULT_SIZE


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("caviewer")
    app.setDesktopFileName("caviewer")
    icon = bundled.resources_dir() / "caviewer.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    style = bundled.resources_dir() / "caviewer.qss"
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
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


def run_gui(
    db: Path | None,
    screenshot: Path | None = None,
    country: str | None = None,
    pane: str | None = None,
    size: tuple[int, int] | None = None,
) -> int:
    """Open the window on the bundled database (or `db`), or render it to `screenshot`; the exit status.

    `country`, `pane` and `size` override what the window remembers (and are the screenshot's setup)."""
    if screenshot is not None and QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = _application()
    try:
        store = Store.open(db)
    except StoreError as error:
        print(f"caviewer: {error}", file=sys.stderr)
        if screenshot is None:
            show_database_error(error)
        return 2
    from caviewer.ui.main_window import MainWindow
    from caviewer.ui.settings import Settings

    with store:
        window = MainWindow(store)
        if screenshot is not None:
            shot = Screenshot(screenshot, country, pane, size or DEFAULT_SIZE)
            return render_screenshot(app, window, shot)
        window.restore_state(Settings())
        if size is not None:
            window.resize(QSize(*size))
        if country is not None and not window.select_country(country):
            print(f"caviewer: unknown entry {country}", file=sys.stderr)
            return 2
        if pane is not None:
            window.show_pane(pane)
        window.start()
        window.show()
        return app.exec()


def render_screenshot(app: QApplication, window: object, shot: Screenshot) -> int:
    """Show the window offscreen at the requested size and save it as a PNG; 0 on success, 2 if not."""
    from caviewer.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.resize(QSize(*shot.size))
    window.start(shot.country)
    if shot.country and not window.select_country(shot.country):
        print(f"caviewer: unknown entry {shot.country}", file=sys.stderr)
        return 2
    if shot.pane:
        window.show_pane(shot.pane)
    window.show()
    for _ in range(3):
        app.processEvents()
    pixmap = window.grab()
    window.close()
    if not pixmap.save(str(shot.path), "PNG"):
        print(f"caviewer: cannot write {shot.path}", file=sys.stderr)
        return 2
    return 0
