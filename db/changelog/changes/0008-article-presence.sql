--liquibase formatted sql

--changeset newsdesk:0008-article-presence
-- Who has an article open in the review editor, kept alive by heartbeats; a row not seen for 45 seconds counts as
-- gone (a closed tab). Presence is not a status: it never blocks a save, optimistic locking does that.
CREATE TABLE article_presence (
    article_id     bigint      NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    username       varchar(64) NOT NULL,
    since          timestamptz NOT NULL DEFAULT now(),
    seen_at        timestamptz NOT NULL DEFAULT now(),
    -- set when another editor took the article over, so that this editor is told
    taken_over_by  varchar(64),
    PRIMARY KEY (article_id, username)
);
