"""The profile header: the entry's names, key facts and headline cards, every figure with its sources.

Gets a `Profile` (domain objects only) and shows: name and other-language names; capital, head of state,
population, GDP, relationship level; cards for the latest trade by each reporter, China's share of the
state's trade where known, debt owed to China and Chinese finance committed. What each card and figure
says comes from the Qt-free `caviewer.profile.cards`, the same cards `caviewer profile` prints.
May import PySide6, the domain, the profile presenter, `ui.look` and `ui.citation_popup`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from caviewer.formatting import format_period
from caviewer.i18n import QT_TRANSLATE_NOOP
from caviewer.profile.cards import Card as CardData
from caviewer.profile.cards import header_cards
from caviewer.profile.model import Profile
from caviewer.ui.citation_popup import CitedLabel
from caviewer.ui.fonts import CJK_FAMILY
from caviewer.ui.lines_label import LinesLabel
from caviewer.ui.look import Card, mute, set_type

FACTS = ("capital", "head_of_state", "population", "gdp", "relationship")
FACT_CAPTIONS = {
    "capital": QT_TRANSLATE_NOOP("ProfileHeader", "Capital"),
    "head_of_state": QT_TRANSLATE_NOOP("ProfileHeader", "Head of state"),
    "population": QT_TRANSLATE_NOOP("ProfileHeader", "Population"),
    "gdp": QT_TRANSLATE_NOOP("ProfileHeader", "GDP"),
    "relationship": QT_TRANSLATE_NOOP("ProfileHeader", "Relationship with China"),
}
CARDS = ("trade_china", "trade_partner", "share", "debt", "finance")
CARD_CAPTIONS = {
    "trade_china": QT_TRANSLATE_NOOP("ProfileHeader", "Trade with China, China-reported"),
    "trade_partner": QT_TRANSLATE_NOOP("ProfileHeader", "Trade with China, partner-reported"),
    "share": QT_TRANSLATE_NOOP("ProfileHeader", "China's share of its trade"),
    "debt": QT_TRANSLATE_NOOP("ProfileHeader", "External debt owed to China"),
    "finance": QT_TRANSLATE_NOOP("ProfileHeader", "Chinese finance committed"),
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
        # One line, as high as the bundled CJK font's line (taller than the Latin font's): the Chinese
        # name then never changes the header's height from one entry to the next.
        self._names = LinesLabel(1, extra_fonts=(CJK_FAMILY,))
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
            caption = QLabel(self.tr("%1:").replace("%1", self.tr(FACT_CAPTIONS[key])))
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
        # Captions and notes keep two lines whatever their text, so the header's height (and the plot
        # under it) stays the same from entry to entry.
        caption = LinesLabel(2)
        caption.setText(self.tr(CARD_CAPTIONS[key]))
        caption.setObjectName("cardCaption")
        set_type(caption, 8.5)
        mute(caption)
        value = CitedLabel()
        value.setObjectName(f"card_{key}")
        set_type(value, 13, bold=True)
        note = LinesLabel(2)
        note.setObjectName("cardNote")
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
        title = country.display_name
        self._title.setText(html.escape(title))
        names = (country.name_en, country.name_ru, country.name_zh, country.name_local)
        others = dict.fromkeys(n for n in names if n and n != title)
        codes = " / ".join(c for c in (country.iso3, country.iso2) if c)
        self._names.setText(" \u00b7 ".join([*others, codes]))
        cards = {card.key: card for card in header_cards(profile)}
        self._set_facts(profile, cards)
        for key in CARDS:
            self._set_card(profile, cards[key])

    # -- helpers -----------------------------------------------------------------------------------

    def _set_facts(self, profile: Profile, cards: dict[str, CardData]) -> None:
        country = profile.country
        capital = self._facts["capital"]
        capital_sources = profile.source_list(country.source_ids)
        capital.set_figure(self.tr("Capital"), country.capital or "\u2014", capital_sources)
        head = profile.latest_fact("head_of_state")
        self._facts["head_of_state"].set_figure(
            self.tr("Head of state"),
            head.value if head else "\u2014",
            profile.source_list(head.source_ids) if head else [],
            head.note if head else None,
        )
        level = profile.latest_fact("relationship_level")
        level_text = (
            self.tr("%1 (since %2)").replace("%1", level.value).replace("%2", level.since)
            if level and level.since
            else (level.value if level else "\u2014")
        )
        self._facts["relationship"].set_figure(
            self.tr("Relationship with China"),
            level_text,
            profile.source_list(level.source_ids) if level else [],
            level.note if level else None,
        )
        for key in ("population", "gdp"):
            card = cards[key]
            text = card.text() + (
                f" ({format_period(card.period)})" if card.has_value and card.period else ""
            )
            self._facts[key].set_figure(card.label, text, profile.source_list(card.source_ids), _note(card))

    def _set_card(self, profile: Profile, card: CardData) -> None:
        self._card_captions[card.key].setText(card.label)
        self._cards[card.key].set_figure(
            card.label, card.text(), profile.source_list(card.source_ids), _note(card)
        )
        self._card_notes[card.key].setText(card.caption())


def _note(card: CardData) -> str | None:
    """The popup's note: what the figure is, and whose it is."""
    when = format_period(card.period) if card.period else ""
    whose = (
        QCoreApplication.translate("ProfileHeader", "According to %1, %2.")
        .replace("%1", card.according_to)
        .replace("%2", when)
        if card.according_to and when
        else ""
    )
    return " ".join(p for p in (whose, card.note or "") if p) or None
