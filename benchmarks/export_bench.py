"""In-process export benchmark: caviewer's chart exports against matplotlib saving the same chart.

Run by benchmarks/run.py in a subprocess (a fresh process, offscreen), or alone:
`.venv/bin/python benchmarks/export_bench.py [--runs N] [--batch-runs N] [--json]`.

One process, `QT_QPA_PLATFORM=offscreen`, the real bundled database. For the KAZ trade chart:

- caviewer: `chart_export.export_chart` (the function the window, the dialog and `caviewer export` call) to
  PNG at 1920x1080, SVG and PDF of the same size (the "slide" preset) and CSV, into a temporary folder. Each
  timing is figure -> file: painting, encoding and the atomic write (temporary file, fsync, rename).
- matplotlib (Agg for PNG, its own SVG and PDF backends): the same chart built from the same `ChartFigure`
  and saved to the same folder: the same series values with NaN gaps, dashed partner line, filled markers
  for reported values and hollow ones for estimates, the same title, subtitle, legend (with the hollow-marker
  entry) and footer (sources and data version), y labels through the same `format_usd`, at the same pixel
  size (figsize 19.2 x 10.8 in at dpi 100). Each timing is figure -> file too (building the matplotlib
  Figure is part of it, as painting is for caviewer; savefig alone is given in the note). Text stays text
  in both SVGs (`svg.fonttype: none`, as QSvgGenerator writes) and both PDFs embed TrueType fonts
  (`pdf.fonttype: 42`). CSV through the csv module from `figure.values`.

Every figure is the median of `--runs` repeats after one warm-up. Batch: `batch_export.export_all` (every
chart of every entry, PNG only and all four formats) against matplotlib writing the same charts from
`batch_figures(store)` (the same data loading), as cost per chart. Without matplotlib the caviewer rows are
still measured, with no baseline.
"""

from __future__ import annotations

import argparse
import csv
import functools
import importlib.util
import json
import math
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

WIDTH, HEIGHT = 1920, 1080
MPL_DPI = 100
TARGET = 0.5  # caviewer's PNG and SVG at most 0.5x matplotlib's time
MISSING = "matplotlib not installed: pip install -e .[bench]"


def has_matplotlib() -> bool:
    return importlib.util.find_spec("matplotlib") is not None


def median_time(call: Callable[[], object], runs: int) -> float:
    call()  # warm-up: fonts, glyph caches, first imports of a backend
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


# -- matplotlib: the same chart --------------------------------------------------------------------


TEXT, MUTED, GRID, PAPER = "#1A1A1A", "#555555", "#DDDDDD", "#FFFFFF"


def mpl_figure(figure: Any, width: int = WIDTH, height: int = HEIGHT) -> Any:
    """The chart as a matplotlib Figure of width x height pixels at dpi 100 (no pyplot, no global state).

    Sizes follow caviewer's print layout (one design unit `u` = a pixel of a 1200x675 chart, converted to
    points at 100 dpi), so both draw the same amount of text, lines and markers."""
    from matplotlib.figure import Figure

    from caviewer.ui.export.print_chart import unit_of

    u = unit_of(width, height)
    fig = Figure(figsize=(width / MPL_DPI, height / MPL_DPI), dpi=MPL_DPI, facecolor=PAPER)
    top = _mpl_header(fig, figure, u, width, height)
    m = 28 * u  # margin, pixels
    bottom = m + 12.5 * u * 1.2 * 4 + 12 * u + 13.5 * u * 1.2 + 8 * u  # footer, then the year labels
    left, right = m + 90 * u, m + 20 * u
    ax = fig.add_axes(
        (left / width, bottom / height, 1 - (left + right) / width, 1 - (top + bottom) / height),
        facecolor=PAPER,
    )
    _mpl_plot(ax, figure, u)
    return fig


def _pt(design_px: float, u: float) -> float:
    """Design pixels at unit `u` in points at dpi 100."""
    return design_px * u * 72 / MPL_DPI


