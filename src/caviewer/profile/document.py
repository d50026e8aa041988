"""What `caviewer profile ISO3` prints: the entry's cards, caveats and record ids, as JSON or as text.

Built from the same `Profile` and `header_cards` the window shows, so the two cannot disagree. No Qt.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from caviewer.domain import DatasetInfo
from caviewer.profile.briefing import briefing
from caviewer.profile.cards import header_cards
from caviewer.profile.glance import at_a_glance
from caviewer.profile.model import Profile
from caviewer.profile.targets import target_rows
from caviewer.profile.trade import latest_year_to_date


def profile_document(profile: Profile, info: DatasetInfo, today: str | None = None) -> dict[str, Any]:
    """The entry as one JSON-ready object; the id lists are what its panes list. `today` (default: the
    date now) divides the latest event from the next one in `at_a_glance`."""
    country = profile.country
    return {
        "entry": country.iso3,
        "name": country.name_en,
        "names": {"ru": country.name_ru, "zh": country.name_zh, "local": country.name_local},
        "as_of": info.as_of,
        "events_covered_to": info.events_to or None,
        "data_version": info.data_version,
        "cards": [card.as_json() for card in header_cards(profile)],
        "trade_caveats": [
            {
                "caveat_id": c.caveat_id,
                "reporter": c.reporter,
                "flow": c.flow,
                "years": c.span,
                "reason": c.reason,
                "summary": c.summary,
                "text": c.text,
                "source_ids": list(c.source_ids),
            }
            for c in profile.caveats
        ],
        "year_to_date": _year_to_date(profile),
        "brief": [s.as_json() for s in briefing(profile)],
        "targets": [row.as_json() for row in target_rows(profile)],
        "at_a_glance": [g.as_json() for g in at_a_glance(profile, today or date.today().isoformat())],
        "agreements": [a.agreement_id for a in profile.agreements],
        "projects": [p.project_id for p in profile.projects],
        "events": [e.event_id for e in profile.events],
        "sources": {
            s.source_id: s.citation() for s in sorted(profile.sources.values(), key=lambda s: s.source_id)
        },
    }


def _year_to_date(profile: Profile) -> list[dict[str, Any]]:
    """The latest part-year total of each reporter, beside the same months of the year before."""
    out = []
    for reporter in ("china", "partner"):
        ytd = latest_year_to_date(profile.trade, reporter)
        if ytd is None:
            continue
        prev = ytd.previous
        out.append(
            {
                "reporter": reporter,
                "period": ytd.current.period,
                "value_usd": ytd.current.value_usd,
                "estimate": ytd.current.estimate,
                "source_ids": list(ytd.current.source_ids),
                "previous_period": prev.period if prev else None,
                "previous_value_usd": prev.value_usd if prev else None,
                "change_pct": None if ytd.change_pct is None else round(ytd.change_pct, 1),
            }
        )
    return out


def profile_json(profile: Profile, info: DatasetInfo) -> str:
    return json.dumps(profile_document(profile, info), ensure_ascii=False, indent=2) + "\n"


def profile_text(profile: Profile, info: DatasetInfo) -> str:
    """A plain-text profile for the terminal: the cards with period and source, then counts and caveats."""
    country = profile.country
    lines = [
        f"{country.name_en} ({country.iso3}) \u00b7 {country.name_ru} \u00b7 {country.name_zh}",
        f"caviewer dataset {info.data_version}, as of {info.as_of}",
        "",
    ]
    for card in header_cards(profile):
        ids = f"  [{'; '.join(card.source_ids)}]" if card.source_ids else ""
        lines.append(f"{card.label}: {card.text()} ({card.caption()}){ids}")
    lines += [
        "",
        f"Agreements: {len(profile.agreements)}  Projects: {len(profile.projects)}  "
        f"Events: {len(profile.events)}  Sources: {len(profile.sources)}",
    ]
    statements = briefing(profile)
    if statements:
        lines += ["", "Briefing:"]
        lines += [f"- {s.text} [{'; '.join(s.source_ids)}]" for s in statements]
    for found in at_a_glance(profile, date.today().isoformat()):
        lines += ["", f"{found.title}:"]
        for s in found.lines:
            lines.append(f"- {s.text}" + (f" [{'; '.join(s.source_ids)}]" if s.source_ids else ""))
    if profile.caveats:
        lines += ["", "Notes on the trade series:"]
        lines += [f"- {c.span}: {c.summary}. {c.text} [{'; '.join(c.source_ids)}]" for c in profile.caveats]
    return "\n".join(lines) + "\n"
