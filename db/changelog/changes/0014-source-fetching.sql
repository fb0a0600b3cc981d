--liquibase formatted sql

--changeset newsdesk:0014-source-fetching
-- A fetch claims its source first (fetching_since), so that two app instances - the scheduled poll on one, "fetch
-- now" on another - never fetch the same source at once; a claim older than a few minutes belongs to a crashed
-- instance and may be taken over.
ALTER TABLE source_site ADD COLUMN fetching_since timestamptz;
-- what the last fetch found, in words, for the health panel: items new, updated, unchanged, skipped and why
ALTER TABLE source_site ADD COLUMN last_fetch_summary text;
-- the poller's question: which active sources are due, oldest fetch first
CREATE INDEX source_site_due_idx ON source_site (last_fetch_at NULLS FIRST) WHERE active;
