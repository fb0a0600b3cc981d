package com.newsdesk.article;

import static com.newsdesk.jooq.Tables.ARTICLE;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the original's search terms ({@link SearchText}) of articles that have none yet: those stored in bulk
 * without them, and any left by an older version. Runs once when the application is ready, in batches, and on
 * request after a bulk insert. A partial index finds such rows without reading the table.
 */
@Component
public class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    private static final int BATCH = 500;

    private final DSLContext dsl;

    SearchIndexer(DSLContext dsl) {
        this.dsl = dsl;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        int n = fillMissing();
        if (n > 0) {
            log.info("Wrote the original search terms of {} articles", n);
        }
    }

    /** Fills every article without original search terms; returns how many. */
    public int fillMissing() {
        int total = 0;
        while (true) {
            var rows = dsl.select(ARTICLE.ID, ARTICLE.ORIGINAL_TITLE, ARTICLE.ORIGINAL_BODY).from(ARTICLE)
                    .where(SearchText.ORIGINAL.isNull()).orderBy(ARTICLE.ID).limit(BATCH).fetch();
            if (rows.isEmpty()) {
                return total;
            }
            List<Query> updates = rows.map(r -> dsl.update(ARTICLE)
                    .set(SearchText.ORIGINAL, SearchText.originalVector(r.value2(), r.value3()))
                    .where(ARTICLE.ID.eq(r.value1())));
            dsl.batch(updates).execute();
            total += rows.size();
        }
    }
}
