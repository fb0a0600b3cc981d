--liquibase formatted sql

--changeset newsdesk:0010-saved-filter
-- A person's named article-list filters, stored as the list's query string (the same text the address holds).
CREATE TABLE saved_filter (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username   varchar(64)   NOT NULL,
    name       varchar(100)  NOT NULL CHECK (length(trim(name)) > 0),
    query      varchar(2000) NOT NULL,
    created_at timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (username, name)
);
