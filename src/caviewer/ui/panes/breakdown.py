"""The Products and partners pane: what is traded, with whom else the state trades, and how far China's
figures and the state's own differ, with the reasons.

Gets a `Profile` (domain objects only) and draws the same `ChartFigure` the exports write
(`chart_spec.breakdown_figure`), painted by `print_chart.paint_chart`, so the window and a file agree;
under it, the chart's values with their sources one click away. An entry without the data says why. May
import PySide6, the domain, formatting, the chart modules and the shared ui widgets.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from caviewer.exports import ChartValue
from caviewer.formatting import format_usd
from caviewer.i18n import QT_TRANSLATE_NOOP
from caviewer.profile.model import Profile
from caviewer.ui.export.breakdown_spec import BreakdownInput, product_years
from caviewer.ui.export.chart_spec import ChartError, ChartFigure, breakdown_figure
from caviewer.ui.figure_view import FigureView
from caviewer.ui.models import Column
from caviewer.ui.record_view import RecordView

CHOICES = (
    ("products", QT_TRANSLATE_NOOP("BreakdownPane", "What is traded")),
    ("partners", QT_TRANSLATE_NOOP("BreakdownPane", "Trade partners (the state's own figures)")),
    ("gap", QT_TRANSLATE_NOOP("BreakdownPane", "China's figures against the state's (the gap)")),
)


class BreakdownPane(QWidget):
    """Products, partners and the reporter gap of a state, one at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile: Profile | None = None
        self._choice = QComboBox()
        self._choice.setObjectName("breakdownChart")
        self._choice.setAccessibleName(self.tr("Chart"))
        for key, label in CHOICES:
            self._choice.addItem(self.tr(label), key)
        self._choice.currentIndexChanged.connect(self._redraw)
        self._year = QComboBox()
        self._year.setObjectName("breakdownYear")
        self._year.setAccessibleName(self.tr("Year of the product list"))
        self._year.currentIndexChanged.connect(self._redraw)
        self._why = QLabel()
        self._why.setObjectName("breakdownEmpty")
        self._why.setWordWrap(True)
        self._view = FigureView()
        self._view.setObjectName("breakdownFigure")
        self._rows: RecordView[ChartValue] = RecordView(
            "chart values",
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Year"), lambda v: str(v.year), sort=lambda v: v.year),
                Column(QT_TRANSLATE_NOOP("Columns", "What"), lambda v: v.label or v.flow),
                Column(QT_TRANSLATE_NOOP("Columns", "Reporter"), lambda v: v.reporter),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Value"),
                    lambda v: format_usd(v.value_usd),
                    sort=lambda v: v.value_usd,
                    align_right=True,
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Share"),
                    lambda v: "" if v.share_pct is None else f"{v.share_pct:g}%",
                ),
            ],
            key=lambda v: f"{v.country_iso3}-{v.year}-{v.reporter}-{v.flow}-{v.label}",
            detail=self._detail,
            sources=lambda v: self._profile.source_list(v.source_ids) if self._profile else [],
        )
        top = QHBoxLayout()
        caption = QLabel("&Chart:")
        caption.setBuddy(self._choice)
        top.addWidget(caption)
        top.addWidget(self._choice)
        year_caption = QLabel("&Year:")
        year_caption.setBuddy(self._year)
        top.addWidget(year_caption)
        top.addWidget(self._year)
        top.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self._view)
        split.addWidget(self._rows)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._why)
        layout.addWidget(split, 1)

    def set_profile(self, profile: Profile) -> None:
        self._profile = profile
        self._fill_years()
        self._redraw()

    def set_year(self, year: int | None) -> None:
        self._year.setCurrentIndex(max(0, self._year.findData(year)))

    def _fill_years(self) -> None:
        """The product lists' years (plus "fullest list"), kept without redrawing for each item."""
        assert self._profile is not None
        data = self._input(self._profile)
        self._year.blockSignals(True)
        self._year.clear()
        self._year.addItem(self.tr("Fullest list"), None)
        for year in product_years(data):
            self._year.addItem(str(year), year)
        self._year.blockSignals(False)

    @staticmethod
    def _input(profile: Profile) -> BreakdownInput:
        return BreakdownInput(
            profile.country.iso3,
            profile.country.display_name,
            profile.trade,
            profile.caveats,
            profile.products,
            profile.partners,
            profile.figures,
            profile.lending,
        )

    def set_chart(self, key: str) -> None:
        self._choice.setCurrentIndex(max(0, self._choice.findData(key)))

    def figure(self) -> ChartFigure | None:
        return self._view.figure()

    def empty_reason(self) -> str:
        return self._why.text() if not self._why.isHidden() else ""

    def values_view(self) -> RecordView[ChartValue]:
        return self._rows

    def _redraw(self) -> None:
        profile = self._profile
        if profile is None:
            return
        chart = str(self._choice.currentData())
        self._year.setEnabled(chart == "products" and self._year.count() > 2)
        if profile.is_region:
            self._show_empty(
                self.tr(
                    "Products, partners and the reporter gap are shown per state: choose one of the five "
                    "(the region's own trade is on the Trade pane)."
                )
            )
            return
        data = self._input(profile)
        year = self._year.currentData() if chart == "products" else None
        try:
            figure = breakdown_figure(data, chart, profile.source_list, "", "", year=year)  # type: ignore[arg-type]
        except ChartError as exc:
            self._show_empty(f"{exc}.")
            return
        self._why.setHidden(True)
        self._view.setHidden(False)
        self._view.set_figure(figure)
        self._rows.set_records(list(figure.values))

    def _show_empty(self, reason: str) -> None:
        self._why.setText(reason)
        self._why.setHidden(False)
        self._view.set_figure(None)
        self._view.setHidden(True)
        self._rows.set_records([])

    @staticmethod
    def _detail(v: ChartValue) -> str:
        share = f" \u00b7 {v.share_pct:g}%" if v.share_pct is not None else ""
        what = html.escape(v.label or v.flow)
        value = html.escape(format_usd(v.value_usd))
        return f"<h3>{what}, {v.year}</h3><p><b>{value}</b>{share} ({html.escape(v.reporter)}-reported)</p>"
