-- SPDX-License-Identifier: GPL-3.0-or-later
-- Entente's PostgreSQL schema, from version 2 (schema-pg-2.sql) to version 3: the words' summary.
-- Run by `entente server-init` after schema-pg-2.sql, or alone on a version 2 database (then the
-- words are counted from the events in the same transaction), as the owner role.
--
-- word_summary counts, for every word of the events' text (each lexeme of event_text.folded),
-- the events that hold it, by period and by country, topic or type alone: so the facet counts and
-- the overview of a search for one word are a few ranges of an index, however many events hold
-- the word (at 20M events, counting a common word's 440,000 events one by one takes seconds).
-- core/store/serversummary.cpp keeps it as it keeps event_summary: rebuilt by copies and imports,
-- adjusted by every change in the change's own transaction.
SET LOCAL search_path TO entente, public;

-- Events holding a lexeme, per period (grain and block) and part:
--   part 0: every such event (key ''), by year (grain 2, block = year) and by calendar month
--           (grain 1, block = year × 12 + month − 1);
--   part 1: per country (key = the country's id as text), by year;
--   part 2: per topic (key = the topic's id as text), by year;
--   part 3: per type (key = the type's code), by year.
-- Undated events are grain 0, block 0, in every part. An event counts once per lexeme (a tsvector
-- holds each lexeme once), so a search for one word that matches one lexeme is its rows' sum.
-- Lexemes sort bytewise ("C"): the lexemes a search term is a prefix of are one range.
-- Rows are never deleted when their count returns to 0; a 0 adds nothing.
CREATE TABLE word_summary (
    lexeme text COLLATE "C" NOT NULL,
    part   smallint NOT NULL CHECK (part BETWEEN 0 AND 3),
    grain  smallint NOT NULL CHECK (grain BETWEEN 0 AND 2),
    key    text     NOT NULL,
    block  bigint   NOT NULL,
    events bigint   NOT NULL,
    PRIMARY KEY (lexeme, part, grain, key, block) INCLUDE (events)
);

UPDATE meta SET value = '3' WHERE key = 'schema_version';
