#!/usr/bin/env python3
"""Make resources/fonts/caviewer-cjk.ttf: the Chinese characters caviewer shows, cut from Noto Sans SC.

A machine without CJK fonts showed the data's Chinese names as empty boxes. The app now registers this small
font at start-up and falls back to it for any character the system font lacks. Re-run this script whenever
the data or the interface gains a Chinese character (a test fails until then):

    .venv/bin/python scripts/make_cjk_font.py [PATH/TO/NotoSansSC_400Regular.ttf or the .tgz]

Without a path it fetches the source package from the npm registry with `npm pack`. The source, its
version, checksum and licence (SIL Open Font License 1.1) and the characters kept are recorded in
resources/fonts/caviewer-cjk.json; the licence text is copied beside the font. Under the OFL a modified font
may not keep the original's Reserved Font Names, so the subset is renamed "caviewer CJK". Needs fontTools
(a dev dependency).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "fonts"
PACKAGE, VERSION = "@expo-google-fonts/noto-sans-sc", "0.4.3"
MEMBER = "package/400Regular/NotoSansSC_400Regular.ttf"
LICENCE_MEMBER = "package/LICENSE_FONT"
FAMILY = "caviewer CJK"


def is_cjk(ch: str) -> bool:
    """Han ideographs, CJK punctuation and full-width forms: what a Latin/Cyrillic font lacks."""
    code = ord(ch)
    return (
        0x2E80 <= code <= 0x2FDF  # radicals
        or 0x3000 <= code <= 0x303F  # CJK symbols and punctuation
        or 0x3400 <= code <= 0x4DBF  # extension A
        or 0x4E00 <= code <= 0x9FFF  # unified ideographs
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
        or 0xFF00 <= code <= 0xFFEF  # half- and full-width forms
    )


def wanted_characters(root: Path = ROOT) -> str:
    """Every CJK character in the dataset's CSV files, in caviewer's own source and in the interface
    translations."""
    found: set[str] = set()
    paths = [
        *sorted((root / "data").glob("*.csv")),
        *sorted((root / "src" / "caviewer").rglob("*.py")),
        *sorted((root / "resources" / "i18n").glob("*.ts")),  # the Chinese interface
    ]
    for path in paths:
        found.update(ch for ch in path.read_text(encoding="utf-8") if is_cjk(ch))
    return "".join(sorted(found))


def _source_files(given: Path | None, work: Path) -> tuple[Path, Path | None]:
    if given is not None and given.suffix == ".ttf":
        return given, None
    archive = given
    if archive is None:
        subprocess.run(["npm", "pack", f"{PACKAGE}@{VERSION}"], cwd=work, check=True, capture_output=True)
        archive = next(work.glob("*.tgz"))
    with tarfile.open(archive) as tar:
        tar.extract(MEMBER, work, filter="data")
        tar.extract(LICENCE_MEMBER, work, filter="data")
    return work / MEMBER, work / LICENCE_MEMBER


def main(argv: list[str] | None = None) -> int:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "source", nargs="?", type=Path, help="the source .ttf or the npm .tgz (default: npm pack)"
    )
    args = parser.parse_args(argv)
    chars = wanted_characters()
    with tempfile.TemporaryDirectory() as tmp:
        ttf, licence = _source_files(args.source, Path(tmp))
        digest = hashlib.sha256(ttf.read_bytes()).hexdigest()
        font = TTFont(ttf, recalcTimestamp=False)  # the same input gives the same bytes
        options = subset.Options()
        options.hinting = False
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=chars)
        subsetter.subset(font)
        names = font["name"]
        for record in names.names:
            if record.nameID in (1, 16):
                record.string = FAMILY
            elif record.nameID in (4, 18):
                record.string = f"{FAMILY} Regular"
            elif record.nameID == 6:
                record.string = "caviewerCJK-Regular"
            elif record.nameID == 3:
                record.string = f"{FAMILY} subset of Noto Sans SC 400 Regular ({VERSION})"
        OUT.mkdir(parents=True, exist_ok=True)
        font.save(OUT / "caviewer-cjk.ttf")
        if licence is not None:
            (OUT / "OFL.txt").write_text(licence.read_text(encoding="utf-8"), encoding="utf-8")
    record = {
        "family": FAMILY,
        "source": "Noto Sans SC, weight 400 (Google Fonts), as packaged on the npm registry",
        "package": f"{PACKAGE}@{VERSION}",
        "file": MEMBER.removeprefix("package/"),
        "source_sha256": digest,
        "licence": "SIL Open Font License 1.1 (OFL.txt); renamed as the licence asks of modified fonts",
        "made_by": "scripts/make_cjk_font.py (fontTools subset, no hinting)",
        "characters": chars,
    }
    (OUT / "caviewer-cjk.json").write_text(
        json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    size = (OUT / "caviewer-cjk.ttf").stat().st_size
    print(f"wrote {OUT / 'caviewer-cjk.ttf'}: {len(chars)} characters, {size:,} bytes")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
