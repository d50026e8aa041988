"""The headless side of `caviewer export`: one chart to one file, or every chart to a folder.

The command line (caviewer.cli) checks the arguments and imports this module only when an export runs;
`use_offscreen_if_headless()` runs before the application is created, so an export needs no display and
the other commands never load Qt. Progress goes to the given stream (stderr). Errors are `ExportError`s
(a `ChartError` is one) with a one-line message. May import PySide6, the store and the chart modules.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from PySide6.QtGui import QGuiApplication

from caviewer.exports import ExportError
from caviewer.geo.map_figure import MapFigure, build_map
from caviewer.store import Store
from caviewer.ui.export.batch_export import export_all
from caviewer.ui.export.chart_export import FORMATS, PRESETS, ExportSize, Figure, export_chart, format_for
from caviewer.ui.export.chart_spec import ChartError, ChartOptions, build_figure


def map_figure(store: Store, iso3: str) -> MapFigure:
    """The entry's map, as the Map pane first shows it; a `ChartError` for an unknown entry."""
    if store.country(iso3) is None:
        known = ", ".join(c.iso3 for c in store.countries())
        raise ChartError(f"Unknown country {iso3!r}; use one of {known}")
    return build_map(store, iso3)


def use_offscreen_if_headless() -> None:
    """Render offscreen when there is no display to talk to (and no platform was chosen)."""
    if not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _gui_application(language: str | None = None) -> QGuiApplication:
    """The running application, or a new QGuiApplication: painting text needs one, widgets do not. The
    interface language is `language`, else the one the window remembers, else the system's."""
    from caviewer.ui.fonts import register_cjk_font
    from caviewer.ui.settings import Settings
    from caviewer.ui.translations import apply_language, system_language

    app = QGuiApplication.instance()
    app = app if isinstance(app, QGuiApplication) else QGuiApplication(["caviewer"])
    register_cjk_font(app)
    apply_language(language or Settings().language() or system_language())
    return app


def export_one(
    store: Store,
    *,
    country: str,
    chart: str,
    output: Path,
    fmt: str | None,
    size: tuple[int, int] | str | None,
    dpi: int | None,
    years: tuple[int, int] | None,
    reporter: str | None,
    force: bool,
    log_scale: bool = False,
    language: str | None = None,
) -> Path:
    """Write one chart of one entry; returns the file written."""
    app = _gui_application(language)

    fmt = format_for(output, fmt)
    figure: Figure
    if chart == "map":
        figure = map_figure(store, country)
    else:
        options = ChartOptions(reporter=reporter, years=years, log_scale=log_scale)  # type: ignore[arg-type]
        figure = build_figure(store, country, chart, options)  # type: ignore[arg-type]
    written = export_chart(
        figure, output, fmt=fmt, size=export_size(size, dpi), background="white", overwrite=force
    )
    del app
    return written


def export_every_chart(
    store: Store,
    *,
    folder: Path,
    formats: Sequence[str] | None,
    size: tuple[int, int] | str | None,
    dpi: int | None,
    force: bool,
    stream: TextIO,
    language: str | None = None,
) -> int:
    """Write every chart of every entry into `folder`, reporting each file on `stream`; returns the count."""
    app = _gui_application(language)

    def report(index: int, total: int, path: Path) -> bool:
        if index < total:
            print(f"[{index + 1}/{total}] {path.name}", file=stream, flush=True)
        return True

    result = export_all(
        store,
        folder,
        formats=formats or FORMATS,
        size=export_size(size, dpi),
        overwrite=force,
        progress=report,
    )
    del app
    return len(result.written)


def export_size(size: tuple[int, int] | str | None, dpi: int | None) -> ExportSize:
    """A preset name or (width, height), with an optional DPI (default: the preset's, or 96)."""

    if isinstance(size, str):
        if size not in PRESETS:
            raise ExportError(f"Unknown size preset {size!r}; use WxH or one of {', '.join(PRESETS)}")
        base = PRESETS[size]
    elif size is None:
        base = PRESETS["web"]
    else:
        base = ExportSize(size[0], size[1], 96)
    return ExportSize(base.width, base.height, base.dpi if dpi is None else dpi).check()


def brief_one(store: Store, iso3: str, output: Path, *, force: bool, language: str | None = None) -> Path:
    """Write the briefing pack of one entry; returns the file written."""
    from caviewer.ui.export.briefing_pdf import write_briefing

    app = _gui_application(language)
    written = write_briefing(store, iso3, output, force=force)
    del app
    return written


def brief_every_entry(
    store: Store, folder: Path, *, force: bool, stream: TextIO, language: str | None = None
) -> int:
    """One briefing pack per list entry into `folder` (created, its parent must exist)."""
    from caviewer.ui.export.briefing_pdf import write_briefing

    app = _gui_application(language)
    folder.mkdir(exist_ok=True)
    entries = [c.iso3 for c in store.countries()]
    targets = [folder / f"caviewer-briefing-{iso3}.pdf" for iso3 in entries]
    existing = [t for t in targets if t.exists()]
    if existing and not force:
        raise ExportError(f"{existing[0]} exists (and {len(existing) - 1} more); add --force to replace them")
    for index, (iso3, target) in enumerate(zip(entries, targets, strict=True)):
        print(f"[{index + 1}/{len(entries)}] {target.name}", file=stream, flush=True)
        write_briefing(store, iso3, target, force=True)
    del app
    return len(entries)
