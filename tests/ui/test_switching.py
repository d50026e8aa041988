"""A switch updates the header and the pane in view; the others catch up when shown. The trade plot keeps
its items across switches and they hold the database's values; the list sorts in its model."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget
from tests.conftest import run_python

from caviewer.domain import STATES
from caviewer.store import Store
from caviewer.ui.main_window import MainWindow
from caviewer.ui.models import KEY_ROLE, CountryFilterProxy, CountryTableModel
from caviewer.ui.trade_series import annual

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


class EventCounter(QObject):
    """Counts the events of one type reaching the objects it is installed on as an event filter."""

    def __init__(self, kind: QEvent.Type) -> None:
        super().__init__()
        self.kind = kind
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == self.kind:
            self.count += 1
        return False


def _keys(pane: QWidget) -> set[str]:
    view = pane.view()  # type: ignore[attr-defined]
    return {view.table().model().index(r, 0).data(KEY_ROLE) for r in range(view.table().model().rowCount())}


def test_a_hidden_pane_is_refreshed_when_shown(window: MainWindow, store: Store) -> None:
    window.show_pane("trade")
    window.select_country("KAZ")
    window.show_pane("agreements")
    agreements = window.findChild(QWidget, "agreementsPane")  # the widget itself, not `pane()`
    assert agreements is not None
    kaz = {a.agreement_id for a in store.agreements("KAZ")} | {e.event_id for e in store.events("KAZ")}
    assert _keys(agreements) == kaz
    window.show_pane("trade")
    window.select_country("UZB")
    assert _keys(agreements) == kaz  # hidden: not updated by the switch
    window.show_pane("agreements")
    uzb = {a.agreement_id for a in store.agreements("UZB")} | {e.event_id for e in store.events("UZB")}
    assert _keys(agreements) == uzb
    assert window.header().findChild(QWidget, "profileTitle").text() == "Uzbekistan"  # type: ignore[union-attr]


def test_plot_items_are_reused_and_hold_the_database_values(window: MainWindow, store: Store) -> None:
    import pyqtgraph as pg

    window.show_pane("trade")
    window.select_country("KAZ")
    plot = window.build_plot()
    widget = plot.findChild(pg.PlotWidget, "tradePlot")
    assert widget is not None
    before = {id(i) for i in widget.getPlotItem().items}
    for iso3 in ("KGZ", "TJK", "CA5", "UZB"):
        window.select_country(iso3)
        assert {id(i) for i in widget.getPlotItem().items} == before, iso3  # the same items, updated
    legend = plot.legend_labels()  # type: ignore[attr-defined]
    points = annual(store.trade(["UZB"]), "china", "total")
    xs, ys = plot.line_data("china_total")  # type: ignore[attr-defined]
    for x, y in zip(xs, ys, strict=True):
        if int(x) in points:
            assert math.isclose(y * 1e9, points[int(x)].value_usd, rel_tol=1e-9)
        else:
            assert math.isnan(y)  # a gap stays a gap (connect='finite'), never zero
    assert plot.symbol_brushes("china_total") == [  # type: ignore[attr-defined]
        not points[int(x)].estimate for x in xs if int(x) in points
    ]
    assert "Uzbekistan" not in " ".join(legend) and "China-reported total" in legend
    assert plot.share_keys() == []  # type: ignore[attr-defined]
    window.select_country("CA5")
    region = window.pane("trade").plot()  # type: ignore[attr-defined]
    assert region is not plot and region.isVisible() and not plot.isVisible()
    assert len(region.share_keys()) == 5
    window.select_country("KGZ")
    assert window.pane("trade").plot() is plot and plot.isVisible()  # type: ignore[attr-defined]


def test_a_switch_between_a_state_and_the_region_resizes_no_plot(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The state's plot and the region's (with the shares under it) are two pages: a switch turns the page
    and neither plot is resized (resizing relaid and redrew the plot twice per such switch)."""
    window.resize(1280, 800)
    window.show_pane("trade")
    window.select_country("KAZ")
    window.build_plot()
    window.select_country("CA5")
    window.select_country("KAZ")
    qtbot.wait(10)

    resizes = EventCounter(QEvent.Type.Resize)
    pane = window.pane("trade")
    plots = [pane._plots[False], pane._plots[True]]  # type: ignore[attr-defined]
    for plot in plots:
        plot.installEventFilter(resizes)
    for iso3 in ("CA5", "UZB", "CHN", "KAZ", "CA5"):
        window.select_country(iso3)
        qtbot.wait(5)
    assert resizes.count == 0


