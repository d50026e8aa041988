"""The Finance and debt pane: debt owed to China, Chinese finance, investment, pledges and other figures.

Shows every figure of the profile except the basic ones of the Overview. Gets a `Profile`; may import
PySide6, the domain, formatting and the shared ui widgets.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QVBoxLayout, QWidget

from caviewer.domain import Figure
from caviewer.formatting import format_period, format_quantity, humanize, period_end_year
from caviewer.profile.cards import according_to
from caviewer.profile.model import BASIC_INDICATORS, Profile
from caviewer.ui.models import Column
from caviewer.ui.record_view import RecordView

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
    return format_quantity(f.value, f.unit) + (" (est.)" if f.estimate else "")


def _note(f: Figure) -> str:
    """The figure's note; an alternative series (rank 2 and up) says so first."""
    alternative = "Alternative figure (another publisher's value is shown first). " if f.rank > 1 else ""
    return alternative + (f.note or "")


class FinancePane(QWidget):
    """Finance, debt and the other figures, each with derivation, note and sources."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile: Profile | None = None
        self._view: RecordView[Figure] = RecordView(
            "finance",
            [
                Column("Indicator", lambda f: humanize(f.indicator)),
                Column("Scope", lambda f: self._name(f.scope_iso3)),
                Column("Period", lambda f: format_period(f.period), sort=lambda f: f.period),
                Column("Value", _value, sort=lambda f: f.value, align_right=True),
                Column("According to", self._according_to),
                Column("Note", _note),
            ],
            key=lambda f: f.figure_id,
            detail=self._detail,
            sources=lambda f: self._profile.source_list(f.source_ids) if self._profile else [],
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self._view)

    def _according_to(self, f: Figure) -> str:
        return (according_to(self._profile, f.source_ids) or "") if self._profile else ""

    def _name(self, iso3: str) -> str:
        return self._profile.state_names.get(iso3, iso3) if self._profile else iso3

    def set_profile(self, profile: Profile) -> None:
        self._profile = profile
        self._view.set_records(finance_figures(profile), profile.total("other figures"))

    def view(self) -> RecordView[Figure]:
        return self._view

    def _detail(self, f: Figure) -> str:
        parts = [
            f"<h3>{html.escape(humanize(f.indicator))}</h3>",
            f"<p><b>{html.escape(_value(f))}</b> \u00b7 {html.escape(format_period(f.period))} \u00b7 "
            f"{html.escape(self._name(f.scope_iso3))}</p>",
            f"<p><b>Derived:</b> {html.escape(f.derivation)}</p>" if f.derivation else "",
            f"<p>{html.escape(f.note)}</p>" if f.note else "",
        ]
        return "".join(parts)
