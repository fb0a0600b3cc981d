--liquibase formatted sql

--changeset newsdesk:0015-take-order
-- Each side reads its takes in its own order: (article_a_id, position_a) and (article_b_id, position_b).
CREATE INDEX alternative_take_a_order_idx ON alternative_take (article_a_id, position_a);
CREATE INDEX alternative_take_b_order_idx ON alternative_take (article_b_id, position_b);
DROP INDEX alternative_take_b_idx;

--changeset newsdesk:0015-take-term-stat
-- How many articles of a recent sample hold each English lexeme (of article.search_en): what makes a term
-- distinctive when suggestions pick an article's key terms. Refreshed by a background job from a sample, never
-- counted over the whole table.
CREATE TABLE take_term_stat (
    lexeme text    PRIMARY KEY,
    ndoc   integer NOT NULL CHECK (ndoc > 0)
);
CREATE TABLE take_term_sample (
    id           smallint    PRIMARY KEY CHECK (id = 1),
    articles     integer     NOT NULL,
    refreshed_at timestamptz NOT NULL
);

--changeset newsdesk:0015-take-candidate-count
-- The reviewers' worklist: how many good suggestions an article has, computed in the background.
CREATE TABLE take_candidate_count (
    article_id  bigint      PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    good        integer     NOT NULL CHECK (good >= 0),
    best_score  real        NOT NULL,
    computed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX take_candidate_count_good_idx ON take_candidate_count (good DESC, article_id);
