"""Citations of sources in the forms readers paste or import: plain text, BibTeX and RIS.

Plain text is `Source.citation()`. BibTeX writes `@misc` entries for web pages and news articles,
`@techreport` for datasets and statistical releases with a dataset id, with braces and TeX specials
escaped; RIS writes `ELEC`, `NEWS` or `DATA` records. The "retrieved via" field of a source appears in
neither: it names the copy the project read, not the work. Standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from caviewer.domain import Source

_BIB_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_BIB_SPECIAL_RE = re.compile("|".join(re.escape(c) for c in _BIB_SPECIALS))
_NEWS_WORDS = re.compile(r"news|times|post|agency|gazeta|daily|reuters|xinhua|inform|trend|24\.kg", re.I)


def plain_text(sources: Iterable[Source]) -> str:
    """One full citation per line."""
    return "\n".join(s.citation() for s in sources)


def _bib_escape(text: str) -> str:
    return _BIB_SPECIAL_RE.sub(lambda m: _BIB_SPECIALS[m.group(0)], " ".join(text.split()))


def _bib_key(source: Source) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", source.source_id)


def _year_month(published: str | None) -> tuple[str | None, str | None]:
    if not published or not published[:4].isdigit():
        return None, None
    month = published[5:7] if len(published) >= 7 and published[5:7].isdigit() else None
    return published[:4], month


def bibtex_entry(source: Source) -> str:
    """One BibTeX entry; the key is the source id."""
    kind = "techreport" if source.dataset_id else "misc"
    year, month = _year_month(source.published)
    fields: list[tuple[str, str | None]] = [
        ("author", f"{{{source.author}}}" if source.author else None),
        ("title", f"{{{source.title}}}"),
        ("institution" if kind == "techreport" else "publisher", source.publisher),
        ("number" if kind == "techreport" else "note", source.dataset_id if kind == "techreport" else None),
        ("year", year),
        ("month", month),
        ("date", source.published),
        ("url", source.url),
        ("urldate", source.accessed),
        ("howpublished", source.place),
    ]
    body = []
    for name, value in fields:
        if not value:
            continue
        if name == "url":
            body.append(f"  {name} = {{{value}}}")
        elif value.startswith("{") and value.endswith("}"):
            body.append(f"  {name} = {{{{{_bib_escape(value[1:-1])}}}}}")
        else:
            body.append(f"  {name} = {{{_bib_escape(value)}}}")
    return f"@{kind}{{{_bib_key(source)},\n" + ",\n".join(body) + "\n}\n"


def bibtex(sources: Sequence[Source]) -> str:
    return "\n".join(bibtex_entry(s) for s in sources)


def _ris_type(source: Source) -> str:
    if source.dataset_id:
        return "DATA"
    if source.publisher and _NEWS_WORDS.search(source.publisher):
        return "NEWS"
    return "ELEC"


def ris_record(source: Source) -> str:
    """One RIS record, ending with `ER  -`."""
    year, _ = _year_month(source.published)
    tags: list[tuple[str, str | None]] = [
        ("TY", _ris_type(source)),
        ("ID", source.source_id),
        ("AU", source.author),
        ("TI", source.title),
        ("PB", source.publisher),
        ("PY", year),
        ("DA", source.published.replace("-", "/") if source.published else None),
        ("UR", source.url),
        ("Y2", source.accessed),
        ("M1", source.dataset_id),
        ("SE", source.place),
    ]
    lines = [f"{tag}  - {' '.join(value.split())}" for tag, value in tags if value]
    return "\n".join([*lines, "ER  - "]) + "\n"


def ris(sources: Sequence[Source]) -> str:
    return "\n".join(ris_record(s) for s in sources)
