"""Every shortcut of the window is unambiguous, shown in a menu, and the main ones do what they say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_no_shortcut_is_bound_twice(window) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        sequences = [s.toString() for s in action.shortcuts() if not s.isEmpty()]
        assert len(sequences) == len(set(sequences)), (action.text(), sequences)
        for sequence in sequences:
            assert sequence not in seen, (
                f"{sequence} is bound to both {seen[sequence]!r} and {action.text()!r}"
            )
            seen[sequence] = action.text()
    assert {"Ctrl+Q", "Ctrl+F", "Ctrl+1", "Ctrl+7", "F1"} <= set(seen)


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_every_shortcut_action_sits_in_a_menu(window) -> None:  # type: ignore[no-untyped-def]
    in_menus = {a for menu in window.menuBar().findChildren(QMenu) for a in menu.actions()}
    for action in window.findChildren(QAction):
        if action.shortcuts() and action.text():
            assert action in in_menus, action.text()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_ctrl_q_closes_the_window(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert any(QKeySequence("Ctrl+Q") in a.shortcuts() for a in window.findChildren(QAction))
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())
    QApplication.processEvents()
