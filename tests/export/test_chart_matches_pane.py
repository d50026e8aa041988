"""File > Export chart exports the chart in view: the same series, labels, values and styles as the Trade pane.

Both come from `trade_series.chart_series`; these tests hold the window's plot and the exported figure
side by side for a state with a flow toggled, for China, and for a compare of two states.
"""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from tests.conftest import click_entry

from caviewer.ui.export.chart_export import PRESETS, render_image
from caviewer.ui.trade_series import PlotLine

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "does not support grabbing the keyboard"
)


def _drawn(line: PlotLine, years: tuple[int, ...]) -> tuple[str, str, str, bool, list[float]]:
    values = [line.series.value_at(y) for y in years]
    return line.series.key, line.series.label, line.style, line.dashed, values


def _same(window) -> list[PlotLine]:  # type: ignore[no-untyped-def]
    """Assert that the exported figure draws what the pane draws; the pane's lines and bars."""
    figure = window._charts.figure()
    on_screen = [p for p in window.pane("trade").drawn_series() if p.style != "stacked"]
    exported = list(figure.lines)
    assert len(on_screen) == len(exported)
    for pane_line, export_line in zip(on_screen, exported, strict=True):
        a, b = _drawn(pane_line, figure.years), _drawn(export_line, figure.years)
        assert a[:4] == b[:4]
        assert all(x == y or (math.isnan(x) and math.isnan(y)) for x, y in zip(a[4], b[4], strict=True))
        assert pane_line.color == export_line.color
    return on_screen


def test_state_with_exports_as_bars(window) -> None:  # type: ignore[no-untyped-def]
    window.select_country("KAZ")
    pane = window.pane("trade")
    pane.set_trade_view(replace(pane.trade_view(), exports=True))
    shown = _same(window)
    assert [(p.series.key, p.style) for p in shown if p.style == "bars"] == [("china_china_exports", "bars")]
    image = render_image(window._charts.figure(), PRESETS["web"], "white")
    assert isinstance(image, QImage) and not image.isNull()


def test_china_exports_the_regional_total(window) -> None:  # type: ignore[no-untyped-def]
    window.select_country("CHN")
    shown = _same(window)
    assert shown[0].series.label == "Central Asia total, China-reported"


def test_compare_of_two_states(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    click_entry(qtbot, window, "KAZ")
    click_entry(qtbot, window, "UZB", Qt.KeyboardModifier.ControlModifier)
    shown = _same(window)
    assert {p.country_iso3 for p in shown} == {"KAZ", "UZB"}
    figure = window._charts.figure()
    assert "Kazakhstan" in figure.title and "Uzbekistan" in figure.title
    assert figure.file_name("png").startswith("caviewer-UZB-KAZ-trade-")
