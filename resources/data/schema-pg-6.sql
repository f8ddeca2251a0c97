-- SPDX-License-Identifier: GPL-3.0-or-later
-- Entente's PostgreSQL schema, from version 5 (schema-pg-5.sql) to version 6: the countries each
-- country's events name. Run by `entente server-init` after schema-pg-5.sql, or alone on a
-- version 5 database (then the rows are counted from the events in the same transaction), as the
-- owner role.
--
-- With one country in the filter, the chart of events per country counts the other countries of
-- that country's events. event_summary does not cross countries with countries, so they were
-- counted from the events: 5 to 9 seconds for a country of millions of events at 20M. This table
-- holds those counts by month and year. core/store/serversummary.cpp keeps it as it keeps event_summary:
-- rebuilt by copies and imports, adjusted by every change in the change's own transaction.
SET LOCAL search_path TO entente, public;

-- Events naming both country_id and other_id (never the same country), per period:
--   grain 0: undated events (block 0);
--   grain 1: by calendar month of date_lower (block = year × 12 + month − 1), as event_summary;
--   grain 2: by calendar year of date_lower (block = the year);
-- for the summary's days only (as event_summary).
-- Ordered by country first: one country's chart is one range of the key.
-- Rows are never deleted when their count returns to 0; a 0 adds nothing.
CREATE TABLE country_pair_summary (
    country_id bigint   NOT NULL,
    grain      smallint NOT NULL CHECK (grain BETWEEN 0 AND 2),
    block      bigint   NOT NULL,
    other_id   bigint   NOT NULL CHECK (other_id <> country_id),
    events     bigint   NOT NULL,
    PRIMARY KEY (country_id, grain, block, other_id) INCLUDE (events)
);

UPDATE meta SET value = '6' WHERE key = 'schema_version';
