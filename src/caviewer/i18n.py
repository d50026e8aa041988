"""Interface languages: which exist, which one is in use, and `translate`, the call every user-visible string
of the core goes through (the ui calls Qt's own `QCoreApplication.translate`).

Qt-free, so the presenters, the map model and the formatting can be translated without importing Qt: the ui
installs Qt's translator here at start-up (`install`), and until then `translate` returns the English text.
`pyside6-lupdate` finds `translate("Context", "text")` calls in these modules as it finds them in the ui.
Data values (publishers, record titles) are never passed through it; names of states and places come from
the data's own Russian and Chinese columns (`localized_name`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

LANGUAGES: tuple[str, ...] = ("en", "ru", "zh_CN")
# Each language named in itself, as a language menu shows it.
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "zh_CN": "简体中文"}

Translator = Callable[[str, str, str | None, int], str]
_installed: dict[str, object] = {"language": "en", "translate": None}


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the interface language; `%n` is replaced by `n` (and Qt picks the plural form)."""
    fn = _installed["translate"]
    if callable(fn):
        return str(fn(context, text, disambiguation, n))
    return text.replace("%n", str(n)) if n >= 0 else text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate looks for)
    """Marks `text` for translation in `context` without translating it (a constant translated at use)."""
    del context
    return text


def install(translator: Translator | None, language: str) -> None:
    """Route `translate` through `translator` (Qt's) and record the language in use."""
    _installed["translate"] = translator
    _installed["language"] = language if language in LANGUAGES else "en"


def language() -> str:
    """The interface language in use: "en", "ru" or "zh_CN"."""
    return str(_installed["language"])


def normalize(code: str | None) -> str | None:
    """A language code as given (ru, ru_RU, ru-RU, zh, zh_CN, zh-Hans, en_GB, ...) as one of `LANGUAGES`, or
    None when caviewer has no such interface language."""
    if not code:
        return None
    text = code.strip().replace("-", "_")
    if not re.fullmatch(r"[A-Za-z]{2,3}(_[A-Za-z0-9]{2,8})*", text):
        return None
    lang = text.split("_")[0].lower()
    if lang == "zh":
        rest = text.lower()
        return None if any(tag in rest for tag in ("_tw", "_hk", "_mo", "hant")) else "zh_CN"
    return lang if lang in ("en", "ru") else None


def localized_name(name_en: str, name_ru: str | None, name_zh: str | None, lang: str | None = None) -> str:
    """A state's or place's name in the interface language where the data has it, else in English."""
    lang = lang or language()
    if lang == "ru" and name_ru:
        return name_ru
    if lang == "zh_CN" and name_zh:
        return name_zh
    return name_en
