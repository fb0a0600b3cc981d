package com.newsdesk.takes;

import static com.newsdesk.jooq.Tables.ALTERNATIVE_TAKE;
import static com.newsdesk.jooq.Tables.APP_USER;
import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.ARTICLE_FINGERPRINT;
import static com.newsdesk.jooq.Tables.COUNTRY;
import static com.newsdesk.jooq.Tables.SOURCE_SITE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.when;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.newsdesk.article.ArticleStatus;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.springframework.stereotype.Repository;

/**
 * SQL for the links between articles. A link is one row, the smaller article id first (changeset 0004); each side
 * keeps the other's place in its own list (position_a: B among A's takes, position_b: A among B's).
 */
@Repository
class TakeRepository {

    static final Field<String> ENGLISH_TITLE = coalesce(ARTICLE.TITLE, ARTICLE.MT_TITLE, ARTICLE.ORIGINAL_TITLE);

    private final DSLContext dsl;

    TakeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<TakeArticle> article(long id) {
        return articleSelect().where(ARTICLE.ID.eq(id)).fetchOptional(TakeRepository::toArticle);
    }

    List<TakeArticle> articles(Collection<Long> ids) {
        return articleSelect().where(ARTICLE.ID.in(ids)).fetch(TakeRepository::toArticle);
    }

    SelectOnConditionStep<Record> articleSelect(org.jooq.SelectFieldOrAsterisk... more) {
        List<org.jooq.SelectFieldOrAsterisk> fields = new ArrayList<>(List.of(ARTICLE.ID, ENGLISH_TITLE,
                ARTICLE.COUNTRY_CODE, COUNTRY.NAME, ARTICLE.SOURCE_SITE_ID, SOURCE_SITE.NAME, ARTICLE.STATUS,
                ARTICLE.SOURCE_PUBLISHED_AT, ARTICLE_FINGERPRINT.DUP_GROUP));
        fields.addAll(List.of(more));
        return dsl.select(fields)
                .from(ARTICLE)
                .join(SOURCE_SITE).on(SOURCE_SITE.ID.eq(ARTICLE.SOURCE_SITE_ID))
                .join(COUNTRY).on(COUNTRY.CODE.eq(ARTICLE.COUNTRY_CODE))
                .leftJoin(ARTICLE_FINGERPRINT).on(ARTICLE_FINGERPRINT.ARTICLE_ID.eq(ARTICLE.ID));
    }

    static TakeArticle toArticle(Record r) {
        return new TakeArticle(r.get(ARTICLE.ID), r.get(ENGLISH_TITLE), r.get(ARTICLE.COUNTRY_CODE),
                r.get(COUNTRY.NAME), r.get(ARTICLE.SOURCE_SITE_ID), r.get(SOURCE_SITE.NAME),
                ArticleStatus.valueOf(r.get(ARTICLE.STATUS)), r.get(ARTICLE.SOURCE_PUBLISHED_AT).toInstant(),
                r.get(ARTICLE_FINGERPRINT.DUP_GROUP));
    }

    /** The takes of an article in its own order. */
    List<Take> takes(long id) {
        Field<Long> other = when(ALTERNATIVE_TAKE.ARTICLE_A_ID.eq(id), ALTERNATIVE_TAKE.ARTICLE_B_ID)
                .otherwise(ALTERNATIVE_TAKE.ARTICLE_A_ID).as("other");
        Field<Integer> position = when(ALTERNATIVE_TAKE.ARTICLE_A_ID.eq(id), ALTERNATIVE_TAKE.POSITION_A)
                .otherwise(ALTERNATIVE_TAKE.POSITION_B).as("position");
        var links = dsl.select(other, position, ALTERNATIVE_TAKE.NOTE).from(ALTERNATIVE_TAKE)
                .where(ALTERNATIVE_TAKE.ARTICLE_A_ID.eq(id).or(ALTERNATIVE_TAKE.ARTICLE_B_ID.eq(id)))
                .asTable("l");
        var linkedId = links.field("other", Long.class);
        var place = links.field("position", Integer.class);
        var note = links.field("note", String.class);
        return articleSelect(place, note)
                .join(links).on(linkedId.eq(ARTICLE.ID))
                .orderBy(place, ARTICLE.ID)
                .fetch(r -> new Take(toArticle(r), r.get(place), r.get(note)));
    }

