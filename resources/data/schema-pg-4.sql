-- SPDX-License-Identifier: GPL-3.0-or-later
-- Entente's PostgreSQL schema, from version 3 (schema-pg-3.sql) to version 4: the words by day.
-- Run by `entente server-init` after schema-pg-3.sql, or alone on a version 3 database (then the
-- words are counted anew from the events in the same transaction), as the owner role.
--
-- word_summary gains a day grain for part 0: the events holding a lexeme per day they begin. The
-- timeline's overview of a search for one word is then a range of days of the index at any zoom
-- (at 20M events, a common word's 12,000 events of one year took seconds to read one by one).
-- core/store/serversummary.cpp counts and keeps these rows with the others.
SET LOCAL search_path TO entente, public;

--   grain 3: part 0 only (key ''), by the day an event begins (block = date_lower, a Julian day),
--            for the dated events of the summary's days.
ALTER TABLE word_summary DROP CONSTRAINT word_summary_grain_check;
ALTER TABLE word_summary ADD CONSTRAINT word_summary_grain_check CHECK (grain BETWEEN 0 AND 3);

UPDATE meta SET value = '4' WHERE key = 'schema_version';
