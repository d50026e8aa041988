"""One golden image of the trade plot, on fixed data (not the growing dataset), with a tolerance.

Set CAVIEWER_UPDATE_GOLDEN=1 to rewrite the golden file after a deliberate change; look at it first.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from caviewer.domain import Source, TradePoint
from caviewer.ui.trade_series import flow_series, years_of

GOLDEN = Path(__file__).parent / "golden" / "trade_plot.png"
SIZE = (640, 360)
MAX_MEAN_DIFF = 6.0  # mean per-channel difference, 0..255: fonts and antialiasing may shift a little


def _points() -> list[TradePoint]:
    china = {2000: 1.5e9, 2001: 1.3e9, 2002: 2.0e9, 2005: 6.8e9, 2006: 8.4e9, 2007: 13.9e9, 2008: 17.6e9}
    partner = {2000: 0.9e9, 2001: 1.0e9, 2003: 2.1e9, 2004: 2.9e9, 2005: 3.6e9, 2006: 5.5e9, 2008: 12.0e9}
    points = [TradePoint("KAZ", str(y), y, "total", "china", v, y == 2006, ("a",)) for y, v in china.items()]
    points += [
        TradePoint("KAZ", str(y), y, "total", "partner", v, y == 2004, ("b",)) for y, v in partner.items()
    ]
    return points


def _render(qtbot) -> QImage:  # type: ignore[no-untyped-def]
    from caviewer.ui import palette
    from caviewer.ui.charts import LineSpec, TradePlot

    plot = TradePlot()
    qtbot.addWidget(plot)
    plot.resize(*SIZE)
    points = _points()
    years = years_of((2000, 2008))
    plot.set_content(
        [
            LineSpec(flow_series(points, "china", "total", years), palette.BLUE),
            LineSpec(
                flow_series(points, "partner", "total", years), palette.VERMILION, dashed=True, symbol="s"
            ),
        ],
        source_labels={"a": Source("a", "A").title, "b": "B"},
    )
    plot.show()
    qtbot.waitExposed(plot)
    return plot.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _mean_diff(a: QImage, b: QImage) -> float:
    total, count = 0, 0
    for y in range(0, a.height(), 2):
        for x in range(0, a.width(), 2):
            pa, pb = a.pixelColor(x, y), b.pixelColor(x, y)
            total += abs(pa.red() - pb.red()) + abs(pa.green() - pb.green()) + abs(pa.blue() - pb.blue())
            count += 3
    return total / count


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_trade_plot_matches_golden(qtbot) -> None:  # type: ignore[no-untyped-def]
    image = _render(qtbot)
    if os.environ.get("CAVIEWER_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        assert image.save(str(GOLDEN)), "cannot write the golden image"
    # A missing golden is a failure, never a new golden: that would pass whatever the plot looks like.
    assert GOLDEN.exists(), f"missing {GOLDEN}; run with CAVIEWER_UPDATE_GOLDEN=1 and look at it first"
    golden = QImage(str(GOLDEN)).convertToFormat(QImage.Format.Format_RGB32)
    assert (golden.width(), golden.height()) == (image.width(), image.height())
    diff = _mean_diff(image, golden)
    assert diff < MAX_MEAN_DIFF, f"trade plot differs from {GOLDEN.name}: mean difference {diff:.2f}"
