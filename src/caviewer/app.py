"""Composition root: creates the QApplication, opens the store and shows the main window.

The only module that knows both the store and the window. The store is opened before Qt starts, so a
database that cannot be opened ends in one line on stderr (and, where there is a display, a dialog naming
the file and the problem), then exit status 2; nothing is ever written to it. With no display at all (Linux,
no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM) the window is not attempted: one line, exit 2.
`--screenshot` renders the window offscreen to a PNG, without reading or writing the user's settings.
The window paints first and builds the trade plot (pyqtgraph) on the next turn of the event loop.
`CAVIEWER_BENCH_MARKERS=1` prints `caviewer-bench first_paint|plot_ready <time.perf_counter()>` to stderr
(the monotonic clock, comparable across processes on Linux); `=exit` also exits after `plot_ready`.
The benchmarks (benchmarks/run.py) use it; it changes nothing else.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    QObject,
    QSize,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication

from caviewer import __version__, bundled
from caviewer.exports import ExportError, write_bytes_atomically
from caviewer.store import Store, StoreError

APP_NAME = "caviewer"
ORGANIZATION = "caviewer"
DEFAULT_SIZE = (1280, 800)
BENCH_MARKERS = "CAVIEWER_BENCH_MARKERS"
NO_DISPLAY = "caviewer: no display found; run ./scripts/run, or use --screenshot FILE or caviewer export"
# Qt's offscreen platform says this on every window it shows; it means nothing for a screenshot.
_OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"
_DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


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
    from caviewer.ui.fonts import register_cjk_font

    register_cjk_font(app)
    return app


def _set_window_icon(app: QApplication) -> None:
    """Give the app its icon; the window sets it after its first paint, which does not need it."""
    from PySide6.QtGui import QIcon

    icon = bundled.resources_dir() / "caviewer.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))


class _AfterFirstPaint(QObject):
    """Calls `then` on the turn of the event loop after `widget` is first painted (children included: Qt
    paints a widget and its children in one pass), then forgets the widget."""

    def __init__(self, widget: QObject, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


def _bench_marker(name: str) -> None:
    if os.environ.get(BENCH_MARKERS):
        print(f"caviewer-bench {name} {time.perf_counter():.6f}", file=sys.stderr, flush=True)


def show_database_error(error: StoreError) -> None:
    """Tell the user what is wrong with which file; used before any window exists."""
    from PySide6.QtWidgets import QMessageBox

    app = QApplication.instance()
    if isinstance(app, QApplication):
        _set_window_icon(app)
    title = QCoreApplication.translate("App", "caviewer cannot open its database")
    box = QMessageBox(QMessageBox.Icon.Critical, title, str(error))
    box.setInformativeText(
        QCoreApplication.translate(
            "App",
            "caviewer reads this file and never changes it. Reinstall caviewer to restore the bundled "
            "database, or pass a valid file with --db PATH.",
        )
    )
    box.setObjectName("databaseErrorDialog")
    box.exec()


def has_display() -> bool:
    """False on Linux when nothing says where to show a window; Qt would abort with a page of advice."""
    return not sys.platform.startswith("linux") or any(os.environ.get(v) for v in _DISPLAY_VARIABLES)


class _QuietOffscreen:
    """A Qt message handler that drops the offscreen platform's one meaningless warning and hands every
    other message to the handler before it (Qt's own, which writes to stderr, when there was none)."""

    def __init__(self) -> None:
        self._previous: Callable[[QtMsgType, QMessageLogContext, str], None] | None = qInstallMessageHandler(
            self
        )  # type: ignore[assignment]  # the stubs say `object`

    def __call__(self, mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message == _OFFSCREEN_NOISE:
            return
        if self._previous is not None:
            self._previous(mode, context, message)
        else:
            print(message, file=sys.stderr, flush=True)

    def remove(self) -> None:
        qInstallMessageHandler(self._previous)


def _apply_language(language: str | None, screenshot: bool) -> None:
    """--lang, else (not for a screenshot, which never reads the user's settings) View > Language's
    choice, else the system's language."""
    from caviewer.ui.settings import Settings
    from caviewer.ui.translations import apply_language, system_language

    chosen = language or ("" if screenshot else Settings().language())
    apply_language(chosen or system_language())


def _one_line(error: Exception) -> str:
    return " ".join(f"caviewer: {error}".splitlines())


def run_gui(
    db: Path | None,
    *,
    screenshot: Path | None = None,
    country: str | None = None,
    pane: str | None = None,
    size: tuple[int, int] | None = None,
    language: str | None = None,
) -> int:
    """Open the window on the bundled database (or `db`), or render it to `screenshot`; the exit status.

    `country`, `pane` and `size` override what the window remembers (and are the screenshot's setup)."""
    display = has_display()
    if screenshot is not None and QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        store = Store.open(db)
    except StoreError as error:
        print(_one_line(error), file=sys.stderr)
        if screenshot is None and display:
            _application()
            _apply_language(language, False)
            show_database_error(error)
        return 2
    with store:
        if screenshot is None and not display:
            print(NO_DISPLAY, file=sys.stderr)
            return 2
        app = _application()
        _apply_language(language, screenshot is not None)
        quiet = _QuietOffscreen() if QApplication.platformName() == "offscreen" else None
        try:
            return _run_window(app, store, screenshot=screenshot, country=country, pane=pane, size=size)
        except (StoreError, ExportError) as error:
            # A bad value found while the window reads its first rows (see Store._check_row).
            print(_one_line(error), file=sys.stderr)
            return 2
        finally:
            if quiet is not None:
                quiet.remove()


def _run_window(
    app: QApplication,
    store: Store,
    *,
    screenshot: Path | None,
    country: str | None,
    pane: str | None,
    size: tuple[int, int] | None,
) -> int:
    from caviewer.ui.main_window import MainWindow
    from caviewer.ui.settings import Settings

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
    window.defer_plot()
    _AfterFirstPaint(window, lambda: _build_plot(app, window))
    window.show()
    return app.exec()


def _build_plot(app: QApplication, window: object) -> None:
    """After the first paint: build the trade plot, so it is ready (or painted, if in view) at once."""
    from caviewer.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    _bench_marker("first_paint")
    _set_window_icon(app)

    def ready() -> None:
        _bench_marker("plot_ready")
        if os.environ.get(BENCH_MARKERS) == "exit":
            app.exit(0)

    plot = window.build_plot()
    if plot.isVisible():
        _AfterFirstPaint(plot, ready)
        plot.update()
    else:
        ready()


def render_screenshot(app: QApplication, window: object, shot: Screenshot) -> int:
    """Show the window offscreen at the requested size and save it as a PNG; 0 on success, 2 if not."""
    from caviewer.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    errors: list[StoreError] = []
    window.set_data_error_handler(errors.append)  # no dialog: nobody is there to close it
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
    if errors:
        window.close()
        print(_one_line(errors[0]), file=sys.stderr)
        return 2
    # Rendered into an image of exactly the asked size: whatever a widget's minimum size (a tampered
    # database's endless name once made the window 853213 pixels wide), --size is what the file gets.
    pixmap = QPixmap(QSize(*shot.size))
    pixmap.fill(window.palette().window().color())
    window.render(pixmap)
    window.close()
    from caviewer.ui.export.chart_export import encode_png

    try:
        data = encode_png(pixmap)
    except ExportError:
        print(f"caviewer: cannot encode the screenshot as PNG: {shot.path}", file=sys.stderr)
        return 2
    try:
        write_bytes_atomically(shot.path, data, overwrite=True)
    except ExportError as error:
        print(_one_line(error), file=sys.stderr)
        return 2
    return 0
