"""Map benchmarks on a real offscreen MainWindow (1280x800): what the Map pane costs and what it does not.

`QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/map_bench.py [--switches N] [--frames N]`
prints one JSON object (seconds):
- `first_map_paint`: from showing the Map pane the first time (geography read, pane made, map built)
  until the event loop has run dry, i.e. the map is painted;
- `pan_frame` and `zoom_frame`: one pan step or zoom step of the map until repainted, N frames each;
- `switch_map_hidden` and `switch_map_shown`: entry switches (Alt+Down) with the Trade pane in view in a
  window that never showed the map, and in one that did (the map is then stale, not rebuilt, until shown);
  the ratio of their medians is the cost of the map to users who do not look at it;
- `start_to_first_paint`: window made and painted, which never reads the geography (checked).
Machines here are shared and noisy: compare the ratios within one run, not the absolute times.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6.QtWidgets import QApplication


def _settle(app: QApplication) -> None:
    app.processEvents()
    app.processEvents()


def _timed(app: QApplication, action) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    action()
    _settle(app)
    return time.perf_counter() - start


def _window(app: QApplication):  # type: ignore[no-untyped-def]
    from caviewer.store import Store
    from caviewer.ui.main_window import MainWindow

    window = MainWindow(Store.open())
    window.show()
    window.select_country("KAZ")
    _settle(app)
    return window


def _switches(app: QApplication, window, count: int) -> list[float]:  # type: ignore[no-untyped-def]
    window.show_pane("trade")
    _settle(app)
    for _ in range(7):  # one untimed walk: every profile loaded
        window.country_list().step(+1)
        _settle(app)
    return [_timed(app, lambda: window.country_list().step(+1)) for _ in range(count)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--switches", type=int, default=42)
    parser.add_argument("--frames", type=int, default=40)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    started = time.perf_counter()
    plain = _window(app)
    start_to_first_paint = time.perf_counter() - started
    assert plain._geography is None, "the window read the geography before the map was shown"
    hidden = _switches(app, plain, args.switches)
    assert plain._geography is None, "switching read the geography with the map hidden"
    plain.close()

    window = _window(app)
    first = _timed(app, lambda: window.show_pane("map"))
    view = window.pane("map").view()
    pans = [_timed(app, lambda: view.pan(12.0, 5.0)) for _ in range(args.frames)]
    zooms = [_timed(app, lambda i=i: view.zoom(1.1 if i % 2 else 1 / 1.1)) for i in range(args.frames)]
    shown = _switches(app, window, args.switches)
    window.close()
    result = {
        "start_to_first_paint": start_to_first_paint,
        "first_map_paint": first,
        "pan_frame_median": statistics.median(pans),
        "zoom_frame_median": statistics.median(zooms),
        "pan_frame_p95": sorted(pans)[int(0.95 * (len(pans) - 1))],
        "switch_map_hidden_median": statistics.median(hidden),
        "switch_map_shown_median": statistics.median(shown),
        "switch_ratio_shown_over_hidden": statistics.median(shown) / statistics.median(hidden),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
