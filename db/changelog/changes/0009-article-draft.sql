--liquibase formatted sql

--changeset newsdesk:0009-article-draft
-- What an editor typed and has not saved yet, kept on the server as they type, so that it survives a closed tab,
-- a crashed browser or a lost connection. base_version is the article version the draft was written against: a
-- restored draft is saved against it, so that it can never silently overwrite someone else's newer save.
CREATE TABLE article_draft (
    article_id   bigint      NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    username     varchar(64) NOT NULL,
    base_version integer     NOT NULL,
    title        text        NOT NULL,
    paragraphs   text[]      NOT NULL,
    saved_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (article_id, username)
);
