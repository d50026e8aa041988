"""Citations as reference managers read them: the BibTeX and RIS caviewer writes for every source of the
dataset parse back (pybtex, rispy) to the source's own title, publisher, date and URL; no citation carries
the copy a source was read through."""

from __future__ import annotations

import csv
from pathlib import Path

import rispy
from pybtex.database import parse_string

from caviewer.citations import bibtex, plain_text, ris
from caviewer.store import Store

DATA = Path(__file__).resolve().parents[1] / "data"


def _sources_csv() -> dict[str, dict[str, str]]:
    with (DATA / "sources.csv").open(encoding="utf-8", newline="") as handle:
        return {row["source_id"]: row for row in csv.DictReader(handle)}


def test_bibtex_of_every_source_parses_back(store: Store) -> None:
    sources = store.sources()
    parsed = parse_string(bibtex(sources), "bibtex")
    assert len(parsed.entries) == len(sources)
    expected = _sources_csv()
    for source in sources:
        entry = parsed.entries[source.source_id.replace(".", "_")]
        row = expected[source.source_id]
        title = entry.fields["title"].strip("{}")
        assert title.replace("\\", "") == row["title"].replace("\\", "") or row["title"][:20] in title
        if row["url"]:
            assert entry.fields["url"] == row["url"]
        if row["published"][:4].isdigit():
            assert entry.fields["year"] == row["published"][:4]
        if row["retrieved_via"]:
            assert row["retrieved_via"] not in str(entry.fields.values())


def test_ris_of_every_source_parses_back(store: Store) -> None:
    sources = store.sources()
    records = rispy.loads(ris(sources))
    assert len(records) == len(sources)
    expected = _sources_csv()
    for record in records:
        row = expected[record["id"]]
        assert record["title"] == " ".join(row["title"].split())
        assert record.get("publisher", "") == " ".join(row["publisher"].split())
        assert record.get("urls", [""])[0] == row["url"] or not row["url"]
        assert record["type_of_reference"] in {"ELEC", "NEWS", "DATA"}


def test_tex_specials_are_escaped() -> None:
    from caviewer.domain import Source

    odd = Source("x", "50% & more {braces} #1 $", publisher="A_B", url="https://example.org/a_b%20c")
    entry = parse_string(bibtex([odd]), "bibtex").entries["x"]
    assert entry.fields["url"] == "https://example.org/a_b%20c"
    assert (
        r"\%" in entry.fields["title"]
        and r"\&" in entry.fields["title"]
        and r"\_" in entry.fields["publisher"]
    )


def test_plain_text_names_publisher_title_and_address(store: Store) -> None:
    (source,) = store.sources(["cf-wb-pop-datahub"])
    text = plain_text([source])
    assert "World Bank" in text and "Population, total" in text and "data.worldbank.org" in text
    assert "github" not in text.lower() and "datahub" not in text.lower()
