package com.newsdesk.takes;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.ARTICLE_FINGERPRINT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.newsdesk.base.db.PlannerSettings;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * SQL for suggestions. Candidates are read from the narrow profile table ({@code take_profile}, changeset 0019: per
 * article its time, source, country, English title and the keys of at most 64 profile lexemes in its week, kept by
 * a trigger): one GIN lookup of the key terms' keys for the weeks of the window finds them, the best by the key terms
 * they hold come first (intarray's intersections, in C), cut to a hundred rows. Nothing reads the articles' large
 * full-text vectors (out of line in TOAST) nor scans the articles of the window.
 */
@Repository
class SuggestionRepository {

    /** The article suggestions are made for; {@code profile} (its profile lexemes) is empty without English. */
    record Subject(long id, long sourceId, String countryCode, OffsetDateTime publishedAt, String title,
                   String text, Long dupGroup, List<String> profile) {
    }

    /** A candidate: the article's profile lexemes its profile holds, its near-duplicate group, its title's likeness. */
    record Candidate(long id, String countryCode, long sourceId, Long dupGroup, List<String> shared,
                     double titleSimilarity) {
    }

    /** Bitmap lookups only (the key index), and no parallel workers: their start costs more than a hundred rows. */
    private static final Map<String, String> CANDIDATE_LOOKUP = Map.of("enable_indexscan", "off",
            "enable_seqscan", "off", "max_parallel_workers_per_gather", "0");

    private final DSLContext dsl;

    SuggestionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Subject> subject(long id) {
        var english = coalesce(ARTICLE.TITLE, ARTICLE.MT_TITLE);
        var profile = field("take_profile_terms({0})", String[].class, ARTICLE.SEARCH_EN);
        return dsl.select(ARTICLE.ID, ARTICLE.SOURCE_SITE_ID, ARTICLE.COUNTRY_CODE, ARTICLE.SOURCE_PUBLISHED_AT,
                        english, coalesce(ARTICLE.BODY, ARTICLE.MT_BODY), ARTICLE_FINGERPRINT.DUP_GROUP, profile)
                .from(ARTICLE).leftJoin(ARTICLE_FINGERPRINT).on(ARTICLE_FINGERPRINT.ARTICLE_ID.eq(ARTICLE.ID))
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
     * Up to {@code cap} articles whose profiles hold a key term, published in [from, to], from another source, not
     * rejected, not among {@code excluded}, not in the near-duplicate group of the article; those holding the most of
     * the first tier of key terms first, then the second, then the third (each tier counts twice the next), and those
     * holding only third-tier terms only when the others are fewer than the cap. Each candidate comes with the
     * article's profile lexemes that its profile holds.
     */
    List<Candidate> candidates(Subject subject, List<List<String>> tiers, Instant from, Instant to,
                               List<Long> excluded, int cap) {
        if (tiers.size() != 3) {
            throw new IllegalArgumentException("three tiers of key terms, not " + tiers.size());
        }
        var start = OffsetDateTime.ofInstant(from, ZoneOffset.UTC);
        var end = OffsetDateTime.ofInstant(to, ZoneOffset.UTC);
        // the keys of the article's profile lexemes in every week of the window: what the index is asked for, and
        // what tells which lexemes a candidate holds (no hashing per candidate row)
        Map<Integer, Map<Integer, String>> byWeek = new HashMap<>();
        dsl.resultQuery("""
                SELECT w, l, take_term_key(w, l)
                FROM generate_series(take_week(?::timestamptz), take_week(?::timestamptz)) w, unnest(?::text[]) l""",
                        start, end, subject.profile().toArray(String[]::new))
                .forEach(r -> byWeek.computeIfAbsent(r.get(0, Integer.class), w -> new HashMap<>())
                        .put(r.get(2, Integer.class), r.get(1, String.class)));
        Integer[][] tierKeys = tiers.stream().map(t -> keysOf(byWeek, Set.copyOf(t))).toArray(Integer[][]::new);
        Integer[] strong = keysOf(byWeek, Stream.concat(tiers.get(0).stream(), tiers.get(1).stream())
                .collect(Collectors.toSet()));
        // those holding one of the two heavier tiers (a few hundred rows at a million articles), and only if they are
        // fewer than the cap, those holding one of the third (thousands)
        var window = new Window(start, end, byWeek, tierKeys);
        List<Candidate> found = new ArrayList<>(lookup(subject, window, strong, excluded, cap));
        if (found.size() < cap && !tiers.get(2).isEmpty()) {
            List<Long> skip = new ArrayList<>(excluded);
            found.forEach(c -> skip.add(c.id()));
            found.addAll(lookup(subject, window, tierKeys[2], skip, cap - found.size()));
        }
        return found;
    }

    /** The window's times, the article's lexemes by key in each of its weeks, and the keys of each tier. */
    private record Window(OffsetDateTime start, OffsetDateTime end, Map<Integer, Map<Integer, String>> byWeek,
                          Integer[][] tierKeys) {
    }

    /** Up to {@code cap} candidates whose profiles hold one of {@code keys}, best first. */
    private List<Candidate> lookup(Subject subject, Window window, Integer[] keys, List<Long> excluded, int cap) {
        // the GIN lookup, whatever the planner guesses of the (unestimable) overlap; no workers for a hundred rows
        return PlannerSettings.with(dsl, CANDIDATE_LOOKUP, () -> dsl.resultQuery("""
                SELECT p.article_id, p.country_code, p.source_site_id,
                       (SELECT f.dup_group FROM article_fingerprint f WHERE f.article_id = p.article_id),
                       take_week(p.published_at), p.keys, p.title
                FROM take_profile p
                WHERE p.keys OPERATOR(intarray.&&) ?::integer[]
                  AND p.published_at BETWEEN ?::timestamptz AND ?::timestamptz
                  AND p.article_id <> ? AND p.source_site_id <> ? AND NOT p.rejected
                  AND p.article_id <> ALL (?::bigint[])
                  AND (?::bigint IS NULL OR NOT EXISTS (SELECT 1 FROM article_fingerprint t
                                                        WHERE t.article_id = p.article_id AND t.dup_group = ?))
                ORDER BY 4 * intarray.icount(p.keys OPERATOR(intarray.&) ?::integer[])
                         + 2 * intarray.icount(p.keys OPERATOR(intarray.&) ?::integer[])
                         + intarray.icount(p.keys OPERATOR(intarray.&) ?::integer[]) DESC, p.article_id
                LIMIT ?""",
                        keys, window.start(), window.end(), subject.id(), subject.sourceId(),
                        excluded.toArray(Long[]::new), subject.dupGroup(), subject.dupGroup(),
                        window.tierKeys()[0], window.tierKeys()[1], window.tierKeys()[2], cap)
                .fetch(r -> {
                    Map<Integer, String> lexemes = window.byWeek().getOrDefault(r.get(4, Integer.class), Map.of());
                    List<String> shared = Arrays.stream(r.get(5, Integer[].class)).map(lexemes::get)
                            .filter(Objects::nonNull).toList();
                    return new Candidate(r.get(0, Long.class), r.get(1, String.class), r.get(2, Long.class),
                            r.get(3, Long.class), shared, TitleSimilarity.of(subject.title(), r.get(6, String.class)));
                }));
    }

    /** The keys of the lexemes in every week, sorted (intarray's form). */
    private static Integer[] keysOf(Map<Integer, Map<Integer, String>> byWeek, Set<String> lexemes) {
        return byWeek.values().stream().flatMap(m -> m.entrySet().stream())
                .filter(e -> lexemes.contains(e.getValue())).map(Map.Entry::getKey)
                .distinct().sorted().toArray(Integer[]::new);
    }
}