def test_legend_follows_compare_mode_and_back(window: MainWindow) -> None:
    window.show_pane("trade")
    window.select_country("KAZ")
    plot = window.build_plot()
    single = plot.legend_labels()  # type: ignore[attr-defined]
    window._on_compare(["KAZ", "UZB"])
    compared = plot.legend_labels()  # type: ignore[attr-defined]
    assert any(label.startswith("Uzbekistan") for label in compared)
    assert len(plot.line_keys()) == len([k for k in compared if "symbol" not in k])  # type: ignore[attr-defined]
    window._on_compare(["KAZ"])
    assert plot.legend_labels() == single  # type: ignore[attr-defined]


def test_the_list_sorts_in_its_model_and_the_filter_keeps_the_order(store: Store) -> None:
    model = CountryTableModel(store.countries(), store.latest_trade_totals())
    proxy = CountryFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(1)
    assert proxy.sortColumn() == -1  # the proxy itself never sorts (no Python call per comparison)
    latest = store.latest_trade_totals()
    proxy.set_text("stan")
    keys = [proxy.index(r, 0).data(KEY_ROLE) for r in range(proxy.rowCount())]
    assert sorted(keys) == sorted(STATES)
    values = [latest[k].value_usd if k in latest else -1.0 for k in keys]
    assert values == sorted(values)
    proxy.set_text("")
    proxy.sort(0)
    assert [proxy.index(r, 0).data(KEY_ROLE) for r in range(proxy.rowCount())] == [
        c.iso3 for c in sorted(store.countries(), key=lambda c: c.sort_order)
    ]
    proxy.set_text("[.*")  # still literal text
    assert proxy.rowCount() == 0


def test_the_export_modules_are_imported_on_first_use() -> None:
    """The first paint does not wait for the chart-export modules; the first export command imports them."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from caviewer.store import Store\n"
        "from caviewer.ui.main_window import MainWindow\n"
        "w = MainWindow(Store.open()); w.start(); w.show(); app.processEvents()\n"
        "lazy = ('caviewer.ui.export.chart_actions', 'caviewer.ui.export.chart_export', 'caviewer.ui.export.export_dialog',\n"
        "        'caviewer.ui.export.batch_export', 'caviewer.ui.export.chart_spec', 'caviewer.exports')\n"
        "assert not [m for m in lazy if m in sys.modules], [m for m in lazy if m in sys.modules]\n"
        "assert w._charts.figure() is not None and 'caviewer.ui.export.chart_actions' in sys.modules\n"
        "w.close()\n"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr


def test_the_region_fits_the_default_window_without_resizing_it(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The region's two plots fit 1280x800: a switch to it never grows the window (it used to, and every
    such switch laid out and repainted the whole window)."""
    window.resize(1280, 800)
    window.show_pane("trade")
    window.select_country("KAZ")
    window.build_plot()
    qtbot.wait(10)
    for iso3 in ("CA5", "KAZ", "CHN"):
        window.select_country(iso3)
        qtbot.wait(10)
        assert (window.width(), window.height()) == (1280, 800), iso3
        assert window.minimumSizeHint().height() <= 800, iso3


