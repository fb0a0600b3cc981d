package com.newsdesk.article;

import static com.newsdesk.jooq.Tables.APP_USER;
import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.ARTICLE_DRAFT;
import static com.newsdesk.jooq.Tables.ARTICLE_REVISION;
import static com.newsdesk.jooq.Tables.COUNTRY;
import static com.newsdesk.jooq.Tables.GLOSSARY_TERM;
import static com.newsdesk.jooq.Tables.LANGUAGE;
import static com.newsdesk.jooq.Tables.SOURCE_SITE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.val;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** SQL of the review editor: one article in full, versioned updates, revisions, the next article in the queue. */
@Repository
class ArticleReviewRepository {

    static final List<String> QUEUE = List.of(ArticleStatus.TRANSLATED.name(), ArticleStatus.IN_REVIEW.name());

    private final DSLContext dsl;

    ArticleReviewRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<ArticleDetail> find(long id) {
        return dsl.select(ARTICLE.fields()).select(SOURCE_SITE.NAME, COUNTRY.NAME, LANGUAGE.NAME, LANGUAGE.DIRECTION)
                .from(ARTICLE)
                .join(SOURCE_SITE).on(SOURCE_SITE.ID.eq(ARTICLE.SOURCE_SITE_ID))
                .join(COUNTRY).on(COUNTRY.CODE.eq(ARTICLE.COUNTRY_CODE))
                .join(LANGUAGE).on(LANGUAGE.CODE.eq(ARTICLE.ORIGINAL_LANGUAGE))
                .where(ARTICLE.ID.eq(id))
                .fetchOptional(ArticleReviewRepository::detail);
    }

    private static ArticleDetail detail(Record r) {
        String mtBody = r.get(ARTICLE.MT_BODY);
        String body = r.get(ARTICLE.BODY);
        List<String> english = Paragraphs.split(body != null ? body : mtBody);
        Boolean[] flags = r.get(ARTICLE.PARAGRAPH_EDITED);
        List<Boolean> edited = english.stream().map(p -> false).toList();
        if (body != null && flags != null) {
            Boolean[] padded = Arrays.copyOf(flags, english.size());
            edited = Arrays.stream(padded).map(Boolean.TRUE::equals).toList();
        }
        return new ArticleDetail(r.get(ARTICLE.ID), r.get(ARTICLE.VERSION),
                ArticleStatus.valueOf(r.get(ARTICLE.STATUS)), r.get(ARTICLE.STATUS_REASON),
                r.get(SOURCE_SITE.NAME), r.get(ARTICLE.CANONICAL_URL), r.get(ARTICLE.COUNTRY_CODE), r.get(COUNTRY.NAME),
                r.get(ARTICLE.ORIGINAL_LANGUAGE), r.get(LANGUAGE.NAME), "RTL".equals(r.get(LANGUAGE.DIRECTION)),
                r.get(ARTICLE.AUTHOR), r.get(ARTICLE.SOURCE_PUBLISHED_AT).toInstant(),
                r.get(ARTICLE.PUBLISHED_AT_ESTIMATED), r.get(ARTICLE.INGESTED_AT).toInstant(),
                r.get(ARTICLE.LANGUAGE_MISMATCH), r.get(ARTICLE.SOURCE_CHANGED),
                r.get(ARTICLE.IMAGE_URL), r.get(ARTICLE.IMAGE_CAPTION), r.get(ARTICLE.IMAGE_CREDIT),
                r.get(ARTICLE.IMAGE_ALT),
                r.get(ARTICLE.ORIGINAL_TITLE), Paragraphs.split(r.get(ARTICLE.ORIGINAL_BODY)),
                r.get(ARTICLE.MT_TITLE), Paragraphs.split(mtBody), r.get(ARTICLE.MT_ENGINE),
                r.get(ARTICLE.TITLE) != null ? r.get(ARTICLE.TITLE) : r.get(ARTICLE.MT_TITLE), english, edited,
                r.get(ARTICLE.MT_ERROR));
    }

