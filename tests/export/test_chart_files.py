"""Every image format decodes at the size asked for, with its title, and looks right at large sizes."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtSvg import QSvgRenderer

from caviewer.exports import ExportError
from caviewer.store import Store
from caviewer.ui.export.chart_export import (
    PRESETS,
    ExportSize,
    copy_chart_data,
    copy_chart_image,
    copy_citation,
    export_chart,
    format_for,
    render_image,
)
from caviewer.ui.export.chart_spec import ChartFigure, available_charts, build_figure

ENTRIES = ("CA5", "KAZ", "KGZ", "TJK", "TKM", "UZB", "CHN")


def pixels(image: QImage) -> np.ndarray:
    """The image as an (h, w, 4) RGBA array."""
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    data = np.frombuffer(bytes(rgba.constBits()), np.uint8).reshape(rgba.height(), rgba.bytesPerLine())
    return data[:, : rgba.width() * 4].reshape(rgba.height(), rgba.width(), 4)


def color_fraction(image: QImage, hex_color: str, tolerance: int = 40) -> float:
    target = np.array([int(hex_color[i : i + 2], 16) for i in (1, 3, 5)])
    rgb = pixels(image)[:, :, :3].astype(int)
    return float((np.abs(rgb - target).sum(axis=2) < tolerance).mean())


@pytest.fixture
def kaz(store: Store) -> ChartFigure:
    return build_figure(store, "KAZ", "trade")


@pytest.mark.parametrize("preset", list(PRESETS))
def test_png_has_the_exact_size_and_is_not_blank(qapp, kaz: ChartFigure, tmp_path: Path, preset: str) -> None:
    size = PRESETS[preset]
    path = export_chart(kaz, tmp_path / kaz.file_name("png"), size=size)
    image = QImage(str(path))
    assert not image.isNull()
    assert (image.width(), image.height()) == (size.width, size.height)
    assert round(image.dotsPerMeterX() * 0.0254) == size.dpi
    rgb = pixels(image)[:, :, :3]
    assert rgb.std() > 10  # not one flat colour
    assert color_fraction(image, "#0072B2") > 0.002  # the China-reported line is drawn
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left


def test_lines_and_text_scale_with_the_output(qapp, kaz: ChartFigure) -> None:
    """At 4000 px, lines are as thick relative to the image as at 1200 px: no hairlines."""
    web = render_image(kaz, ExportSize(1200, 675))
    big = render_image(kaz, ExportSize(4000, 2250, 300))
    small_share, big_share = color_fraction(web, "#0072B2"), color_fraction(big, "#0072B2")
    assert 0.6 < big_share / small_share < 1.6
    dark_text = lambda img: float((pixels(img)[:, :, :3].sum(axis=2) < 150).mean())  # noqa: E731
    # unscaled text would cover about a tenth of the share at 4000 px; antialiasing thins small text a bit
    assert 0.5 < dark_text(big) / dark_text(web) < 2.5


def test_nothing_is_drawn_at_the_edges(qapp, kaz: ChartFigure) -> None:
    """Title, legend, labels and footer sit inside the margins: the outer border is pure background."""
    for size in (ExportSize(1200, 675), ExportSize(1080, 1080), PRESETS["print"], ExportSize(2000, 400)):
        rgb = pixels(render_image(kaz, size))[:, :, :3]
        border = max(4, size.width // 100)
        for edge in (rgb[:border], rgb[-border:], rgb[:, :border], rgb[:, -border:]):
            assert (edge == 255).all(), size


def test_transparent_and_dark_backgrounds(qapp, kaz: ChartFigure) -> None:
    clear = pixels(render_image(kaz, ExportSize(600, 400), "transparent"))
    assert clear[0, 0, 3] == 0 and clear[:, :, 3].max() == 255
    dark = pixels(render_image(kaz, ExportSize(600, 400), "dark"))
    assert dark[0, 0, :3].max() < 60 and dark[0, 0, 3] == 255


def test_svg_is_accepted_and_holds_its_title(qapp, kaz: ChartFigure, tmp_path: Path) -> None:
    path = export_chart(kaz, tmp_path / "chart.svg", size=PRESETS["slide"])
    data = path.read_bytes()
    renderer = QSvgRenderer(QByteArray(data))
    assert renderer.isValid()
    assert renderer.viewBox().size() == QSize(1920, 1080)
    text = data.decode("utf-8")
    assert f"<title>{kaz.title}</title>" in text
    assert 'viewBox="0 0 1920 1080"' in text
    assert re.search(r'<svg width="508(\.0+)?mm" height="285\.75mm"', text)  # 96 dpi: 1920 CSS px
    assert "Kazakhstan" in text and "Sources:" in text  # text stays text
    assert 'fill="#ffffff"' in text  # the white background is painted


def test_svg_axis_labels_name_the_unit_and_notes_carry_the_caveats(
    qapp, store: Store, tmp_path: Path
) -> None:
    """The value axis labels are US dollars in words ("$5 bn"), and the caveats on the drawn years (from
    data/trade_caveats.csv) are printed as notes, by their summary."""
    import csv

    figure = build_figure(store, "KGZ", "trade")
    text = export_chart(figure, tmp_path / "kgz.svg", size=PRESETS["web"]).read_text(encoding="utf-8")
    assert re.search(r">\$\d+ bn<", text) and ">0<" in text
    data = Path(__file__).resolve().parents[2] / "data" / "trade_caveats.csv"
    with data.open(encoding="utf-8", newline="") as handle:
        caveats = [c for c in csv.DictReader(handle) if c["partner_iso3"] == "KGZ" and c["flow"] == ""]
    assert caveats and "Notes:" in text
    for caveat in caveats:
        assert any(caveat["summary"] in note for note in figure.notes)
    assert caveats[0]["summary"].split()[0] in text


def test_files_carry_their_provenance(qapp, store: Store, tmp_path: Path) -> None:
    """PNG text chunks, SVG metadata and PDF document info name the title, the sources by publisher, the
    as-of date and data version from data/meta.csv, and the software; the CSV names each row's sources
    by publisher, title and URL, from data/sources.csv."""
    import csv
    import zlib

    from caviewer import __version__

    data = Path(__file__).resolve().parents[2] / "data"
    with (data / "meta.csv").open(encoding="utf-8") as handle:
        meta = {r["key"]: r["value"] for r in csv.DictReader(handle)}
    with (data / "sources.csv").open(encoding="utf-8") as handle:
        sources = {r["source_id"]: r for r in csv.DictReader(handle)}
    figure = build_figure(store, "KAZ", "trade")
    png = QImage(str(export_chart(figure, tmp_path / "k.png", size=PRESETS["web"])))
    assert png.text("Title") == figure.title and png.text("Software") == f"caviewer {__version__}"
    assert meta["as_of"] in png.text("Description") and meta["data_version"] in png.text("Description")
    assert "International Monetary Fund" in png.text("Source")
    svg = export_chart(figure, tmp_path / "k.svg", size=PRESETS["web"]).read_text(encoding="utf-8")
    assert "<dc:title>" in svg and f"<dc:date>{meta['as_of']}</dc:date>" in svg
    assert QSvgRenderer(QByteArray(svg.encode())).isValid()
    pdf = export_chart(figure, tmp_path / "k.pdf", size=PRESETS["web"]).read_bytes()
    assert b"/Title" in pdf and b"/Creator" in pdf and b"/Author" in pdf
    streams = [
        zlib.decompress(m.group(1))
        for m in re.finditer(rb"stream\r?\n(.*?)endstream", pdf, re.S)
        if m.group(1)[:1] == b"x"
    ]
    xmp = b"".join(streams) + pdf
    assert meta["data_version"].encode() in xmp
    text = export_chart(figure, tmp_path / "k.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    for row in rows:
        for sid in row["source_ids"].split(";"):
            src = sources[sid]
            assert src["title"] in row["sources"] and (src["publisher"] or src["author"]) in row["sources"]
            if src["url"]:
                assert src["url"] in row["sources"]


def test_svg_escapes_text(qapp, synthetic_figure: ChartFigure, tmp_path: Path) -> None:
    path = export_chart(synthetic_figure, tmp_path / "chart.svg")
    text = path.read_text(encoding="utf-8")
    assert "Test &lt;chart&gt; &amp;" in text and "<chart>" not in text
    assert QSvgRenderer(str(path)).isValid()


def _pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


@pytest.mark.parametrize("preset", ["web", "print"])
def test_pdf_has_one_vector_page(qapp, kaz: ChartFigure, tmp_path: Path, preset: str) -> None:
    path = export_chart(kaz, tmp_path / "chart.pdf", size=PRESETS[preset])
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert _pdf_pages(data) == 1
    assert b"/Subtype /Image" not in data  # vectors, no embedded bitmap
    if preset == "print":
        box = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)
        assert box and abs(float(box[1]) - 842) < 1.5 and abs(float(box[2]) - 595) < 1.5  # A4 landscape


@pytest.mark.parametrize("iso3", ENTRIES)
def test_every_chart_of_every_entry_renders(qapp, store: Store, iso3: str) -> None:
    for chart in available_charts(store, iso3):
        image = render_image(build_figure(store, iso3, chart), PRESETS["web"])
        assert pixels(image)[:, :, :3].std() > 10


def test_clipboard_image_data_and_citation(qapp, kaz: ChartFigure) -> None:
    clipboard = QGuiApplication.clipboard()
    copy_chart_image(kaz, ExportSize(1500, 900, 144))
    image = clipboard.image()
    assert (image.width(), image.height()) == (1500, 900)
    assert image.devicePixelRatio() == 1.0
    text = copy_chart_data(kaz)
    assert clipboard.text() == text and text.splitlines()[0].split("\t")[0] == "country_iso3"
    assert len(text.splitlines()) == len(kaz.values) + 1
    citation = copy_citation(kaz)
    assert clipboard.text() == citation and "International Monetary Fund" in citation


def test_existing_file_is_kept_without_overwrite(qapp, kaz: ChartFigure, tmp_path: Path) -> None:
    target = tmp_path / "chart.png"
    target.write_bytes(b"old")
    with pytest.raises(ExportError, match="exists"):
        export_chart(kaz, target)
    assert target.read_bytes() == b"old"
    export_chart(kaz, target, overwrite=True)
    assert not QImage(str(target)).isNull()


def test_bad_format_and_size(qapp, kaz: ChartFigure, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="Unknown export format"):
        format_for(tmp_path / "chart.bmp")
    with pytest.raises(ExportError, match="out of range"):
        export_chart(kaz, tmp_path / "chart.png", size=ExportSize(50000, 100))
    with pytest.raises(ExportError, match="DPI"):
        export_chart(kaz, tmp_path / "chart.png", size=ExportSize(1000, 1000, 5))
    assert list(tmp_path.iterdir()) == []
    assert format_for(tmp_path / "x.PNG") == "png" and format_for(tmp_path / "x", "svg") == "svg"
