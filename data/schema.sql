-- caviewer dataset schema. The build (python -m caviewer.dataset.build) runs this file on an empty
-- database, loads the CSV files beside it, sets PRAGMA user_version to SCHEMA_VERSION and ships the result
-- in DELETE journal mode. Bump SCHEMA_VERSION in src/caviewer/store.py together with any change here.
--
-- Conventions
--   * Amounts are in base units (USD, not millions) with an explicit unit from the `units` table.
--   * Dates are ISO 8601 text, as precise as the source allows: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'.
--   * Periods are 'YYYY' (a calendar year), 'YYYY-MM' (a month or "as of" month) or 'YYYY-MM..YYYY-MM'.
--   * Every record cites at least one source through its `<table>_sources` link table (the CSV column
--     `source_ids`, separated by ';').
--   * `estimate` = 1 marks a value that is derived or estimated; `derivation` says how.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE units (
    unit        TEXT PRIMARY KEY,
    description TEXT NOT NULL
);

CREATE TABLE sources (
    source_id  TEXT PRIMARY KEY,
    publisher  TEXT,
    author     TEXT,
    title      TEXT NOT NULL,
    published  TEXT,
    url        TEXT,
    -- The mirror, repository or package the source was read through, when not the publisher's own
    -- site. Shown only in the source's detail view, never as publisher, title or place.
    retrieved_via TEXT,
    dataset_id TEXT,
    place      TEXT,
    accessed   TEXT,
    terms      TEXT,
    measures   TEXT,
    notes      TEXT,
    CHECK (url IS NOT NULL OR retrieved_via IS NOT NULL OR dataset_id IS NOT NULL OR place IS NOT NULL)
);

-- The five states, the region as a whole (CA5) and China (CHN).
CREATE TABLE countries (
    iso3           TEXT PRIMARY KEY,
    iso2           TEXT,
    kind           TEXT NOT NULL CHECK (kind IN ('state', 'region', 'china')),
    sort_order     INTEGER NOT NULL UNIQUE,
    name_en        TEXT NOT NULL,
    name_ru        TEXT NOT NULL,
    name_zh        TEXT NOT NULL,
    name_local     TEXT NOT NULL,
    local_language TEXT,
    capital        TEXT,
    currency_code  TEXT,
    currency_name  TEXT
);
CREATE TABLE countries_sources (
    iso3      TEXT NOT NULL REFERENCES countries (iso3),
    source_id TEXT NOT NULL REFERENCES sources (source_id),
    PRIMARY KEY (iso3, source_id)
);

-- Text facts about a country that change over time: head of state, relationship level with China,
-- statements about its trade with China that carry no single figure.
CREATE TABLE country_facts (
    fact_id TEXT PRIMARY KEY,
    iso3    TEXT NOT NULL REFERENCES countries (iso3),
    fact    TEXT NOT NULL CHECK (fact IN ('head_of_state', 'head_of_government', 'relationship_level',
                                      'trade_partner_rank', 'trade_note')),
    value   TEXT NOT NULL,
    since   TEXT,
    note    TEXT
);
CREATE INDEX country_facts_by_country ON country_facts (iso3, fact);
CREATE TABLE country_facts_sources (
    fact_id   TEXT NOT NULL REFERENCES country_facts (fact_id),
    source_id TEXT NOT NULL REFERENCES sources (source_id),
    PRIMARY KEY (fact_id, source_id)
);

