package com.newsdesk.takes;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.ARTICLE_FINGERPRINT;
import static com.newsdesk.jooq.Tables.TAKE_PROFILE;
import static org.jooq.impl.DSL.coalesce;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * SQL for suggestions. Candidates are read from the narrow profile table ({@code take_profile}, changeset 0019: per
 * article its time, source, country, English title and at most 64 profile lexemes, kept by a trigger): those within
 * the window of publication times holding one of the article's key terms (GIN index on the terms, btree on the time),
 * the best by the key terms' weight first, cut to a hundred rows. Nothing reads the articles' large full-text
 * vectors, which sit out of line in TOAST and were most of a suggestion's time at a million articles.
 */
@Repository
class SuggestionRepository {

    /** The article suggestions are made for; {@code profile} is empty for an article without English. */
    record Subject(long id, long sourceId, String countryCode, OffsetDateTime publishedAt, String title,
                   String text, Long dupGroup, List<String> profile) {
    }

    /** A candidate: its profile lexemes, its near-duplicate group, how similar its English title is. */
    record Candidate(long id, String countryCode, long sourceId, Long dupGroup, List<String> terms,
                     double titleSimilarity) {
    }

    private final DSLContext dsl;

    SuggestionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Subject> subject(long id) {
        var english = coalesce(ARTICLE.TITLE, ARTICLE.MT_TITLE);
        return dsl.select(ARTICLE.ID, ARTICLE.SOURCE_SITE_ID, ARTICLE.COUNTRY_CODE, ARTICLE.SOURCE_PUBLISHED_AT,
                        english, coalesce(ARTICLE.BODY, ARTICLE.MT_BODY), ARTICLE_FINGERPRINT.DUP_GROUP,
                        TAKE_PROFILE.TERMS)
                .from(ARTICLE).leftJoin(ARTICLE_FINGERPRINT).on(ARTICLE_FINGERPRINT.ARTICLE_ID.eq(ARTICLE.ID))
                .leftJoin(TAKE_PROFILE).on(TAKE_PROFILE.ARTICLE_ID.eq(ARTICLE.ID))
                .where(ARTICLE.ID.eq(id))
                .fetchOptional(r -> new Subject(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        (r.value5() == null ? "" : r.value5()) + " " + (r.value6() == null ? ""
                                : r.value6().replaceAll("<[^>]*>", " ")), r.value7(),
                        r.value8() == null ? List.of() : List.of(r.value8())));
    }

    /** The lexemes of the article's English vector with their use and how many sampled articles hold them. */
    List<KeyTerms.Lexeme> lexemes(long id) {
        return dsl.resultQuery("""
                SELECT u.lexeme, coalesce(array_length(u.positions, 1), 1), 'A' = ANY (u.weights), s.ndoc
                FROM article a CROSS JOIN LATERAL unnest(a.search_en) u
                LEFT JOIN take_term_stat s ON s.lexeme = u.lexeme
                WHERE a.id = ?""", id)
                .fetch(r -> new KeyTerms.Lexeme(r.get(0, String.class), r.get(1, Integer.class),
                        Boolean.TRUE.equals(r.get(2, Boolean.class)), r.get(3, Integer.class)));
    }

    /**
     * Up to {@code cap} articles whose profiles hold one of the key terms, published in [from, to], from another
     * source, not rejected, not among {@code excluded}, not in the near-duplicate group of the article; those whose
     * profiles hold the most key-term weight first.
     */
    List<Candidate> candidates(Subject subject, List<KeyTerms.Term> keys, Instant from, Instant to,
                               List<Long> excluded, int cap) {
        return dsl.resultQuery("""
                SELECT p.article_id, p.country_code, p.source_site_id,
                       (SELECT f.dup_group FROM article_fingerprint f WHERE f.article_id = p.article_id),
                       p.terms, p.title
                FROM take_profile p
                WHERE p.terms && ?::text[]
                  AND p.published_at BETWEEN ?::timestamptz AND ?::timestamptz
                  AND p.article_id <> ? AND p.source_site_id <> ? AND NOT p.rejected
                  AND p.article_id <> ALL (?::bigint[])
                  AND (?::bigint IS NULL OR NOT EXISTS (SELECT 1 FROM article_fingerprint t
                                                        WHERE t.article_id = p.article_id AND t.dup_group = ?))
                ORDER BY (SELECT sum(k.w) FROM unnest(?::text[], ?::float8[]) k(l, w) WHERE k.l = ANY (p.terms)) DESC,
                         p.article_id
                LIMIT ?""",
                        keys.stream().map(KeyTerms.Term::lexeme).toArray(String[]::new),
                        OffsetDateTime.ofInstant(from, ZoneOffset.UTC), OffsetDateTime.ofInstant(to, ZoneOffset.UTC),
                        subject.id(), subject.sourceId(), excluded.toArray(Long[]::new), subject.dupGroup(), subject.dupGroup(),
                        keys.stream().map(KeyTerms.Term::lexeme).toArray(String[]::new),
                        keys.stream().map(KeyTerms.Term::weight).toArray(Double[]::new), cap)
                .fetch(r -> new Candidate(r.get(0, Long.class), r.get(1, String.class), r.get(2, Long.class),
                        r.get(3, Long.class), List.of(r.get(4, String[].class)),
                        TitleSimilarity.of(subject.title(), r.get(5, String.class))));
    }
}
