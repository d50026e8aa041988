"""caviewer benchmarks: one command that prints a table and writes JSON (see benchmarks/README.md).

`.venv/bin/python benchmarks/run.py [--quick] [--json PATH]`. Every figure is the median of several runs
and is set against a baseline measured in the same run, so the ratios travel between machines better
than the seconds do. Subprocesses run offscreen (QT_QPA_PLATFORM=offscreen) and, where Xvfb exists, also on
a virtual screen. The window figures come from benchmarks/window_bench.py, the export figures (against
matplotlib, the optional `bench` extra) from benchmarks/export_bench.py; a figure that cannot be measured
here is reported as skipped, never invented.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
sys.path.insert(0, str(ROOT / "benchmarks"))

import make_scale_db  # noqa: E402

PYTHON = sys.executable
PARTS = ("start", "window", "export", "scale")
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYQTGRAPH_QT_LIB": "PySide6"}
ENV.pop("CAVIEWER_DEBUG", None)
NOT_YET = "not measured yet"

# The floor: a bare program that imports PySide6 and pyqtgraph and paints one PlotWidget. It prints the
# seconds from just before the parent started it to the turn of the event loop after the plot's first
# paint event (the same moment caviewer's `first_paint` marker takes), and its peak RSS in KiB.
FLOOR = """
import os, resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import pyqtgraph as pg
app = QApplication(sys.argv[:1])
plot = pg.PlotWidget()
plot.plot([2000, 2010, 2020], [1.0, 3.0, 2.0])
plot.resize(1024, 700)
def painted():
    elapsed = time.time() - float(os.environ["BENCH_T0"])
    print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    app.quit()
class Paint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, painted)
        return False
watcher = Paint()
plot.viewport().installEventFilter(watcher)
plot.show()
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
    start: float = 0.0


