--liquibase formatted sql

--changeset newsdesk:0013-machine-translation-state
-- The translation job's bookkeeping per article: the last failure in words, how many attempts failed in a row, and
-- when to try again (backoff), so that a failing article neither blocks the others nor is retried every minute.
ALTER TABLE article ADD COLUMN mt_error text;
ALTER TABLE article ADD COLUMN mt_attempts integer NOT NULL DEFAULT 0 CHECK (mt_attempts >= 0);
ALTER TABLE article ADD COLUMN mt_next_attempt_at timestamptz;
-- what the job picks: articles waiting for a machine translation, newest first (fresh news first)
CREATE INDEX article_awaiting_translation_idx ON article (ingested_at DESC, id DESC) WHERE status = 'INGESTED';
