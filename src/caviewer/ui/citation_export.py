"""Saving citations as BibTeX or RIS from the window: the file dialog, the write, and a one-line error.

The text comes from the Qt-free `caviewer.citations`; files are written atomically by `caviewer.exports`.
Also `keep_on_screen`, which moves a popup or dialog so that it lies wholly on the screen it opens on.
May import PySide6, the domain, `caviewer.citations` and `caviewer.exports`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from caviewer import citations
from caviewer.domain import Source

FORMATS = {"bibtex": ("BibTeX", "bib"), "ris": ("RIS", "ris")}


def citation_file_text(sources: Sequence[Source], fmt: str) -> str:
    return citations.bibtex(sources) if fmt == "bibtex" else citations.ris(sources)


def write_citations(path: Path, sources: Sequence[Source], fmt: str) -> Path:
    """Write the sources to `path` as BibTeX or RIS; the suffix is added when the name has none."""
    from caviewer.exports import ExportError, write_atomically  # on first use: not needed to paint

    suffix = FORMATS[fmt][1]
    if not path.suffix:
        path = path.with_suffix(f".{suffix}")
    try:
        write_atomically(path, citation_file_text(sources, fmt))
    except OSError as exc:
        raise ExportError(f"Cannot write {path}: {exc.strerror or exc}") from exc
    return path


def save_citations(parent: QWidget, sources: Sequence[Source], fmt: str, name: str) -> Path | None:
    """Ask for a file name and write the sources there; report a failure in a message box."""
    label, suffix = FORMATS[fmt]
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Citations", "Save citations as %1").replace("%1", label),
        f"{name}.{suffix}",
        f"{label} (*.{suffix})",
    )
    if not chosen:
        return None
    from caviewer.exports import ExportError

    try:
        return write_citations(Path(chosen), sources, fmt)
    except ExportError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Citations", "Citations not saved"), str(exc))
        return None


def keep_on_screen(widget: QWidget, wanted: QPoint) -> QPoint:
    """Move `widget` to `wanted`, or as near as lets it lie wholly on that point's screen; returns where."""
    screen = QGuiApplication.screenAt(wanted) or QGuiApplication.primaryScreen()
    if screen is None:
        widget.move(wanted)
        return wanted
    area: QRect = screen.availableGeometry()
    frame = widget.frameGeometry()
    extra = frame.size() - widget.size()  # the window frame, where the platform draws one
    inner = widget.size().boundedTo(area.size() - extra)
    if inner != widget.size():
        widget.resize(inner)
    width, height = inner.width() + extra.width(), inner.height() + extra.height()
    x = min(max(wanted.x(), area.left()), area.right() - width + 1)
    y = min(max(wanted.y(), area.top()), area.bottom() - height + 1)
    widget.move(x, y)
    return QPoint(x, y)
