--liquibase formatted sql

--changeset newsdesk:0001-language
CREATE TABLE language (
    code      varchar(16)  PRIMARY KEY CHECK (code ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
    name      varchar(100) NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    direction varchar(3)   NOT NULL DEFAULT 'LTR' CHECK (direction IN ('LTR', 'RTL'))
);
COMMENT ON TABLE language IS 'BCP 47 languages with their text direction';

--changeset newsdesk:0001-country
CREATE TABLE country (
    code          char(2)      PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
    name          varchar(100) NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    language_code varchar(16)  REFERENCES language (code)
);
COMMENT ON TABLE country IS 'ISO 3166-1 alpha-2 countries the app covers; language_code is the usual language of its outlets';

--changeset newsdesk:0001-source-site
CREATE TABLE source_site (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name                  varchar(200)  NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    home_url              varchar(2000) NOT NULL CHECK (home_url ~* '^https?://[^\s/]+'),
    country_code          char(2)       NOT NULL REFERENCES country (code),
    language_code         varchar(16)   NOT NULL REFERENCES language (code),
    active                boolean       NOT NULL DEFAULT true,
    poll_interval_minutes integer       NOT NULL DEFAULT 30 CHECK (poll_interval_minutes BETWEEN 5 AND 1440),
    last_fetch_at         timestamptz,
    last_success_at       timestamptz,
    last_error            text,
    last_error_at         timestamptz,
    consecutive_failures  integer       NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0),
    created_at            timestamptz   NOT NULL DEFAULT now(),
    updated_at            timestamptz   NOT NULL DEFAULT now(),
    version               integer       NOT NULL DEFAULT 0,
    -- target of article's composite foreign key, which keeps article.country_code equal to its source's
    UNIQUE (id, country_code)
);
CREATE INDEX source_site_country_idx ON source_site (country_code);

CREATE TABLE source_feed (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_site_id bigint        NOT NULL REFERENCES source_site (id) ON DELETE CASCADE,
    url            varchar(2000) NOT NULL CHECK (url ~* '^https?://[^\s/]+'),
    UNIQUE (source_site_id, url)
);
