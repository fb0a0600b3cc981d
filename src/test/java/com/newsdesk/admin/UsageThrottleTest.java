package com.newsdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class UsageThrottleTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = T0;

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final UsageThrottle throttle = new UsageThrottle(clock, Duration.ofMinutes(1));

    @Test
    void a_client_is_recorded_at_most_once_a_minute() {
        assertThat(throttle.shouldRecord(1, null)).isTrue();
        clock.now = T0.plusSeconds(30);
        assertThat(throttle.shouldRecord(1, T0)).isFalse();
        clock.now = T0.plusSeconds(59);
        assertThat(throttle.shouldRecord(1, T0)).isFalse();
        clock.now = T0.plusSeconds(60);
        assertThat(throttle.shouldRecord(1, T0)).isTrue();
    }

    @Test
    void clients_are_counted_separately() {
        assertThat(throttle.shouldRecord(1, null)).isTrue();
        assertThat(throttle.shouldRecord(2, null)).isTrue();
        assertThat(throttle.shouldRecord(1, null)).isFalse();
    }

    @Test
    void a_recent_use_written_by_another_instance_is_not_written_again() {
        clock.now = T0.plusSeconds(20);
        assertThat(throttle.shouldRecord(3, T0)).isFalse();
        clock.now = T0.plusSeconds(61);
        assertThat(throttle.shouldRecord(3, T0)).isTrue();
    }

    @Test
    void of_many_simultaneous_requests_exactly_one_writes() throws Exception {
        try (var pool = Executors.newFixedThreadPool(8)) {
            var tasks = IntStream.range(0, 1000).mapToObj(i -> (Callable<Boolean>) () -> throttle.shouldRecord(9, null))
                    .toList();
            long writers = pool.invokeAll(tasks).stream().filter(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).count();
            assertThat(writers).isEqualTo(1);
        }
    }
}
