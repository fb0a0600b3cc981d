--liquibase formatted sql

--changeset newsdesk:0019-take-profile-terms splitStatements:false
-- An article's profile for alternative-take suggestions: the (at most) 64 English lexemes that say most about it
-- without any statistics — those of the title first, then the most used, then the earliest (the lead). A pure
-- function of the vector: profiles never go stale when term statistics change.
CREATE FUNCTION take_profile_terms(v tsvector) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
$$
SELECT coalesce(array_agg(t.lexeme ORDER BY t.lexeme), '{}')
FROM (SELECT u.lexeme
      FROM unnest(v) u
      WHERE u.lexeme ~ '^[[:alpha:]][[:alnum:]]{2,}$'
      ORDER BY 'A' = ANY (u.weights) DESC, coalesce(array_length(u.positions, 1), 1) DESC, u.positions[1], u.lexeme
      LIMIT 64) t
$$;

--changeset newsdesk:0019-take-profile-keys splitStatements:false
-- intarray in a schema of its own, used by qualified names only: on the search path, its && for integer[] would take
-- over every integer-array overlap in the database and leave the other arrays' GIN indexes (array_ops, as on
-- article_fingerprint.bands) unused.
CREATE SCHEMA IF NOT EXISTS intarray;
CREATE EXTENSION IF NOT EXISTS intarray SCHEMA intarray;
-- The week (since 1970) an article's publication time falls in.
CREATE FUNCTION take_week(t timestamptz) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
$$
SELECT floor(extract(epoch FROM t) / 604800)::integer
$$;
-- A lexeme in a week as a 32-bit key (the first 32 bits of an MD5: stable across PostgreSQL versions, unlike
-- hashtext). A profile stores its lexemes as keys of its own week, so that one GIN lookup of a few weeks' keys finds
-- the articles of those weeks holding the lexemes: no scan over the articles of the window, and no posting list
-- spanning all time. Two lexemes sharing a key (about one pair in 2^32) at worst add a spurious shared term.
CREATE FUNCTION take_term_key(week integer, lexeme text) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
$$
SELECT ('x' || left(md5(week || ':' || lexeme), 8))::bit(32)::integer
$$;
-- The keys of the lexemes for every week from the first time's to the second's, sorted (intarray's form).
CREATE FUNCTION take_term_keys(lexemes text[], from_time timestamptz, to_time timestamptz) RETURNS integer[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
$$
SELECT coalesce(intarray.uniq(intarray.sort(array_agg(take_term_key(w, l)))), '{}')
FROM generate_series(take_week(from_time), take_week(to_time)) w, unnest(lexemes) l
$$;

--changeset newsdesk:0019-take-profile
-- One row per article with English: what suggestions filter and rank candidates on, kept narrow (about 400 bytes a
-- row) so that candidates are read from a small, cached table, never from the large full-text vectors of the
-- articles (kept out of line in TOAST).
CREATE TABLE take_profile (
    article_id     bigint      PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    published_at   timestamptz NOT NULL,
    source_site_id bigint      NOT NULL,
    country_code   char(2)     NOT NULL,
    rejected       boolean     NOT NULL,
    title          text        NOT NULL,
    -- take_term_keys(profile lexemes, published_at, published_at)
    keys           integer[]   NOT NULL
);

--changeset newsdesk:0019-take-profile-source
-- What an article's profile is: the one definition that the trigger, the backfill and the bulk loader all write.
CREATE VIEW take_profile_source AS
SELECT a.id AS article_id, a.source_published_at AS published_at, a.source_site_id, a.country_code,
       a.status = 'REJECTED' AS rejected, coalesce(a.title, a.mt_title, '') AS title,
       take_term_keys(take_profile_terms(a.search_en), a.source_published_at, a.source_published_at) AS keys
FROM article a
WHERE length(a.search_en) > 0;

--changeset newsdesk:0019-take-profile-sync splitStatements:false
-- Kept by the database: every write of an article's English text, status, time or source updates its profile in
-- the same transaction, whoever writes (ingestion, the editor, imports, tests).
CREATE FUNCTION take_profile_sync() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO take_profile SELECT * FROM take_profile_source s WHERE s.article_id = NEW.id
    ON CONFLICT (article_id) DO UPDATE
        SET published_at   = excluded.published_at,
            source_site_id = excluded.source_site_id,
            country_code   = excluded.country_code,
            rejected       = excluded.rejected,
            title          = excluded.title,
            keys           = excluded.keys;
    IF NOT FOUND THEN
        DELETE FROM take_profile WHERE article_id = NEW.id; -- no English (any more)
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER take_profile_inserted
    AFTER INSERT ON article
    FOR EACH ROW EXECUTE FUNCTION take_profile_sync();
CREATE TRIGGER take_profile_updated
    AFTER UPDATE OF title, mt_title, body, mt_body, status, source_published_at, source_site_id, country_code
    ON article
    FOR EACH ROW
    WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.mt_title IS DISTINCT FROM NEW.mt_title
        OR OLD.body IS DISTINCT FROM NEW.body OR OLD.mt_body IS DISTINCT FROM NEW.mt_body
        OR OLD.status IS DISTINCT FROM NEW.status OR OLD.source_published_at IS DISTINCT FROM NEW.source_published_at
        OR OLD.source_site_id IS DISTINCT FROM NEW.source_site_id OR OLD.country_code IS DISTINCT FROM NEW.country_code)
    EXECUTE FUNCTION take_profile_sync();

--changeset newsdesk:0019-take-profile-fill splitStatements:false
-- Fills the profiles of the articles whose id is k modulo n, in one statement (the backfill below; the benchmark's
-- bulk loader on n connections at once); returns how many it wrote.
CREATE FUNCTION take_profile_fill(k integer, n integer) RETURNS bigint
    LANGUAGE sql AS
$$
WITH written AS (
    INSERT INTO take_profile SELECT * FROM take_profile_source s WHERE s.article_id % n = k
    ON CONFLICT (article_id) DO NOTHING
    RETURNING 1)
SELECT count(*) FROM written
$$;

--changeset newsdesk:0019-take-profile-backfill
-- The articles already there, before the index: one bulk build is much cheaper than a million inserts into a GIN
-- index. Measured at a million articles on 2 cores: 6 minutes, and 70 s for the index.
SELECT take_profile_fill(0, 1);

--changeset newsdesk:0019-take-profile-index
-- candidates: profiles holding one of the key terms' keys for the weeks of the window (intarray's GIN operators)
CREATE INDEX take_profile_keys_idx ON take_profile USING gin (keys intarray.gin__int_ops);
ANALYZE take_profile;
