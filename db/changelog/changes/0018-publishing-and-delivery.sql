--liquibase formatted sql

--changeset newsdesk:0018-dont-miss-outside-us
-- "Don't Miss" is for stories American media overlook: it refuses articles from sources in the United States.
-- The seed (0004) left excluded_country empty. Countries are reference data that admins (or the demo) load, so the
-- United States and English are made sure of first, without touching them when they are there already.
INSERT INTO language (code, name, direction) VALUES ('en', 'English', 'LTR') ON CONFLICT DO NOTHING;
INSERT INTO country (code, name, language_code) VALUES ('US', 'United States', 'en') ON CONFLICT DO NOTHING;
UPDATE feature SET excluded_country = 'US' WHERE code = 'dont-miss' AND excluded_country IS NULL;

--changeset newsdesk:0018-delivery-change-notifications splitStatements:false
-- What the public delivery API shows changed: every app instance drops its cached responses (DeliveryCache). Sent
-- on commit, once per transaction (PostgreSQL folds equal notifications). Articles notify only when a published
-- article is involved (publish, unpublish, correction, deletion), so that ingestion and review leave the cache warm.
CREATE FUNCTION delivery_changed_notify() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('delivery_changed', TG_TABLE_NAME);
    RETURN NULL;
END
$$;
CREATE TRIGGER delivery_article_inserted
    AFTER INSERT ON article
    FOR EACH ROW WHEN (NEW.status = 'PUBLISHED') EXECUTE FUNCTION delivery_changed_notify();
CREATE TRIGGER delivery_article_updated
    AFTER UPDATE ON article
    FOR EACH ROW WHEN (OLD.status = 'PUBLISHED' OR NEW.status = 'PUBLISHED') EXECUTE FUNCTION delivery_changed_notify();
CREATE TRIGGER delivery_article_deleted
    AFTER DELETE ON article
    FOR EACH ROW WHEN (OLD.status = 'PUBLISHED') EXECUTE FUNCTION delivery_changed_notify();
CREATE TRIGGER delivery_take_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON alternative_take
    FOR EACH STATEMENT EXECUTE FUNCTION delivery_changed_notify();
CREATE TRIGGER delivery_feature_entry_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON feature_entry
    FOR EACH STATEMENT EXECUTE FUNCTION delivery_changed_notify();
CREATE TRIGGER delivery_feature_changed
    AFTER INSERT OR UPDATE OR DELETE ON feature
    FOR EACH STATEMENT EXECUTE FUNCTION delivery_changed_notify();
-- names shown with every article (not the fetch bookkeeping that feed polling updates all day)
CREATE TRIGGER delivery_source_renamed
    AFTER UPDATE ON source_site
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.country_code IS DISTINCT FROM NEW.country_code)
    EXECUTE FUNCTION delivery_changed_notify();
CREATE TRIGGER delivery_country_changed
    AFTER INSERT OR UPDATE ON country
    FOR EACH STATEMENT EXECUTE FUNCTION delivery_changed_notify();
CREATE TRIGGER delivery_language_renamed
    AFTER UPDATE ON language
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION delivery_changed_notify();
