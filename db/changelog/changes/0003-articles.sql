--liquibase formatted sql

--changeset newsdesk:0003-article
CREATE TABLE article (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_site_id         bigint        NOT NULL,
    -- copied from the source for indexing; the composite key below keeps it equal to the source's
    country_code           char(2)       NOT NULL REFERENCES country (code),
    -- normalised: scheme and host lower-cased, fragment and utm_* parameters dropped
    canonical_url          varchar(2000) NOT NULL UNIQUE CHECK (canonical_url ~ '^https?://[^\s/A-Z]+'),
    feed_guid              varchar(2000),
    author                 varchar(500),

    original_language      varchar(16)   NOT NULL REFERENCES language (code),
    original_title         text          NOT NULL CHECK (length(trim(original_title)) > 0),
    original_body          text          NOT NULL, -- sanitised HTML
    source_published_at    timestamptz   NOT NULL,
    -- true when the feed gave no usable publication time and ingestion time was used instead
    published_at_estimated boolean       NOT NULL DEFAULT false,
    language_mismatch      boolean       NOT NULL DEFAULT false,
    source_changed         boolean       NOT NULL DEFAULT false,

    image_url              varchar(2000),
    image_caption          text,
    image_credit           varchar(500),
    image_alt              text,

    -- machine translation, as the engine returned it
    mt_title               text,
    mt_body                text, -- sanitised HTML
    mt_engine              varchar(100),
    mt_at                  timestamptz,

    -- the English people edit and the app shows
    title                  text,
    body                   text, -- sanitised HTML
    -- one flag per top-level block of body, in document order: true where a person edited it
    paragraph_edited       boolean[]     NOT NULL DEFAULT '{}',

    status                 varchar(16)   NOT NULL DEFAULT 'INGESTED'
        CHECK (status IN ('INGESTED', 'TRANSLATED', 'IN_REVIEW', 'APPROVED', 'REJECTED', 'PUBLISHED', 'UNPUBLISHED')),
    status_reason          text,
    status_changed_at      timestamptz   NOT NULL DEFAULT now(),
    status_changed_by      bigint        REFERENCES app_user (id) ON DELETE SET NULL,
    claimed_by             bigint        REFERENCES app_user (id) ON DELETE SET NULL,
    approved_by            bigint        REFERENCES app_user (id) ON DELETE SET NULL,
    approved_at            timestamptz,
    -- scheduled publication: the article stays APPROVED with a time
    publish_at             timestamptz,
    published_by           bigint        REFERENCES app_user (id) ON DELETE SET NULL,
    published_at           timestamptz,
    -- set by a correction to a published article
    corrected_at           timestamptz,
    correction_note        text,

    ingested_at            timestamptz   NOT NULL DEFAULT now(),
    updated_at             timestamptz   NOT NULL DEFAULT now(),
    updated_by             bigint        REFERENCES app_user (id) ON DELETE SET NULL,
    version                integer       NOT NULL DEFAULT 0,

    FOREIGN KEY (source_site_id, country_code) REFERENCES source_site (id, country_code) ON UPDATE CASCADE,
    UNIQUE (source_site_id, feed_guid),
    CONSTRAINT article_translation_complete CHECK ((mt_title IS NULL) = (mt_body IS NULL)),
    CONSTRAINT article_translated_has_mt CHECK (status = 'INGESTED' OR mt_body IS NOT NULL OR body IS NOT NULL),
    CONSTRAINT article_reason_required CHECK (status NOT IN ('REJECTED', 'UNPUBLISHED') OR coalesce(length(trim(status_reason)), 0) > 0),
    CONSTRAINT article_schedule_only_approved CHECK (publish_at IS NULL OR status = 'APPROVED'),
    CONSTRAINT article_published_has_time CHECK (status <> 'PUBLISHED' OR published_at IS NOT NULL),
    CONSTRAINT article_published_has_english CHECK (status <> 'PUBLISHED' OR (title IS NOT NULL AND body IS NOT NULL)),
    CONSTRAINT article_image_fields_need_url CHECK (image_url IS NOT NULL OR (image_caption IS NULL AND image_credit IS NULL AND image_alt IS NULL))
);

-- The article list is newest first (ingested_at desc, id desc) and paged by keyset; one index per filter shape.
CREATE INDEX article_ingested_idx ON article (ingested_at DESC, id DESC);
CREATE INDEX article_status_ingested_idx ON article (status, ingested_at DESC, id DESC);
CREATE INDEX article_country_ingested_idx ON article (country_code, ingested_at DESC, id DESC);
CREATE INDEX article_country_status_ingested_idx ON article (country_code, status, ingested_at DESC, id DESC);
CREATE INDEX article_published_idx ON article (country_code, published_at DESC, id DESC) WHERE status = 'PUBLISHED';
CREATE INDEX article_publish_at_idx ON article (publish_at) WHERE publish_at IS NOT NULL;

--changeset newsdesk:0003-article-revision
CREATE TABLE article_revision (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id       bigint      NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    revision_no      integer     NOT NULL CHECK (revision_no > 0),
    kind             varchar(16) NOT NULL DEFAULT 'EDIT'
        CHECK (kind IN ('EDIT', 'RESTORE', 'CORRECTION', 'RETRANSLATION')),
    title            text        NOT NULL,
    body             text        NOT NULL,
    paragraph_edited boolean[]   NOT NULL DEFAULT '{}',
    correction_note  text,
    author_id        bigint      REFERENCES app_user (id) ON DELETE SET NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (article_id, revision_no)
);

--changeset newsdesk:0003-glossary
CREATE TABLE glossary_term (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    language_code varchar(16)  NOT NULL REFERENCES language (code),
    source_term   varchar(200) NOT NULL CHECK (length(trim(source_term)) > 0),
    english_term  varchar(200) NOT NULL CHECK (length(trim(english_term)) > 0),
    note          text,
    UNIQUE (language_code, source_term)
);
