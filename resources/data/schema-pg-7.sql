-- SPDX-License-Identifier: GPL-3.0-or-later
-- Entente's PostgreSQL schema, from version 6 (schema-pg-6.sql) to version 7: whether the
-- summaries are counted. Run by `entente server-init` after schema-pg-6.sql, or alone on a
-- version 6 database, as the owner role.
--
-- Counting the summaries is most of a copy's work (at a million events, about 60 of 80 s), and
-- below the size at which the window loads every event (docs/server.md) no one reads them. A
-- copy or import of a database that small leaves them 'pending': the tables stay empty, the
-- readers count from the events, the writers leave them alone, and `entente server-init`
-- counts them when asked. An older Entente, which would take the empty tables for counts,
-- refuses schema 7.
SET LOCAL search_path TO entente, public;

-- 'counted': every summary table holds the counts of every event (kept current by each change);
-- 'pending': they hold nothing and no one may read them.
INSERT INTO meta (key, value) VALUES ('summaries', 'counted');

UPDATE meta SET value = '7' WHERE key = 'schema_version';
