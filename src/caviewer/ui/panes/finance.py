"""The Finance and debt pane: debt owed to China, Chinese finance, investment, pledges and other figures,
and the lending records (AidData's Chinese official loans and grants) with their totals.

Shows every figure of the profile except the basic ones of the Overview. Gets a `Profile`; may import
PySide6, the domain, formatting, the profile presenter and the shared ui widgets.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from caviewer.domain import Figure, Lending
from caviewer.formatting import fill, format_period, format_quantity, format_usd, humanize, period_end_year
from caviewer.i18n import QT_TRANSLATE_NOOP
from caviewer.profile.cards import according_to
from caviewer.profile.model import BASIC_INDICATORS, Profile
from caviewer.ui.export.breakdown_spec import BreakdownInput
from caviewer.ui.export.chart_spec import ChartError, ChartFigure, breakdown_figure
from caviewer.ui.figure_view import FigureView
from caviewer.ui.models import Column
from caviewer.ui.record_view import RecordView

FINANCE_CHOICES = (
    ("debt", QT_TRANSLATE_NOOP("Finance", "Debt owed to China")),
    ("investment", QT_TRANSLATE_NOOP("Finance", "Chinese direct investment")),
    ("lending", QT_TRANSLATE_NOOP("Finance", "Loans and grants by year (AidData)")),
)
FINANCE_FIRST = ("external_debt", "chinese_development_finance", "credit_line", "investment", "pledge")


def finance_figures(profile: Profile) -> list[Figure]:
    figures = [f for f in profile.figures if f.indicator not in BASIC_INDICATORS]

    def order(f: Figure) -> tuple[int, str, int, int]:
        group = next(
            (i for i, p in enumerate(FINANCE_FIRST) if f.indicator.startswith(p)), len(FINANCE_FIRST)
        )
        return (group, f.indicator, -period_end_year(f.period), f.rank)

    return sorted(figures, key=order)


def _value(f: Figure) -> str:
    return format_quantity(f.value, f.unit) + (
        QCoreApplication.translate("Panes", " (est.)") if f.estimate else ""
    )


def _note(f: Figure) -> str:
    """The figure's note; an alternative series (rank 2 and up) says so first."""
    alternative = (
        QCoreApplication.translate(
            "Finance", "Alternative figure (another publisher's value is shown first). "
        )
        if f.rank > 1
        else ""
    )
    return alternative + (f.note or "")