def _mpl_header(fig: Any, figure: Any, u: float, width: int, height: int) -> float:
    """Title, subtitle, legend and footer (sources, data version); returns the plot's top in pixels."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    m = 28 * u
    fx, fy = m / width, 1 - m / height
    fig.text(fx, fy, figure.title, ha="left", va="top", fontsize=_pt(26, u), weight="bold", color=TEXT)
    y = m + 26 * u * 1.25 + 4 * u
    fig.text(fx, 1 - y / height, figure.subtitle, ha="left", va="top", fontsize=_pt(16, u), color=MUTED)
    y += 16 * u * 1.25 + 12 * u
    marker: dict[str, Any] = {"marker": "o", "markersize": _pt(8.4, u), "markeredgewidth": _pt(1.8, u)}
    handles: list[Any] = [
        Line2D(
            [],
            [],
            color=line.color,
            lw=_pt(2.6, u),
            ls=(0, (3, 2)) if line.dashed else "-",
            label=line.series.label,
            **marker,
        )
        if line.style == "line"
        else Patch(facecolor=line.color, edgecolor=line.color, label=line.series.label)
        for line in figure.lines
    ]
    if figure.has_estimates():
        hollow = "Hollow marker: estimate or derived value"
        handles.append(
            Line2D([], [], ls="none", markerfacecolor=PAPER, markeredgecolor=TEXT, label=hollow, **marker)
        )
    fig.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(fx, 1 - y / height),
        ncol=len(handles),
        frameon=False,
        fontsize=_pt(14, u),
        borderaxespad=0,
        handlelength=2.2,
    )
    y += 14 * u * 1.25 * 1.25 + 14 * u
    line_height = 12.5 * u * 1.2
    small = {"ha": "left", "va": "bottom", "fontsize": _pt(12.5, u), "color": MUTED}
    fig.text(fx, m / height, figure.version_line(), **small)
    sources = "Sources: " + "; ".join(figure.source_names) + "."
    fig.text(fx, (m + line_height) / height, sources, wrap=True, **small)
    return y


def _mpl_plot(ax: Any, figure: Any, u: float) -> None:
    """Lines (NaN gaps, dashed partner, filled and hollow markers), bars, stacked bars; axes and grid."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    from caviewer.formatting import format_usd

    years = figure.years
    stacked_base = [0.0] * len(years)
    for line in figure.lines:
        s = line.series
        values = [float(v) for v in s.values]
        heights = [0.0 if math.isnan(v) else v for v in values]
        if line.style == "line":
            ax.plot(
                years,
                values,
                color=line.color,
                lw=_pt(2.6, u),
                ls=(0, (3, 2)) if line.dashed else "-",
                solid_capstyle="round",
                solid_joinstyle="round",
            )  # NaN breaks the line: a gap stays a gap
            for hollow in (False, True):
                ax.plot(
                    [x for x, e in zip(years, s.estimates, strict=True) if e == hollow],
                    [v for v, e in zip(values, s.estimates, strict=True) if e == hollow],
                    ls="none",
                    marker="o",
                    markersize=_pt(8.4, u),
                    markeredgewidth=_pt(1.8, u),
                    markeredgecolor=line.color,
                    markerfacecolor=PAPER if hollow else line.color,
                )
        elif line.style == "stacked":
            ax.bar(
                years,
                heights,
                bottom=stacked_base,
                width=0.8,
                color=line.color,
                edgecolor=PAPER,
                linewidth=_pt(0.6, u),
            )
            stacked_base = [b + h for b, h in zip(stacked_base, heights, strict=True)]
        else:  # bars: reported 0.75 alpha, estimates 0.35
            alphas = [0.35 if e else 0.75 for e in s.estimates]
            ax.bar(years, heights, width=0.6, color=line.color, edgecolor=line.color, alpha=alphas)
    ax.set_xlim(years[0] - 0.5, years[-1] + 0.5)
    if figure.unit == "percent":
        ax.set_ylim(0, 100)
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}%"))
    else:
        low = min([0.0, *(v for line in figure.lines for v in line.series.values if not math.isnan(v))])
        ax.set_ylim(bottom=low)
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: format_usd(v) if v else "0"))
    ax.xaxis.set_major_locator(MaxNLocator(nbins=20, integer=True, steps=[1, 2, 5, 10]))
    ax.axhline(0, color=TEXT, lw=_pt(1.4, u))
    ax.grid(axis="y", color=GRID, lw=_pt(1.0, u))
    ax.set_axisbelow(True)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_color(MUTED)
    ax.tick_params(labelsize=_pt(13.5, u), colors=MUTED, length=4 * u, width=_pt(1.0, u))
    ax.tick_params(axis="y", length=0)


def mpl_save(figure: Any, path: Path, fmt: str, width: int = WIDTH, height: int = HEIGHT) -> Any:
    """Build the matplotlib chart and save it; returns the Figure (dropped by the caller)."""
    if fmt == "csv":
        mpl_csv(figure, path)
        return None
    fig = mpl_figure(figure, width, height)
    fig.savefig(path, format=fmt, dpi=MPL_DPI)
    return fig


def mpl_csv(figure: Any, path: Path) -> None:
    from caviewer.exports import CHART_CSV_COLUMNS

    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CHART_CSV_COLUMNS)
        for v in figure.values:
            ids = ";".join(v.source_ids)
            writer.writerow([v.country_iso3, v.year, v.reporter, v.flow, v.value_usd, int(v.estimate), ids])


# -- the benchmark ---------------------------------------------------------------------------------


def row(
    metric: str,
    value: float | None,
    baseline: float | None = None,
    *,
    target: float | None = None,
    note: str = "",
    unit: str = "s",
) -> dict[str, Any]:
    """One result row, with run.py's `Row` fields."""
    met = None
    if target is not None and value is not None and baseline:
        met = value <= target * baseline
    return {
        "metric": metric,
        "value": value,
        "unit": unit,
        "baseline": baseline,
        "baseline_name": "matplotlib" if baseline is not None else "",
        "target": f"<= {target}x matplotlib" if target is not None else "",
        "met": met,
        "note": note,
    }


