"""The main window: a country list on the left. (A first cut; the full window grows from here.)"""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QMainWindow

from caviewer.store import Store


class MainWindow(QMainWindow):
    """Lists the entries of the dataset."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.setWindowTitle("caviewer \u2014 China and Central Asia")
        self.resize(1280, 800)
        countries = QListWidget()
        countries.setObjectName("countryList")
        countries.addItems([c.name_en for c in store.countries()])
        self.setCentralWidget(countries)
        info = store.info()
        self.statusBar().showMessage(f"Data {info.data_version}, as of {info.as_of}")
