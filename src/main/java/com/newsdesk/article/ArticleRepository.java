package com.newsdesk.article;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.SOURCE_SITE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;

import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** How many articles match the filter in each status (the filter's own statuses are ignored). */
    Map<ArticleStatus, Integer> countsByStatus(ArticleFilter filter) {
        var withoutStatuses = new ArticleFilter(Set.of(), filter.countryCode(), filter.sourceId(),
                filter.languageCode(), filter.ingestedFrom(), filter.ingestedTo());
        Map<ArticleStatus, Integer> counts = new EnumMap<>(ArticleStatus.class);
        dsl.select(ARTICLE.STATUS, count()).from(ARTICLE).where(conditions(withoutStatuses, null))
                .groupBy(ARTICLE.STATUS)
                .forEach(r -> counts.put(ArticleStatus.valueOf(r.value1()), r.value2()));
        return counts;
    }

    private static Condition conditions(ArticleFilter filter, ArticleCursor after) {
        Condition c = noCondition();
        if (filter.statuses().size() == 1) {
            c = c.and(ARTICLE.STATUS.eq(filter.statuses().iterator().next().name()));
        } else if (!filter.statuses().isEmpty()) {
            c = c.and(ARTICLE.STATUS.in(filter.statuses().stream().map(Enum::name).sorted().toList()));
        }
        if (filter.countryCode() != null) {
            c = c.and(ARTICLE.COUNTRY_CODE.eq(filter.countryCode()));
        }
        if (filter.sourceId() != null) {
            c = c.and(ARTICLE.SOURCE_SITE_ID.eq(filter.sourceId()));
        }
        if (filter.languageCode() != null) {
            c = c.and(ARTICLE.ORIGINAL_LANGUAGE.eq(filter.languageCode()));
        }
        if (filter.ingestedFrom() != null) {
            c = c.and(ARTICLE.INGESTED_AT.ge(filter.ingestedFrom().atOffset(ZoneOffset.UTC)));
        }
        if (filter.ingestedTo() != null) {
            c = c.and(ARTICLE.INGESTED_AT.lt(filter.ingestedTo().atOffset(ZoneOffset.UTC)));
        }
        if (after != null) {
            c = c.and(row(ARTICLE.INGESTED_AT, ARTICLE.ID)
                    .lt(after.ingestedAt().atOffset(ZoneOffset.UTC), after.id()));
        }
        return c;
    }
}