def test_the_grid_is_opaque_and_under_the_legend(window: MainWindow) -> None:
    """Grid lines are drawn with one opaque colour (Qt draws a translucent line ~30x slower), lighter than
    the text, and the legend sits above them."""
    from PySide6.QtGui import QImage, QPainter, QPalette

    window.show_pane("trade")
    window.select_country("KAZ")
    plot = window.build_plot()
    item = plot.findChild(QWidget, "tradePlot").getPlotItem()  # type: ignore[union-attr]
    text = plot.palette().color(QPalette.ColorRole.Text)
    image = QImage(10, 10, QImage.Format.Format_ARGB32_Premultiplied)
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        painter = QPainter(image)
        specs = axis.generateDrawSpecs(painter)
        painter.end()
        tick_pens = [pen for pen, _p1, _p2 in specs[1]]
        assert tick_pens, name
        for pen in tick_pens:
            assert pen.color().alpha() == 255, name
            assert pen.color() != text, name  # a light mix of text over the background, not the text
    # The axes draw the grid: below the view box, which holds the data and the legend.
    view = item.getViewBox()
    assert plot._legend.parentItem() is view  # type: ignore[attr-defined]
    assert all(item.getAxis(n).zValue() < view.zValue() for n in ("left", "bottom"))


def test_only_the_pane_in_view_is_made_before_the_first_paint() -> None:
    """The window starts with the pane in view (and the Trade pane, without its plot); every other pane
    and its module is made when first shown, and then shows the current entry."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication, QWidget\n"
        "app = QApplication([])\n"
        "from caviewer.store import Store\n"
        "from caviewer.ui.main_window import MainWindow\n"
        "store = Store.open()\n"
        "w = MainWindow(store); w.start('UZB'); w.show_pane('overview'); w.show(); app.processEvents()\n"
        "later = ('agreements', 'projects', 'finance', 'people', 'sources')\n"
        "early = [p for p in later if f'caviewer.ui.panes.{p}' in sys.modules]\n"
        "assert not early, early\n"
        "assert not [p for p in later if w.findChild(QWidget, f'{p}Pane') is not None]\n"
        "assert w.findChild(QWidget, 'overviewPane') is not None\n"
        "w.show_pane('agreements'); app.processEvents()\n"
        "pane = w.findChild(QWidget, 'agreementsPane')\n"
        "assert pane is not None and pane.isVisible()\n"
        "expected = len(store.agreements('UZB')) + len(store.events('UZB'))\n"
        "assert len(pane.view().records()) == expected, (len(pane.view().records()), expected)\n"
        "w.close()\n"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr


def test_a_switch_between_states_does_not_relay_the_window(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The header's, caption's and readout's new texts stay inside their layout boundaries: moving between
    the five states asks the main window for no layout (which repainted the whole column under it)."""
    window.resize(1280, 800)
    window.show_pane("trade")
    window.build_plot()
    for iso3 in (*STATES, *STATES):  # every profile loaded and every figure's width seen once
        window.select_country(iso3)
        qtbot.wait(1)

    requests = EventCounter(QEvent.Type.LayoutRequest)
    window.installEventFilter(requests)
    for iso3 in STATES:
        window.select_country(iso3)
        qtbot.wait(1)
    assert requests.count == 0


@pytest.mark.parametrize("width", [1280, 700])
def test_the_header_gets_the_height_its_texts_need(window: MainWindow, qtbot, width: int) -> None:  # type: ignore[no-untyped-def]
    """Inside its boundary the header still takes the height it needs at its width: at the narrowest
    window the long facts wrap and the header grows, and nothing is cut off."""
    window.resize(width, 800)
    for iso3 in ("UZB", "CA5", "KAZ"):
        window.select_country(iso3)
        qtbot.wait(5)
        header = window.header()
        boundary = header.parentWidget()
        assert boundary is not None and boundary.objectName() == "profileHeaderBoundary"
        assert header.geometry() == boundary.rect()
        assert header.height() == header.heightForWidth(header.width()), iso3
        assert header.width() >= header.minimumSizeHint().width(), iso3  # the window cannot be narrower
