package com.newsdesk.base;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.AUDIT_EVENT;
import static com.newsdesk.jooq.Tables.SOURCE_SITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newsdesk.NewsdeskIntegrationTest;
import com.newsdesk.audit.AuditTrail;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

/** The constraints that keep the data honest hold in the database itself, whatever code writes to it. */
@NewsdeskIntegrationTest
class SchemaIT {

    @Autowired
    DSLContext dsl;
    @Autowired
    AuditTrail audit;
    @Autowired
    TransactionTemplate tx;

    @Test
    void an_article_cannot_be_stored_twice_under_the_same_canonical_url() {
        var existing = dsl.selectFrom(ARTICLE).limit(1).fetchSingle();
        assertThatThrownBy(() -> dsl.insertInto(ARTICLE)
                .set(ARTICLE.SOURCE_SITE_ID, existing.getSourceSiteId())
                .set(ARTICLE.COUNTRY_CODE, existing.getCountryCode())
                .set(ARTICLE.CANONICAL_URL, existing.getCanonicalUrl())
                .set(ARTICLE.FEED_GUID, "another-guid")
                .set(ARTICLE.ORIGINAL_LANGUAGE, existing.getOriginalLanguage())
                .set(ARTICLE.ORIGINAL_TITLE, existing.getOriginalTitle())
                .set(ARTICLE.ORIGINAL_BODY, existing.getOriginalBody())
                .set(ARTICLE.SOURCE_PUBLISHED_AT, existing.getSourcePublishedAt())
                .execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("article_canonical_url_key");
    }

    @Test
    void an_articles_country_must_be_its_sources_country() {
        var article = dsl.selectFrom(ARTICLE).limit(1).fetchSingle();
        String otherCountry = dsl.select(SOURCE_SITE.COUNTRY_CODE).from(SOURCE_SITE)
                .where(SOURCE_SITE.COUNTRY_CODE.ne(article.getCountryCode())).limit(1).fetchSingle().value1();
        assertThatThrownBy(() -> dsl.update(ARTICLE).set(ARTICLE.COUNTRY_CODE, otherCountry)
                .where(ARTICLE.ID.eq(article.getId())).execute())
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void a_rejection_needs_a_reason() {
        long id = dsl.select(ARTICLE.ID).from(ARTICLE).where(ARTICLE.STATUS.eq("TRANSLATED")).limit(1)
                .fetchSingle(ARTICLE.ID);
        assertThatThrownBy(() -> dsl.update(ARTICLE).set(ARTICLE.STATUS, "REJECTED").setNull(ARTICLE.STATUS_REASON)
                .where(ARTICLE.ID.eq(id)).execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("article_reason_required");
    }

    @Test
    void audit_events_are_append_only() {
        Long id = tx.execute(s -> {
            audit.record("SCHEMA_TEST", "test", 1, null, java.util.Map.of("k", "v"), "test");
            return dsl.select(AUDIT_EVENT.ID).from(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("SCHEMA_TEST"))
                    .orderBy(AUDIT_EVENT.ID.desc()).limit(1).fetchSingle(AUDIT_EVENT.ID);
        });
        var row = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(id)).fetchSingle();
        assertThat(row.getActor()).isEqualTo("system");
        assertThat(row.getAfter().data()).contains("\"k\"");
        assertThatThrownBy(() -> dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.REASON, "changed")
                .where(AUDIT_EVENT.ID.eq(id)).execute())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(id)).execute())
                .hasMessageContaining("append-only");
    }

    @Test
    void the_audit_trail_refuses_to_write_outside_a_transaction() {
        assertThatThrownBy(() -> audit.record("SCHEMA_TEST", "test", 1, null, null, null))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }
}
