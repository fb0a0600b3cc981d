package com.newsdesk.source;

import java.io.Serializable;
import java.util.List;

/**
 * What one "fetch now" of a source did.
 *
 * @param problems items or feeds that were skipped, each in words
 * @param error    why no feed could be read; null when at least one was
 * @param skipped  another fetch of the source was running (maybe on another instance): nothing was done
 * @param summary  all of it in one sentence
 */
public record FetchReport(long sourceId, int created, int updated, int unchanged, List<String> problems,
                          String error, boolean skipped, String summary) implements Serializable {

    public FetchReport {
        problems = List.copyOf(problems);
    }
}
