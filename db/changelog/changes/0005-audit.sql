--liquibase formatted sql

--changeset newsdesk:0005-audit-event
CREATE TABLE audit_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    -- username, 'system', or 'api:<client name>'; kept as text so that the record outlives the account
    actor       varchar(200) NOT NULL,
    action      varchar(64)  NOT NULL CHECK (action ~ '^[A-Z][A-Z0-9_]*$'),
    entity_type varchar(32)  NOT NULL,
    entity_id   varchar(64),
    before      jsonb,
    after       jsonb,
    reason      text
);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at DESC, id DESC);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, occurred_at DESC);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, occurred_at DESC);

--changeset newsdesk:0005-audit-append-only splitStatements:false
CREATE FUNCTION audit_event_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP;
END
$$;
CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
