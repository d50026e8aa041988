"""The profile presenter: what one list entry shows, built from store queries, with no Qt.

`repository` loads and caches a `Profile` per entry; `cards` turns it into the header cards; `document`
into what `caviewer profile` prints. The window, the command line and later the briefing read the same
objects, so a figure reads the same everywhere. May import the store, the domain and formatting.
"""
