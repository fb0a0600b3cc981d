package com.newsdesk.ingest;

/** What storing an incoming article did: created it, updated its original, or found it unchanged. */
public record IngestResult(Status status, long id) {

    public enum Status {
        CREATED, UPDATED, UNCHANGED;

        /** As the push API writes it. */
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