    /** Saves the English if the article still has {@code version}; false when someone else saved in between. */
    boolean saveEnglish(long id, int version, String title, String body, Boolean[] edited, ArticleStatus status,
                        long userId) {
        return dsl.update(ARTICLE)
                .set(ARTICLE.TITLE, title)
                .set(ARTICLE.BODY, body)
                .set(ARTICLE.PARAGRAPH_EDITED, edited)
                .set(ARTICLE.STATUS, status.name())
                .set(ARTICLE.CLAIMED_BY, coalesce(ARTICLE.CLAIMED_BY, val(userId)))
                .set(ARTICLE.UPDATED_AT, now())
                .set(ARTICLE.UPDATED_BY, userId)
                .set(ARTICLE.VERSION, ARTICLE.VERSION.plus(1))
                .where(ARTICLE.ID.eq(id).and(ARTICLE.VERSION.eq(version)))
                .execute() == 1;
    }

    /**
     * Moves the article to {@code to} if it still has {@code version}. Approval keeps the machine's English as the
     * article's English when nobody edited it, so that an approved article always has English.
     */
    boolean transition(long id, int version, ArticleStatus to, String reason, long userId) {
        var update = dsl.update(ARTICLE)
                .set(ARTICLE.STATUS, to.name())
                .set(ARTICLE.STATUS_REASON, reason)
                .set(ARTICLE.STATUS_CHANGED_AT, now())
                .set(ARTICLE.STATUS_CHANGED_BY, userId)
                .set(ARTICLE.UPDATED_AT, now())
                .set(ARTICLE.UPDATED_BY, userId)
                .set(ARTICLE.VERSION, ARTICLE.VERSION.plus(1));
        if (to != ArticleStatus.APPROVED) {
            // a scheduled publication belongs to the approval it was made on (and the schema allows it only then)
            update = update.set(ARTICLE.PUBLISH_AT, (OffsetDateTime) null);
        }
        if (to == ArticleStatus.IN_REVIEW) {
            update = update.set(ARTICLE.CLAIMED_BY, userId);
        }
        if (to == ArticleStatus.APPROVED) {
            update = update.set(ARTICLE.TITLE, coalesce(ARTICLE.TITLE, ARTICLE.MT_TITLE))
                    .set(ARTICLE.BODY, coalesce(ARTICLE.BODY, ARTICLE.MT_BODY))
                    .set(ARTICLE.APPROVED_BY, userId)
                    .set(ARTICLE.APPROVED_AT, now());
        }
        return update.where(ARTICLE.ID.eq(id).and(ARTICLE.VERSION.eq(version))).execute() == 1;
    }

    int addRevision(long id, String kind, String title, String body, Boolean[] edited, long userId) {
        int next = dsl.select(coalesce(max(ARTICLE_REVISION.REVISION_NO), 0).plus(1)).from(ARTICLE_REVISION)
                .where(ARTICLE_REVISION.ARTICLE_ID.eq(id)).fetchSingle().value1();
        dsl.insertInto(ARTICLE_REVISION)
                .set(ARTICLE_REVISION.ARTICLE_ID, id)
                .set(ARTICLE_REVISION.REVISION_NO, next)
                .set(ARTICLE_REVISION.KIND, kind)
                .set(ARTICLE_REVISION.TITLE, title)
                .set(ARTICLE_REVISION.BODY, body)
                .set(ARTICLE_REVISION.PARAGRAPH_EDITED, edited)
                .set(ARTICLE_REVISION.AUTHOR_ID, userId)
                .execute();
        return next;
    }

