package com.newsdesk.bench;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static org.jooq.impl.DSL.count;

import java.util.List;
import java.util.function.Supplier;

import com.newsdesk.article.ArticleCursor;
import com.newsdesk.article.ArticleFilter;
import com.newsdesk.article.ArticleListItem;
import com.newsdesk.article.ArticleService;
import com.newsdesk.article.ArticleStatus;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The article list as the review screens load it: the first page and a page deep in a country + status filter,
 * through {@link ArticleService}'s keyset query, beside the same pages with OFFSET through the same service.
 */
@Component
class ArticleListBenchmark {

    static final int PAGE = 50;

    private final ArticleService articles;
    private final DSLContext dsl;

    ArticleListBenchmark(ArticleService articles, DSLContext dsl) {
        this.articles = articles;
        this.dsl = dsl;
    }

    /** Must run with an editor's authentication in place: the service checks the role. */
    void run(BenchReport report, int runs, int depth) {
        var biggest = dsl.select(ARTICLE.COUNTRY_CODE, ARTICLE.STATUS, count())
                .from(ARTICLE)
                .groupBy(ARTICLE.COUNTRY_CODE, ARTICLE.STATUS)
                .orderBy(count().desc())
                .limit(1)
                .fetchSingle();
        var filter = ArticleFilter.of(ArticleStatus.valueOf(biggest.value2()), biggest.value1());
        int rows = biggest.value3();
        int deep = Math.max(0, Math.min(depth, rows - PAGE));
        String where = "country = " + filter.countryCode() + ", status = " + biggest.value2() + " (" + rows + " rows)";

        // The service pages by keyset after a cursor, skipping rows with OFFSET only when asked to; without a cursor
        // and with skip = N it is exactly the OFFSET query, so both sides pay the same service overhead.
        // The cursor is the row just before the deep page, as the Grid remembers it while scrolling.
        ArticleCursor deepCursor = deep == 0 ? null : articles.list(filter, null, deep - 1, 1).getFirst().cursor();
        check(articles.list(filter, deepCursor, 0, PAGE), articles.list(filter, null, deep, PAGE));

        report.add(BenchReport.Figure.latencies("article list, first page, keyset (service)",
                time(runs, () -> articles.list(filter, null, 0, PAGE)), where));
        report.add(BenchReport.Figure.latencies("article list, first page, OFFSET 0 (service)",
                time(runs, () -> articles.list(filter, null, 0, PAGE)),
                "the same query as the keyset one: a first page has no cursor"));
        report.add(BenchReport.Figure.latencies("article list, page " + deep + " rows deep, keyset (service)",
                time(runs, () -> articles.list(filter, deepCursor, 0, PAGE)), where));
        report.add(BenchReport.Figure.latencies("article list, page " + deep + " rows deep, OFFSET " + deep
                + " (service)", time(runs, () -> articles.list(filter, null, deep, PAGE)), where));
        report.add(BenchReport.Figure.latencies("article list, first page, no filter, keyset (service)",
                time(runs, () -> articles.list(ArticleFilter.ALL, null, 0, PAGE)), "all articles"));
        report.add(BenchReport.Figure.latencies("counts per status, no filter (service)",
                time(runs, () -> articles.countsByStatus(ArticleFilter.ALL)),
                "in the database; the app shares counts per filter for 10 s"));
        report.add(BenchReport.Figure.latencies("counts per status, country filter (service)",
                time(runs, () -> articles.countsByStatus(filter)), "country = " + filter.countryCode()));
        var queue = new ArticleFilter(ArticleFilter.QUEUE, null, null, null, null, null);
        report.add(BenchReport.Figure.latencies("review queue (translated + in review), first page, keyset (service)",
                time(runs, () -> articles.list(queue, null, 0, PAGE)), "the editors' default filter"));
        search(report, runs, filter, queue);
    }

    /**
     * Text search as an editor types it into the queue: English words of different frequency (the bulk text draws
     * content words Zipf-like from {@link SyntheticText}'s vocabulary), two Japanese characters, part of a title,
     * and a word under the country + status filter; first page and the counts beside it.
     */
    private void search(BenchReport report, int runs, ArticleFilter countryStatus, ArticleFilter queue) {
        var words = new SyntheticText();
        String rare = words.word(20_000);
        String common = words.word(3);
        String japanese = dsl.select(ARTICLE.ORIGINAL_TITLE).from(ARTICLE).where(ARTICLE.ORIGINAL_LANGUAGE.eq("ja"))
                .orderBy(ARTICLE.ID).limit(1).fetchOptional(ARTICLE.ORIGINAL_TITLE).map(t -> t.substring(0, 2))
                .orElse("日本");
        String someTitle = dsl.select(ARTICLE.MT_TITLE).from(ARTICLE).where(ARTICLE.MT_TITLE.isNotNull())
                .orderBy(ARTICLE.ID).limit(1).fetchOptional(ARTICLE.MT_TITLE).orElse("Government");
        String part = someTitle.length() > 6 ? someTitle.substring(1, 6) : someTitle;
        record Search(String label, ArticleFilter filter, String note) {
        }
        var searches = List.of(
                new Search("rare English word", queue.withText(rare), "\"" + rare + "\" in the review queue"),
                new Search("common English word", queue.withText(common), "\"" + common + "\" in the review queue"),
                new Search("function word", ArticleFilter.ALL.withText("government"), "\"government\", all statuses"),
                new Search("two Japanese characters", ArticleFilter.ALL.withText(japanese),
                        "\"" + japanese + "\" in originals (character pairs)"),
                new Search("part of a title", ArticleFilter.ALL.withText(part), "\"" + part + "\" (trigram)"),
                new Search("word + country + status", countryStatus.withText(common),
                        "\"" + common + "\", country = " + countryStatus.countryCode() + ", status = "
                                + countryStatus.statuses().iterator().next()));
        for (var s : searches) {
            int found = articles.list(s.filter(), null, 0, PAGE).size();
            report.add(BenchReport.Figure.latencies("text search, " + s.label() + ", first page (service)",
                    time(runs, () -> articles.list(s.filter(), null, 0, PAGE)), s.note() + "; " + found + " rows"));
        }
        report.add(BenchReport.Figure.latencies("text search, counts per status (service)",
                time(runs, () -> articles.countsByStatus(queue.withText(common))),
                "\"" + common + "\", counted up to " + ArticleService.SEARCH_COUNT_CAP + " matches"));
    }

    private static void check(List<ArticleListItem> keyset, List<ArticleListItem> offset) {
        if (!keyset.equals(offset)) {
            throw new IllegalStateException("Keyset and OFFSET pages differ: the benchmark would compare unequal work");
        }
    }

    static double[] time(int runs, Supplier<?> query) {
        for (int i = 0; i < Math.min(5, runs); i++) {
            query.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }
}
