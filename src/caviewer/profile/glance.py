"""The Overview's "at a glance" lists: top products each way, China among the state's partners, the largest
projects and Chinese loans, the latest agreements, and the latest and next known event.

Each line is a `Statement` (text and the sources of every figure in it), built only from the profile's
records; a list whose data is missing is left out, so China's own entry and the region get the lists their
data supports. The window's Overview, `caviewer profile --format json` (`at_a_glance`) and the briefing pack
read the same lists. Pure Python, no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from caviewer import i18n
from caviewer.formatting import fill, format_period, format_usd, humanize
from caviewer.i18n import translate
from caviewer.profile.breakdown import china_among_partners, fullest_list
from caviewer.profile.briefing import Statement, counterpart_name, own_name
from caviewer.profile.model import Profile

TOP = 3
_LINKED = re.compile(r"\s*\(Linked to [^)]*\)", re.IGNORECASE)
# Project metrics that are sums of money, the larger of which sizes a project.
MONEY_METRICS = ("cost", "investment")


@dataclass(frozen=True)
class GlanceList:
    """A heading and its lines, in reading order."""

    key: str
    title: str
    lines: tuple[Statement, ...]

    def as_json(self) -> dict[str, object]:
        return {"key": self.key, "title": self.title, "lines": [s.as_json() for s in self.lines]}


def at_a_glance(profile: Profile, today: str) -> list[GlanceList]:
    """The lists the entry's data supports; `today` (YYYY-MM-DD) divides past events from upcoming ones."""
    found = [
        _products(profile, "china_imports", translate("Glance", "What China buys")),
        _products(profile, "china_exports", translate("Glance", "What China sells")),
        _partners(profile),
        _projects(profile),
        _lending(profile),
        _agreements(profile),
        _events(profile, today),
    ]
    return [g for g in found if g is not None and g.lines]


def _products(profile: Profile, flow: str, title: str) -> GlanceList | None:
    """The top items of the fullest list of a flow, as the products chart and the briefing choose it;
    where the sources only name the goods, the goods named, in the sources' order, without a value."""
    rows = [p for p in profile.products if p.flow == flow]
    valued = [p for p in rows if p.value_usd]
    listed = fullest_list(valued or rows)
    if not listed:
        return None
    period, reporter = listed[0].period, listed[0].reporter
    if valued:
        chosen = sorted(listed, key=lambda p: -(p.value_usd or 0.0))
    else:
        chosen = sorted(listed, key=lambda p: (p.rank or 99, p.product_row_id))
    whose = (
        translate("Glance", "China's customs")
        if reporter == "china"
        else translate("Glance", "%1's statistics").replace("%1", own_name(profile))
    )
    valued_line = translate("Glance", "%1: %2 (%3, %4)")
    named_line = translate("Glance", "%1 (named for %2; no value given)")
    lines = tuple(
        Statement(
            fill(valued_line, p.product, format_usd(p.value_usd), format_period(period), whose)
            if p.value_usd
            else fill(named_line, p.product, format_period(period)),
            p.source_ids,
        )
        for p in chosen[:TOP]
    )
    return GlanceList(flow, title, lines)


def _partners(profile: Profile) -> GlanceList | None:
    """The state's largest partners in the latest year its own figures give China's share, with shares
    (China included where it is not among the first `TOP`)."""
    found = china_among_partners(profile.partners)
    if found is None:
        return None
    shown = found.ranked[: max(TOP, found.china_place + 1)]
    line = translate("Glance", "%1. %2: %3% of trade (%4)")
    lines = tuple(
        Statement(
            fill(line, i + 1, counterpart_name(p.counterpart), f"{p.share_pct:g}", found.year), p.source_ids
        )
        for i, p in enumerate(shown)
    )
    title = translate("Glance", "China among %1's partners").replace("%1", own_name(profile))
    return GlanceList("partners", title, lines)


def _projects(profile: Profile) -> GlanceList | None:
    """The projects with the largest recorded cost or investment (US dollars, as the source states it)."""
    sized = []
    for project in profile.projects:
        money = [m for m in project.metrics if m.metric in MONEY_METRICS and m.unit == "USD"]
        if money:
            sized.append((max(money, key=lambda m: m.value), project))
    sized.sort(key=lambda pair: -pair[0].value)
    est = translate("Glance", ", est.")
    line = translate("Glance", "%1: %2 (%3%4; %5)")
    lines = tuple(
        Statement(
            fill(
                line,
                project.name,
                format_usd(m.value),
                _word(m.metric),
                est if m.estimate else "",
                _word(project.status),
            ),
            m.source_ids or project.source_ids,
        )
        for m, project in sized[:TOP]
    )
    return GlanceList("projects", translate("Glance", "Largest projects (stated cost or investment)"), lines)


def _lending(profile: Profile) -> GlanceList | None:
    """The largest Chinese official loans and grants (AidData records counted in its totals)."""
    counted = [
        r for r in profile.lending if r.recommended_for_totals and r.amount_usd_constant_2017 is not None
    ]
    counted.sort(key=lambda r: -(r.amount_usd_constant_2017 or 0.0))
    line = translate("Glance", "%1: %2 in constant 2017 dollars (%3)")
    no_year = translate("Glance", "year not given")
    lines = tuple(
        Statement(
            fill(line, _short(r.title), format_usd(r.amount_usd_constant_2017), r.commitment_year or no_year),
            r.source_ids,
        )
        for r in counted[:TOP]
    )
    return GlanceList("lending", translate("Glance", "Largest Chinese official loans and grants"), lines)


def _short(title: str) -> str:
    """An AidData title without its cross-references to other records ("(Linked to Project ID#...)")."""
    return _LINKED.sub("", title).strip()


def _agreements(profile: Profile) -> GlanceList | None:
    newest = sorted(profile.agreements, key=lambda a: a.date, reverse=True)[:TOP]
    lines = tuple(Statement(f"{a.date}: {a.title}", a.source_ids) for a in newest)
    return GlanceList("agreements", translate("Glance", "Latest agreements"), lines)


def _events(profile: Profile, today: str) -> GlanceList | None:
    """The latest past event and the next one dated after `today`, or a line saying none is recorded."""
    if not profile.events:
        return None
    past = [e for e in profile.events if e.date <= today]
    upcoming = sorted((e for e in profile.events if e.date > today), key=lambda e: e.date)
    lines = []
    if past:
        last = max(past, key=lambda e: e.date)
        lines.append(
            Statement(fill(translate("Glance", "Latest: %1, %2"), last.date, last.title), last.source_ids)
        )
    if upcoming:
        nxt = upcoming[0]
        lines.append(
            Statement(fill(translate("Glance", "Next: %1, %2"), nxt.date, nxt.title), nxt.source_ids)
        )
    else:
        lines.append(Statement(translate("Glance", "Next: no later event is recorded in the dataset"), ()))
    return GlanceList("events", translate("Glance", "Events"), tuple(lines))


def _word(identifier: str) -> str:
    """A metric or status as the list shows it: 'cost', 'under construction' (translated where known)."""
    if i18n.language() == "en":
        return identifier.replace("_", " ")
    return humanize(identifier).lower() if i18n.language() == "ru" else humanize(identifier)
