"""Loads the interface language: caviewer's own translation and Qt's (standard dialogs, context menus),
sets the default QLocale (number and date formats) and routes `caviewer.i18n.translate` through Qt.

Which language: `--lang`, else the one chosen in View > Language (remembered), else the system locale,
else English. A language whose .qm file is missing (a checkout where scripts/make_translations.py has not
run) falls back to English with one line on stderr. May import PySide6 and `caviewer.i18n`.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from caviewer import bundled, i18n

_LOCALES = {"en": QLocale.Language.English, "ru": QLocale.Language.Russian, "zh_CN": QLocale.Language.Chinese}
_TERRITORIES = {
    "en": QLocale.Country.UnitedStates,
    "ru": QLocale.Country.Russia,
    "zh_CN": QLocale.Country.China,
}
_loaded: list[QTranslator] = []


def system_language() -> str:
    """The system locale's language if caviewer has it, else English."""
    return i18n.normalize(QLocale.system().name()) or "en"


def qm_path(language: str) -> str:
    return str(bundled.resources_dir() / "i18n" / f"caviewer_{language}.qm")


def apply_language(language: str) -> str:
    """Install `language` for the running application (QCoreApplication must exist); returns the language
    actually in use (English when its translation is missing)."""
    app = QCoreApplication.instance()
    for old in _loaded:
        if app is not None:
            app.removeTranslator(old)
    _loaded.clear()
    if app is not None:
        own = QTranslator(app)
        if not own.load(qm_path(language)):
            print(  # noqa: T201
                f"caviewer: no compiled {language} translation ({qm_path(language)}); "
                "run scripts/make_translations.py. Showing English.",
                file=sys.stderr,
            )
            language = "en"
        else:
            app.installTranslator(own)  # English too: its plural forms ("1 source", "2 sources")
            _loaded.append(own)
        if language != "en":
            qt = QTranslator(app)
            if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qt)
                _loaded.append(qt)
    QLocale.setDefault(QLocale(_LOCALES[language], _TERRITORIES[language]))
    i18n.install(QCoreApplication.translate, language)
    return language
