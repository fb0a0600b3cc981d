--liquibase formatted sql

--changeset newsdesk:0016-article-fingerprint
-- Near-duplicates (wire copy republished by several outlets): a MinHash signature of the original's word
-- shingles per article, and its locality-sensitive band keys with a GIN index, so that finding an article's twins
-- reads the few articles sharing a band instead of the table. dup_group is the smallest article id of the group of
-- twins (null: no twin known).
CREATE TABLE article_fingerprint (
    article_id  bigint      PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    minhash     integer[]   NOT NULL,
    bands       integer[]   NOT NULL,
    dup_group   bigint,
    similarity  real,
    computed_at timestamptz NOT NULL DEFAULT now()
);
-- fastupdate off: every new article looks its twins up right after the one before was inserted, and a pending
-- list would be scanned whole by each of those lookups
CREATE INDEX article_fingerprint_bands_idx ON article_fingerprint USING gin (bands) WITH (fastupdate = off);
CREATE INDEX article_fingerprint_group_idx ON article_fingerprint (dup_group, article_id) WHERE dup_group IS NOT NULL;

-- Articles whose original changed after it was fingerprinted (new articles are found by id).
CREATE TABLE fingerprint_queue (
    article_id bigint      PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    queued_at  timestamptz NOT NULL DEFAULT now()
);

--changeset newsdesk:0016-fingerprint-on-change splitStatements:false
CREATE FUNCTION article_original_changed() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO fingerprint_queue (article_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;
CREATE TRIGGER article_original_changed
    AFTER UPDATE OF original_title, original_body ON article
    FOR EACH ROW
    WHEN (OLD.original_title IS DISTINCT FROM NEW.original_title OR OLD.original_body IS DISTINCT FROM NEW.original_body)
    EXECUTE FUNCTION article_original_changed();
