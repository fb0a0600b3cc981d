package com.newsdesk.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides when a client's "last used" time is worth writing: once per interval per client on this instance, so that
 * a thousand requests a second cost one UPDATE a minute, not a thousand. Among the threads that use a key at the same
 * moment, exactly one is told to write.
 */
final class UsageThrottle {

    private final Clock clock;
    private final Duration interval;
    private final Map<Long, Instant> lastRecorded = new ConcurrentHashMap<>();

    UsageThrottle(Clock clock, Duration interval) {
        this.clock = clock;
        this.interval = interval;
    }

    Instant now() {
        return clock.instant();
    }

    Duration interval() {
        return interval;
    }

    /** True when the caller should record a use of {@code clientId} now (and this instance then counts it done). */
    boolean shouldRecord(long clientId, Instant lastUsedInDatabase) {
        Instant now = clock.instant();
        if (lastUsedInDatabase != null && now.isBefore(lastUsedInDatabase.plus(interval))) {
            // another instance (or this one, before a restart) wrote it recently
            lastRecorded.putIfAbsent(clientId, lastUsedInDatabase);
            return false;
        }
        boolean[] mine = {false};
        lastRecorded.compute(clientId, (id, previous) -> {
            if (previous == null || !now.isBefore(previous.plus(interval))) {
                mine[0] = true;
                return now;
            }
            return previous;
        });
        return mine[0];
    }
}
