"""Chart exports: one function per format (PNG, SVG, PDF, CSV) and the clipboard, each with explicit size.

Every image format paints the same `ChartFigure` through `print_chart.paint_chart` at the exact size asked
for: a PNG is a QImage of exactly width x height pixels (device pixel ratio 1, so a 2x screen neither halves
nor doubles it) with its DPI in the file; an SVG has that size as its viewBox and its physical size from the
DPI; a PDF is one page of that physical size, in vectors. Files are rendered in memory and written through
`exports.write_bytes_atomically` (temporary name, then rename), so nothing half-written is ever left, and an
existing file is replaced only with `overwrite=True`. May import PySide6, exports and the chart modules.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QSize, QSizeF
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPixmap
from PySide6.QtSvg import QSvgGenerator

from caviewer.exports import ExportError, chart_csv, write_bytes_atomically
from caviewer.geo.map_figure import MapFigure
from caviewer.i18n import QT_TRANSLATE_NOOP
from caviewer.ui.export.chart_spec import ChartFigure
from caviewer.ui.export.print_chart import BACKGROUNDS, paint_chart

# A chart or the map: both carry title, subtitle, provenance and legend/footer toggles.
Figure = ChartFigure | MapFigure


def paint_figure(painter: QPainter, width: float, height: float, figure: Figure, background: str) -> None:
    """The painter each kind of figure has: the chart layout, or the map's."""
    if isinstance(figure, MapFigure):
        from caviewer.ui.map.map_painter import paint_map

        paint_map(painter, width, height, figure, background)
    else:
        paint_chart(painter, width, height, figure, background)


FORMATS = ("png", "svg", "pdf", "csv")
MAX_SIDE = 10000
MIN_SIDE = 100
DPI_RANGE = (36, 1200)
_INCH_MM = 25.4
_PNG_QUALITY = 60  # zlib level 3


@dataclass(frozen=True)
class ExportSize:
    """Pixel size and resolution of an export; the physical size is width / dpi inches."""

    width: int
    height: int
    dpi: int = 96

    def check(self) -> ExportSize:
        if not (MIN_SIDE <= self.width <= MAX_SIDE and MIN_SIDE <= self.height <= MAX_SIDE):
            raise ExportError(
                f"Size {self.width}x{self.height} is out of range: each side {MIN_SIDE} to {MAX_SIDE} pixels"
            )
        if not DPI_RANGE[0] <= self.dpi <= DPI_RANGE[1]:
            raise ExportError(f"DPI {self.dpi} is out of range: {DPI_RANGE[0]} to {DPI_RANGE[1]}")
        return self


def a4_landscape(dpi: int) -> ExportSize:
    return ExportSize(round(297 / _INCH_MM * dpi), round(210 / _INCH_MM * dpi), dpi)


PRESETS: dict[str, ExportSize] = {
    "web": ExportSize(1200, 675, 96),
    "slide": ExportSize(1920, 1080, 96),
    "square": ExportSize(1080, 1080, 96),
    "print": a4_landscape(300),
}
PRESET_LABELS = {
    "web": QT_TRANSLATE_NOOP("ExportDialog", "Web (1200 \u00d7 675)"),
    "slide": QT_TRANSLATE_NOOP("ExportDialog", "Slide (1920 \u00d7 1080)"),
    "square": QT_TRANSLATE_NOOP("ExportDialog", "Square (1080 \u00d7 1080)"),
    "print": QT_TRANSLATE_NOOP("ExportDialog", "Print, A4 landscape at 300 dpi"),
    "custom": QT_TRANSLATE_NOOP("ExportDialog", "Custom"),
}