    /** How many takes each of the given articles has. */
    java.util.Map<Long, Integer> takeCounts(Collection<Long> ids) {
        var a = dsl.select(ALTERNATIVE_TAKE.ARTICLE_A_ID.as("id")).from(ALTERNATIVE_TAKE)
                .where(ALTERNATIVE_TAKE.ARTICLE_A_ID.in(ids))
                .unionAll(dsl.select(ALTERNATIVE_TAKE.ARTICLE_B_ID).from(ALTERNATIVE_TAKE)
                        .where(ALTERNATIVE_TAKE.ARTICLE_B_ID.in(ids)))
                .asTable("t");
        var id = a.field("id", Long.class);
        return dsl.select(id, org.jooq.impl.DSL.count()).from(a).groupBy(id).fetchMap(id, org.jooq.impl.DSL.count());
    }

    boolean linked(long a, long b) {
        return dsl.fetchExists(ALTERNATIVE_TAKE, ALTERNATIVE_TAKE.ARTICLE_A_ID.eq(Math.min(a, b))
                .and(ALTERNATIVE_TAKE.ARTICLE_B_ID.eq(Math.max(a, b))));
    }

    /**
     * Serialises changes to the takes of these articles (a link changes both lists) without blocking anyone who
     * edits the articles themselves: transaction-scoped advisory locks, taken in id order so that two reviewers
     * linking the same pair the other way round cannot deadlock.
     */
    void lock(long... ids) {
        long[] sorted = ids.clone();
        java.util.Arrays.sort(sorted);
        for (long id : sorted) {
            dsl.execute("SELECT pg_advisory_xact_lock(?, ?)", LOCK_NAMESPACE, (int) id);
        }
    }

    /** The namespace of these advisory locks, so that they never meet another feature's. */
    private static final int LOCK_NAMESPACE = 0x7A4B_0006;

    /** The next free place at the end of an article's list. */
    int nextPosition(long id) {
        Integer a = dsl.select(max(ALTERNATIVE_TAKE.POSITION_A)).from(ALTERNATIVE_TAKE)
                .where(ALTERNATIVE_TAKE.ARTICLE_A_ID.eq(id)).fetchOne(0, Integer.class);
        Integer b = dsl.select(max(ALTERNATIVE_TAKE.POSITION_B)).from(ALTERNATIVE_TAKE)
                .where(ALTERNATIVE_TAKE.ARTICLE_B_ID.eq(id)).fetchOne(0, Integer.class);
        int last = Math.max(a == null ? -1 : a, b == null ? -1 : b);
        return last + 1;
    }

    void insert(long article, long other, int articlePosition, int otherPosition, String note, Long userId) {
        boolean articleFirst = article < other;
        dsl.insertInto(ALTERNATIVE_TAKE)
                .set(ALTERNATIVE_TAKE.ARTICLE_A_ID, Math.min(article, other))
                .set(ALTERNATIVE_TAKE.ARTICLE_B_ID, Math.max(article, other))
                .set(ALTERNATIVE_TAKE.POSITION_A, articleFirst ? articlePosition : otherPosition)
                .set(ALTERNATIVE_TAKE.POSITION_B, articleFirst ? otherPosition : articlePosition)
                .set(ALTERNATIVE_TAKE.NOTE, note)
                .set(ALTERNATIVE_TAKE.CREATED_BY, userId)
                .execute();
    }

    boolean delete(long a, long b) {
        return dsl.deleteFrom(ALTERNATIVE_TAKE).where(ALTERNATIVE_TAKE.ARTICLE_A_ID.eq(Math.min(a, b))
                .and(ALTERNATIVE_TAKE.ARTICLE_B_ID.eq(Math.max(a, b)))).execute() == 1;
    }

    boolean setNote(long a, long b, String note) {
        return dsl.update(ALTERNATIVE_TAKE).set(ALTERNATIVE_TAKE.NOTE, note)
                .where(ALTERNATIVE_TAKE.ARTICLE_A_ID.eq(Math.min(a, b))
                        .and(ALTERNATIVE_TAKE.ARTICLE_B_ID.eq(Math.max(a, b)))).execute() == 1;
    }

    /** Gives the others in {@code order} the places 0, 1, 2 … in the article's list, in one batch. */
    void reorder(long article, List<Long> order) {
        List<org.jooq.Query> updates = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            long other = order.get(i);
            var field = article < other ? ALTERNATIVE_TAKE.POSITION_A : ALTERNATIVE_TAKE.POSITION_B;
            updates.add(dsl.update(ALTERNATIVE_TAKE).set(field, inline(i))
                    .where(ALTERNATIVE_TAKE.ARTICLE_A_ID.eq(Math.min(article, other))
                            .and(ALTERNATIVE_TAKE.ARTICLE_B_ID.eq(Math.max(article, other)))));
        }
        if (!updates.isEmpty()) {
            dsl.batch(updates).execute();
        }
    }

    Optional<Long> userId(String username) {
        return dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOptional(APP_USER.ID);
    }
}
