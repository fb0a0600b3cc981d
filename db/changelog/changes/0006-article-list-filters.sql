--liquibase formatted sql

--changeset newsdesk:0006-article-source-and-language-indexes
-- The review queue filters by source and by original language too, newest first, paged by keyset.
CREATE INDEX article_source_ingested_idx ON article (source_site_id, ingested_at DESC, id DESC);
CREATE INDEX article_language_ingested_idx ON article (original_language, ingested_at DESC, id DESC);