def measure(runs: int, batch_runs: int, iso3: str = "KAZ") -> list[dict[str, Any]]:
    """Every row: the four formats of one chart, then the batch."""
    from PySide6.QtGui import QGuiApplication

    from caviewer.store import Store

    app = QGuiApplication.instance() or QGuiApplication(["caviewer-bench"])
    if has_matplotlib():
        import matplotlib

        matplotlib.use("Agg")
        matplotlib.rcParams["svg.fonttype"] = "none"  # text as text, as QSvgGenerator writes it
        matplotlib.rcParams["pdf.fonttype"] = 42  # embedded TrueType, as QPdfWriter does
    with Store.open() as store, tempfile.TemporaryDirectory(prefix="caviewer-export-bench-") as tmp:
        rows = single_rows(store, Path(tmp), runs, iso3) + batch_rows(store, Path(tmp), runs, batch_runs)
    del app
    return rows


def single_rows(store: Any, folder: Path, runs: int, iso3: str) -> list[dict[str, Any]]:
    """PNG 1920x1080, SVG, PDF and CSV of one trade chart, each against matplotlib."""
    from caviewer.ui.export.chart_export import FORMATS, PRESETS, export_chart
    from caviewer.ui.export.chart_spec import build_figure

    size, mpl = PRESETS["slide"], has_matplotlib()
    assert (size.width, size.height) == (WIDTH, HEIGHT)
    figure = build_figure(store, iso3, "trade")
    labels = {"png": f"PNG {WIDTH}x{HEIGHT}", "svg": "SVG", "pdf": "PDF", "csv": "CSV"}
    rows = []
    for fmt in FORMATS:
        ours = folder / f"caviewer.{fmt}"
        took = median_time(
            functools.partial(export_chart, figure, ours, fmt=fmt, size=size, overwrite=True), runs
        )
        theirs = folder / f"matplotlib.{fmt}"
        base = median_time(functools.partial(mpl_save, figure, theirs, fmt), runs) if mpl else None
        note = f"{ours.stat().st_size / 1024:.0f} KiB"
        if mpl:
            note += f" vs {theirs.stat().st_size / 1024:.0f} KiB"
            if fmt != "csv":
                built = mpl_figure(figure)
                saved = median_time(functools.partial(built.savefig, theirs, format=fmt), runs)
                note += f"; matplotlib savefig alone {saved * 1000:.0f} ms"
        else:
            note += f"; {MISSING}"
        target = TARGET if fmt in ("png", "svg") and mpl else None
        rows.append(row(f"export {iso3} trade {labels[fmt]}", took, base, target=target, note=note))
    return rows


def batch_rows(store: Any, folder: Path, runs: int, batch_runs: int) -> list[dict[str, Any]]:
    """`export_all` of every chart of every entry (PNG only, all formats) against matplotlib, per chart."""
    from caviewer.ui.export.batch_export import batch_figures, export_all
    from caviewer.ui.export.chart_export import FORMATS, PRESETS

    size, mpl = PRESETS["slide"], has_matplotlib()
    charts = len(batch_figures(store))
    prep = median_time(functools.partial(batch_figures, store), runs)
    rows = []
    for name, formats in (("PNG", ("png",)), ("all formats", FORMATS)):
        out = folder / f"batch-{len(formats)}"
        took = median_time(
            functools.partial(export_all, store, out, formats=formats, size=size, overwrite=True), batch_runs
        )
        base = None
        if mpl:
            theirs = folder / f"batch-mpl-{len(formats)}"
            theirs.mkdir()

            def mpl_batch(fs: Sequence[str] = formats, o: Path = theirs) -> None:
                for fig in batch_figures(store):  # the same data loading as export_all
                    for fmt in fs:
                        mpl_save(fig, o / fig.file_name(fmt), fmt)

            base = median_time(mpl_batch, batch_runs) / charts
        note = (
            f"{charts} charts x {len(formats)} file(s), {WIDTH}x{HEIGHT}; "
            f"loading the figures {prep / charts * 1000:.1f} ms/chart of it"
        )
        note = note if mpl else f"{note}; {MISSING}"
        rows.append(row(f"export batch ({name}), per chart", took / charts, base, note=note))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="caviewer export benchmark")
    parser.add_argument("--runs", type=int, default=7, help="repeats per single-chart figure")
    parser.add_argument("--batch-runs", type=int, default=3, help="repeats per batch figure")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON only (for run.py)")
    args = parser.parse_args(argv)
    if not has_matplotlib() and not args.json:
        print(MISSING, file=sys.stderr)
    rows = measure(args.runs, args.batch_runs)
    if args.json:
        print(json.dumps(rows))
        return 0
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from run import Row, print_table

    print_table([Row(**r) for r in rows])
    for r in rows:
        print(f"{r['metric']}: {r['note']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
