"""caviewer benchmarks: one command that prints a table and writes JSON (see benchmarks/README.md).

`.venv/bin/python benchmarks/run.py [--quick] [--json PATH]`. Every figure is the median of several runs
and is set against a baseline measured in the same run, so the ratios travel between machines better
than the seconds do. Subprocesses run offscreen (QT_QPA_PLATFORM=offscreen). Figures that need the window
(issue 6 with the window) or the chart exporter (issue 5) are listed as not measured yet, never invented.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
sys.path.insert(0, str(ROOT / "benchmarks"))

import make_scale_db  # noqa: E402

PYTHON = sys.executable
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYQTGRAPH_QT_LIB": "PySide6"}
ENV.pop("CAVIEWER_DEBUG", None)
NOT_YET = "not measured yet"

# The floor: a bare program that imports PySide6 and pyqtgraph and paints one PlotWidget. It prints the
# seconds from just before the parent started it to its first paint, and its peak RSS in KiB.
FLOOR = """
import os, resource, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import pyqtgraph as pg
app = QApplication(sys.argv[:1])
plot = pg.PlotWidget()
plot.plot([2000, 2010, 2020], [1.0, 3.0, 2.0])
plot.resize(1024, 700)
plot.show()
def painted():
    app.processEvents()
    elapsed = time.time() - float(os.environ["BENCH_T0"])
    print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    app.quit()