class FinancePane(QWidget):
    """Finance, debt and the other figures, each with derivation, note and sources."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile: Profile | None = None
        self._view: RecordView[Figure] = RecordView(
            "finance",
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Indicator"), lambda f: humanize(f.indicator)),
                Column(QT_TRANSLATE_NOOP("Columns", "Scope"), lambda f: self._name(f.scope_iso3)),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Period"),
                    lambda f: format_period(f.period),
                    sort=lambda f: f.period,
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Value"), _value, sort=lambda f: f.value, align_right=True
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "According to"), self._according_to),
                Column(QT_TRANSLATE_NOOP("Columns", "Note"), _note),
            ],
            key=lambda f: f.figure_id,
            detail=self._detail,
            sources=lambda f: self._profile.source_list(f.source_ids) if self._profile else [],
        )
        self._lending: RecordView[Lending] = RecordView(
            "lending records",
            [
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Year"),
                    lambda r: str(r.commitment_year or ""),
                    sort=lambda r: r.commitment_year or 0,
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Recipient"), lambda r: self._name(r.recipient_iso3)),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Amount (constant 2017 US$)"),
                    lambda r: format_usd(r.amount_usd_constant_2017),
                    sort=lambda r: r.amount_usd_constant_2017 or 0.0,
                    align_right=True,
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Lender"), lambda r: r.lender or ""),
                Column(QT_TRANSLATE_NOOP("Columns", "Sector"), lambda r: (r.sector or "").capitalize()),
                Column(QT_TRANSLATE_NOOP("Columns", "Flow"), lambda r: r.flow_type or ""),
                Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: r.status or ""),
                Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title),
            ],
            key=lambda r: r.lending_id,
            detail=self._lending_detail,
            sources=lambda r: self._profile.source_list(r.source_ids) if self._profile else [],
        )
        self._lending.setObjectName("lendingView")
        self._totals = QLabel()
        self._totals.setObjectName("lendingTotals")
        self._totals.setWordWrap(True)
        lower = QWidget()
        box = QVBoxLayout(lower)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self._totals)
        box.addWidget(self._lending, 1)
        self._chart_choice = QComboBox()
        self._chart_choice.setObjectName("financeChart")
        self._chart_choice.setAccessibleName(QCoreApplication.translate("Finance", "Finance chart"))
        for key, label in FINANCE_CHOICES:
            self._chart_choice.addItem(QCoreApplication.translate("Finance", label), key)
        self._chart_choice.currentIndexChanged.connect(self._draw_chart)
        self._chart_why = QLabel()
        self._chart_why.setObjectName("financeChartEmpty")
        self._chart_why.setWordWrap(True)
        self._chart = FigureView()
        self._chart.setObjectName("financeFigure")
        charts = QWidget()
        chart_box = QVBoxLayout(charts)
        chart_row = QHBoxLayout()
        caption = QLabel(QCoreApplication.translate("Finance", "&Chart:"))
        caption.setBuddy(self._chart_choice)
        chart_row.addWidget(caption)
        chart_row.addWidget(self._chart_choice)
        chart_row.addStretch(1)
        chart_box.addLayout(chart_row)
        chart_box.addWidget(self._chart_why)
        chart_box.addWidget(self._chart, 1)
        self._tabs = QTabWidget()
        self._tabs.setObjectName("financeTabs")
        self._tabs.addTab(self._view, QCoreApplication.translate("Finance", "&Figures"))
        self._tabs.addTab(charts, QCoreApplication.translate("Finance", "C&harts"))
        self._tabs.addTab(lower, QCoreApplication.translate("Finance", "&Lending records"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._tabs)

    def lending_view(self) -> RecordView[Lending]:
        return self._lending

    def totals_text(self) -> str:
        return self._totals.text()

    def _according_to(self, f: Figure) -> str:
        return (according_to(self._profile, f.source_ids) or "") if self._profile else ""

    def _name(self, iso3: str) -> str:
        return self._profile.state_names.get(iso3, iso3) if self._profile else iso3

    def set_profile(self, profile: Profile) -> None:
        self._profile = profile
        self._view.set_records(finance_figures(profile), profile.total("other figures"))
        self._lending.set_records(list(profile.lending))
        self._totals.setText(lending_totals_text(profile.lending))
        self._draw_chart()

    def show_chart(self, key: str) -> None:
        self._tabs.setCurrentIndex(1)
        self._chart_choice.setCurrentIndex(max(0, self._chart_choice.findData(key)))

    def chart_figure(self) -> ChartFigure | None:
        return self._chart.figure()

    def chart_empty_reason(self) -> str:
        return "" if self._chart_why.isHidden() else self._chart_why.text()

    def _draw_chart(self) -> None:
        profile = self._profile
        if profile is None:
            return
        chart = str(self._chart_choice.currentData())
        data = BreakdownInput(
            profile.country.iso3,
            profile.country.display_name,
            profile.trade,
            profile.caveats,
            (),
            (),
            profile.figures,
            profile.lending,
        )
        try:
            if profile.country.iso3 in ("CA5", "CHN") and chart != "lending":
                raise ChartError(
                    QCoreApplication.translate(
                        "Finance", "Debt and investment are shown per state: choose one of the five"
                    )
                )
            figure = breakdown_figure(data, chart, profile.source_list, "", "")  # type: ignore[arg-type]
        except ChartError as exc:
            self._chart_why.setText(f"{exc}.")
            self._chart_why.setHidden(False)
            self._chart.set_figure(None)
            self._chart.setHidden(True)
            return
        self._chart_why.setHidden(True)
        self._chart.setHidden(False)
        self._chart.set_figure(figure)

    def view(self) -> RecordView[Figure]:
        return self._view

    def _lending_detail(self, r: Lending) -> str:
        amount = QCoreApplication.translate("Finance", "%1 (constant 2017 US$)")
        rows = [
            (QT_TRANSLATE_NOOP("Finance", "Recipient"), self._name(r.recipient_iso3)),
            (
                QT_TRANSLATE_NOOP("Finance", "Committed"),
                str(r.commitment_year or QCoreApplication.translate("Finance", "not stated")),
            ),
            (
                QT_TRANSLATE_NOOP("Finance", "Amount"),
                amount.replace("%1", format_usd(r.amount_usd_constant_2017)),
            ),
            (QT_TRANSLATE_NOOP("Finance", "Lender"), r.lender),
            (QT_TRANSLATE_NOOP("Finance", "Borrower"), r.borrower),
            (QT_TRANSLATE_NOOP("Finance", "Sector"), r.sector),
            (
                QT_TRANSLATE_NOOP("Finance", "Flow"),
                " \u00b7 ".join(x for x in (r.flow_type, r.flow_class) if x),
            ),
            (QT_TRANSLATE_NOOP("Finance", "Status"), r.status),
            (QT_TRANSLATE_NOOP("Finance", "caviewer project"), ", ".join(r.projects)),
            (
                QT_TRANSLATE_NOOP("Finance", "In AidData's totals"),
                QCoreApplication.translate("Finance", "yes") if r.recommended_for_totals else _not_counted(r),
            ),
        ]
        body = "".join(
            f"<p><b>{html.escape(QCoreApplication.translate('Finance', k))}:</b> {html.escape(v)}</p>"
            for k, v in rows
            if v
        )
        record = html.escape(QCoreApplication.translate("Finance", "AidData record"))
        link = (
            f"<p><a href='{html.escape(r.record_url, quote=True)}'>{record}</a></p>" if r.record_url else ""
        )
        return f"<h3>{html.escape(r.title)}</h3>{body}{link}"

    def _detail(self, f: Figure) -> str:
        derived = QCoreApplication.translate("Finance", "Derived:")
        parts = [
            f"<h3>{html.escape(humanize(f.indicator))}</h3>",
            f"<p><b>{html.escape(_value(f))}</b> \u00b7 {html.escape(format_period(f.period))} \u00b7 "
            f"{html.escape(self._name(f.scope_iso3))}</p>",
            f"<p><b>{html.escape(derived)}</b> {html.escape(f.derivation)}</p>" if f.derivation else "",
            f"<p>{html.escape(f.note)}</p>" if f.note else "",
        ]
        return "".join(parts)


def lending_totals_text(records: tuple[Lending, ...] | list[Lending]) -> str:
    """The sum of the records AidData counts in its totals, with its span and price basis, and what it is
    not (a subset: the geocoded release, not every Chinese loan)."""
    if not records:
        return QCoreApplication.translate("Finance", "No lending records for this entry in the dataset.")
    counted = [r for r in records if r.recommended_for_totals and r.amount_usd_constant_2017]
    years = [r.commitment_year for r in counted if r.commitment_year]
    span = (
        f"{min(years)}\u2013{max(years)}"
        if years
        else QCoreApplication.translate("Finance", "years not stated")
    )
    total = sum(r.amount_usd_constant_2017 or 0.0 for r in counted)
    text = QCoreApplication.translate(
        "Finance",
        "%1 records; %2 counted in AidData's totals: %3 committed %4, constant 2017 US$ "
        "(AidData GCDF 2.0, geocoded release: a subset, not a country total).",
    )
    return fill(text, len(records), len(counted), format_usd(total), span)


def _not_counted(record: Lending) -> str:
    """Why AidData's totals leave a record out: Huawei's projects sit in a tab of their own (AidData does not
    treat Huawei as an official lender); the others are umbrellas, pledges or duplicates."""
    if record.flow_class == "CA" or (record.lender or "").startswith("Huawei"):
        return QCoreApplication.translate(
            "Finance", "no (financed by Huawei: AidData keeps it outside official-sector finance)"
        )
    return QCoreApplication.translate("Finance", "no (umbrella, pledge or duplicate)")
