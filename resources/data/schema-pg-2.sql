-- SPDX-License-Identifier: GPL-3.0-or-later
-- Entente's PostgreSQL schema, from version 1 (schema-pg.sql) to version 2: the summary table.
-- Run by `entente server-init` after schema-pg.sql, or alone on a version 1 database (then the
-- summary is counted from the events in the same transaction), as the owner role.
--
-- event_summary counts events by period, country, topic and type, so that a large database's
-- timeline density and facet counts are answered from it instead of from every event
-- (core/store/serversummary.cpp keeps it: rebuilt by copies and imports, adjusted by every change
-- in the change's own transaction). A version 1 database is still read: it has no summary, and a
-- client loads its whole index.
SET LOCAL search_path TO entente, public;

-- Events per period (grain and block) × country × topic × type, with 0 (country, topic) and ''
-- (type) meaning "any": so a count for one country, or one country and one topic, is one row a
-- block, and no event is counted twice in a row (an event's (country, topic) pairs are unique).
--   grain 0: undated events (block 0), every combination;
--   grain 1: by calendar month of date_lower (block = year × 12 + month − 1), every combination;
--   grain 2: by calendar year of date_lower, every combination;
--   grain 3: by day (block = date_lower, a Julian day), only one dimension at a time: country
--            (topic 0), topic (country 0) or neither, type always '' (the timeline's lanes).
-- Rows are never deleted when their count returns to 0; a 0 adds nothing.
CREATE TABLE event_summary (
    grain      smallint NOT NULL CHECK (grain BETWEEN 0 AND 3),
    block      bigint   NOT NULL,
    country_id bigint   NOT NULL,
    topic_id   bigint   NOT NULL,
    type_code  text     NOT NULL,
    events     bigint   NOT NULL,
    PRIMARY KEY (grain, topic_id, type_code, country_id, block) INCLUDE (events)
);
-- The other two orders: one facet's counts (or one lane mode's density) for fixed other parts
-- are then one range of an index.
CREATE INDEX event_summary_by_country
    ON event_summary (grain, country_id, type_code, topic_id, block) INCLUDE (events);
CREATE INDEX event_summary_by_type
    ON event_summary (grain, country_id, topic_id, type_code, block) INCLUDE (events);
-- Events that span more than a day, by their span: those overlapping a period's first day but
-- starting before it are found without reading every earlier event.
CREATE INDEX event_by_span ON event USING gist (int8range(date_lower, date_upper, '[]'))
    WHERE date_lower < date_upper;

UPDATE meta SET value = '2' WHERE key = 'schema_version';
