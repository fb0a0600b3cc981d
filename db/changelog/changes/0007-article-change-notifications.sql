--liquibase formatted sql

--changeset newsdesk:0007-article-change-notifications splitStatements:false
-- Every statement that changes articles tells every app instance that listens (the live review queue), through
-- PostgreSQL rather than memory, so that instances behind one load balancer see each other's changes. One
-- notification per statement, not per row: a bulk load of a million rows sends one.
CREATE FUNCTION article_changed_notify() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('article_changed', TG_OP);
    RETURN NULL;
END
$$;
CREATE TRIGGER article_changed_notify
    AFTER INSERT OR UPDATE OR DELETE ON article
    FOR EACH STATEMENT EXECUTE FUNCTION article_changed_notify();
