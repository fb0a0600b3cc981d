package com.newsdesk.wiring;

import com.newsdesk.ingest.CanonicalUrl;
import com.newsdesk.ingest.FeedPoller;
import com.newsdesk.ingest.SourceFetchService;
import com.newsdesk.source.FeedAccess;
import com.newsdesk.source.FetchReport;
import org.springframework.stereotype.Component;

/**
 * Source administration's view of ingestion ({@link FeedAccess}). It lives outside both packages because the source
 * package may not depend on ingest (ingest depends on articles, the article screens on sources: a cycle).
 * {@link SourceFetchService} checks the caller's role itself.
 */
@Component
class IngestFeedAccess implements FeedAccess {

    private final SourceFetchService fetchService;

    IngestFeedAccess(SourceFetchService fetchService) {
        this.fetchService = fetchService;
    }

    @Override
    public String normalise(String url) {
        return CanonicalUrl.normalise(url);
    }

    @Override
    public FetchReport fetchNow(long sourceId) {
        FeedPoller.Report r = fetchService.fetchNow(sourceId);
        return new FetchReport(r.sourceId(), r.created(), r.updated(), r.unchanged(), r.problems(), r.error(),
                r.skipped(), r.summary());
    }
}
