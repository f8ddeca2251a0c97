-- SPDX-License-Identifier: GPL-3.0-or-later
-- Entente's PostgreSQL schema, from version 4 (schema-pg-4.sql) to version 5: the days events end.
-- Run by `entente server-init` after schema-pg-4.sql, or alone on a version 4 database (then the
-- new rows are counted from the events in the same transaction), as the owner role.
--
-- A period's facet counts are the events that begin by its last day less those that ended before
-- its first: two sums of summary rows by day, month and year. event_summary counts the beginnings;
-- this table counts the ends. Before it, the events reaching into a period of days from before it
-- were read one by one with their countries and topics (18,000 events for a day of 2003 at 20M).
-- core/store/serversummary.cpp keeps it as it keeps event_summary: rebuilt by copies and imports,
-- adjusted by every change in the change's own transaction.
SET LOCAL search_path TO entente, public;

-- event_summary's day rows (grain 3) gain one type alone (country 0, topic 0, type_code the type):
-- the beginnings of a period's days by type.
--
-- Dated events of the summary's days (as event_summary) by the day they end (date_upper), per
-- period (grain and block, as event_summary: 1 the calendar month, 2 the year, 3 the day) and part:
--   part 0: every such event (key '');
--   part 1: per country (key = the country's id as text);
--   part 2: per topic (key = the topic's id as text);
--   part 3: per type (key = the type's code);
--   part 4: per year the event begins (key = that year as text): a year's count in a period.
-- Ordered by block before key: a period asks every key's rows of a range of blocks.
-- Rows are never deleted when their count returns to 0; a 0 adds nothing.
CREATE TABLE event_end_summary (
    part   smallint NOT NULL CHECK (part BETWEEN 0 AND 4),
    grain  smallint NOT NULL CHECK (grain BETWEEN 1 AND 3),
    key    text COLLATE "C" NOT NULL,
    block  bigint   NOT NULL,
    events bigint   NOT NULL,
    PRIMARY KEY (part, grain, block, key) INCLUDE (events)
);

UPDATE meta SET value = '5' WHERE key = 'schema_version';
