-- SPDX-License-Identifier: GPL-3.0-or-later
-- Entente database schema for a PostgreSQL server, version 1: the same tables and columns as the
-- SQLite schema (schema.sql), with the same meaning, in the schema "entente".
--
-- Run by `entente server-init` (core/store/servercopy.cpp, compiled in as a resource), in one
-- transaction, as the role that will own the tables. Statements are separated by semicolons.
--
-- What differs from the SQLite file, and why:
--   - meta holds 'application' = 'entente' and 'schema_version' = '1' where SQLite has its
--     application_id and user_version pragmas.
--   - Julian days are bigint (SQLite's INTEGER is 64-bit too).
--   - Full-text search: event_text holds, per event, a tsvector of the words of its title and
--     summary folded as the SQLite full-text index holds them (lower case, no diacritics, and the
--     Azerbaijani ı → i, ə → e that unaccent's rules lack), written by Entente so that both
--     engines match the same terms. A search's terms are folded the same way by Entente, not by
--     unaccent (which changes letters the words keep: ł → l, ø → o, ß → ss); the extension stays
--     for the Entente versions that still fold a search with it.
--   - event.row_version counts the changes to an event, for refusing an edit made to a version
--     someone else has changed since.
--   - There is no index cache: a client builds its index from the tables.
--
-- schema-pg-2.sql then takes it to version 2, schema-pg-3.sql to version 3 and schema-pg-4.sql to
-- version 4 (server-init runs all four; on an older database, those it lacks).

-- server-init makes the schema "entente" (owned by the owner role) and the unaccent extension,
-- then runs this as the owner with the schema first on the search path.
SET LOCAL search_path TO entente, public;

CREATE TABLE meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE country (
    id            bigint PRIMARY KEY,
    alpha2        text NOT NULL UNIQUE CHECK (length(alpha2) = 2),
    alpha3        text NOT NULL UNIQUE CHECK (length(alpha3) = 3),
    numeric_code  text,
    name          text NOT NULL,
    official_name text,
    common_name   text,
    flag          text
);

CREATE TABLE topic (
    id     bigint PRIMARY KEY,
    slug   text NOT NULL UNIQUE,
    name   text NOT NULL,
    colour text NOT NULL CHECK (colour ~ '^#[0-9a-f]{6}$')
);

CREATE TABLE topic_parent (
    topic_id  bigint PRIMARY KEY REFERENCES topic (id),
    parent_id bigint NOT NULL REFERENCES topic (id)
);

CREATE TABLE event_type (
    code   text PRIMARY KEY,
    scheme text NOT NULL CHECK (scheme IN ('cameo', 'entente')),
    name   text NOT NULL
);

CREATE TABLE source (
    id        bigint PRIMARY KEY,
    publisher text NOT NULL,
    title     text NOT NULL,
    author    text,
    published text,
    url       text,
    cites     text
);

CREATE TABLE event (
    id          bigint PRIMARY KEY,
    title       text NOT NULL,
    summary     text NOT NULL DEFAULT '',
    date        text,
    date_lower  bigint,
    date_upper  bigint,
    attested_on text,
    date_note   text,
    type_code   text NOT NULL REFERENCES event_type (code),
    row_version bigint NOT NULL DEFAULT 1,
    CHECK ((date_lower IS NULL) = (date_upper IS NULL)),
    CHECK (date_lower IS NULL OR date_lower <= date_upper)
);
CREATE INDEX event_by_bounds ON event (date_lower, date_upper);

CREATE TABLE event_country (
    event_id   bigint NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    country_id bigint NOT NULL REFERENCES country (id),
    role       text NOT NULL CHECK (role IN ('party', 'host', 'visitor', 'participant', 'chair')),
    PRIMARY KEY (event_id, country_id)
);
CREATE INDEX event_country_by_country ON event_country (country_id, event_id);

CREATE TABLE event_topic (
    event_id bigint NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    topic_id bigint NOT NULL REFERENCES topic (id),
    PRIMARY KEY (event_id, topic_id)
);
CREATE INDEX event_topic_by_topic ON event_topic (topic_id, event_id);

CREATE TABLE actor (
    id          bigint PRIMARY KEY,
    name        text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('person', 'organisation')),
    country_id  bigint REFERENCES country (id),
    description text
);

CREATE TABLE event_actor (
    event_id bigint NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    actor_id bigint NOT NULL REFERENCES actor (id),
    role     text NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, actor_id)
);

CREATE TABLE observation (
    id           bigint PRIMARY KEY,
    indicator    text NOT NULL,
    reporter_id  bigint NOT NULL REFERENCES country (id),
    partner_id   bigint NOT NULL REFERENCES country (id),
    period       text NOT NULL,
    period_lower bigint NOT NULL,
    period_upper bigint NOT NULL,
    value        double precision NOT NULL,
    unit         text NOT NULL,
    note         text
);

CREATE TABLE unreviewed_event (
    event_id bigint PRIMARY KEY REFERENCES event (id) ON DELETE CASCADE
);

CREATE TABLE citation (
    id             bigint PRIMARY KEY,
    event_id       bigint REFERENCES event (id) ON DELETE CASCADE,
    observation_id bigint REFERENCES observation (id) ON DELETE CASCADE,
    source_id      bigint NOT NULL REFERENCES source (id),
    quote          text NOT NULL,
    cites          text,
    note           text,
    CHECK ((event_id IS NULL) <> (observation_id IS NULL))
);
CREATE INDEX citation_by_event ON citation (event_id);
CREATE INDEX citation_by_observation ON citation (observation_id);

CREATE TABLE event_text (
    event_id bigint PRIMARY KEY REFERENCES event (id) ON DELETE CASCADE,
    folded   tsvector NOT NULL
);
CREATE INDEX event_text_search ON event_text USING gin (folded);

INSERT INTO meta (key, value) VALUES ('application', 'entente'), ('schema_version', '1');
