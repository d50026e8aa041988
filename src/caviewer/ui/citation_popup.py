"""Figures that show where they come from: a tooltip with the citation on hover, a popup on click.

`CitedLabel` is a label holding a figure and its sources; hovering shows the citations, clicking (or Enter
or Space when it has focus) opens a `CitationPopup` with the full citations, Copy citation and saving
them as BibTeX or RIS. The popup is kept wholly on screen wherever the label is.
May import PySide6, the domain, `caviewer.citations` and `ui.citation_export`.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from caviewer.citations import plain_text
from caviewer.domain import Source
from caviewer.ui.citation_export import keep_on_screen, save_citations


def citation_text(sources: Sequence[Source]) -> str:
    """Plain text of the citations, one per line, for the clipboard."""
    return plain_text(sources)


def citation_tooltip(sources: Sequence[Source], note: str | None = None) -> str:
    if not sources:
        return QCoreApplication.translate("Citations", "No source recorded")
    lines = [f"<b>Source{'s' if len(sources) > 1 else ''}</b>"]
    lines += [html.escape(s.citation()) for s in sources]
    if note:
        lines.append(f"<i>{html.escape(note)}</i>")
    return "<p style='white-space:pre-wrap'>" + "<br>".join(lines) + "</p>"


class CitationPopup(QFrame):
    """A small popup with the full citations of a figure and a button that copies them."""

    def __init__(
        self, title: str, sources: Sequence[Source], note: str | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("citationPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(QCoreApplication.translate("Citations", "Sources of %1").replace("%1", title))
        self._text = citation_text(sources)
        self._sources = tuple(sources)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{html.escape(title)}</b>")
        layout.addWidget(heading)
        body = QLabel(
            "<br><br>".join(source_html(s) for s in sources)
            or QCoreApplication.translate("Citations", "No source recorded."),
            textFormat=Qt.TextFormat.RichText,
        )
        body.setWordWrap(True)
        body.setOpenExternalLinks(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        body.setMinimumWidth(380)
        body.setMaximumWidth(520)
        layout.addWidget(body)
        if note:
            note_label = QLabel(f"<i>{html.escape(note)}</i>")
            note_label.setWordWrap(True)
            layout.addWidget(note_label)
        row = QHBoxLayout()
        row.addStretch(1)
        copy = QPushButton(QCoreApplication.translate("Citations", "&Copy citation"))
        copy.setObjectName("copyCitation")
        copy.setEnabled(bool(sources))
        copy.clicked.connect(self.copy_citation)
        bib = QPushButton("&BibTeX\u2026")
        bib.setObjectName("saveBibtex")
        bib.setToolTip(
            QCoreApplication.translate(
                "Citations", "Save these citations as a BibTeX file for a reference manager"
            )
        )
        bib.clicked.connect(lambda: self._save("bibtex"))
        ris = QPushButton("&RIS\u2026")
        ris.setObjectName("saveRis")
        ris.setToolTip(
            QCoreApplication.translate(
                "Citations", "Save these citations as an RIS file (Zotero, EndNote, Mendeley)"
            )
        )
        ris.clicked.connect(lambda: self._save("ris"))
        for button in (bib, ris):
            button.setEnabled(bool(sources))
        close = QPushButton(QCoreApplication.translate("Citations", "Close"))
        close.clicked.connect(self.close)
        row.addWidget(copy)
        row.addWidget(bib)
        row.addWidget(ris)
        row.addWidget(close)
        layout.addLayout(row)
        copy.setFocus()

    def citation(self) -> str:
        return self._text

    def copy_citation(self) -> None:
        QGuiApplication.clipboard().setText(self._text)

    def sources(self) -> tuple[Source, ...]:
        return self._sources

    def _save(self, fmt: str) -> None:
        save_citations(self, self._sources, fmt, "caviewer-citations")


def source_html(source: Source, *, terms: bool = True) -> str:
    """A source's citation as HTML, its URL a link; with its terms of use unless `terms` is False."""
    text = html.escape(source.citation())
    if source.url:
        url = html.escape(source.url, quote=True)
        text = text.replace(html.escape(source.url), f"<a href='{url}'>{html.escape(source.url)}</a>")
    if terms and source.terms:
        text += f"<br><small>Terms: {html.escape(source.terms)}</small>"
    return text


class CitedLabel(QLabel):
    """A figure with its sources: tooltip on hover, citation popup on click or Enter."""

    popup_opened = Signal(str)

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._title = ""
        self._sources: tuple[Source, ...] = ()
        self._note: str | None = None
        self._popup: CitationPopup | None = None
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

    def set_figure(self, title: str, text: str, sources: Sequence[Source], note: str | None = None) -> None:
        self._title, self._sources, self._note = title, tuple(sources), note
        self.setText(text)
        missing = QCoreApplication.translate("Citations", "Not in the dataset")
        self.setToolTip(citation_tooltip(self._sources, note) if text != "\u2014" else missing)
        self.setAccessibleName(title)
        self.setAccessibleDescription(f"{text}. {citation_text(self._sources)}")
        cursor = Qt.CursorShape.PointingHandCursor if self._sources else Qt.CursorShape.ArrowCursor
        self.setCursor(cursor)

    def sources(self) -> tuple[Source, ...]:
        return self._sources

    def show_popup(self) -> CitationPopup | None:
        if not self._sources:
            return None
        if self._popup is not None:
            self._popup.deleteLater()
        self._popup = CitationPopup(self._title, self._sources, self._note, self)
        self._popup.adjustSize()
        self._popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        self._popup.show()
        # Placed once shown, when its frame (and so its full size on screen) is known.
        keep_on_screen(self._popup, self.mapToGlobal(self.rect().bottomLeft()))
        self.popup_opened.emit(self._title)
        return self._popup

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.show_popup()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.show_popup()
            return
        super().keyPressEvent(event)
