"""Batch export: every chart of every entry in every format, for `caviewer export --all` and the window.

`export_all` is headless (it reports progress through a callback that may cancel); `export_all_dialog`
runs it under a cancellable QProgressDialog. Before anything is written, every target is checked: without
`overwrite`, one existing file stops the batch with a message and nothing is replaced.
May import PySide6, exports, the store and the chart modules.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from caviewer.exports import ExportError
from caviewer.store import Store
from caviewer.ui.export.chart_export import FORMATS, PRESETS, ExportSize, export_chart
from caviewer.ui.export.chart_spec import ChartFigure, available_charts, build_figure

# Called before each file with (index, total, path); returns False to stop.
Progress = Callable[[int, int, Path], bool]


class FilesExistError(ExportError):
    """Some targets exist and `overwrite` was not given; `paths` lists them. Nothing was written."""

    def __init__(self, paths: Sequence[Path]) -> None:
        more = f" and {len(paths) - 1} more" if len(paths) > 1 else ""
        super().__init__(f"{paths[0]}{more} exist; nothing was written (replace with --force)")
        self.paths = tuple(paths)


@dataclass(frozen=True)
class BatchResult:
    written: tuple[Path, ...]
    cancelled: bool


def batch_figures(store: Store) -> list[ChartFigure]:
    """One figure per chart of every list entry, in list order."""
    return [
        build_figure(store, c.iso3, chart)
        for c in store.countries()
        for chart in available_charts(store, c.iso3)
    ]


def export_all(
    store: Store,
    folder: Path,
    *,
    formats: Sequence[str] = FORMATS,
    size: ExportSize = PRESETS["web"],
    background: str = "white",
    overwrite: bool = False,
    progress: Progress | None = None,
) -> BatchResult:
    """Write every chart in every format into `folder` (created if needed: only the folder itself, its
    parent must exist, as a single export's folder must)."""
    size.check()
    if not folder.parent.is_dir():
        raise ExportError(f"Folder does not exist: {folder.parent}")
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise ExportError(f"Cannot create folder {folder}: {exc.strerror or exc}") from exc
    jobs = [
        (figure, folder / figure.file_name(fmt), fmt) for figure in batch_figures(store) for fmt in formats
    ]
    existing = [path for _, path, _ in jobs if path.exists()]
    if existing and not overwrite:
        raise FilesExistError(existing)
    written: list[Path] = []
    for index, (figure, path, fmt) in enumerate(jobs):
        if progress is not None and not progress(index, len(jobs), path):
            return BatchResult(tuple(written), cancelled=True)
        written.append(
            export_chart(figure, path, fmt=fmt, size=size, background=background, overwrite=overwrite)
        )
    if progress is not None:
        progress(len(jobs), len(jobs), folder)
    return BatchResult(tuple(written), cancelled=False)


def export_all_dialog(
    parent: QWidget | None,
    store: Store,
    folder: Path,
    *,
    formats: Sequence[str] = FORMATS,
    overwrite: bool = False,
) -> BatchResult:
    """`export_all` under a modal, cancellable progress dialog."""
    dialog = QProgressDialog(
        QCoreApplication.translate("BatchExport", "Exporting charts\u2026"),
        QCoreApplication.translate("BatchExport", "Cancel"),
        0,
        1,
        parent,
    )
    dialog.setObjectName("batchExportProgress")
    dialog.setWindowTitle(QCoreApplication.translate("BatchExport", "Export all charts"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def step(index: int, total: int, path: Path) -> bool:
        dialog.setMaximum(total)
        dialog.setValue(index)
        writing = QCoreApplication.translate("BatchExport", "Writing %1 (%2 of %3)")
        dialog.setLabelText(
            writing.replace("%1", path.name).replace("%2", str(index + 1)).replace("%3", str(total))
            if index < total
            else QCoreApplication.translate("BatchExport", "Done")
        )
        QApplication.processEvents()
        return not dialog.wasCanceled()

    try:
        return export_all(store, folder, formats=formats, overwrite=overwrite, progress=step)
    finally:
        dialog.close()
        dialog.deleteLater()
