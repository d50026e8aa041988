"""Where the bundled database, schema and resources live, for a wheel and for a source checkout.

A wheel carries the top-level `data/` and `resources/` folders inside the package (see the build hook in
hatch_build.py); an editable install or a plain checkout finds them beside `src/`. Either way they are plain
files next to this module: pip installs packages as files, never as a zip. So this module uses paths, not
`importlib.resources`, whose import cost the window's start-up ~15-20 ms (benchmarks/RESULTS.md), and
the database is a real file that SQLite can open read-only. Standard library only.
"""

from __future__ import annotations

from pathlib import Path

DATABASE_NAME = "caviewer.sqlite"
SCHEMA_NAME = "schema.sql"
_PACKAGE = Path(__file__).resolve().parent


def _checkout_root() -> Path:
    return _PACKAGE.parents[1]


def _bundled(folder: str) -> Path:
    packaged = _PACKAGE / folder
    return packaged if packaged.is_dir() else _checkout_root() / folder


def data_dir() -> Path:
    """The folder holding the built database and its schema."""
    return _bundled("data")


def resources_dir() -> Path:
    """The folder holding the icon and the desktop entry."""
    return _bundled("resources")


def database() -> Path:
    """The bundled SQLite database."""
    return data_dir() / DATABASE_NAME


def source_data_dir() -> Path:
    """The reviewable CSV sources of the dataset: only present in a source checkout."""
    return _checkout_root() / "data"
