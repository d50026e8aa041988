"""Targets and claims beside the statistics: each announced target or headline claim with the measured
figure it is compared with, and the sources of both. Read by the Overview, `caviewer profile` (`targets`)
and the briefing pack. Pure Python, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from caviewer.domain import Figure, Target, TradePoint
from caviewer.formatting import format_period, format_usd
from caviewer.i18n import translate
from caviewer.profile.model import Profile


@dataclass(frozen=True)
class TargetRow:
    """A target or claim and its measured counterpart (None where the dataset has none)."""

    target: Target
    measured_value: float | None
    measured_period: str | None
    source_ids: tuple[str, ...]

    def as_json(self) -> dict[str, object]:
        t = self.target
        return {
            "target_id": t.target_id,
            "claim": t.claim,
            "by": t.claimed_by,
            "date": t.date,
            "kind": t.kind,
            "target_value": t.target_value,
            "target_year": t.target_year,
            "measured_value": self.measured_value,
            "measured_period": self.measured_period,
            "comparison": t.measured_note,
            "source_ids": list(self.source_ids),
        }

    def target_text(self) -> str:
        t = self.target
        if t.target_value is None:
            return "\u2014"
        by = translate("Targets", " by %1").replace("%1", str(t.target_year)) if t.target_year else ""
        return format_usd(t.target_value) + by

    def measured_text(self) -> str:
        if self.measured_value is None:
            return "\u2014"
        return f"{format_usd(self.measured_value)} ({format_period(self.measured_period or '')})"


def target_rows(profile: Profile) -> list[TargetRow]:
    rows = []
    for t in profile.targets:
        measured: Figure | TradePoint | None = profile.measured.get(t.measured_ref or "")
        if isinstance(measured, TradePoint):
            value, period, ids = measured.value_usd, measured.period, measured.source_ids
        elif isinstance(measured, Figure):
            value, period, ids = measured.value, measured.period, measured.source_ids
        else:
            value, period, ids = None, None, ()
        rows.append(TargetRow(t, value, period, tuple(dict.fromkeys((*t.source_ids, *ids)))))
    return rows
