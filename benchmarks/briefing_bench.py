"""Time the briefing pack: one entry's PDF, and every entry's (what `caviewer brief --all` writes).

`.venv/bin/python benchmarks/briefing_bench.py` prints the median of a few runs of each, in-process
(offscreen Qt), so the figures exclude the interpreter's start; a cold `caviewer brief` adds about the
start-up of `caviewer --version`.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

RUNS = 5


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    from caviewer.store import Store
    from caviewer.ui.export.briefing_pdf import write_briefing
    from caviewer.ui.fonts import register_cjk_font

    app = QGuiApplication(sys.argv[:1])
    register_cjk_font(app)
    with Store.open() as store, tempfile.TemporaryDirectory() as tmp:
        entries = [c.iso3 for c in store.countries()]
        one, every = [], []
        for run in range(RUNS):
            start = time.perf_counter()
            write_briefing(store, "KAZ", Path(tmp) / f"kaz-{run}.pdf", force=True)
            one.append(time.perf_counter() - start)
            start = time.perf_counter()
            for iso3 in entries:
                write_briefing(store, iso3, Path(tmp) / f"{iso3}-{run}.pdf", force=True)
            every.append(time.perf_counter() - start)
    print(f"briefing, one entry (KAZ): {statistics.median(one) * 1000:.0f} ms (median of {RUNS})")
    print(f"briefing, all {len(entries)} entries: {statistics.median(every):.2f} s (median of {RUNS})")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
