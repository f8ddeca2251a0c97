-- SPDX-License-Identifier: GPL-3.0-or-later
-- Entente database schema, version 1.
--
-- Read by entente_core (compiled in as a resource) to create every Entente database: the bundled
-- one, generated ones and users' own. Statements are separated by semicolons at the end of a
-- line; there are no triggers, so no statement contains one.
--
-- application_id 0x456E7465 ("Ente") marks the file as Entente's; user_version is the schema
-- version. A reader refuses a file with another application_id or a newer user_version.

PRAGMA application_id = 1164866661;
PRAGMA user_version = 1;

-- Facts about the file itself: 'title', 'description', 'synthetic' ('1' for generated data, which
-- the app never presents as real), 'created_by'.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Filled from Debian's iso-codes (iso_3166-1.json), never typed by hand.
CREATE TABLE country (
    id            INTEGER PRIMARY KEY,
    alpha2        TEXT NOT NULL UNIQUE CHECK (length(alpha2) = 2),
    alpha3        TEXT NOT NULL UNIQUE CHECK (length(alpha3) = 3),
    numeric_code  TEXT,
    name          TEXT NOT NULL,
    official_name TEXT,
    common_name   TEXT,
    flag          TEXT
);

CREATE TABLE topic (
    id     INTEGER PRIMARY KEY,
    slug   TEXT NOT NULL UNIQUE,
    name   TEXT NOT NULL,
    colour TEXT NOT NULL CHECK (colour GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]')
);

-- Which topic another is part of (a .timeline category's parent). Events of a topic also carry
-- its parents, so this only draws the tree; a file written before it existed has none, and the
-- writer creates it with the first parent.
CREATE TABLE topic_parent (
    topic_id  INTEGER PRIMARY KEY REFERENCES topic (id),
    parent_id INTEGER NOT NULL REFERENCES topic (id)
);

-- CAMEO codes where they fit ('042'), our own otherwise ('entente:chairmanship').
CREATE TABLE event_type (
    code   TEXT PRIMARY KEY,
    scheme TEXT NOT NULL CHECK (scheme IN ('cameo', 'entente')),
    name   TEXT NOT NULL
) WITHOUT ROWID;

-- A published report or dataset. 'cites' names the primary source the publication itself names.
CREATE TABLE source (
    id        INTEGER PRIMARY KEY,
    publisher TEXT NOT NULL,
    title     TEXT NOT NULL,
    author    TEXT,
    published TEXT,          -- EDTF
    url       TEXT,
    cites     TEXT
);

-- date: EDTF text, NULL when the source gives no date. date_lower/date_upper: Julian day numbers
-- of its bounds, NULL when undated; filled by the writer from date, never by hand.
-- attested_on: for a state of affairs whose start and end the source does not give (an office
-- held), the date on which the source shows it current. It stands in for the bounds.
CREATE TABLE event (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    summary     TEXT NOT NULL DEFAULT '',
    date        TEXT,
    date_lower  INTEGER,
    date_upper  INTEGER,
    attested_on TEXT,
    date_note   TEXT,
    type_code   TEXT NOT NULL REFERENCES event_type (code),
    CHECK ((date_lower IS NULL) = (date_upper IS NULL)),
    CHECK (date_lower IS NULL OR date_lower <= date_upper)
);
CREATE INDEX event_by_bounds ON event (date_lower, date_upper);

CREATE TABLE event_country (
    event_id   INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    country_id INTEGER NOT NULL REFERENCES country (id),
    -- Written out as comparisons: SQLite checks an IN list of five by building a temporary
    -- B-tree of it for every row inserted, a tenth of a bulk import's writing time.
    role       TEXT NOT NULL CHECK (role = 'party' OR role = 'host' OR role = 'visitor' OR role = 'participant' OR role = 'chair'),
    PRIMARY KEY (event_id, country_id)
) WITHOUT ROWID;
CREATE INDEX event_country_by_country ON event_country (country_id, event_id);

CREATE TABLE event_topic (
    event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    topic_id INTEGER NOT NULL REFERENCES topic (id),
    PRIMARY KEY (event_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX event_topic_by_topic ON event_topic (topic_id, event_id);

-- People and organisations named in events.
CREATE TABLE actor (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
    country_id  INTEGER REFERENCES country (id),
    description TEXT
);

CREATE TABLE event_actor (
    event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actor (id),
    role     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, actor_id)
) WITHOUT ROWID;

-- A measured value between two countries over a period: a time series, not an event.
CREATE TABLE observation (
    id           INTEGER PRIMARY KEY,
    indicator    TEXT NOT NULL,
    reporter_id  INTEGER NOT NULL REFERENCES country (id),
    partner_id   INTEGER NOT NULL REFERENCES country (id),
    period       TEXT NOT NULL,  -- EDTF
    period_lower INTEGER NOT NULL,
    period_upper INTEGER NOT NULL,
    value        REAL NOT NULL,
    unit         TEXT NOT NULL,
    note         TEXT
);

-- Events that no person has reviewed yet: proposed from a report's text by `entente extract
-- --into`, shown as such until someone checks them against their source in the editor. (A
-- database written before this table existed has none; the writer creates it when needed.)
CREATE TABLE unreviewed_event (
    event_id INTEGER PRIMARY KEY REFERENCES event (id) ON DELETE CASCADE
);

-- What an event or an observation rests on: the source and the sentence quoted from it.
CREATE TABLE citation (
    id             INTEGER PRIMARY KEY,
    event_id       INTEGER REFERENCES event (id) ON DELETE CASCADE,
    observation_id INTEGER REFERENCES observation (id) ON DELETE CASCADE,
    source_id      INTEGER NOT NULL REFERENCES source (id),
    quote          TEXT NOT NULL,
    cites          TEXT,  -- the primary source the publication names for this fact
    note           TEXT,  -- e.g. a conflict within the source
    CHECK ((event_id IS NULL) <> (observation_id IS NULL))
);
CREATE INDEX citation_by_event ON citation (event_id);
CREATE INDEX citation_by_observation ON citation (observation_id);

-- The in-memory index as Entente built it, so that opening a large database reads one blob
-- instead of every row. change_counter is SQLite's file change counter (header offset 24) right
-- after the data was committed; the cache is written in the next transaction, so it is valid only
-- while the counter is change_counter + 1, i.e. while nothing has written to the file since.
CREATE TABLE index_cache (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    change_counter INTEGER NOT NULL,
    data           BLOB NOT NULL
);
-- A cache of more than 256 MiB (20 million events make a gigabyte; SQLite takes at most 10^9 bytes
-- in one value) goes on in index_cache_part (seq INTEGER PRIMARY KEY, data BLOB NOT NULL), parts
-- in seq order. The writer makes that table when first needed (core/store/indexcache.h); a file
-- without it has its whole cache in index_cache.

-- Full-text search over titles and summaries. It holds the folded text (lower case, diacritics
-- removed, Azerbaijani ı/ə mapped to i/e) written by entente_core, so that the user's folded
-- search terms match; rowid is the event id.
CREATE VIRTUAL TABLE event_fts USING fts5 (title, summary, tokenize = 'unicode61');
