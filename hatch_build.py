"""Build hook: put the top-level data/ and resources/ inside the package of a regular wheel.

An editable install gets nothing extra: caviewer.bundled finds both folders beside src/ in the checkout,
so an editable install always reads the current files rather than a copy made at install time.
"""

from __future__ import annotations

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
            build_data["force_include"].update(BUNDLED)