    List<RevisionItem> revisions(long id) {
        return dsl.select(ARTICLE_REVISION.REVISION_NO, ARTICLE_REVISION.KIND, APP_USER.USERNAME,
                        ARTICLE_REVISION.CREATED_AT, ARTICLE_REVISION.TITLE)
                .from(ARTICLE_REVISION)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(ARTICLE_REVISION.AUTHOR_ID))
                .where(ARTICLE_REVISION.ARTICLE_ID.eq(id))
                .orderBy(ARTICLE_REVISION.REVISION_NO.desc())
                .fetch(r -> new RevisionItem(r.value1(), r.value2(), r.value3(), r.value4().toInstant(), r.value5()));
    }

    /** One revision's text, with the revision before it (null for the first). */
    Optional<RevisionText> revision(long id, int number) {
        return dsl.select(ARTICLE_REVISION.TITLE, ARTICLE_REVISION.BODY, ARTICLE_REVISION.PARAGRAPH_EDITED)
                .from(ARTICLE_REVISION)
                .where(ARTICLE_REVISION.ARTICLE_ID.eq(id).and(ARTICLE_REVISION.REVISION_NO.eq(number)))
                .fetchOptional(r -> new RevisionText(number, r.value1(), Paragraphs.split(r.value2()), r.value3()));
    }

    /** The article after {@code id} in the queue's newest-first order, else the newest one in the queue. */
    Optional<Long> nextInQueue(long id) {
        var current = dsl.select(ARTICLE.INGESTED_AT, ARTICLE.ID).from(ARTICLE).where(ARTICLE.ID.eq(id)).fetchOne();
        var after = current == null ? null : dsl.select(ARTICLE.ID).from(ARTICLE)
                .where(ARTICLE.STATUS.in(QUEUE))
                .and(row(ARTICLE.INGESTED_AT, ARTICLE.ID).lt(current.value1(), current.value2()))
                .orderBy(ARTICLE.INGESTED_AT.desc(), ARTICLE.ID.desc())
                .limit(1)
                .fetchOne(ARTICLE.ID);
        if (after != null) {
            return Optional.of(after);
        }
        return dsl.select(ARTICLE.ID).from(ARTICLE).where(ARTICLE.STATUS.in(QUEUE)).and(ARTICLE.ID.ne(id))
                .orderBy(ARTICLE.INGESTED_AT.desc(), ARTICLE.ID.desc()).limit(1).fetchOptional(ARTICLE.ID);
    }

    /** Marks the article's latest save as a correction of its published text (revision kind and note). */
    void markCorrected(long id, int revision, String note) {
        dsl.update(ARTICLE).set(ARTICLE.CORRECTED_AT, now()).set(ARTICLE.CORRECTION_NOTE, note)
                .where(ARTICLE.ID.eq(id)).execute();
        dsl.update(ARTICLE_REVISION).set(ARTICLE_REVISION.CORRECTION_NOTE, note)
                .where(ARTICLE_REVISION.ARTICLE_ID.eq(id).and(ARTICLE_REVISION.REVISION_NO.eq(revision)))
                .execute();
    }

    List<TranslationChecks.Term> glossary(String language) {
        return dsl.select(GLOSSARY_TERM.SOURCE_TERM, GLOSSARY_TERM.ENGLISH_TERM).from(GLOSSARY_TERM)
                .where(GLOSSARY_TERM.LANGUAGE_CODE.eq(language))
                .fetch(r -> new TranslationChecks.Term(r.value1(), r.value2()));
    }

    /** Once the English is saved, the editor's unsaved draft of it is history. */
    void deleteDraft(long id, String username) {
        dsl.deleteFrom(ARTICLE_DRAFT).where(ARTICLE_DRAFT.ARTICLE_ID.eq(id).and(ARTICLE_DRAFT.USERNAME.eq(username)))
                .execute();
    }

    Optional<Long> userId(String username) {
        return dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username))
                .fetchOptional(APP_USER.ID);
    }

    /** For the audit: the state as it was. */
    Optional<Snapshot> snapshot(long id) {
        return dsl.select(ARTICLE.STATUS, ARTICLE.VERSION, ARTICLE.TITLE).from(ARTICLE).where(ARTICLE.ID.eq(id))
                .fetchOptional(r -> new Snapshot(r.value1(), r.value2(), r.value3()));
    }

    record Snapshot(String status, int version, String title) {
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

}
