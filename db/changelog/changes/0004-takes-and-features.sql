--liquibase formatted sql

--changeset newsdesk:0004-alternative-take
-- One row per linked pair, stored once with the smaller id first; the link shows on both articles,
-- each side with its own position in its own list of takes.
CREATE TABLE alternative_take (
    article_a_id bigint       NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    article_b_id bigint       NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position_a   integer      NOT NULL CHECK (position_a >= 0), -- place of B among A's takes
    position_b   integer      NOT NULL CHECK (position_b >= 0), -- place of A among B's takes
    note         varchar(500),
    created_by   bigint       REFERENCES app_user (id) ON DELETE SET NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (article_a_id, article_b_id),
    CHECK (article_a_id < article_b_id)
);
CREATE INDEX alternative_take_b_idx ON alternative_take (article_b_id);

--changeset newsdesk:0004-feature
CREATE TABLE feature (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code             varchar(50)  NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name             varchar(100) NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    description      text,
    max_entries      integer      NOT NULL DEFAULT 20 CHECK (max_entries BETWEEN 1 AND 500),
    -- articles from sources in this country are refused ("Don't Miss": stories American media overlook)
    excluded_country char(2)      REFERENCES country (code),
    created_at       timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE feature_entry (
    feature_id bigint      NOT NULL REFERENCES feature (id) ON DELETE CASCADE,
    article_id bigint      NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position   integer     NOT NULL CHECK (position >= 0),
    starts_at  timestamptz,
    ends_at    timestamptz,
    added_by   bigint      REFERENCES app_user (id) ON DELETE SET NULL,
    added_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (feature_id, article_id),
    CONSTRAINT feature_entry_position_unique UNIQUE (feature_id, position) DEFERRABLE INITIALLY DEFERRED,
    CHECK (starts_at IS NULL OR ends_at IS NULL OR ends_at > starts_at)
);
CREATE INDEX feature_entry_article_idx ON feature_entry (article_id);

--changeset newsdesk:0004-feature-seed
INSERT INTO feature (code, name, description, max_entries)
VALUES ('dont-miss', 'Don''t Miss', 'International stories overlooked by American media', 20),
       ('top-stories', 'Top Stories', 'The most important stories of the day', 20),
       ('editors-picks', 'Editor''s Picks', 'Stories our editors recommend', 20);