-- Goods trade of China with a partner. `flow` is seen from China's side; `reporter` says whose
-- statistics the value comes from. `rank` 1 is the value the charts plot for that key; higher ranks keep
-- other published values for the same key beside it (sources that disagree are never averaged).
CREATE TABLE trade (
    trade_id     INTEGER PRIMARY KEY,
    partner_iso3 TEXT NOT NULL REFERENCES countries (iso3),
    period       TEXT NOT NULL,
    year         INTEGER NOT NULL,
    flow         TEXT NOT NULL CHECK (flow IN ('china_exports', 'china_imports', 'total', 'balance')),
    reporter     TEXT NOT NULL CHECK (reporter IN ('china', 'partner')),
    rank         INTEGER NOT NULL DEFAULT 1 CHECK (rank >= 1),
    value_usd    REAL NOT NULL,
    estimate     INTEGER NOT NULL DEFAULT 0 CHECK (estimate IN (0, 1)),
    derivation   TEXT,
    note         TEXT,
    UNIQUE (partner_iso3, period, reporter, flow, rank)
);
CREATE INDEX trade_by_partner ON trade (partner_iso3, reporter, flow, year);
CREATE INDEX trade_by_year ON trade (year, reporter, flow);
CREATE TABLE trade_sources (
    trade_id  INTEGER NOT NULL REFERENCES trade (trade_id),
    source_id TEXT NOT NULL REFERENCES sources (source_id),
    PRIMARY KEY (trade_id, source_id)
);

-- Sourced explanations of real anomalies in the plotted trade series: a jump of more than 4x from one
-- year to the next, or China's and the partner's figures more than 5x apart. The build refuses such a
-- value unless a caveat covers its entry, reporter (or 'both'), flow (NULL: every flow) and year.
CREATE TABLE trade_caveats (
    caveat_id    TEXT PRIMARY KEY,
    partner_iso3 TEXT NOT NULL REFERENCES countries (iso3),
    reporter     TEXT NOT NULL CHECK (reporter IN ('china', 'partner', 'both')),
    flow         TEXT CHECK (flow IN ('china_exports', 'china_imports', 'total')),
    year_from    INTEGER NOT NULL,
    year_to      INTEGER NOT NULL,
    reason       TEXT NOT NULL CHECK (reason IN ('reexports', 'shuttle_trade', 'informal_trade',
                                                 'valuation', 'transit', 'new_pipeline', 'commodity_surge',
                                                 'method_change', 'partial_year', 'data_quality')),
    summary      TEXT NOT NULL,  -- one line for the chart's notes and the Trade pane
    text         TEXT NOT NULL,  -- the explanation shown in the popup and in the CSV
    CHECK (year_from <= year_to)
);
CREATE INDEX trade_caveats_by_partner ON trade_caveats (partner_iso3, year_from);
CREATE TABLE trade_caveats_sources (
    caveat_id TEXT NOT NULL REFERENCES trade_caveats (caveat_id),
    source_id TEXT NOT NULL REFERENCES sources (source_id),
    PRIMARY KEY (caveat_id, source_id)
);

-- Every other figure: population, area, GDP, debt, pledges, investment, gas sales, counts, shares.
-- `rank` 1 is the series the app shows for an indicator (one publisher for all five states, e.g. World
-- Bank WDI for population and GDP); higher ranks keep other publishers' values as alternatives.
CREATE TABLE figures (
    figure_id  TEXT PRIMARY KEY,
    scope_iso3 TEXT NOT NULL REFERENCES countries (iso3),
    indicator  TEXT NOT NULL,
    period     TEXT NOT NULL,
    year       INTEGER NOT NULL,
    rank       INTEGER NOT NULL DEFAULT 1 CHECK (rank >= 1),
    value      REAL NOT NULL,
    unit       TEXT NOT NULL REFERENCES units (unit),
    estimate   INTEGER NOT NULL DEFAULT 0 CHECK (estimate IN (0, 1)),
    derivation TEXT,
    note       TEXT
);
CREATE INDEX figures_by_scope ON figures (scope_iso3, indicator, year);
CREATE TABLE figures_sources (
    figure_id TEXT NOT NULL REFERENCES figures (figure_id),
    source_id TEXT NOT NULL REFERENCES sources (source_id),
    PRIMARY KEY (figure_id, source_id)
);