def run_child(
    args: Sequence[str], timeout: float = 300, env: dict[str, str] | None = None, stderr: bool = False
) -> Child:
    """Run a child, returning its wall time, its own peak RSS (from wait4) and its stdout (with its stderr
    after it when `stderr`); `start` is `time.perf_counter()` just before the child was started."""
    with tempfile.TemporaryFile() as out:
        env = {**(env or ENV), "BENCH_T0": repr(time.time())}
        start = time.perf_counter()
        proc = subprocess.Popen(
            args,
            stdout=out,
            stderr=out if stderr else subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
            env=env,
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
    return Child(seconds, usage.ru_maxrss, text, start)


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
    return rows


# -- the window ------------------------------------------------------------------------------------

MARKERS = ("first_paint", "plot_ready")
SETTINGS = "[meta]\nschema=2\n[profile]\ncountry={country}\npane={pane}\n"


@dataclass
class Display:
    """Where the window children paint: Qt's offscreen platform, or an X server (Xvfb) we started."""

    name: str
    env: dict[str, str]


def floor_once(display: Display) -> tuple[float, float]:
    """One start of the floor: its first paint (s) and peak RSS (MiB) on this display."""
    child = run_child([PYTHON, "-c", FLOOR], env=display.env)
    return float(child.stdout.split()[0]), int(child.stdout.split()[1]) / 1024


def window_start_once(
    display: Display, pane: int, db: Path | None = None, country: str = "UZB"
) -> dict[str, float]:
    """Seconds from just before `caviewer` is started to each of its markers, and its peak RSS (MiB).
    The remembered entry and pane come from a settings file in a fresh temporary home, as for a user."""
    with tempfile.TemporaryDirectory(prefix="caviewer-home-") as home:
        config = Path(home) / "config" / "caviewer"
        config.mkdir(parents=True)
        (config / "caviewer.ini").write_text(SETTINGS.format(country=country, pane=pane), "utf-8")
        env = {
            **display.env,
            "HOME": home,
            "XDG_CONFIG_HOME": str(Path(home) / "config"),
            "CAVIEWER_BENCH_MARKERS": "exit",
        }
        args = [PYTHON, "-m", "caviewer", *(["--db", str(db)] if db else [])]
        child = run_child(args, env=env, stderr=True)
    found = {
        parts[1]: float(parts[2])
        for parts in (line.split() for line in child.stdout.splitlines())
        if len(parts) == 3 and parts[0] == "caviewer-bench"
    }
    if set(found) != set(MARKERS):
        raise RuntimeError(f"caviewer printed no markers: {child.stdout[-500:]}")
    return {**{m: found[m] - child.start for m in MARKERS}, "peak": child.peak_kib / 1024}


def medians(samples: Sequence[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(s[key] for s in samples) for key in samples[0]}


def window_cold_start(display: Display, runs: int) -> list[Row]:
    # Interleaved (floor, window with Overview, window with Trade, floor, ...): the machine is shared and
    # its speed drifts over a minute, so each ratio compares starts taken seconds apart.
    floors: list[tuple[float, float]] = []
    starts: dict[int, list[dict[str, float]]] = {0: [], 1: []}
    for _ in range(runs):
        floors.append(floor_once(display))
        for pane, samples in starts.items():
            samples.append(window_start_once(display, pane))
    paint = statistics.median(f[0] for f in floors)
    peak = statistics.median(f[1] for f in floors)
    where = f"[{display.name}]"
    rows = [
        Row(f"floor {where}: PySide6 + pyqtgraph, one PlotWidget painted", paint, "s"),
        Row(f"floor {where} peak memory", peak, "MiB"),
    ]
    for pane, shown in ((0, "Overview"), (1, "Trade")):
        start = medians(starts[pane])
        label = f"window {where}, {shown} remembered"
        plot = "trade plot painted" if pane == 1 else "trade plot built (pane hidden)"
        rows += [
            Row(
                f"{label}: first paint (list + profile)",
                start["first_paint"],
                "s",
                paint,
                "floor",
                "<= 0.6x floor",
                start["first_paint"] <= 0.6 * paint,
            ),
            Row(
                f"{label}: {plot}",
                start["plot_ready"],
                "s",
                paint,
                "floor",
                "<= 1.25x floor",
                start["plot_ready"] <= 1.25 * paint,
            ),
            Row(
                f"{label}: peak memory",
                start["peak"],
                "MiB",
                peak,
                "floor",
                "<= floor + 40 MB",
                start["peak"] <= peak + 40e6 / 2**20,
            ),
        ]
    return rows


def percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def window_inprocess(switches: int, db: Path | None = None) -> dict[str, Any]:
    """Run benchmarks/window_bench.py (switching and filtering on a real MainWindow, offscreen)."""
    args = [PYTHON, str(ROOT / "benchmarks" / "window_bench.py"), "--switches", str(switches)]
    child = run_child([*args, *(["--db", str(db)] if db else [])], timeout=900)
    result: dict[str, Any] = json.loads(child.stdout)
    return result


def interaction_rows(figures: dict[str, Any], label: str = "") -> list[Row]:
    switch = figures["switching"]["times"]
    keys = figures["filtering"]["times"]
    entries = figures["entries"]
    n = len(switch)
    repainted = figures["switching"]["plot_repainted"]
    note = f"{n} switches, Trade pane in view, plot repainted in {repainted}, max {max(switch) * 1000:.0f} ms"
    return [
        Row(
            f"switching{label}, median",
            statistics.median(switch),
            "s",
            target="<= 8 ms",
            met=statistics.median(switch) <= 0.008,
            note=note,
        ),
        Row(
            f"switching{label}, p95",
            percentile(switch, 0.95),
            "s",
            target="<= 16 ms",
            met=percentile(switch, 0.95) <= 0.016,
            note=note,
        ),
        Row(
            f"filtering{label}, {entries} entries, median keystroke",
            statistics.median(keys),
            "s",
            target="<= 5 ms" if entries >= 500 else "-",
            met=statistics.median(keys) <= 0.005 if entries >= 500 else None,
            note=f"{len(keys)} keystrokes",
        ),
        Row(
            f"filtering{label}, {entries} entries, p95 keystroke",
            percentile(keys, 0.95),
            "s",
            note=f"{len(keys)} keystrokes",
        ),
    ]


def export_rows(runs: int) -> list[Row]:
    """benchmarks/export_bench.py in a fresh offscreen process: PNG 1920x1080, SVG, PDF and CSV of the KAZ
    trade chart and the batch export of every chart, each against matplotlib saving the same charts in the
    same process; PNG and SVG <= 0.5x matplotlib. Skipped with a note when matplotlib (the bench extra) is
    not installed."""
    import importlib.util

    if importlib.util.find_spec("matplotlib") is None:
        print("matplotlib not installed: pip install -e .[bench]")
        return [Row("export vs matplotlib", None, "s", note="skipped: matplotlib not installed")]
    args = [PYTHON, str(ROOT / "benchmarks" / "export_bench.py"), "--json", "--runs", str(runs)]
    child = run_child([*args, "--batch-runs", str(max(1, runs // 2))], timeout=900)
    return [Row(**fields) for fields in json.loads(child.stdout)]


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


def scale_window(factors: Sequence[int], runs: int, switches: int, folder: Path) -> list[Row]:
    """The window on the scale databases: start-up, memory, switching and filtering, each against 1x."""
    offscreen = Display("offscreen", ENV)
    figures: dict[int, dict[str, float]] = {}
    paths = {}
    for factor in factors:
        made = folder / f"scale-{factor}x.sqlite"  # written by `scale` above, or now
        paths[factor] = made if made.exists() else make_scale_db.make(factor, folder)
    # Interleaved across the sizes (1x, 10x, 100x, 1x, ...), start-ups and in-process rounds alike, so a
    # drift in the shared machine's speed does not pass for growth with the data.
    starts: dict[int, list[dict[str, float]]] = {f: [] for f in factors}
    rounds: dict[int, list[dict[str, Any]]] = {f: [] for f in factors}
    for _ in range(runs):
        for factor in factors:
            starts[factor].append(window_start_once(offscreen, 0, paths[factor], country="KAZ"))
    for _ in range(2):
        for factor in factors:
            rounds[factor].append(window_inprocess(switches // 2, paths[factor]))
    for factor in factors:
        path = paths[factor]
        start = medians(starts[factor])
        inproc = rounds[factor][0]
        sw = [t for r in rounds[factor] for t in r["switching"]["times"]]
        keys = [t for r in rounds[factor] for t in r["filtering"]["times"]]
        figures[factor] = {
            "first paint": start["first_paint"],
            "peak memory": start["peak"],
            "switching median": statistics.median(sw),
            "switching p95": percentile(sw, 0.95),
            "filtering median": statistics.median(keys),
            "size": path.stat().st_size / 1e6,
            "entries": inproc["entries"],
        }
    base = figures[factors[0]]
    targets = {
        "first paint": ("< 1.2x", 1.2, "s"),
        "switching median": ("<= 1.5x", 1.5, "s"),
        "switching p95": ("<= 1.5x", 1.5, "s"),
        "filtering median": ("<= 1.5x", 1.5, "s"),
        "peak memory": ("grows with what is shown", None, "MiB"),
    }
    rows = []
    for factor in factors:
        fig = figures[factor]
        for metric, (target, limit, unit) in targets.items():
            value = fig[metric]
            met = None if factor == factors[0] or limit is None else value <= limit * base[metric]
            note = (
                f"{fig['entries']:.0f} entries, file {fig['size']:.1f} MB" if metric == "peak memory" else ""
            )
            rows.append(
                Row(f"scale {factor}x window: {metric}", value, unit, base[metric], "1x", target, met, note)
            )
    return rows


@contextlib.contextmanager
def xvfb() -> Iterator[Display | None]:
    """An Xvfb server on a free display number for as long as the block runs; None when Xvfb is absent."""
    binary = shutil.which("Xvfb")
    if binary is None:
        yield None
        return
    number = next(n for n in range(99, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    args = [binary, f":{number}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"]
    server = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"Xvfb :{number} did not start")
            time.sleep(0.05)
        env = {**ENV, "QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{number}"}
        yield Display(f"Xvfb :{number}", env)
    finally:
        server.terminate()
        server.wait(timeout=20)


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
    parser.add_argument("--json", type=Path, help="where to write JSON (default results/latest[-PARTS].json)")
    parser.add_argument("--factors", type=int, nargs="+", default=[1, 10, 100], help="scale factors")
    parser.add_argument(
        "--only", nargs="+", choices=PARTS, help="run only these parts (default: all): " + ", ".join(PARTS)
    )
    args = parser.parse_args(argv)
    # An installed caviewer starts from bytecode (pip compiles a wheel's modules as it installs them). A
    # checkout run with PYTHONDONTWRITEBYTECODE=1, as on the build machine, would compile every module
    # on every start (~27 ms of the first paint): compile them once before timing anything.
    compileall.compile_dir(str(Path(__file__).resolve().parents[1] / "src" / "caviewer"), quiet=1)
    runs = 3 if args.quick else 7
    started = time.perf_counter()
    switches = 200 if args.quick else 400
    parts = set(args.only or PARTS)
    rows: list[Row] = []
    if "start" in parts:
        rows += cold_start(runs)
        rows += window_cold_start(Display("offscreen", ENV), runs)
        with xvfb() as display:
            if display is None:
                rows.append(Row("window under Xvfb", None, "s", note="skipped: Xvfb is not installed"))
            else:
                rows += window_cold_start(display, runs)
    if "window" in parts:
        rows += interaction_rows(window_inprocess(switches))
    if "export" in parts:
        rows += export_rows(runs)
    if "scale" in parts:
        with tempfile.TemporaryDirectory(prefix="caviewer-scale-") as folder:
            rows += scale(args.factors, runs, Path(folder))
            rows += scale_window(args.factors, max(1, runs // 2 + 1), switches // 2, Path(folder))
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
    if args.json is None:
        args.json = RESULTS / ("latest.json" if not args.only else f"latest-{'-'.join(sorted(parts))}.json")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main())
