"""The map's core: projection and what the Map pane, `caviewer export --chart map` and the briefing draw.
Pure Python; never imports Qt."""
