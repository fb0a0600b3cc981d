package com.newsdesk.bench;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.ARTICLE_FINGERPRINT;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import com.newsdesk.takes.NearDuplicates;
import com.newsdesk.takes.SuggestionService;
import com.newsdesk.takes.TermStatistics;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Alternative takes: near-duplicate fingerprinting of the articles not fingerprinted yet (up to
 * {@code newsdesk.bench.fingerprints}, the oldest first: what the background job does); the refresh of the term
 * statistics the ranking uses; and suggestions for one article after another (each run a different article, as
 * reviewers move through the worklist), through {@link SuggestionService} as the linking screen calls it, with the
 * fingerprints in place, since near-duplicates are left out of and folded among the suggestions.
 */
@Component
class TakesBenchmark {

    /** Suggestions per article, as the linking screen asks for. */
    static final int SUGGESTIONS = 20;

    private final SuggestionService suggestions;
    private final TermStatistics statistics;
    private final NearDuplicates nearDuplicates;
    private final DSLContext dsl;
    private final int fingerprints;

    TakesBenchmark(SuggestionService suggestions, TermStatistics statistics, NearDuplicates nearDuplicates,
                   DSLContext dsl, @Value("${newsdesk.bench.fingerprints:2000}") int fingerprints) {
        this.fingerprints = fingerprints;
        this.suggestions = suggestions;
        this.statistics = statistics;
        this.nearDuplicates = nearDuplicates;
        this.dsl = dsl;
    }

    /** Must run with an editor's or reviewer's authentication in place: the service checks the role. */
    void run(BenchReport report, int runs, long seed) {
        long start = System.nanoTime();
        int done = 0;
        while (done < fingerprints) {
            int n = nearDuplicates.detectPending(Math.min(500, fingerprints - done));
            if (n == 0) {
                break;
            }
            done += n;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int total = dsl.fetchCount(ARTICLE_FINGERPRINT);
        if (done > 0) {
            report.add(BenchReport.Figure.rate("near-duplicate fingerprinting (MinHash + band lookup)", "articles/s",
                    done / Math.max(seconds, 1e-9), done + " articles, the oldest not yet fingerprinted first (the "
                            + "background job's work); " + total + " fingerprinted in all"));
        }
        report.data("articles with a near-duplicate fingerprint", total);

        start = System.nanoTime();
        int sample = statistics.refresh();
        double refresh = (System.nanoTime() - start) / 1e6;
        report.add(BenchReport.Figure.latencies("take suggestions, term statistics refresh", new double[] {refresh},
                "ts_stat over the " + sample + " most recent articles with English; hourly in the background"));

        List<Long> articles = articlesWithEnglish(runs + 5, seed);
        if (articles.size() <= 5) {
            return;
        }
        int[] found = new int[1];
        int[] index = new int[1];
        double[] millis = new double[articles.size() - 5];
        for (int i = 0; i < articles.size(); i++) {
            long id = articles.get(i);
            long t = System.nanoTime();
            int n = suggestions.suggest(id, SUGGESTIONS).size();
            double elapsed = (System.nanoTime() - t) / 1e6;
            if (i >= 5) { // the first five warm up
                millis[index[0]++] = elapsed;
                found[0] += n;
            }
        }
        report.add(BenchReport.Figure.latencies("take suggestions, " + SUGGESTIONS + " per article (service)", millis,
                String.format(Locale.ROOT, "a different article each run; ±%d days; %.1f suggestions on average",
                        suggestions.windowDays(), found[0] / (double) millis.length)));
    }

    /** Articles spread over the table, drawn with the benchmark's seed, that have English to compare. */
    private List<Long> articlesWithEnglish(int count, long seed) {
        var bounds = dsl.select(min(ARTICLE.ID), max(ARTICLE.ID)).from(ARTICLE).fetchSingle();
        if (bounds.value1() == null) {
            return List.of();
        }
        var random = new SplittableRandom(seed);
        List<Long> picked = new ArrayList<>();
        for (int attempt = 0; picked.size() < count && attempt < count * 20; attempt++) {
            long id = random.nextLong(bounds.value1(), bounds.value2() + 1);
            boolean english = dsl.fetchExists(ARTICLE, ARTICLE.ID.eq(id).and(ARTICLE.MT_TITLE.isNotNull()));
            if (english && !picked.contains(id)) {
                picked.add(id);
            }
        }
        return picked;
    }
}
