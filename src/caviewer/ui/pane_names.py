"""The window's panes, in tab order: the one list that the main window and the settings share.

Settings keep a pane as its index in this list. Imports nothing, Qt included.
"""

from __future__ import annotations

# The breakdown pane (Ctrl+8), then the map (Ctrl+9), came last so that the settings' indexes and
# shortcuts of the others stay.
PANE_NAMES = (
    "overview",
    "trade",
    "agreements",
    "projects",
    "finance",
    "people",
    "sources",
    "breakdown",
    "map",
)