-- Summits, state visits, establishment of relations, founding of institutions, speeches, visa changes.
CREATE TABLE events (
    event_id     TEXT PRIMARY KEY,
    date         TEXT NOT NULL,
    year         INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    title        TEXT NOT NULL,
    place        TEXT,
    participants TEXT,
    summary      TEXT
);
CREATE INDEX events_by_date ON events (date);
CREATE TABLE event_countries (
    event_id TEXT NOT NULL REFERENCES events (event_id),
    iso3     TEXT NOT NULL REFERENCES countries (iso3),
    PRIMARY KEY (event_id, iso3)
);
CREATE INDEX event_countries_by_country ON event_countries (iso3, event_id);
CREATE TABLE events_sources (
    event_id  TEXT NOT NULL REFERENCES events (event_id),
    source_id TEXT NOT NULL REFERENCES sources (source_id),
    PRIMARY KEY (event_id, source_id)
);

CREATE TABLE agreements (
    agreement_id TEXT PRIMARY KEY,
    date         TEXT NOT NULL,
    year         INTEGER NOT NULL,
    title        TEXT NOT NULL,
    domain       TEXT NOT NULL,
    event_id     TEXT REFERENCES events (event_id),
    status       TEXT,
    summary      TEXT
);
CREATE INDEX agreements_by_event ON agreements (event_id);
CREATE TABLE agreement_parties (
    agreement_id TEXT NOT NULL REFERENCES agreements (agreement_id),
    iso3         TEXT NOT NULL REFERENCES countries (iso3),
    PRIMARY KEY (agreement_id, iso3)
);
CREATE INDEX agreement_parties_by_country ON agreement_parties (iso3, agreement_id);
CREATE TABLE agreements_sources (
    agreement_id TEXT NOT NULL REFERENCES agreements (agreement_id),
    source_id    TEXT NOT NULL REFERENCES sources (source_id),
    PRIMARY KEY (agreement_id, source_id)
);

CREATE TABLE projects (
    project_id       TEXT PRIMARY KEY,
    name             TEXT NOT NULL,
    sector           TEXT NOT NULL,
    status           TEXT NOT NULL,
    parent_id        TEXT REFERENCES projects (project_id),
    chinese_partners TEXT,
    local_partners   TEXT,
    summary          TEXT
);
CREATE INDEX projects_by_parent ON projects (parent_id);
CREATE TABLE project_countries (
    project_id TEXT NOT NULL REFERENCES projects (project_id),
    iso3       TEXT NOT NULL REFERENCES countries (iso3),
    PRIMARY KEY (project_id, iso3)
);
CREATE INDEX project_countries_by_country ON project_countries (iso3, project_id);
CREATE TABLE projects_sources (
    project_id TEXT NOT NULL REFERENCES projects (project_id),
    source_id  TEXT NOT NULL REFERENCES sources (source_id),
    PRIMARY KEY (project_id, source_id)
);

CREATE TABLE project_milestones (
    milestone_id TEXT PRIMARY KEY,
    project_id   TEXT NOT NULL REFERENCES projects (project_id),
    date         TEXT NOT NULL,
    stage        TEXT NOT NULL CHECK (stage IN ('proposed', 'agreement', 'announced', 'construction',
                                                'operation', 'expansion', 'delay', 'suspended',
                                                'cancelled', 'completed')),
    note         TEXT
);
CREATE INDEX project_milestones_by_project ON project_milestones (project_id, date);
CREATE TABLE project_milestones_sources (
    milestone_id TEXT NOT NULL REFERENCES project_milestones (milestone_id),
    source_id    TEXT NOT NULL REFERENCES sources (source_id),
    PRIMARY KEY (milestone_id, source_id)
);

-- Length, capacity, cost and other quantities of a project, each with its unit.
CREATE TABLE project_metrics (
    metric_id  TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects (project_id),
    metric     TEXT NOT NULL,
    value      REAL NOT NULL,
    unit       TEXT NOT NULL REFERENCES units (unit),
    estimate   INTEGER NOT NULL DEFAULT 0 CHECK (estimate IN (0, 1)),
    note       TEXT
);
CREATE INDEX project_metrics_by_project ON project_metrics (project_id);
CREATE TABLE project_metrics_sources (
    metric_id TEXT NOT NULL REFERENCES project_metrics (metric_id),
    source_id TEXT NOT NULL REFERENCES sources (source_id),
    PRIMARY KEY (metric_id, source_id)
);

