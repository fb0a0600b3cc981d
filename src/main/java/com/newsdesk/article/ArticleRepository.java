package com.newsdesk.article;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.SOURCE_SITE;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.val;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectOrderByStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Repository;

/**
 * SQL for articles. Lists are keyset-paged: the indexes of changesets 0003, 0006 and 0012 match their filters and
 * orders; text search uses the GIN indexes of 0012.
 */
@Repository
class ArticleRepository {

    /** Counts per status under a text search stop at this many matches: beyond it, a count is not worth its time. */
    static final int SEARCH_COUNT_CAP = 10_000;
    /** Not in the generated classes (a tsvector has no Java type there): see changeset 0012. */
    static final Field<Object> SEARCH_EN = field(name("search_en"));
    static final Field<String> SEARCH_ORIGINAL = SearchText.ORIGINAL;

    private final DSLContext dsl;

    /** Up to this many matches a text search sorts them itself; see {@link #fewMatches}. */
    private final int fewMatches;

    @Autowired
    ArticleRepository(DSLContext dsl) {
        this(dsl, SEARCH_COUNT_CAP);
    }

    /** With another bound for "few" matches: tests take the way a search with many matches goes on a small table. */
    ArticleRepository(DSLContext dsl, int fewMatches) {
        this.dsl = dsl;
        this.fewMatches = fewMatches;
    }

