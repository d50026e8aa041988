"""The interface translations: complete, in step with the code (a new string without a translation fails
here), compiled, and used by the window, the exports and the briefing in each language; the language is
remembered, and an unknown one is refused in one line."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import run_cli

from caviewer import i18n

REPO = Path(__file__).resolve().parents[1]
I18N = REPO / "resources" / "i18n"
LANGUAGES = ("ru", "zh_CN")
_PLACEHOLDER = re.compile(r"%(?:\d|n)")


def _messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(I18N / f"caviewer_{language}.ts").getroot()
    return [(ctx.findtext("name") or "", m) for ctx in root.iter("context") for m in ctx.iter("message")]


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [f.text or "" for f in translation.iter("numerusform")]
    return forms if message.get("numerus") == "yes" else [translation.text or ""]


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_every_string_is_translated_with_its_placeholders(language: str) -> None:
    messages = _messages(language)
    assert messages, f"caviewer_{language}.ts is empty"
    for context, message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (
            f"{context}: {source!r} unfinished"
        )
        for text in _texts(message):
            assert text.strip(), f"{context}: {source!r} has an empty translation"
            assert sorted(set(_PLACEHOLDER.findall(text))) == sorted(set(_PLACEHOLDER.findall(source))), (
                f"{context}: {source!r} -> {text!r} changes the placeholders"
            )
            if "&" in source.replace("&nbsp;", "").replace("&amp;", ""):
                assert text.replace("&nbsp;", "").count("&") == 1, (
                    f"{context}: {text!r} needs one accelerator"
                )


def test_russian_plural_forms_are_three() -> None:
    for context, message in _messages("ru"):
        if message.get("numerus") == "yes":
            assert len(_texts(message)) == 3, f"{context}: {message.findtext('source')!r}"


def test_translations_are_in_step_with_the_code() -> None:
    """lupdate over the code gives exactly the committed .ts files: a string added (or changed) without
    its translations makes this fail until scripts/make_translations.py is run and the entries filled."""
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "make_translations.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_compiled_translations_are_current(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import make_translations
    finally:
        sys.path.pop(0)
    fresh = make_translations.release(I18N, tmp_path)
    for qm in fresh:
        assert (I18N / qm.name).read_bytes() == qm.read_bytes(), f"{qm.name} is stale: run the script"


@pytest.fixture
def language(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Leaves the process in English, as the other tests expect it."""
    yield
    from caviewer.ui.translations import apply_language

    apply_language("en")


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
@pytest.mark.parametrize("case", [("ru", "Файл", "млрд"), ("zh_CN", "文件", "亿美元")])
def test_window_in_each_language(qtbot, store, language, case: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    code, file_menu, axis = case
    from caviewer.ui.main_window import MainWindow
    from caviewer.ui.translations import apply_language

    assert apply_language(code) == code
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.select_country("CA5")
    for pane in ("trade", "map"):  # the widest panes: the country list keeps its width beside them
        window.show_pane(pane)
        qtbot.waitUntil(lambda: window.country_list().width() >= 280, timeout=2000)
    window.select_country("KAZ")
    titles = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert any(file_menu in t for t in titles), titles
    plot = window.build_plot()
    assert any(axis in label for label in plot.axis_labels()), plot.axis_labels()  # type: ignore[attr-defined]
    country = next(c for c in store.countries() if c.iso3 == "KAZ")
    from PySide6.QtWidgets import QLabel

    title = window.header().findChild(QLabel, "profileTitle").text()  # type: ignore[union-attr]
    assert title == i18n.localized_name(country.name_en, country.name_ru, country.name_zh)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_language_is_remembered(qtbot, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from caviewer.ui.main_window import MainWindow
    from caviewer.ui.settings import Settings

    settings = Settings(tmp_path / "caviewer.ini")
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    message = window.choose_language("ru")
    assert "Русский" in message
    assert Settings(tmp_path / "caviewer.ini").language() == "ru"
    window.choose_language("")
    assert Settings(tmp_path / "caviewer.ini").language() == ""


@pytest.mark.parametrize(("code", "expected"), [("ru", "Казахстан"), ("zh_CN", "哈萨克斯坦")])
def test_export_and_briefing_in_each_language(tmp_path: Path, code: str, expected: str) -> None:
    """The exported chart's title and the briefing's cover are in the language, with the data's names."""
    svg = tmp_path / "kaz.svg"
    result = run_cli("--lang", code, "export", "--country", "KAZ", "--chart", "trade", "--output", str(svg))
    assert result.returncode == 0, result.stderr
    text = svg.read_text(encoding="utf-8")
    assert expected in text and "China\u2013Kazakhstan trade" not in text
    pdf = tmp_path / "kaz.pdf"
    result = run_cli("--lang", code, "brief", "KAZ", "--output", str(pdf))
    assert result.returncode == 0, result.stderr
    from pypdf import PdfReader

    cover = " ".join(PdfReader(str(pdf)).pages[0].extract_text().split())
    assert expected in cover and "caviewer briefing" not in cover


def test_unknown_language_is_one_line_and_exit_2() -> None:
    result = run_cli("--lang", "xx", "--version")
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "--lang" in result.stderr
    assert "Traceback" not in result.stderr


def test_language_codes_normalize() -> None:
    assert [i18n.normalize(c) for c in ("ru_RU", "ru-RU", "zh", "zh-Hans", "zh_TW", "en_GB", "de", "")] == [
        "ru",
        "ru",
        "zh_CN",
        "zh_CN",
        None,
        "en",
        None,
        None,
    ]
