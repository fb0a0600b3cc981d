--liquibase formatted sql

--changeset newsdesk:0012-pg-trgm
CREATE EXTENSION IF NOT EXISTS pg_trgm;

--changeset newsdesk:0012-article-search
-- Full-text search in the review queue (stack.md, "Chinese, Japanese, Korean text search"):
-- * search_en: the English (edited, else machine) title weighted A and body weighted B, kept by PostgreSQL;
-- * search_original: terms of the original title and body in any script, CJK runs as character pairs,
--   written by the application (SearchText) whenever the original is written;
-- * a trigram index on the English title, for parts of words ("Ishib" finds "Ishiba").
ALTER TABLE article ADD COLUMN search_en tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title, mt_title, '')), 'A')
        || setweight(to_tsvector('english', coalesce(body, mt_body, '')), 'B')) STORED;
ALTER TABLE article ADD COLUMN search_original tsvector;
CREATE INDEX article_search_en_idx ON article USING gin (search_en);
CREATE INDEX article_search_original_idx ON article USING gin (search_original);
CREATE INDEX article_title_trgm_idx ON article USING gin ((coalesce(title, mt_title)) gin_trgm_ops);

--changeset newsdesk:0012-article-published-order
-- The queue can be sorted by the source's publication time too; keyset order (source_published_at, id).
CREATE INDEX article_published_order_idx ON article (source_published_at DESC, id DESC);
CREATE INDEX article_status_published_order_idx ON article (status, source_published_at DESC, id DESC);
CREATE INDEX article_country_status_published_order_idx ON article (country_code, status, source_published_at DESC, id DESC);

--changeset newsdesk:0012-article-search-missing
-- Rows whose original terms are still to be written (SearchIndexer fills them in batches).
CREATE INDEX article_search_original_missing_idx ON article (id) WHERE search_original IS NULL;
