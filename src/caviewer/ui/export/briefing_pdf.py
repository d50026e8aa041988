"""The briefing pack: a multi-page A4 PDF on one entry that could go into a report unchanged.

Cover (entry, as-of date, data version); overview (the header cards and the briefing statements); trade
(the trade chart, the part-year total, the notes on the figures, the reporter gap); products and
partners; agreements and projects; the map; finance and people-to-people; and the numbered source list
that every figure and statement refers to by number. Text is text (selectable), charts are vector (the
exports' painter), and the document carries title, author and subject. What it says comes from the Qt-free
presenter (`caviewer.profile`) and the chart specs; only the painting is here. May import PySide6, the
store, the profile presenter, formatting and the export modules.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter

from caviewer import __version__
from caviewer.exports import ExportError, check_target, write_bytes_atomically
from caviewer.formatting import format_period, format_usd, local_numeral
from caviewer.i18n import translate
from caviewer.profile.briefing import briefing
from caviewer.profile.cards import header_cards
from caviewer.profile.glance import at_a_glance
from caviewer.profile.model import Profile
from caviewer.profile.repository import ProfileRepository
from caviewer.profile.targets import target_rows
from caviewer.profile.trade import latest_year_to_date
from caviewer.store import Store
from caviewer.ui.export.chart_spec import ChartError, ChartFigure, build_figure
from caviewer.ui.export.print_chart import FONT_FAMILY, paint_chart

# A4 at 96 dots an inch: 794 x 1123 units, 56 units (15 mm) of margin.
_DPI = 96
_PAGE_W, _PAGE_H, _MARGIN = 794.0, 1123.0, 56.0
_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
_TEXT, _MUTED = QColor("#1a1a1a"), QColor("#555555")
LIST_MOST = 14  # agreements, projects, ties listed in the pack (the newest)


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(round(size))
    font.setBold(bold)
    return font


class _Pages:
    """A cursor down the pages: wrapped text, charts, page breaks and page numbers, and the numbers of
    the sources cited so far."""

    def __init__(self, painter: QPainter, writer: QPdfWriter, title: str) -> None:
        self.p, self.writer, self.title = painter, writer, title
        self.y = _MARGIN
        self.page = 1
        self.cited: dict[str, int] = {}

    @property
    def width(self) -> float:
        return _PAGE_W - 2 * _MARGIN

    def cite(self, source_ids: Sequence[str]) -> str:
        numbers = []
        for sid in source_ids:
            numbers.append(self.cited.setdefault(sid, len(self.cited) + 1))
        return f" [{', '.join(map(str, sorted(set(numbers))))}]" if numbers else ""

    def new_page(self) -> None:
        self._page_number()
        self.writer.newPage()
        self.page += 1
        self.y = _MARGIN

    def _page_number(self) -> None:
        self.p.setFont(_font(9))
        self.p.setPen(_MUTED)
        self.p.drawText(
            QRectF(_MARGIN, _PAGE_H - _MARGIN + 16, self.width, 16),
            int(Qt.AlignmentFlag.AlignRight),
            f"{self.title} \u00b7 " + translate("Briefing", "page %1").replace("%1", str(self.page)),
        )

    def finish(self) -> None:
        self._page_number()

    def room(self, height: float) -> None:
        if self.y + height > _PAGE_H - _MARGIN:
            self.new_page()

    def text(
        self, text: str, size: float = 11, *, bold: bool = False, color: QColor = _TEXT, gap: float = 4
    ) -> None:
        font = _font(size, bold)
        metrics = QFontMetricsF(font)
        height = metrics.boundingRect(QRectF(0, 0, self.width, 1e6), _WRAP, text).height()
        self.room(height)
        self.p.setFont(font)
        self.p.setPen(color)
        self.p.drawText(QRectF(_MARGIN, self.y, self.width, height + 2), _WRAP, text)
        self.y += height + gap

    def heading(self, text: str) -> None:
        self.room(60)
        self.y += 6
        self.text(text, 17, bold=True, gap=8)

    def chart(self, figure: ChartFigure, height: float = 330) -> None:
        self.room(height)
        self.p.save()
        self.p.translate(_MARGIN, self.y)
        paint_chart(self.p, self.width, height, figure.edited(footer=False), "white")
        self.p.restore()
        self.y += height + 6
        self.text(
            translate("Briefing", "Sources of the chart:")
            + self.cite([s.source_id for s in figure.sources])
            + (" Notes: " + "; ".join(figure.notes) + "." if figure.notes else ""),
            9,
            color=_MUTED,
            gap=10,
        )


def briefing_pdf(store: Store, iso3: str) -> bytes:
    """The briefing pack of one entry as PDF bytes; raises `ExportError` for an unknown entry."""
    repository = ProfileRepository(store)
    if repository.country(iso3) is None:
        known = ", ".join(c.iso3 for c in repository.countries())
        raise ExportError(f"Unknown entry {iso3[:40]!r}; use one of {known}")
    profile = repository.profile(iso3)
    info = store.info()
    country = profile.country
    name = country.display_name
    title = translate("Briefing", "caviewer briefing: %1").replace("%1", name)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
        )
    )
    writer.setTitle(title)
    writer.setAuthor(f"caviewer {__version__}, dataset {info.data_version}")
    writer.setCreator(f"caviewer {__version__}")
    subject = translate(
        "Briefing", "China and %1: trade, agreements, projects, finance and people-to-people ties"
    ).replace("%1", name)
    writer.setDocumentXmpMetadata(_xmp(title, subject, info.as_of))
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError("Could not start the PDF writer")
    try:
        scale = writer.width() / _PAGE_W
        painter.scale(scale, scale)
        pages = _Pages(painter, writer, title)
        _cover(pages, profile, info.as_of, info.data_version, info.events_to)
        _overview(pages, profile)
        _trade(pages, store, profile)
        _breakdown(pages, store, profile)
        _records(pages, profile)
        _map(pages, store, profile)
        _money(pages, store, profile)
        _sources(pages, store, profile)
        pages.finish()
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def write_briefing(store: Store, iso3: str, output: Path, *, force: bool = False) -> Path:
    """Write the pack to `output` atomically (nothing half-written is ever left)."""
    check_target(output, overwrite=force)
    write_bytes_atomically(output, briefing_pdf(store, iso3), overwrite=force)
    return output


def _xmp(title: str, subject: str, as_of: str) -> QByteArray:
    """XMP with the subject (QPdfWriter sets title, author and creator only)."""
    e = {k: html.escape(v, quote=False) for k, v in (("t", title), ("s", subject), ("d", as_of))}
    text = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{e["t"]}</rdf:li></rdf:Alt></dc:title>'
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{e["s"]}</rdf:li></rdf:Alt></dc:description>'
        f"<dc:subject><rdf:Bag><rdf:li>{e['s']}</rdf:li></rdf:Bag></dc:subject>"
        f"<xmp:MetadataDate>{e['d']}</xmp:MetadataDate></rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    )
    return QByteArray(text.encode("utf-8"))


# -- the pages -------------------------------------------------------------------------------------------


def _cover(pages: _Pages, profile: Profile, as_of: str, version: str, events_to: str) -> None:
    c = profile.country
    pages.y = 260
    name = c.display_name
    pages.text(translate("Briefing", "caviewer briefing"), 14, color=_MUTED)
    pages.text(name, 34, bold=True, gap=6)
    others = (c.name_en, c.name_ru, c.name_zh, c.name_local)
    pages.text(" \u00b7 ".join(dict.fromkeys(n for n in others if n and n != name)), 14, color=_MUTED, gap=30)
    pages.text(
        translate(
            "Briefing", "China and %1: trade, agreements, projects, finance and people-to-people ties."
        ).replace("%1", name),
        12,
    )
    covered = events_to or translate("Briefing", "the as-of date")
    pages.text(
        translate("Briefing", "Data as of %1 (dataset version %2); events covered to %3.")
        .replace("%1", as_of)
        .replace("%2", version)
        .replace("%3", covered),
        11,
    )
    pages.text(
        translate(
            "Briefing",
            "Every figure and statement refers by number to its source, listed in full on the last pages.",
        ),
        11,
        gap=30,
    )
    pages.text(
        "Contents: overview; trade; products and partners; agreements and projects; finance and "
        "people-to-people ties; sources.",
        11,
        color=_MUTED,
    )
    pages.new_page()


def _overview(pages: _Pages, profile: Profile) -> None:
    pages.heading(translate("Briefing", "Overview"))
    for card in header_cards(profile):
        pages.text(f"{card.label}: {card.text()} ({card.caption()}){pages.cite(card.source_ids)}", 11)
    pages.y += 8
    pages.heading(translate("Briefing", "Briefing"))
    for statement in briefing(profile):
        pages.text(f"\u2022 {statement.text}{pages.cite(statement.source_ids)}", 11)
    lists = at_a_glance(profile, date.today().isoformat())
    if lists:
        pages.heading(translate("Briefing", "At a glance"))
        for found in lists:
            pages.text(found.title, 11, bold=True, gap=2)
            for line in found.lines:
                pages.text(f"{line.text}{pages.cite(line.source_ids)}", 10, gap=2)
            pages.y += 6
    rows = target_rows(profile)
    if rows:
        pages.heading(translate("Briefing", "Targets and claims beside the statistics"))
        for row in rows:
            t = row.target
            pages.text(
                f"{t.claim} ({t.claimed_by}, {t.date}): {row.target_text()}. "
                f"Measured: {row.measured_text()}. {t.measured_note or ''}{pages.cite(row.source_ids)}",
                10,
            )
    pages.new_page()


def _figure(store: Store, iso3: str, chart: str) -> ChartFigure | None:
    try:
        return build_figure(store, iso3, chart)  # type: ignore[arg-type]
    except (ChartError, ExportError):
        return None


def _trade(pages: _Pages, store: Store, profile: Profile) -> None:
    iso3 = profile.country.iso3
    pages.heading(translate("Briefing", "Trade"))
    figure = _figure(store, iso3, "trade")
    if figure is not None:
        pages.chart(figure)
    ytd = latest_year_to_date(profile.trade, "china")
    if ytd is not None:
        period, value = format_period(ytd.current.period), format_usd(ytd.current.value_usd)
        line = (
            translate("Briefing", "Part year, China-reported: %1 %2")
            .replace("%1", period)
            .replace("%2", value)
        )
        if ytd.previous is not None and ytd.change_pct is not None:
            line += (
                translate("Briefing", ", %1% on %2")
                .replace("%1", local_numeral(f"{ytd.change_pct:+.1f}"))
                .replace("%2", format_period(ytd.previous.period))
            )
        ids = [*ytd.current.source_ids, *(ytd.previous.source_ids if ytd.previous else ())]
        pages.text(line + translate("Briefing", ".") + pages.cite(ids), 11)
    for caveat in profile.caveats:
        note = translate("Briefing", "Note (%1): %2").replace("%1", caveat.span).replace("%2", caveat.text)
        pages.text(note + pages.cite(caveat.source_ids), 10, color=_MUTED)
    gap = _figure(store, iso3, "gap")
    if gap is not None:
        pages.chart(gap, 300)
    pages.new_page()


def _breakdown(pages: _Pages, store: Store, profile: Profile) -> None:
    iso3 = profile.country.iso3
    pages.heading(translate("Briefing", "Products and partners"))
    drawn = 0
    for chart in ("products", "partners"):
        figure = _figure(store, iso3, chart)
        if figure is not None:
            pages.chart(figure, 320)
            drawn += 1
    if not drawn:
        pages.text(
            translate(
                "Briefing",
                "No product lists or partner shares are recorded for this entry (see the dataset's GAPS.md).",
            ),
            11,
        )
    pages.new_page()


def _records(pages: _Pages, profile: Profile) -> None:
    pages.heading(translate("Briefing", "Agreements and summits"))
    agreements = sorted(profile.agreements, key=lambda a: (a.date, a.agreement_id), reverse=True)[:LIST_MOST]
    for a in agreements:
        pages.text(f"{a.date}  {a.title}{pages.cite(a.source_ids)}", 10)
    if not agreements:
        pages.text(translate("Briefing", "No agreements recorded."), 10)
    pages.heading(translate("Briefing", "Projects"))
    for p in profile.projects[:LIST_MOST]:
        pages.text(f"{p.name} ({p.sector.replace('_', ' ')}, {p.status}){pages.cite(p.source_ids)}", 10)
    if not profile.projects:
        pages.text(translate("Briefing", "No projects recorded."), 10)
    pages.new_page()


def _map(pages: _Pages, store: Store, profile: Profile) -> None:
    """The entry's map (the Map pane's first view) with its legend, and the sources of what it draws."""
    from caviewer.geo.map_figure import build_map
    from caviewer.ui.map.map_painter import paint_map

    figure = build_map(store, profile.country.iso3).edited(title="", subtitle="", footer=False)
    pages.heading(translate("Briefing", "Where: borders, corridors and project sites"))
    height = 560.0
    pages.room(height)
    pages.p.save()
    pages.p.translate(_MARGIN, pages.y)
    paint_map(pages.p, pages.width, height, figure, "white")
    pages.p.restore()
    pages.y += height + 6
    pages.text(
        f"{figure.projection_note}. {figure.attribution} "
        + translate("Briefing", "Sources of the map:")
        + pages.cite(figure.feature_sources()),
        9,
        color=_MUTED,
        gap=10,
    )
    pages.new_page()


def _money(pages: _Pages, store: Store, profile: Profile) -> None:
    iso3 = profile.country.iso3
    pages.heading(translate("Briefing", "Finance and debt"))
    for chart in ("debt", "lending"):
        figure = _figure(store, iso3, chart)
        if figure is not None:
            pages.chart(figure, 280)
    pages.heading(translate("Briefing", "People-to-people ties"))
    ties = sorted(profile.ties, key=lambda t: (t.date, t.tie_id), reverse=True)[:LIST_MOST]
    for t in ties:
        pages.text(f"{t.date}  {t.title}{pages.cite(t.source_ids)}", 10)
    if not ties:
        pages.text(translate("Briefing", "No people-to-people ties recorded."), 10)
    pages.new_page()


def _sources(pages: _Pages, store: Store, profile: Profile) -> None:
    pages.heading(translate("Briefing", "Sources"))
    known = {s.source_id: s for s in profile.sources.values()}
    missing = [sid for sid in pages.cited if sid not in known]
    known.update({s.source_id: s for s in store.sources(missing)})
    for sid, number in sorted(pages.cited.items(), key=lambda kv: kv[1]):
        source = known.get(sid)
        pages.text(f"[{number}] {source.citation() if source else sid}", 9)