-- People-to-people ties: visa regimes, scholarships, training places, Confucius Institutes, flights,
-- twinned cities and regions. `value`/`unit` hold a count where the source gives one.
CREATE TABLE ties (
    tie_id  TEXT PRIMARY KEY,
    iso3    TEXT NOT NULL REFERENCES countries (iso3),
    kind    TEXT NOT NULL CHECK (kind IN ('visa', 'scholarship', 'training', 'confucius_institute',
                                          'flight', 'twinning', 'students', 'culture', 'other')),
    date    TEXT NOT NULL,
    year    INTEGER NOT NULL,
    title   TEXT NOT NULL,
    summary TEXT,
    value   REAL,
    unit    TEXT REFERENCES units (unit),
    CHECK ((value IS NULL) = (unit IS NULL))
);
CREATE INDEX ties_by_country ON ties (iso3, kind, date);
CREATE TABLE ties_sources (
    tie_id    TEXT NOT NULL REFERENCES ties (tie_id),
    source_id TEXT NOT NULL REFERENCES sources (source_id),
    PRIMARY KEY (tie_id, source_id)
);

-- What is traded: the largest product groups of one flow of one partner's trade with China, as a source
-- lists them (value, share of the flow, or only the rank).
CREATE TABLE trade_products (
    product_row_id TEXT PRIMARY KEY,
    partner_iso3   TEXT NOT NULL REFERENCES countries (iso3),
    period         TEXT NOT NULL,
    year           INTEGER NOT NULL,
    flow           TEXT NOT NULL CHECK (flow IN ('china_exports', 'china_imports')),
    reporter       TEXT NOT NULL CHECK (reporter IN ('china', 'partner')),
    hs_code        TEXT,
    product        TEXT NOT NULL,
    value_usd      REAL CHECK (value_usd IS NULL OR value_usd >= 0),
    share_pct      REAL CHECK (share_pct IS NULL OR (share_pct >= 0 AND share_pct <= 100)),
    rank           INTEGER CHECK (rank IS NULL OR rank >= 1),
    note           TEXT
);
CREATE INDEX trade_products_by_partner ON trade_products (partner_iso3, year, flow);
CREATE TABLE trade_products_sources (
    product_row_id TEXT NOT NULL REFERENCES trade_products (product_row_id),
    source_id      TEXT NOT NULL REFERENCES sources (source_id),
    PRIMARY KEY (product_row_id, source_id)
);

-- With whom else: a state's trade with one counterpart (a country by ISO3, or a group such as EU27,
-- EAEU, CIS), seen from the state's side (exports, imports, total), as its own statistics (reporter
-- 'partner') or another named source ('other') give it.
CREATE TABLE trade_partners (
    partner_row_id TEXT PRIMARY KEY,
    state_iso3     TEXT NOT NULL REFERENCES countries (iso3),
    counterpart    TEXT NOT NULL,
    period         TEXT NOT NULL,
    year           INTEGER NOT NULL,
    flow           TEXT NOT NULL CHECK (flow IN ('total', 'exports', 'imports')),
    reporter       TEXT NOT NULL CHECK (reporter IN ('partner', 'other')),
    value_usd      REAL CHECK (value_usd IS NULL OR value_usd >= 0),
    share_pct      REAL CHECK (share_pct IS NULL OR (share_pct >= 0 AND share_pct <= 100)),
    estimate       INTEGER NOT NULL DEFAULT 0 CHECK (estimate IN (0, 1)),
    note           TEXT,
    CHECK (value_usd IS NOT NULL OR share_pct IS NOT NULL)
);
CREATE INDEX trade_partners_by_state ON trade_partners (state_iso3, counterpart, year);
CREATE TABLE trade_partners_sources (
    partner_row_id TEXT NOT NULL REFERENCES trade_partners (partner_row_id),
    source_id      TEXT NOT NULL REFERENCES sources (source_id),
    PRIMARY KEY (partner_row_id, source_id)
);

