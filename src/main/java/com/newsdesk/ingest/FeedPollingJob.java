package com.newsdesk.ingest;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Polls every active source at its interval: a db-scheduler task on PostgreSQL, run by one app instance at a time
 * (another takes over when that one dies), which fetches the due sources a few at a time. Each source is claimed in
 * the database before it is fetched, so a "fetch now" on another instance never overlaps it. Off with
 * {@code newsdesk.feeds.polling-enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "newsdesk.feeds.polling-enabled", havingValue = "true", matchIfMissing = true)
class FeedPollingJob {

    private static final Logger log = LoggerFactory.getLogger(FeedPollingJob.class);

    @Bean
    RecurringTask<Void> feedPollingTask(FeedPoller poller,
                                        @Value("${newsdesk.feeds.polling-interval:30s}") Duration interval,
                                        @Value("${newsdesk.feeds.parallel-fetches:4}") int parallel) {
        return Tasks.recurring("feed-polling", FixedDelay.of(interval))
                .execute((instance, context) -> pollDue(poller, parallel));
    }

    static void pollDue(FeedPoller poller, int parallel) {
        List<Long> due = poller.due(200);
        if (due.isEmpty()) {
            return;
        }
        try (var executor = Executors.newFixedThreadPool(parallel, Thread.ofVirtual().name("feed-poll-", 0).factory())) {
            List<Future<FeedPoller.Report>> reports = due.stream().map(id -> executor.submit(() -> poller.poll(id)))
                    .toList();
            int created = 0;
            for (var report : reports) {
                try {
                    created += report.get().created();
                } catch (ExecutionException e) {
                    log.warn("Polling a source failed", e.getCause());
                }
            }
            log.info("Polled {} sources: {} new articles", due.size(), created);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
