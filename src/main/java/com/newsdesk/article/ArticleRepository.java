package com.newsdesk.article;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.SOURCE_SITE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;

import java.time.ZoneOffset;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** SQL for articles. Lists are keyset-paged: the indexes of changeset 0003 match their filters and order. */
@Repository
class ArticleRepository {

    private final DSLContext dsl;

    ArticleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Rows in newest-first order strictly after {@code after} (null: from the start), skipping {@code skip} of them.
     * Callers keep {@code skip} small by passing the cursor of the nearest row they know.
     */
    List<ArticleListItem> list(ArticleFilter filter, ArticleCursor after, int skip, int limit) {
        var englishTitle = coalesce(ARTICLE.TITLE, ARTICLE.MT_TITLE);
        return dsl.select(ARTICLE.ID, coalesce(englishTitle, ARTICLE.ORIGINAL_TITLE), englishTitle.isNotNull(),
                        SOURCE_SITE.NAME, ARTICLE.COUNTRY_CODE, ARTICLE.ORIGINAL_LANGUAGE, ARTICLE.STATUS,
                        ARTICLE.INGESTED_AT)
                .from(ARTICLE)
                .join(SOURCE_SITE).on(SOURCE_SITE.ID.eq(ARTICLE.SOURCE_SITE_ID))
                .where(conditions(filter, after))
                .orderBy(ARTICLE.INGESTED_AT.desc(), ARTICLE.ID.desc())
                .offset(skip)
                .limit(limit)
                .fetch(r -> new ArticleListItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), ArticleStatus.valueOf(r.value7()), r.value8().toInstant()));
    }

    private static Condition conditions(ArticleFilter filter, ArticleCursor after) {
        Condition c = noCondition();
        if (filter.status() != null) {
            c = c.and(ARTICLE.STATUS.eq(filter.status().name()));
        }
        if (filter.countryCode() != null) {
            c = c.and(ARTICLE.COUNTRY_CODE.eq(filter.countryCode()));
        }
        if (after != null) {
            c = c.and(row(ARTICLE.INGESTED_AT, ARTICLE.ID)
                    .lt(after.ingestedAt().atOffset(ZoneOffset.UTC), after.id()));
        }
        return c;
    }
}
