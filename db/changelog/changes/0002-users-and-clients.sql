--liquibase formatted sql

--changeset newsdesk:0002-app-user
CREATE TABLE app_user (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      varchar(64)  NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    display_name  varchar(200) NOT NULL CHECK (length(trim(display_name)) > 0),
    email         varchar(320),
    -- delegating-encoder format, e.g. {bcrypt}$2a$...
    password_hash varchar(500) NOT NULL CHECK (password_hash ~ '^\{[a-z0-9@.-]+\}'),
    enabled       boolean      NOT NULL DEFAULT true,
    time_zone     varchar(64)  NOT NULL DEFAULT 'UTC',
    failed_logins integer      NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    locked_until  timestamptz,
    last_login_at timestamptz,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    version       integer      NOT NULL DEFAULT 0
);

CREATE TABLE user_role (
    user_id bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    varchar(16) NOT NULL CHECK (role IN ('ADMIN', 'EDITOR', 'REVIEWER')),
    PRIMARY KEY (user_id, role)
);

--changeset newsdesk:0002-api-client
CREATE TABLE api_client (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         varchar(200) NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    -- short public id at the start of the key, to find the row without scanning hashes
    key_prefix   varchar(24)  NOT NULL UNIQUE,
    -- SHA-256 of the whole key, hex; the key itself is shown once and never stored
    key_hash     char(64)     NOT NULL UNIQUE CHECK (key_hash ~ '^[0-9a-f]{64}$'),
    scopes       text[]       NOT NULL DEFAULT '{ingest}' CHECK (scopes <@ ARRAY ['ingest']::text[]),
    created_by   bigint       REFERENCES app_user (id) ON DELETE SET NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
