"""Build hook: put the top-level data/ and resources/ inside the package of a regular wheel.

The compiled interface translations (resources/i18n/*.qm) must exist first. An editable install gets
nothing extra: caviewer.bundled finds both folders beside src/ in the checkout,
so an editable install always reads the current files rather than a copy made at install time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

BUNDLED = {
    "data/caviewer.sqlite": "caviewer/data/caviewer.sqlite",
    "data/schema.sql": "caviewer/data/schema.sql",
    "resources": "caviewer/resources",
}


class BundleDataHook(BuildHookInterface):  # type: ignore[type-arg]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "standard":
            _check_translations(Path(self.root))
            build_data["force_include"].update(BUNDLED)


def _check_translations(root: Path) -> None:
    """The wheel ships the compiled interface translations (.qm), made from the .ts sources by
    scripts/make_translations.py (scripts/run and scripts/test run it; pyside6-lrelease is not in the
    isolated build environment). A wheel without them, or with stale ones, is refused."""
    folder = root / "resources" / "i18n"
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            raise RuntimeError(
                f"{qm.name} is missing or older than {ts.name}: run scripts/make_translations.py"
            )
