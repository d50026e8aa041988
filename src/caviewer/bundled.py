"""Where the bundled database, schema and resources live, for a wheel and for a source checkout.

A wheel carries the top-level `data/` and `resources/` folders inside the package (see the
force-include table in pyproject.toml); an editable install or a plain checkout finds them beside `src/`.
Standard library only.
"""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

DATABASE_NAME = "caviewer.sqlite"
SCHEMA_NAME = "schema.sql"


def _checkout_root() -> Path:
    return Path(__file__).resolve().parents[2]


def data_dir() -> Traversable:
    """The folder holding the built database and its schema."""
    packaged = resources.files("caviewer") / "data"
    if packaged.is_dir():
        return packaged
    return _checkout_root() / "data"


def resources_dir() -> Traversable:
    """The folder holding the icon and the desktop entry."""
    packaged = resources.files("caviewer") / "resources"
    if packaged.is_dir():
        return packaged
    return _checkout_root() / "resources"


def database() -> Traversable:
    """The bundled SQLite database."""
    return data_dir() / DATABASE_NAME


def source_data_dir() -> Path:
    """The reviewable CSV sources of the dataset: only present in a source checkout."""
    return _checkout_root() / "data"
