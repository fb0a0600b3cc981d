package com.newsdesk.article;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.SOURCE_SITE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.val;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.newsdesk.base.db.PlannerSettings;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record9;
import org.jooq.RecordMapper;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

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

    /** How long a text search may walk the time order before it looks its matches up in the text indexes instead. */
    static final Duration WALK_BUDGET = Duration.ofMillis(200);

    private final Duration walkBudget;
    private final TransactionTemplate savepoint;

    @Autowired
    ArticleRepository(DSLContext dsl, PlatformTransactionManager transactions) {
        this(dsl, transactions, WALK_BUDGET);
    }

    /** With another budget for the walk; with none, a text search goes straight to the text indexes (tests). */
    ArticleRepository(DSLContext dsl, PlatformTransactionManager transactions, Duration walkBudget) {
        this.dsl = dsl;
        this.walkBudget = walkBudget;
        this.savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Rows in newest-first order strictly after {@code after} (null: from the start), skipping {@code skip} of them.
     * Callers keep {@code skip} small by passing the cursor of the nearest row they know.
     */
    List<ArticleListItem> list(ArticleFilter filter, ArticleCursor after, int skip, int limit) {
        var englishTitle = coalesce(ARTICLE.TITLE, ARTICLE.MT_TITLE);
        var query = dsl.select(ARTICLE.ID, coalesce(englishTitle, ARTICLE.ORIGINAL_TITLE), englishTitle.isNotNull(),
                        SOURCE_SITE.NAME, ARTICLE.COUNTRY_CODE, ARTICLE.ORIGINAL_LANGUAGE, ARTICLE.STATUS,
                        ARTICLE.INGESTED_AT, ARTICLE.SOURCE_PUBLISHED_AT)
                .from(ARTICLE)
                .join(SOURCE_SITE).on(SOURCE_SITE.ID.eq(ARTICLE.SOURCE_SITE_ID))
                .where(conditions(filter, after))
                .orderBy(order(filter.order()))
                .offset(skip)
                .limit(limit);
        RecordMapper<Record9<Long, String, Boolean, String, String, String, String, OffsetDateTime, OffsetDateTime>,
                ArticleListItem> item = r -> new ArticleListItem(r.value1(), r.value2(), r.value3(), r.value4(),
                r.value5(), r.value6(), ArticleStatus.valueOf(r.value7()), r.value8().toInstant(),
                r.value9().toInstant());
        if (filter.text() == null) {
            return query.fetch(item);
        }
        // A text search asked for its newest matches walks the time-ordered index and tests each row: quick when the
        // words are common, as long as the whole table when they are rare or absent. PostgreSQL cannot tell the two
        // apart in advance (it guesses a word's frequency), so the walk gets a budget; past it, the matches are looked
        // up in the text indexes and sorted, which is quick exactly when they are few.
        if (!walkBudget.isZero()) {
            try {
                return savepoint.execute(tx -> withSettings(
                        Map.of("statement_timeout", walkBudget.toMillis() + "ms"), () -> query.fetch(item)));
            } catch (DataAccessException e) {
                if (!timedOut(e)) {
                    throw e;
                }
            }
        }
        return savepoint.execute(tx -> withSettings(PlannerSettings.INDEX_LOOKUP, () -> query.fetch(item)));
    }

    /** Runs {@code work} with {@code settings} for the current transaction only. */
    private <T> T withSettings(Map<String, String> settings, Supplier<T> work) {
        return PlannerSettings.with(dsl, settings, work);
    }

    private static boolean timedOut(DataAccessException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "57014".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
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
            // bounded by the matches, however rare the words: a sequential scan would read the whole table
            withSettings(PlannerSettings.INDEX_LOOKUP, () -> {
                var matches = dsl.select(ARTICLE.STATUS).from(ARTICLE).where(conditions(withoutStatuses, null))
                        .limit(SEARCH_COUNT_CAP + 1).asTable("matches");
                var status = matches.field(ARTICLE.STATUS);
                dsl.select(status, count()).from(matches).groupBy(status)
                        .forEach(r -> counts.put(ArticleStatus.valueOf(r.value1()), r.value2()));
                return null;
            });
        }
        return counts;
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