QTimer.singleShot(0, painted)
app.exec()
"""


@dataclass
class Row:
    metric: str
    value: float | None
    unit: str
    baseline: float | None = None
    baseline_name: str = ""
    target: str = ""
    met: bool | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline


@dataclass
class Child:
    seconds: float
    peak_kib: int
    stdout: str


def run_child(args: Sequence[str], timeout: float = 300) -> Child:
    """Run a child, returning its wall time, its own peak RSS (from wait4) and its stdout."""
    with tempfile.TemporaryFile() as out:
        env = {**ENV, "BENCH_T0": repr(time.time())}
        start = time.perf_counter()
        proc = subprocess.Popen(
            args, stdout=out, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=env
        )
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                raise TimeoutError(" ".join(args))
            time.sleep(0.002)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(args)} exited {proc.returncode}")
    return Child(seconds, usage.ru_maxrss, text)


def median_child(args: Sequence[str], runs: int) -> tuple[float, int, list[Child]]:
    children = [run_child(args) for _ in range(runs)]
    return (
        statistics.median(c.seconds for c in children),
        int(statistics.median(c.peak_kib for c in children)),
        children,
    )


def median_time(call: Callable[[], object], runs: int) -> float:
    call()  # warm up: first statement preparation and page cache are start-up, not per-call, costs
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


# -- cold start ------------------------------------------------------------------------------------


def cold_start(runs: int) -> list[Row]:
    bare, bare_kib, _ = median_child([PYTHON, "-c", "pass"], runs)
    import_pg, _, _ = median_child([PYTHON, "-c", "import pyqtgraph"], runs)
    floors = [run_child([PYTHON, "-c", FLOOR]) for _ in range(runs)]
    paint = statistics.median(float(c.stdout.split()[0]) for c in floors)
    floor_kib = int(statistics.median(int(c.stdout.split()[1]) for c in floors))
    rows = [
        Row("python -c pass", bare, "s"),
        Row("import pyqtgraph", import_pg, "s", bare, "python -c pass"),
        Row("floor: PySide6 + pyqtgraph, one PlotWidget painted", paint, "s", bare, "python -c pass"),
        Row("floor peak memory", floor_kib / 1024, "MiB", bare_kib / 1024, "python -c pass"),
    ]
    for name, args in (("--version", ["--version"]), ("check-db (bundled)", ["check-db"])):
        took, kib, _ = median_child([PYTHON, "-m", "caviewer", *args], runs)
        rows.append(
            Row(f"caviewer {name}, headless", took, "s", bare, "python -c pass", "< floor", took < paint)
        )
        rows.append(Row(f"caviewer {name} peak memory", kib / 1024, "MiB", bare_kib / 1024, "python -c pass"))
    # TODO(issue 6, with the window): the main window with the country list and the remembered country's
    # profile painted (target <= 0.6x the floor), the trade plot ready (<= 1.25x), peak memory
    # (<= floor + 40 MB); offscreen and under Xvfb. Time it like FLOOR, through `caviewer --screenshot`.
    for metric, target in (
        ("window painted (list + profile)", "<= 0.6x floor"),
        ("trade plot ready", "<= 1.25x floor"),
        ("window peak memory", "<= floor + 40 MB"),
    ):
        rows.append(Row(metric, None, "s", paint, "floor", target, None, f"{NOT_YET} (needs the window)"))
    return rows


def window_stubs() -> list[Row]:
    """TODO(issue 6, with the window): switching and filtering, timed in-process with pytest-qt style
    waits. Switching: a few hundred entry changes until every visible pane is updated and the plot
    repainted (median <= 8 ms, p95 <= 16 ms). Filtering: keystroke to updated list, 500 entries (<= 5 ms)."""
    note = f"{NOT_YET} (needs the window)"
    return [
        Row("switching, median", None, "ms", target="<= 8 ms", note=note),
        Row("switching, p95", None, "ms", target="<= 16 ms", note=note),
        Row("filtering, 500 entries", None, "ms", target="<= 5 ms", note=note),
    ]


def export_stubs() -> list[Row]:
    """TODO(issue 5): PNG 1920x1080, SVG, PDF and CSV of the trade chart timed in-process, each against
    matplotlib saving the same chart (same data, title, legend, size) in the same run; PNG and SVG
    <= 0.5x matplotlib; batch export of all charts, cost per chart."""
    note = f"{NOT_YET} (needs the chart exporter, issue 5)"
    return [
        Row(f"export {kind}", None, "ms", None, "matplotlib", target, None, note)
        for kind, target in (
            ("PNG 1920x1080", "<= 0.5x matplotlib"),
            ("SVG", "<= 0.5x matplotlib"),
            ("PDF", ""),
            ("CSV", ""),
            ("batch, per chart", ""),
        )
    ]


# -- scale -----------------------------------------------------------------------------------------


def _profile(store: object, iso3: str) -> None:
    """What one switch to an entry reads from the store (the panes' queries)."""
    s = store  # typed loosely: imported lazily below
    ids: set[str] = set()
    for records in (
        s.facts(iso3),  # type: ignore[attr-defined]
        s.figures(iso3),  # type: ignore[attr-defined]
        s.events(iso3),  # type: ignore[attr-defined]
        s.agreements(iso3),  # type: ignore[attr-defined]
        s.projects(iso3),  # type: ignore[attr-defined]
        s.ties(iso3),  # type: ignore[attr-defined]
        s.trade([iso3]),  # type: ignore[attr-defined]
    ):
        for record in records:
            ids.update(record.source_ids)
    s.sources(sorted(ids))  # type: ignore[attr-defined]


def scale(factors: Sequence[int], runs: int, folder: Path) -> list[Row]:
    from caviewer.store import Store

    figures: dict[int, dict[str, float]] = {}
    for factor in factors:
        path = make_scale_db.make(factor, folder)
        check, _, _ = median_child([PYTHON, "-m", "caviewer", "check-db", str(path)], max(1, runs // 2))
        opened = median_time(lambda p=path: Store.open(p).close(), runs)
        with Store.open(path) as store:
            figures[factor] = {
                "check-db": check,
                "open": opened,
                "list (countries)": median_time(store.countries, runs * 5),
                "profile KAZ": median_time(lambda st=store: _profile(st, "KAZ"), runs * 5),
                "profile CHN (everything)": median_time(lambda st=store: _profile(st, "CHN"), runs),
                "size MB": path.stat().st_size / 1e6,
            }
    base = figures[factors[0]]
    rows = []
    targets = {
        "check-db": ("grows linearly", lambda r, f: r <= 1.5 * f),
        "open": ("< 1.2x (start-up)", lambda r, f: r < 1.2),
        "profile KAZ": ("<= 1.5x (flat)", lambda r, f: r <= 1.5),
        "list (countries)": ("grows with the list", lambda r, f: r <= 1.5 * f),
        "profile CHN (everything)": ("grows with the data", lambda r, f: r <= 1.5 * f),
    }
    for factor in factors:
        for metric, value in figures[factor].items():
            if metric == "size MB":
                rows.append(Row(f"scale {factor}x: file size", value, "MB", base[metric], "1x"))
                continue
            target, check_target = targets[metric]
            ratio = value / base[metric] if base[metric] else 0.0
            met = check_target(ratio, factor) if factor != factors[0] else None
            rows.append(Row(f"scale {factor}x: {metric}", value, "s", base[metric], "1x", target, met))
    return rows


# -- output ----------------------------------------------------------------------------------------


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    return f"{value:.1f} {unit}"


def print_table(rows: list[Row]) -> None:
    header = ("metric", "value", "baseline", "ratio", "target", "met?")
    lines = [header]
    for r in rows:
        met = "-" if r.met is None else ("yes" if r.met else "NO")
        baseline = f"{_fmt(r.baseline, r.unit)} ({r.baseline_name})" if r.baseline is not None else "-"
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else "-"
        value = _fmt(r.value, r.unit) if r.value is not None else r.note
        lines.append((r.metric, value, baseline, ratio, r.target or "-", met))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for number, line in enumerate(lines):
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())
        if number == 0:
            print("  ".join("-" * w for w in widths))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="caviewer benchmarks")
    parser.add_argument("--quick", action="store_true", help="fewer runs (about a minute)")
    parser.add_argument("--json", type=Path, default=RESULTS / "latest.json", help="where to write JSON")
    parser.add_argument("--factors", type=int, nargs="+", default=[1, 10, 100], help="scale factors")
    args = parser.parse_args(argv)
    runs = 3 if args.quick else 7
    started = time.perf_counter()
    rows = cold_start(runs) + window_stubs() + export_stubs()
    with tempfile.TemporaryDirectory(prefix="caviewer-scale-") as folder:
        rows += scale(args.factors, runs, Path(folder))
    print_table(rows)
    took = time.perf_counter() - started
    print(f"\n{len(rows)} rows in {took:.0f} s; medians of {runs} runs")
    report = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "platform": platform.platform(),
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
        },
        "runs": runs,
        "seconds": took,
        "rows": [{**asdict(r), "ratio": r.ratio} for r in rows],
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main())