    /**
     * Rows in newest-first order strictly after {@code after} (null: from the start), skipping {@code skip} of them.
     * Callers keep {@code skip} small by passing the cursor of the nearest row they know.
     */
    List<ArticleListItem> list(ArticleFilter filter, ArticleCursor after, int skip, int limit) {
        Condition where = conditions(filter, after);
        if (filter.text() != null) {
            var few = fewMatches(filter, after);
            if (few != null) {
                where = conditions(filter.withText(null), after).and(ARTICLE.ID.eq(any(few)));
            }
        }
        var englishTitle = coalesce(ARTICLE.TITLE, ARTICLE.MT_TITLE);
        return dsl.select(ARTICLE.ID, coalesce(englishTitle, ARTICLE.ORIGINAL_TITLE), englishTitle.isNotNull(),
                        SOURCE_SITE.NAME, ARTICLE.COUNTRY_CODE, ARTICLE.ORIGINAL_LANGUAGE, ARTICLE.STATUS,
                        ARTICLE.INGESTED_AT, ARTICLE.SOURCE_PUBLISHED_AT)
                .from(ARTICLE)
                .join(SOURCE_SITE).on(SOURCE_SITE.ID.eq(ARTICLE.SOURCE_SITE_ID))
                .where(where)
                .orderBy(order(filter.order()))
                .offset(skip)
                .limit(limit)
                .fetch(r -> new ArticleListItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), ArticleStatus.valueOf(r.value7()), r.value8().toInstant(), r.value9().toInstant()));
    }

    private static List<SortField<?>> order(ArticleFilter.Order order) {
        return List.of(sortTime(order).desc(), ARTICLE.ID.desc());
    }

    private static Field<java.time.OffsetDateTime> sortTime(ArticleFilter.Order order) {
        return order == ArticleFilter.Order.PUBLISHED ? ARTICLE.SOURCE_PUBLISHED_AT : ARTICLE.INGESTED_AT;
    }

    /**
     * How many articles match the filter in each status (the filter's own statuses are ignored). Under a text search
     * only the first {@value #SEARCH_COUNT_CAP} + 1 matches are counted: a total above the cap means "more".
     */
    Map<ArticleStatus, Integer> countsByStatus(ArticleFilter filter) {
        var withoutStatuses = filter.anyStatus();
        Map<ArticleStatus, Integer> counts = new EnumMap<>(ArticleStatus.class);
        if (withoutStatuses.text() == null) {
            dsl.select(ARTICLE.STATUS, count()).from(ARTICLE).where(conditions(withoutStatuses, null))
                    .groupBy(ARTICLE.STATUS)
                    .forEach(r -> counts.put(ArticleStatus.valueOf(r.value1()), r.value2()));
        } else {
            var few = fewMatches(withoutStatuses, null);
            if (few != null) {
                dsl.select(ARTICLE.STATUS, count()).from(ARTICLE).where(ARTICLE.ID.eq(any(few)))
                        .groupBy(ARTICLE.STATUS)
                        .forEach(r -> counts.put(ArticleStatus.valueOf(r.value1()), r.value2()));
            } else {
                // more than the cap: the statuses of the first matches, one index at a time, are the sample shown
                var matches = textBranches(withoutStatuses, null, ARTICLE.STATUS)
                        .limit(SEARCH_COUNT_CAP + 1).asTable("matches");
                var status = matches.field(ARTICLE.STATUS);
                dsl.select(status, count()).from(matches).groupBy(status)
                        .forEach(r -> counts.put(ArticleStatus.valueOf(r.value1()), r.value2()));
            }
        }
        return counts;
    }

    /**
     * The ids of the articles a text search finds, when they are few (by default at most
     * {@value #SEARCH_COUNT_CAP}); null when they are more. A search is one condition per index (English vector, original's terms, title trigrams) joined by OR.
     * Asked for the newest 50 matches at once, PostgreSQL walks the time-ordered index and tests every row against
     * all three — fast for a common word, seconds for a rare one, whose matches are far apart. So the matches are
     * first looked up in each index on its own (a UNION ALL that stops after the cap): few of them are then sorted
     * directly; many mean that the walk along the time order finds the newest ones soon.
     */
    private Long[] fewMatches(ArticleFilter filter, ArticleCursor after) {
        var ids = textBranches(filter, after, ARTICLE.ID).limit(fewMatches + 1).fetch(ARTICLE.ID);
        if (ids.size() > fewMatches) {
            return null;
        }
        return new LinkedHashSet<>(ids).toArray(Long[]::new);
    }

    /** The filter's matches as one SELECT of {@code column} per text index, joined by UNION ALL (repeats possible). */
    private <T> SelectOrderByStep<Record1<T>> textBranches(ArticleFilter filter, ArticleCursor after,
                                                        Field<T> column) {
        Condition rest = conditions(filter.withText(null), after);
        SelectOrderByStep<Record1<T>> union = null;
        for (Condition branch : textConditions(filter.text())) {
            var select = dsl.select(column).from(ARTICLE).where(rest.and(branch));
            union = union == null ? select : union.unionAll(select);
        }
        return union;
    }

    /**
     * A text search: the English full-text vector (stemmed, web-search syntax: quotes, OR, -word), the original's
     * terms in any script (CJK as character pairs), or a part of the English title (trigram index).
     */
    static Condition textCondition(String text) {
        return DSL.or(textConditions(text));
    }

    /** The parts of {@link #textCondition}, one per index. */
    static List<Condition> textConditions(String text) {
        List<Condition> c = new ArrayList<>();
        c.add(condition("{0} @@ websearch_to_tsquery('english', {1})", SEARCH_EN, val(text)));
        String original = SearchText.query(text);
        if (original != null) {
            c.add(condition("{0} @@ cast({1} as tsquery)", SEARCH_ORIGINAL, val(original)));
        }
        if (text.codePointCount(0, text.length()) >= 3) {
            String pattern = "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            c.add(coalesce(ARTICLE.TITLE, ARTICLE.MT_TITLE).likeIgnoreCase(pattern, '!'));
        }
        return c;
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
        if (filter.text() != null) {
            c = c.and(textCondition(filter.text()));
        }
        if (after != null) {
            c = c.and(row(sortTime(filter.order()), ARTICLE.ID).lt(after.time().atOffset(ZoneOffset.UTC), after.id()));
        }
        return c;
    }
}
