package com.newsdesk.takes;

import static com.newsdesk.jooq.Tables.TAKE_TERM_SAMPLE;

import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How common each English lexeme is, from a sample of the most recent articles: what tells a distinctive term
 * ("Ishiba", "Tianjin") from a common one ("said", "government") when suggestions pick an article's key terms.
 * Counted by PostgreSQL ({@code ts_stat}) over the sample's stored {@code search_en} vectors, replaced in one
 * transaction, so readers see the old or the new statistics, never none. System work: no role check.
 */
@Component
public class TermStatistics {

    /** The most recent articles counted: enough for stable frequencies, cheap at any table size. */
    static final int SAMPLE = 20_000;

    private final DSLContext dsl;

    TermStatistics(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Counts the sample again; returns how many articles with English it held. */
    @Transactional
    public int refresh() {
        dsl.execute("DELETE FROM take_term_stat");
        // lexemes seen once are left out: a missing lexeme counts as the rarest, which it is
        dsl.execute("INSERT INTO take_term_stat (lexeme, ndoc) SELECT word, ndoc FROM ts_stat("
                + "'SELECT search_en FROM article ORDER BY ingested_at DESC LIMIT " + SAMPLE + "') WHERE ndoc > 1");
        int articles = ((Number) dsl.fetchValue("SELECT count(*) FROM (SELECT search_en FROM article ORDER BY ingested_at DESC "
                + "LIMIT " + SAMPLE + ") s WHERE length(s.search_en) > 0")).intValue();
        dsl.insertInto(TAKE_TERM_SAMPLE).set(TAKE_TERM_SAMPLE.ID, (short) 1)
                .set(TAKE_TERM_SAMPLE.ARTICLES, articles)
                .set(TAKE_TERM_SAMPLE.REFRESHED_AT, org.jooq.impl.DSL.currentOffsetDateTime())
                .onConflict(TAKE_TERM_SAMPLE.ID).doUpdate()
                .set(TAKE_TERM_SAMPLE.ARTICLES, articles)
                .set(TAKE_TERM_SAMPLE.REFRESHED_AT, org.jooq.impl.DSL.currentOffsetDateTime())
                .execute();
        return articles;
    }

    /** How many articles the statistics were counted over, if they have been counted. */
    @Transactional(readOnly = true)
    public Optional<Integer> sampleSize() {
        return dsl.select(TAKE_TERM_SAMPLE.ARTICLES).from(TAKE_TERM_SAMPLE).fetchOptional(TAKE_TERM_SAMPLE.ARTICLES);
    }
}