def format_for(path: Path, given: str | None = None) -> str:
    """The format asked for, or the one the file's extension names."""
    fmt = (given or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        shown = path.suffix or "no extension"
        raise ExportError(f"Unknown export format ({given or shown}); use one of {', '.join(FORMATS)}")
    return fmt


def _check_background(background: str) -> None:
    if background not in BACKGROUNDS:
        raise ExportError(f"Unknown background {background!r}; use one of {', '.join(BACKGROUNDS)}")


def render_image(figure: Figure, size: ExportSize, background: str = "white") -> QImage:
    """The chart as a QImage of exactly `size` pixels, DPI set, device pixel ratio 1."""
    size.check()
    _check_background(background)
    image = QImage(size.width, size.height, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise ExportError(f"Not enough memory for a {size.width}x{size.height} image")
    image.setDevicePixelRatio(1.0)
    dots_per_meter = round(size.dpi / _INCH_MM * 1000)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    image.fill(0)
    painter = QPainter(image)
    try:
        paint_figure(painter, size.width, size.height, figure, background)
    finally:
        painter.end()
    return image


def png_bytes(figure: Figure, size: ExportSize, background: str = "white") -> bytes:
    """The PNG file: RGB for an opaque background, RGBA for a transparent one; zlib level 3.

    Encoding, not painting, is most of an export's time (benchmarks/RESULTS.md, Export): three channels
    instead of four and zlib's fast level 3 instead of its default 6 halve it, for files about as small."""
    image = render_image(figure, size, background)
    if background != "transparent":
        image = image.convertToFormat(QImage.Format.Format_RGB32)  # same pixels, DPI kept; no alpha
    for key, text in figure.provenance().items():
        image.setText(key, text)  # PNG tEXt/iTXt chunks, read by image viewers and exiftool
    return encode_png(image, _PNG_QUALITY)


def encode_png(image: QImage | QPixmap, quality: int = -1) -> bytes:
    """`image` as PNG file bytes, in memory, so the file itself can be written atomically."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # the stub says bytes; str works. Qt maps quality q to zlib level (100 - q) * 9 // 91
    if not image.save(buffer, "PNG", quality):  # type: ignore[call-overload]
        raise ExportError("Could not encode the PNG image")
    buffer.close()
    return bytes(data.data())


def svg_bytes(figure: Figure, size: ExportSize, background: str = "white") -> bytes:
    """An SVG with viewBox 0 0 width height, its title and description set, text kept as text."""
    size.check()
    _check_background(background)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(size.width, size.height))
    generator.setViewBox(QRect(0, 0, size.width, size.height))
    generator.setResolution(size.dpi)
    generator.setTitle(figure.title)
    generator.setDescription(f"{figure.subtitle}. {figure.version_line()}")
    painter = QPainter()
    if not painter.begin(generator):
        raise ExportError("Could not start the SVG writer")
    try:
        paint_figure(painter, size.width, size.height, figure, background)
    finally:
        painter.end()
    buffer.close()
    return _with_svg_metadata(bytes(data.data()), figure)


def _with_svg_metadata(svg: bytes, figure: Figure) -> bytes:
    """The SVG with a Dublin Core `<metadata>` block after its `<desc>` (QSvgGenerator writes only title
    and description)."""
    info = {k: html.escape(v, quote=False) for k, v in figure.provenance().items()}
    block = (
        '<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:Description>'
        f"<dc:title>{info['Title']}</dc:title><dc:source>{info['Source']}</dc:source>"
        f"<dc:description>{info['Description']}</dc:description>"
        f"<dc:creator>{info['Software']}</dc:creator><dc:date>{html.escape(figure.as_of)}</dc:date>"
        "</rdf:Description></rdf:RDF></metadata>"
    ).encode()
    marker = b"</desc>"
    at = svg.find(marker)
    return svg if at < 0 else svg[: at + len(marker)] + b"\n" + block + svg[at + len(marker) :]


def pdf_bytes(figure: Figure, size: ExportSize, background: str = "white") -> bytes:
    """A one-page vector PDF whose page is the export's physical size (width / dpi inches)."""
    size.check()
    _check_background(background)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(size.dpi)
    info = figure.provenance()
    writer.setTitle(info["Title"])
    writer.setCreator(info["Software"])
    writer.setAuthor(info["Source"])
    writer.setDocumentXmpMetadata(_xmp(info, figure.as_of))
    page = QPageSize(QSizeF(size.width * 72 / size.dpi, size.height * 72 / size.dpi), QPageSize.Unit.Point)
    writer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError("Could not start the PDF writer")
    try:
        painter.scale(writer.width() / size.width, writer.height() / size.height)
        paint_figure(painter, size.width, size.height, figure, background)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def _xmp(info: dict[str, str], as_of: str) -> QByteArray:
    """XMP for the PDF: Qt's own holds only the title and creator; this adds the description and source."""
    e = {k: html.escape(v, quote=False) for k, v in info.items()}
    text = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{e["Title"]}</rdf:li></rdf:Alt></dc:title>'
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{e["Description"]}</rdf:li></rdf:Alt>'
        f"</dc:description><dc:source>{e['Source']}</dc:source>"
        f"<xmp:CreatorTool>{e['Software']}</xmp:CreatorTool><xmp:MetadataDate>{html.escape(as_of)}"
        f"</xmp:MetadataDate><pdf:Producer>{e['Software']}</pdf:Producer>"
        '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    )
    return QByteArray(text.encode("utf-8"))


def csv_bytes(figure: Figure) -> bytes:
    if isinstance(figure, MapFigure):
        raise ExportError("The map has no CSV; export it as PNG, SVG or PDF (its places: caviewer dump)")
    return chart_csv(figure.values, citations=figure.source_citations()).encode("utf-8")


def export_chart(
    figure: Figure,
    path: Path,
    *,
    fmt: str | None = None,
    size: ExportSize = PRESETS["web"],
    background: str = "white",
    overwrite: bool = False,
) -> Path:
    """Write one chart to `path` in the given format (default: from the extension); returns the path."""
    fmt = format_for(path, fmt)
    if fmt == "csv":
        data = csv_bytes(figure)
    elif fmt == "png":
        data = png_bytes(figure, size, background)
    elif fmt == "svg":
        data = svg_bytes(figure, size, background)
    else:
        data = pdf_bytes(figure, size, background)
    write_bytes_atomically(path, data, overwrite=overwrite)
    return path


# -- clipboard -------------------------------------------------------------------------------------------


def copy_chart_image(figure: Figure, size: ExportSize = PRESETS["web"], background: str = "white") -> QImage:
    """Put the chart on the clipboard as an image of exactly `size` pixels; returns the image."""
    image = render_image(figure, size, background)
    QGuiApplication.clipboard().setImage(image)
    return image


def copy_chart_data(figure: Figure) -> str:
    """Put the chart's data on the clipboard as tab-separated text (pastes into a spreadsheet)."""
    if isinstance(figure, MapFigure):
        raise ExportError("The map has no data table to copy; copy its image instead")
    text = chart_csv(figure.values, delimiter="\t", citations=figure.source_citations())
    QGuiApplication.clipboard().setText(text)
    return text


def copy_citation(figure: Figure) -> str:
    text = figure.citation()
    QGuiApplication.clipboard().setText(text)
    return text
