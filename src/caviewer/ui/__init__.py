"""The Qt layer: models adapting domain objects, panes, charts and the main window.

Everything that imports PySide6 or pyqtgraph lives here. PySide6 is imported before pyqtgraph so that
pyqtgraph binds to it (the machine also has PyQt6).
"""
