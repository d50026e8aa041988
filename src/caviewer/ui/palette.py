"""The one colour palette of caviewer: Okabe-Ito, safe for the common forms of colour blindness.

Every series keeps its colour across panes, plots, tables and exports: China's figures are blue, the
partner's vermilion, exports green, imports orange, the balance purple, and each state has its own hue for
compare mode and the regional shares. Pure Python (hex strings); the Qt layer turns them into QColors.
"""

from __future__ import annotations

BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
GREY = "#999999"

REPORTER_COLORS = {"china": BLUE, "partner": VERMILION}
FLOW_COLORS = {"china_exports": BLUISH_GREEN, "china_imports": ORANGE, "balance": REDDISH_PURPLE}
STATE_COLORS = {
    "KAZ": SKY_BLUE,
    "KGZ": ORANGE,
    "TJK": BLUISH_GREEN,
    "TKM": REDDISH_PURPLE,
    "UZB": VERMILION,
    "CA5": BLUE,
    "CHN": BLUE,
}


def state_color(iso3: str) -> str:
    """The colour of a state in compare mode and in the regional shares."""
    return STATE_COLORS.get(iso3, GREY)
