"""The profile header: the entry's names, key facts and headline cards, every figure with its sources.

Gets a `Profile` (domain objects only) and shows: name and other-language names; capital, head of state,
population, GDP, relationship level; cards for the latest trade by each reporter, China's share of the
state's trade where known, debt owed to China and Chinese finance committed.
May import PySide6, the domain, formatting, `ui.profile`, `ui.trade_series`, `ui.look` and
`ui.citation_popup`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from caviewer.domain import Figure, Reporter
from caviewer.formatting import format_period, format_quantity, format_usd
from caviewer.ui.citation_popup import CitedLabel
from caviewer.ui.look import Card, mute, set_type
from caviewer.ui.profile import Profile
from caviewer.ui.trade_series import annual

FACTS = ("capital", "head_of_state", "population", "gdp", "relationship")
FACT_CAPTIONS = {
    "capital": "Capital",
    "head_of_state": "Head of state",
    "population": "Population",
    "gdp": "GDP",
    "relationship": "Relationship with China",
}
CARDS = ("trade_china", "trade_partner", "share", "debt", "finance")
CARD_CAPTIONS = {
    "trade_china": "Trade with China, China-reported",
    "trade_partner": "Trade with China, partner-reported",
    "share": "China's share of its trade",
    "debt": "External debt owed to China",
    "finance": "Chinese development finance committed",
}
SHARE_INDICATOR = "china_share_of_trade"
# Long values (a leader's name and title, a partnership level) that wrap to a second line for some
# entries: two lines are kept for them, so the header's height, and with it the plot below, does not
# change when moving through the list (a relayout and a second repaint of the plot on such switches).
TWO_LINE_FACTS = ("head_of_state", "relationship")


class ProfileHeader(QWidget):
    """Name, facts and headline cards of one entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileHeader")
        self._title = QLabel()
        self._title.setObjectName("profileTitle")
        set_type(self._title, 17, bold=True)
        self._title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._names = QLabel()
        self._names.setObjectName("profileNames")
        mute(self._names)
        # The name lines do not set the header's minimum width (it would change with every entry and relay
        # the window; see ui/boundary.py): they take the width the header has.
        for label in (self._title, self._names):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._names.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._facts: dict[str, CitedLabel] = {}
        self._cards: dict[str, CitedLabel] = {}
        self._card_notes: dict[str, QLabel] = {}
        self._card_captions: dict[str, QLabel] = {}
        facts = QGridLayout()
        facts.setHorizontalSpacing(12)
        facts.setVerticalSpacing(2)
        for i, key in enumerate(FACTS):
            caption = QLabel(FACT_CAPTIONS[key] + ":")
            caption.setObjectName("factCaption")
            mute(caption)
            value = CitedLabel()
            value.setObjectName(f"fact_{key}")
            value.setWordWrap(True)
            caption.setBuddy(value)
            self._facts[key] = value
            facts.addWidget(caption, i % 3, (i // 3) * 2)
            facts.addWidget(value, i % 3, (i // 3) * 2 + 1)
        self._reserve_lines()
        facts.setColumnStretch(1, 1)
        facts.setColumnStretch(3, 2)
        cards = QHBoxLayout()
        cards.setSpacing(8)
        for key in CARDS:
            cards.addWidget(self._card(key), 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        layout.addWidget(self._title)
        layout.addWidget(self._names)
        layout.addLayout(facts)
        layout.addLayout(cards)

    def _card(self, key: str) -> QFrame:
        frame = Card()
        caption = QLabel(CARD_CAPTIONS[key])
        caption.setObjectName("cardCaption")
        caption.setWordWrap(True)
        set_type(caption, 8.5)
        mute(caption)
        value = CitedLabel()
        value.setObjectName(f"card_{key}")
        set_type(value, 13, bold=True)
        note = QLabel()
        note.setObjectName("cardNote")
        note.setWordWrap(True)
        set_type(note, 8)
        mute(note)
        self._cards[key] = value
        self._card_notes[key] = note
        self._card_captions[key] = caption
        box = QVBoxLayout(frame)
        box.setContentsMargins(8, 6, 8, 6)
        box.setSpacing(1)
        box.addWidget(caption)
        box.addWidget(value)
        box.addWidget(note)
        box.addStretch(1)
        return frame

    def _reserve_lines(self) -> None:
        for key in TWO_LINE_FACTS:
            label = self._facts[key]
            label.setMinimumHeight(2 * label.fontMetrics().lineSpacing())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:
            self._reserve_lines()
        super().changeEvent(event)

    # -- public ------------------------------------------------------------------------------------

    def cited_label(self, key: str) -> CitedLabel:
        return self._facts.get(key) or self._cards[key]

    def set_profile(self, profile: Profile) -> None:
        country = profile.country
        self._title.setText(html.escape(country.name_en))
        others = dict.fromkeys(n for n in (country.name_ru, country.name_zh, country.name_local) if n)
        codes = " / ".join(c for c in (country.iso3, country.iso2) if c)
        self._names.setText(" \u00b7 ".join([*others, codes]))
        self._set_facts(profile)
        self._set_trade_card(profile, "trade_china", "china")
        self._set_trade_card(profile, "trade_partner", "partner")
        self._set_figure_card(profile, "share", profile.latest_figure(SHARE_INDICATOR))
        self._set_figure_card(profile, "debt", profile.latest_figure("external_debt_owed_to_china"))
        self._set_figure_card(
            profile, "finance", profile.latest_figure("chinese_development_finance_committed")
        )

    # -- helpers -----------------------------------------------------------------------------------

    def _set_facts(self, profile: Profile) -> None:
        country = profile.country
        capital = self._facts["capital"]
        capital_sources = profile.source_list(country.source_ids)
        capital.set_figure("Capital", country.capital or "\u2014", capital_sources)
        head = profile.latest_fact("head_of_state")
        self._facts["head_of_state"].set_figure(
            "Head of state",
            head.value if head else "\u2014",
            profile.source_list(head.source_ids) if head else [],
            head.note if head else None,
        )
        level = profile.latest_fact("relationship_level")
        level_text = (
            f"{level.value} (since {level.since})"
            if level and level.since
            else (level.value if level else "\u2014")
        )
        self._facts["relationship"].set_figure(
            "Relationship with China",
            level_text,
            profile.source_list(level.source_ids) if level else [],
            level.note if level else None,
        )
        for key, indicator, title in (
            ("population", "population", "Population"),
            ("gdp", "gdp_current_usd", "GDP (current US$)"),
        ):
            figure = profile.latest_figure(indicator)
            text = _figure_text(figure)
            self._facts[key].set_figure(
                title, text, profile.source_list(figure.source_ids) if figure else [], _note(figure)
            )

    def _set_trade_card(self, profile: Profile, key: str, reporter: Reporter) -> None:
        by_year = annual(profile.trade, reporter, "total")
        latest = by_year[max(by_year)] if by_year else None
        title = CARD_CAPTIONS[key]
        if profile.is_region:
            title = title.replace("Trade with China", "China\u2013Central Asia trade")
        self._card_captions[key].setText(title)
        if latest is None:
            self._cards[key].set_figure(title, "\u2014", [])
            self._card_notes[key].setText("not in the dataset")
            return
        text = format_usd(latest.value_usd) + (" (est.)" if latest.estimate else "")
        self._cards[key].set_figure(title, text, profile.source_list(latest.source_ids), latest.derivation)
        self._card_notes[key].setText(str(latest.year))

    def _set_figure_card(self, profile: Profile, key: str, figure: Figure | None) -> None:
        title = CARD_CAPTIONS[key]
        self._cards[key].set_figure(
            title,
            _figure_text(figure, with_period=False),
            profile.source_list(figure.source_ids) if figure else [],
            _note(figure),
        )
        self._card_notes[key].setText(format_period(figure.period) if figure else "not in the dataset")


def _figure_text(figure: Figure | None, with_period: bool = True) -> str:
    if figure is None:
        return "\u2014"
    text = format_quantity(figure.value, figure.unit)
    suffix = f" ({format_period(figure.period)})" if with_period else ""
    return text + suffix + (" (est.)" if figure.estimate else "")


def _note(figure: Figure | None) -> str | None:
    if figure is None:
        return None
    return "; ".join(p for p in (figure.derivation, figure.note) if p) or None
