"""Property tests of the country filter field: any text typed into `countryFilter` never crashes or hangs,
and the list shows exactly the entries whose names or codes contain the text literally (case-insensitive).

One real main window serves every example (building one per example would dominate the run). Text that
looks like SQL is just text: the filter never reaches the database, whose checksum stays the same.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from tests.conftest import BUNDLED_DB, sha256

from caviewer.store import Store

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

FUZZ = settings(
    deadline=None,
    max_examples=150,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Any Unicode (lone surrogates excepted: a QString cannot hold them), control characters, long runs.
any_text = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",))),
    st.text(st.characters(max_codepoint=0x1F), max_size=20),
    st.text(st.characters(blacklist_categories=("Cs",)), min_size=1000, max_size=20_000),
    st.sampled_from(["kaz", "KAZ", " Uzbek ", "中国", "Қазақстан", "%", "_", "*", "?", "[", "\\", "'", '"']),
)
SECONDS_PER_EXAMPLE = 2.0


@pytest.fixture(scope="module")
def window(qapp: QApplication) -> Iterator[object]:
    from caviewer.ui.main_window import MainWindow

    with Store.open() as store:
        win = MainWindow(store)
        win.start()
        win.show()
        qapp.processEvents()
        yield win
        win.close()
        win.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _expected(text: str) -> set[str]:
    needle = text.strip().casefold()
    with Store.open() as store:
        countries = store.countries()
    return {c.iso3 for c in countries if needle in "\n".join(c.names()).casefold()}


def _field(window: object) -> QLineEdit:
    found = window.findChild(QLineEdit, "countryFilter")  # type: ignore[attr-defined]
    assert isinstance(found, QLineEdit)
    return found


def _type(field: QLineEdit, text: str) -> None:
    """Key presses carrying the text, as an input method delivers them (QTest handles only ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                field, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


@FUZZ
@given(text=any_text)
@example(text="'; DROP TABLE countries; --")
@example(text="\x00")
def test_filter_shows_literal_matches_only(qapp: QApplication, window: object, text: str) -> None:
    field = _field(window)
    started = time.perf_counter()
    field.clear()
    if len(text) <= 40:
        _type(field, text)
    else:
        field.setText(text)  # a paste
    qapp.processEvents()
    took = time.perf_counter() - started
    shown = window.country_list().visible_iso3s()  # type: ignore[attr-defined]
    # What the field holds (QLineEdit drops what a line cannot hold, e.g. line breaks) is what is matched.
    assert set(shown) == _expected(field.text()), (text, field.text(), shown)
    assert len(shown) == len(set(shown))
    assert took < SECONDS_PER_EXAMPLE, f"{took:.2f} s for {len(text)} characters"


def test_sql_in_the_filter_is_only_text(qapp: QApplication, window: object) -> None:
    before = sha256(BUNDLED_DB)
    field = _field(window)
    for text in ("'; DROP TABLE countries; --", '" OR 1=1 --', "%", "_", "KAZ' --"):
        field.setText(text)
        qapp.processEvents()
        assert window.country_list().visible_iso3s() == [], text  # type: ignore[attr-defined]
    field.setText("")
    qapp.processEvents()
    with Store.open() as store:
        assert len(store.countries()) == 7
    assert sha256(BUNDLED_DB) == before
