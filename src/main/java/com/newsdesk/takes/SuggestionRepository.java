package com.newsdesk.takes;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.ARTICLE_FINGERPRINT;
import static org.jooq.impl.DSL.coalesce;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * SQL for suggestions. Candidates are found by the English full-text GIN index ({@code article.search_en},
 * changeset 0012) with a query made of the article's key terms, within a window of publication times (the
 * {@code source_published_at} index, changeset 0012), and cut to a few hundred rows before anything per row is
 * computed; only those are ranked.
 */
@Repository
class SuggestionRepository {

    /** The article suggestions are made for. */
    record Subject(long id, long sourceId, String countryCode, OffsetDateTime publishedAt, String title,
                   String text, Long dupGroup) {
    }

    /** A candidate: the article's terms it holds, and how similar its English title is. */
    record Candidate(long id, String countryCode, long sourceId, Long dupGroup, List<String> shared,
                     double titleSimilarity) {
    }

    private final DSLContext dsl;

    SuggestionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Subject> subject(long id) {
        var english = coalesce(ARTICLE.TITLE, ARTICLE.MT_TITLE);
        return dsl.select(ARTICLE.ID, ARTICLE.SOURCE_SITE_ID, ARTICLE.COUNTRY_CODE, ARTICLE.SOURCE_PUBLISHED_AT,
                        english, coalesce(ARTICLE.BODY, ARTICLE.MT_BODY), ARTICLE_FINGERPRINT.DUP_GROUP)
                .from(ARTICLE).leftJoin(ARTICLE_FINGERPRINT).on(ARTICLE_FINGERPRINT.ARTICLE_ID.eq(ARTICLE.ID))
                .where(ARTICLE.ID.eq(id))
                .fetchOptional(r -> new Subject(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        (r.value5() == null ? "" : r.value5()) + " " + (r.value6() == null ? ""
                                : r.value6().replaceAll("<[^>]*>", " ")), r.value7()));
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
     * Up to {@code cap} articles matching the tsquery (GIN index), published in [from, to] (publication-time index),
     * from another source, not rejected, not among {@code excluded}, not in the near-duplicate group of the article.
     * Only ids: nothing per row is computed here.
     */
    List<Long> candidates(Subject subject, String tsquery, Instant from, Instant to, List<Long> excluded, int cap) {
        return dsl.resultQuery("""
                SELECT a.id FROM article a
                WHERE a.search_en @@ ?::tsquery
                  AND a.source_published_at BETWEEN ?::timestamptz AND ?::timestamptz
                  AND a.id <> ? AND a.source_site_id <> ?
                  AND a.status <> 'REJECTED'
                  AND a.id <> ALL (?::bigint[])
                  AND NOT EXISTS (SELECT 1 FROM article_fingerprint t WHERE t.article_id = a.id AND t.dup_group = ?)
                LIMIT ?""",
                        tsquery, OffsetDateTime.ofInstant(from, java.time.ZoneOffset.UTC),
                        OffsetDateTime.ofInstant(to, java.time.ZoneOffset.UTC), subject.id(), subject.sourceId(),
                        excluded.toArray(Long[]::new), subject.dupGroup() == null ? -1L : subject.dupGroup(), cap)
                .fetch(0, Long.class);
    }

    /**
     * What ranking needs of the candidates: which of the article's lexemes each holds — one pass over its stored
     * vector in C ({@code setweight} marks the lexemes, {@code ts_filter} keeps them), no row per lexeme — its
     * near-duplicate group, and the trigram similarity of its English title (in Java: pg_trgm's similarity()
     * costs a fifth of a millisecond a row).
     */
    List<Candidate> describe(Subject subject, List<Long> ids, List<String> lexemes) {
        return dsl.resultQuery("""
                SELECT a.id, a.country_code, a.source_site_id,
                       (SELECT f.dup_group FROM article_fingerprint f WHERE f.article_id = a.id),
                       tsvector_to_array(ts_filter(setweight(setweight(a.search_en, 'D'), 'A', ?::text[]), '{a}')),
                       coalesce(a.title, a.mt_title, '')
                FROM article a WHERE a.id = ANY (?::bigint[])""",
                        lexemes.toArray(String[]::new), ids.toArray(Long[]::new))
                .fetch(r -> new Candidate(r.get(0, Long.class), r.get(1, String.class), r.get(2, Long.class),
                        r.get(3, Long.class), List.of(r.get(4, String[].class)),
                        TitleSimilarity.of(subject.title(), r.get(5, String.class))));
    }
}
