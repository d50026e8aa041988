"""The Map pane's drawing and view: the painter shared with the exports, and the pan/zoom widget."""