-- Chinese official-sector loans and grants (AidData's Global Chinese Development Finance records, and
-- others): amounts in constant 2017 US dollars as AidData gives them; `projects` links a record to the
-- caviewer projects it financed.
CREATE TABLE lending (
    lending_id               TEXT PRIMARY KEY,
    recipient_iso3           TEXT NOT NULL REFERENCES countries (iso3),
    title                    TEXT NOT NULL,
    commitment_year          INTEGER,
    amount_usd_constant_2017 REAL CHECK (amount_usd_constant_2017 IS NULL OR amount_usd_constant_2017 >= 0),
    flow_type                TEXT,
    flow_class               TEXT,
    sector                   TEXT,
    lender                   TEXT,
    borrower                 TEXT,
    status                   TEXT,
    recommended_for_totals   INTEGER NOT NULL DEFAULT 0 CHECK (recommended_for_totals IN (0, 1)),
    record_url               TEXT
);
CREATE INDEX lending_by_recipient ON lending (recipient_iso3, commitment_year);
CREATE TABLE lending_projects (
    lending_id TEXT NOT NULL REFERENCES lending (lending_id),
    project_id TEXT NOT NULL REFERENCES projects (project_id),
    PRIMARY KEY (lending_id, project_id)
);
CREATE TABLE lending_sources (
    lending_id TEXT NOT NULL REFERENCES lending (lending_id),
    source_id  TEXT NOT NULL REFERENCES sources (source_id),
    PRIMARY KEY (lending_id, source_id)
);

-- Targets and headline claims (a trade target announced by a leader, a figure in the press), each set
-- beside the closest measured figure: `measured_ref` is a figure_id, or trade:ISO3:PERIOD:REPORTER:FLOW for
-- a rank-1 trade value.
CREATE TABLE targets (
    target_id     TEXT PRIMARY KEY,
    scope_iso3    TEXT NOT NULL REFERENCES countries (iso3),
    claim         TEXT NOT NULL,
    claimed_by    TEXT NOT NULL,
    date          TEXT NOT NULL,
    year          INTEGER NOT NULL,
    target_value  REAL,
    unit          TEXT REFERENCES units (unit),
    target_year   INTEGER,
    kind          TEXT NOT NULL CHECK (kind IN ('trade_target', 'investment_claim', 'pledge', 'trade_claim')),
    measured_ref  TEXT,
    measured_note TEXT
);
CREATE INDEX targets_by_scope ON targets (scope_iso3, date);
CREATE TABLE targets_sources (
    target_id TEXT NOT NULL REFERENCES targets (target_id),
    source_id TEXT NOT NULL REFERENCES sources (source_id),
    PRIMARY KEY (target_id, source_id)
);

-- Reverse lookups from a source to what cites it (the Sources pane).
CREATE INDEX countries_sources_by_source ON countries_sources (source_id);
CREATE INDEX country_facts_sources_by_source ON country_facts_sources (source_id);
CREATE INDEX trade_sources_by_source ON trade_sources (source_id);
CREATE INDEX trade_caveats_sources_by_source ON trade_caveats_sources (source_id);
CREATE INDEX figures_sources_by_source ON figures_sources (source_id);
CREATE INDEX events_sources_by_source ON events_sources (source_id);
CREATE INDEX agreements_sources_by_source ON agreements_sources (source_id);
CREATE INDEX projects_sources_by_source ON projects_sources (source_id);
CREATE INDEX project_milestones_sources_by_source ON project_milestones_sources (source_id);
CREATE INDEX project_metrics_sources_by_source ON project_metrics_sources (source_id);
CREATE INDEX ties_sources_by_source ON ties_sources (source_id);
CREATE INDEX trade_products_sources_by_source ON trade_products_sources (source_id);
CREATE INDEX trade_partners_sources_by_source ON trade_partners_sources (source_id);
CREATE INDEX lending_sources_by_source ON lending_sources (source_id);
CREATE INDEX targets_sources_by_source ON targets_sources (source_id);

