package com.newsdesk.ingest;

import com.newsdesk.base.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** "Fetch now" for admins: a source's feeds fetched at once, whatever its interval. */
@Service
public class SourceFetchService {

    private final FeedPoller poller;

    SourceFetchService(FeedPoller poller) {
        this.poller = poller;
    }

    /** Blocks until the fetch is done (seconds at most, bounded by the feed timeouts): call it off the UI thread. */
    @PreAuthorize(Roles.IS_ADMIN)
    public FeedPoller.Report fetchNow(long sourceId) {
        return poller.poll(sourceId);
    }
}
