#!/usr/bin/env python3
"""Keep the interface translations in step with the code, with Qt's own tools (they ship with PySide6).

    .venv/bin/python scripts/make_translations.py            # lupdate, then lrelease
    .venv/bin/python scripts/make_translations.py --release  # only compile .ts -> .qm (setup, the wheel)
    .venv/bin/python scripts/make_translations.py --check    # exit 1 if lupdate would change a .ts

`pyside6-lupdate` collects every `tr()`, `QCoreApplication.translate()` and `caviewer.i18n.translate()` call
under src/caviewer into resources/i18n/caviewer_ru.ts and caviewer_zh_CN.ts (translators edit those, in Qt
Linguist or by hand; obsolete entries are dropped), and the strings with a number (%n) into caviewer_en.ts,
which gives English its plural forms; `pyside6-lrelease` compiles them into the .qm files the
app loads. The .qm files are build output (not committed): scripts/run and scripts/test make them, and the
wheel's build hook does. Standard library only.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "caviewer"
OUT = ROOT / "resources" / "i18n"
LANGUAGES = ("en", "ru", "zh_CN")  # English holds only the plural forms (lupdate -pluralonly)


def tool(name: str) -> str:
    """The PySide6 tool beside this interpreter (the venv's), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials (pip install -e .[dev])")
    return found


def python_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def update(ts_dir: Path) -> None:
    for lang in LANGUAGES:
        target = ts_dir / f"caviewer_{lang}.ts"
        plural_only = ["-pluralonly"] if lang == "en" else []
        subprocess.run(
            [tool("pyside6-lupdate"), *python_files(), "-no-obsolete", "-locations", "none", *plural_only,
             "-source-language", "en", "-target-language", lang, "-ts", str(target)],
            cwd=ROOT, check=True, capture_output=True,
        )


def release(ts_dir: Path, qm_dir: Path) -> list[Path]:
    written = []
    for lang in LANGUAGES:
        qm = qm_dir / f"caviewer_{lang}.qm"
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts_dir / f"caviewer_{lang}.ts"), "-qm", str(qm)],
            check=True, capture_output=True,
        )
        written.append(qm)
    return written


def check() -> int:
    """Whether the committed .ts files already hold exactly what lupdate finds in the code."""
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            shutil.copy(OUT / f"caviewer_{lang}.ts", Path(tmp) / f"caviewer_{lang}.ts")
        update(Path(tmp))
        stale = [
            lang for lang in LANGUAGES
            if (Path(tmp) / f"caviewer_{lang}.ts").read_bytes() != (OUT / f"caviewer_{lang}.ts").read_bytes()
        ]
    if stale:
        print(f"out of date: {', '.join(stale)}; run scripts/make_translations.py")  # noqa: T201
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--release", action="store_true", help="only compile the .ts files")
    parser.add_argument("--check", action="store_true", help="exit 1 when lupdate would change a .ts")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    OUT.mkdir(parents=True, exist_ok=True)
    if not args.release:
        update(OUT)
    for qm in release(OUT, OUT):
        print(f"wrote {qm.relative_to(ROOT)}")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
