"""In-process window benchmarks: switching between entries and filtering the list, on a real MainWindow.

Run by benchmarks/run.py in a subprocess per database (so each run starts from a fresh process), or alone:
`QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/window_bench.py [--db PATH] [--switches N]`.
Prints one JSON object: every switch and keystroke time in seconds, how many switches repainted the plot,
and the peak RSS. The walk runs once untimed first, so every entry's profile is loaded before timing. A
switch is timed from `step(+1/-1)` (what Alt+Down/Alt+Up call) until the event loop has run dry
(`processEvents`: the panes are updated and every dirty widget, the plot included, repainted); a keystroke
from the key event into the filter field until the same. The window is 1280x800, offscreen.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

# Words typed letter by letter into the filter (then erased one Backspace at a time): names in three
# scripts, a code, a digit (every scale copy's name ends in its number), and text that matches nothing.
WORDS = ("kaz", "uzbek", "Кыргыз", "中国", "tjk", "1", "zzq")


class PaintCounter(QObject):
    """Counts the paint events of the widgets it is installed on as an event filter."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _settle(app: QApplication) -> None:
    app.processEvents()
    app.processEvents()


def switching(app: QApplication, window: object, switches: int, pane: str) -> dict[str, object]:
    from caviewer.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.show_pane(pane)
    window.select_country("KAZ")
    _settle(app)
    window.build_plot()
    # The state's and the region's plots are two pages of the Trade pane: visit the region once so that
    # both exist, then count the paints of either plot's viewport.
    window.select_country("CA5")
    window.select_country("KAZ")
    _settle(app)
    painted = PaintCounter(window)
    for plot in window.findChildren(QObject, "tradePlot"):
        plot.viewport().installEventFilter(painted)  # type: ignore[attr-defined]

    def walk(i: int) -> int:
        return 1 if (i // 50) % 2 == 0 else -1  # 50 forward, 50 back, ...

    # The walk once untimed first: each entry's profile is then loaded (and cached, as the window does)
    # before timing, at every scale alike. A 7-entry list is all cached after 7 switches, a 502-entry one
    # only after 50, so a cold walk compared profile loads at 100x with cached switches at 1x. Loading a
    # profile is timed on its own (benchmarks/run.py, "profile KAZ"), flat from 1x to 100x.
    for i in range(switches):
        window.country_list().step(walk(i))
        app.processEvents()
    window.select_country("KAZ")
    _settle(app)
    times, repainted = [], 0
    for i in range(switches):
        step = walk(i)
        before = painted.count
        start = time.perf_counter()
        window.country_list().step(step)
        app.processEvents()
        times.append(time.perf_counter() - start)
        repainted += painted.count > before
    return {"times": times, "plot_repainted": repainted}


def _type(field: QLineEdit, key: str) -> None:
    """One key press and release, as the keyboard sends it (QTest.keyClicks handles only ASCII)."""
    code = Qt.Key.Key_Backspace if key == "\b" else Qt.Key.Key_unknown
    text = "" if key == "\b" else key
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(field, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, text))


def filtering(app: QApplication, window: object) -> dict[str, object]:
    from caviewer.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.show_pane("overview")
    field = window.country_list().findChild(QLineEdit, "countryFilter")
    assert field is not None
    field.setFocus()
    _settle(app)
    times, shown = [], []
    for word in WORDS:
        keys = [*word] + ["\b"] * len(word)
        for key in keys:
            start = time.perf_counter()
            _type(field, key)
            app.processEvents()
            times.append(time.perf_counter() - start)
            shown.append(len(window.country_list().visible_iso3s()))
    return {"times": times, "rows_shown": shown}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--switches", type=int, default=300)
    parser.add_argument("--pane", default="trade", help="the pane in view while switching")
    args = parser.parse_args(argv)
    app = QApplication(sys.argv[:1])
    from caviewer.store import Store
    from caviewer.ui.main_window import MainWindow

    with Store.open(args.db) as store:
        started = time.perf_counter()
        window = MainWindow(store)
        window.resize(1280, 800)
        window.start()
        window.show()
        _settle(app)
        opened = time.perf_counter() - started
        result: dict[str, object] = {
            "entries": len(store.countries()),
            "window_opened": opened,
            "switching": switching(app, window, args.switches, args.pane),
            "filtering": filtering(app, window),
            "peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        }
        window.hide()
        window.deleteLater()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
