"""The logical tables of the dataset: which CSV columns each has, how it cites sources, which lists it holds.

One description shared by the build (CSV -> SQLite), the dump (SQLite -> JSON/CSV) and the validator, so
the three cannot drift apart. Standard library only. The physical schema is data/schema.sql.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ListColumn:
    """A CSV column holding a ';'-separated list stored in a link table (e.g. an event's countries)."""

    name: str
    table: str
    value_column: str


@dataclass(frozen=True)
class LogicalTable:
    """One table as reviewers edit it in data/<name>.csv and as `caviewer dump` writes it."""

    name: str
    key: str
    columns: tuple[str, ...]
    sources_table: str | None = None
    lists: tuple[ListColumn, ...] = ()
    year_from: str | None = None  # the column whose leading four digits give the derived `year`
    numeric: frozenset[str] = field(default_factory=frozenset)

    @property
    def csv_columns(self) -> tuple[str, ...]:
        cols = self.columns + tuple(c.name for c in self.lists)
        return (*cols, "source_ids") if self.sources_table else cols


LOGICAL_TABLES: tuple[LogicalTable, ...] = (
    LogicalTable("meta", "key", ("key", "value")),
    LogicalTable("units", "unit", ("unit", "description")),
    LogicalTable(
        "sources",
        "source_id",
        (
            "source_id",
            "publisher",
            "author",
            "title",
            "published",
            "url",
            "retrieved_via",
            "dataset_id",
            "place",
            "accessed",
            "terms",
            "measures",
            "notes",
        ),
    ),
    LogicalTable(
        "countries",
        "iso3",
        (
            "iso3",
            "iso2",
            "kind",
            "sort_order",
            "name_en",
            "name_ru",
            "name_zh",
            "name_local",
            "local_language",
            "capital",
            "currency_code",
            "currency_name",
        ),
        sources_table="countries_sources",
        numeric=frozenset({"sort_order"}),
    ),
    LogicalTable(
        "country_facts",
        "fact_id",
        ("fact_id", "iso3", "fact", "value", "since", "note"),
        sources_table="country_facts_sources",
    ),
    LogicalTable(
        "trade",
        "trade_id",
        ("partner_iso3", "period", "flow", "reporter", "rank", "value_usd", "estimate", "derivation", "note"),
        sources_table="trade_sources",
        year_from="period",
        numeric=frozenset({"rank", "value_usd", "estimate"}),
    ),
    LogicalTable(
        "trade_caveats",
        "caveat_id",
        (
            "caveat_id",
            "partner_iso3",
            "reporter",
            "flow",
            "year_from",
            "year_to",
            "reason",
            "summary",
            "text",
        ),
        sources_table="trade_caveats_sources",
        numeric=frozenset({"year_from", "year_to"}),
    ),
    LogicalTable(
        "figures",
        "figure_id",
        (
            "figure_id",
            "scope_iso3",
            "indicator",
            "period",
            "rank",
            "value",
            "unit",
            "estimate",
            "derivation",
            "note",
        ),
        sources_table="figures_sources",
        year_from="period",
        numeric=frozenset({"rank", "value", "estimate"}),
    ),
    LogicalTable(
        "events",
        "event_id",
        ("event_id", "date", "kind", "title", "place", "participants", "summary"),
        sources_table="events_sources",
        lists=(ListColumn("countries", "event_countries", "iso3"),),
        year_from="date",
    ),
    LogicalTable(
        "agreements",
        "agreement_id",
        ("agreement_id", "date", "title", "domain", "event_id", "status", "summary"),
        sources_table="agreements_sources",
        lists=(ListColumn("parties", "agreement_parties", "iso3"),),
        year_from="date",
    ),
    LogicalTable(
        "projects",
        "project_id",
        (
            "project_id",
            "name",
            "sector",
            "status",
            "parent_id",
            "chinese_partners",
            "local_partners",
            "summary",
        ),
        sources_table="projects_sources",
        lists=(ListColumn("countries", "project_countries", "iso3"),),
    ),
    LogicalTable(
        "project_milestones",
        "milestone_id",
        ("milestone_id", "project_id", "date", "stage", "note"),
        sources_table="project_milestones_sources",
    ),
    LogicalTable(
        "project_metrics",
        "metric_id",
        ("metric_id", "project_id", "metric", "value", "unit", "estimate", "note"),
        sources_table="project_metrics_sources",
        numeric=frozenset({"value", "estimate"}),
    ),
    LogicalTable(
        "ties",
        "tie_id",
        ("tie_id", "iso3", "kind", "date", "title", "summary", "value", "unit"),
        sources_table="ties_sources",
        year_from="date",
        numeric=frozenset({"value"}),
    ),
)

LOGICAL_TABLES += (
    LogicalTable(
        "trade_products",
        "product_row_id",
        (
            "product_row_id",
            "partner_iso3",
            "period",
            "flow",
            "reporter",
            "hs_code",
            "product",
            "value_usd",
            "share_pct",
            "rank",
            "note",
        ),
        sources_table="trade_products_sources",
        year_from="period",
        numeric=frozenset({"value_usd", "share_pct", "rank"}),
    ),
    LogicalTable(
        "trade_partners",
        "partner_row_id",
        (
            "partner_row_id",
            "state_iso3",
            "counterpart",
            "period",
            "flow",
            "reporter",
            "value_usd",
            "share_pct",
            "estimate",
            "note",
        ),
        sources_table="trade_partners_sources",
        year_from="period",
        numeric=frozenset({"value_usd", "share_pct", "estimate"}),
    ),
    LogicalTable(
        "lending",
        "lending_id",
        (
            "lending_id",
            "recipient_iso3",
            "title",
            "commitment_year",
            "amount_usd_constant_2017",
            "flow_type",
            "flow_class",
            "sector",
            "lender",
            "borrower",
            "status",
            "recommended_for_totals",
            "record_url",
        ),
        sources_table="lending_sources",
        lists=(ListColumn("projects", "lending_projects", "project_id"),),
        numeric=frozenset({"commitment_year", "amount_usd_constant_2017", "recommended_for_totals"}),
    ),
    LogicalTable(
        "targets",
        "target_id",
        (
            "target_id",
            "scope_iso3",
            "claim",
            "claimed_by",
            "date",
            "target_value",
            "unit",
            "target_year",
            "kind",
            "measured_ref",
            "measured_note",
        ),
        sources_table="targets_sources",
        year_from="date",
        numeric=frozenset({"target_value", "target_year"}),
    ),
)

LOGICAL_TABLES += (
    LogicalTable(
        "map_outlines",
        "outline_id",
        ("outline_id", "iso3", "name_en", "polygon", "ring", "points"),
        sources_table="map_outlines_sources",
        numeric=frozenset({"polygon", "ring"}),
    ),
    LogicalTable(
        "places",
        "place_id",
        (
            "place_id",
            "name_en",
            "name_ru",
            "name_zh",
            "kind",
            "lon",
            "lat",
            "iso3",
            "project_id",
            "precision",
            "note",
        ),
        sources_table="places_sources",
        numeric=frozenset({"lon", "lat"}),
    ),
    LogicalTable(
        "routes",
        "route_id",
        ("route_id", "name_en", "name_ru", "name_zh", "kind", "status", "project_id", "approximate", "note"),
        sources_table="routes_sources",
        numeric=frozenset({"approximate"}),
    ),
    LogicalTable(
        "route_lines",
        "line_id",
        ("line_id", "route_id", "part", "points"),
        sources_table="route_lines_sources",
        numeric=frozenset({"part"}),
    ),
)

TABLES_BY_NAME = {t.name: t for t in LOGICAL_TABLES}
CITED_TABLES = tuple(t for t in LOGICAL_TABLES if t.sources_table)
# The order a table's rows are loaded in, so that foreign keys always point backwards.
LOAD_ORDER = tuple(t.name for t in LOGICAL_TABLES)
