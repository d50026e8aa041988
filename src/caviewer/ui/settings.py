"""One typed wrapper over QSettings: what caviewer remembers between runs, and nothing else.

Groups: `window` (geometry and splitter as bytes), `profile` (entry and pane), `trade` (plot toggles and
year range), `export` (the export dialog's choices and the Export all folder). Every read passes `type=`
and validates; a corrupt or out-of-range value falls back to its default. A schema version with a
migration step runs before anything is read. Nothing is pickled. May import PySide6.QtCore,
`ui.pane_names` and `ui.trade_series` (for the plain `TradeView` record); never the chart modules, so the
export limits come in as an `ExportLimits`.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from caviewer import i18n
from caviewer.ui.pane_names import PANE_NAMES
from caviewer.ui.trade_series import TradeView

SCHEMA_VERSION = 2
ORGANIZATION = "caviewer"
APPLICATION = "caviewer"
YEAR_MIN, YEAR_MAX = 1990, 2100
PANE_COUNT = len(PANE_NAMES)
_T = TypeVar("_T")


@dataclass(frozen=True)
class ExportChoices:
    """What the export dialog remembers between uses."""

    fmt: str = "png"
    preset: str = "web"
    width: int = 1200
    height: int = 675
    dpi: int = 96
    background: str = "white"
    legend: bool = True
    footer: bool = True
    folder: str = ""


@dataclass(frozen=True)
class ExportLimits:
    """The values a remembered export choice may take (the chart-export module's formats, presets, ...)."""

    formats: Collection[str]
    presets: Collection[str]
    backgrounds: Collection[str]
    side: tuple[int, int]
    dpi: tuple[int, int]


class Settings:
    """Typed access to caviewer's QSettings; `path` gives an explicit INI file (tests, portable use)."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._qs = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
            )
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        self._migrate()

    # -- plumbing ----------------------------------------------------------------------------------

    def _get(self, key: str, default: _T, kind: type[_T]) -> _T:
        """A value of the given type, or the default when it is missing or cannot be read as that type."""
        if not self._qs.contains(key):
            return default
        try:
            value: Any = self._qs.value(key, default, type=kind)
        except (TypeError, ValueError, OverflowError):
            return default
        if kind is int and isinstance(value, int) and not isinstance(value, bool):
            raw = self._qs.value(key)
            # QSettings turns unreadable text into 0; only accept what really was a number.
            if isinstance(raw, str) and raw.strip().lstrip("-").isdigit() is False:
                return default
        return value if isinstance(value, kind) else default

    def _get_bool(self, key: str, default: bool) -> bool:
        # Not `type=bool`: Qt reads any non-empty text, "false" and "maybe" included, as true.
        raw = self._qs.value(key) if self._qs.contains(key) else None
        if raw is None:
            return default
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in ("true", "1"):
            return True
        if text in ("false", "0"):
            return False
        return default

    def _migrate(self) -> None:
        """Bring older settings to this schema; settings from a newer caviewer are reset."""
        version = self._get("meta/schema", 0, int)
        if version == SCHEMA_VERSION:
            return
        if version == 1:
            # Version 1 kept the pane as its English title; version 2 keeps its index.
            pane = self._qs.value("profile/pane")
            if isinstance(pane, str) and pane in PANE_NAMES:
                self._qs.setValue("profile/pane", PANE_NAMES.index(pane))
        elif version != 0:
            self._qs.clear()
        self._qs.setValue("meta/schema", SCHEMA_VERSION)

    def sync(self) -> None:
        self._qs.sync()

    def file_name(self) -> str:
        return self._qs.fileName()

    # -- window ------------------------------------------------------------------------------------

    def geometry(self) -> bytes:
        return bytes(self._get("window/geometry", QByteArray(), QByteArray).data())

    def set_geometry(self, data: bytes) -> None:
        self._qs.setValue("window/geometry", QByteArray(data))

    def splitter(self) -> bytes:
        return bytes(self._get("window/splitter", QByteArray(), QByteArray).data())

    def set_splitter(self, data: bytes) -> None:
        self._qs.setValue("window/splitter", QByteArray(data))

    # -- profile -----------------------------------------------------------------------------------

    def country(self, known: set[str], default: str) -> str:
        value = self._get("profile/country", default, str)
        return value if value in known else default

    def set_country(self, iso3: str) -> None:
        self._qs.setValue("profile/country", iso3)

    def pane(self) -> int:
        value = self._get("profile/pane", 0, int)
        return value if 0 <= value < PANE_COUNT else 0

    def set_pane(self, index: int) -> None:
        self._qs.setValue("profile/pane", int(index))

    # -- interface language ------------------------------------------------------------------------

    def language(self) -> str:
        """The language chosen in View > Language ("en", "ru", "zh_CN"), or "" to follow the system."""
        value = self._get("interface/language", "", str)
        return value if value in i18n.LANGUAGES else ""

    def set_language(self, language: str) -> None:
        self._qs.setValue("interface/language", language if language in i18n.LANGUAGES else "")

    # -- trade -------------------------------------------------------------------------------------

    def trade_view(self) -> TradeView:
        year_from = self._year("trade/year_from")
        year_to = self._year("trade/year_to")
        if year_from is not None and year_to is not None and year_from > year_to:
            year_from = year_to = None
        return TradeView(
            exports=self._get_bool("trade/exports", False),
            imports=self._get_bool("trade/imports", False),
            balance=self._get_bool("trade/balance", False),
            log_scale=self._get_bool("trade/log_scale", False),
            show_table=self._get_bool("trade/show_table", False),
            year_from=year_from,
            year_to=year_to,
        )

    def _year(self, key: str) -> int | None:
        value = self._get(key, -1, int)
        return value if YEAR_MIN <= value <= YEAR_MAX else None

    def set_trade_view(self, view: TradeView) -> None:
        for name in ("exports", "imports", "balance", "log_scale", "show_table"):
            self._qs.setValue(f"trade/{name}", bool(getattr(view, name)))
        for name in ("year_from", "year_to"):
            value = getattr(view, name)
            if value is None:
                self._qs.remove(f"trade/{name}")
            else:
                self._qs.setValue(f"trade/{name}", int(value))

    # -- export ------------------------------------------------------------------------------------

    def export_choices(self, limits: ExportLimits) -> ExportChoices:
        d = ExportChoices()
        return ExportChoices(
            fmt=self._choice("export/format", d.fmt, limits.formats),
            preset=self._choice("export/preset", d.preset, limits.presets),
            width=self._within("export/width", d.width, limits.side),
            height=self._within("export/height", d.height, limits.side),
            dpi=self._within("export/dpi", d.dpi, limits.dpi),
            background=self._choice("export/background", d.background, limits.backgrounds),
            legend=self._get_bool("export/legend", d.legend),
            footer=self._get_bool("export/footer", d.footer),
            folder=self._get("export/folder", d.folder, str),
        )

    def _choice(self, key: str, default: str, allowed: Collection[str]) -> str:
        value = self._get(key, default, str)
        return value if value in allowed else default

    def _within(self, key: str, default: int, bounds: tuple[int, int]) -> int:
        value = self._get(key, default, int)
        return value if bounds[0] <= value <= bounds[1] else default

    def set_export_choices(self, choices: ExportChoices) -> None:
        for key, value in (
            ("format", choices.fmt),
            ("preset", choices.preset),
            ("width", choices.width),
            ("height", choices.height),
            ("dpi", choices.dpi),
            ("background", choices.background),
            ("legend", choices.legend),
            ("footer", choices.footer),
            ("folder", choices.folder),
        ):
            self._qs.setValue(f"export/{key}", value)

    def batch_folder(self) -> str:
        """The folder Export all charts last wrote to; the home folder at first."""
        return self._get("export/batch_folder", str(Path.home()), str)

    def set_batch_folder(self, folder: str) -> None:
        self._qs.setValue("export/batch_folder", folder)