-- Geography for the Map pane. Coordinates are WGS 84 longitude and latitude in decimal degrees.
-- `map_outlines`: country outlines cut from Natural Earth admin-0 by scripts/make_map_outlines.py (never
-- edited by hand); `points` is "lon,lat lon,lat ..."; ring 0 is a polygon's outer boundary, rings 1 and up
-- its holes. `iso3` is not a foreign key: the neighbours that frame the map are outlined too.
CREATE TABLE map_outlines (
    outline_id TEXT PRIMARY KEY,
    iso3       TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    polygon    INTEGER NOT NULL CHECK (polygon >= 0),
    ring       INTEGER NOT NULL CHECK (ring >= 0),
    points     TEXT NOT NULL
);
CREATE TABLE map_outlines_sources (
    outline_id TEXT NOT NULL REFERENCES map_outlines (outline_id),
    source_id  TEXT NOT NULL REFERENCES sources (source_id),
    PRIMARY KEY (outline_id, source_id)
);

-- Located points: capitals and cities, border crossings, dry ports and stations, project sites, and the
-- towns an approximate corridor is drawn through. `precision` says what the coordinate marks: the feature
-- itself (exact), the town or district the source places it in (town), or a stated approximation.
CREATE TABLE places (
    place_id   TEXT PRIMARY KEY,
    name_en    TEXT NOT NULL,
    name_ru    TEXT,
    name_zh    TEXT,
    kind       TEXT NOT NULL CHECK (kind IN ('capital', 'city', 'crossing', 'dry_port', 'station',
                                             'project_site', 'waypoint')),
    lon        REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
    lat        REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
    iso3       TEXT NOT NULL REFERENCES countries (iso3),
    project_id TEXT REFERENCES projects (project_id),
    precision  TEXT NOT NULL CHECK (precision IN ('exact', 'town', 'approximate')),
    note       TEXT
);
CREATE INDEX places_by_project ON places (project_id);
CREATE TABLE places_sources (
    place_id  TEXT NOT NULL REFERENCES places (place_id),
    source_id TEXT NOT NULL REFERENCES sources (source_id),
    PRIMARY KEY (place_id, source_id)
);

-- Linear features: pipelines, railways, roads. `approximate` = 1 marks a line drawn through the towns a
-- source names (not a surveyed alignment); `note` says which.
CREATE TABLE routes (
    route_id    TEXT PRIMARY KEY,
    name_en     TEXT NOT NULL,
    name_ru     TEXT,
    name_zh     TEXT,
    kind        TEXT NOT NULL CHECK (kind IN ('gas_pipeline', 'oil_pipeline', 'railway', 'road')),
    status      TEXT NOT NULL CHECK (status IN ('operating', 'under_construction', 'planned', 'delayed')),
    project_id  TEXT REFERENCES projects (project_id),
    approximate INTEGER NOT NULL DEFAULT 0 CHECK (approximate IN (0, 1)),
    note        TEXT
);
CREATE TABLE routes_sources (
    route_id  TEXT NOT NULL REFERENCES routes (route_id),
    source_id TEXT NOT NULL REFERENCES sources (source_id),
    PRIMARY KEY (route_id, source_id)
);
-- A route's geometry, one row per continuous part: "lon,lat lon,lat ..." in drawing order.
CREATE TABLE route_lines (
    line_id  TEXT PRIMARY KEY,
    route_id TEXT NOT NULL REFERENCES routes (route_id),
    part     INTEGER NOT NULL CHECK (part >= 0),
    points   TEXT NOT NULL,
    UNIQUE (route_id, part)
);
CREATE TABLE route_lines_sources (
    line_id   TEXT NOT NULL REFERENCES route_lines (line_id),
    source_id TEXT NOT NULL REFERENCES sources (source_id),
    PRIMARY KEY (line_id, source_id)
);
