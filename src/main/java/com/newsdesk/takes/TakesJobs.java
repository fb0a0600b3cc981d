package com.newsdesk.takes;

import java.time.Duration;

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
 * The background work of alternative takes, as db-scheduler tasks on PostgreSQL (one instance runs each at a time):
 * near-duplicate detection of arriving articles, the term statistics suggestions rank by, and the worklist's counts.
 * Off with {@code newsdesk.takes.job-enabled=false} (tests run them by hand; the benchmark measures without them).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "newsdesk.takes.job-enabled", havingValue = "true", matchIfMissing = true)
class TakesJobs {

    private static final Logger log = LoggerFactory.getLogger(TakesJobs.class);

    @Bean
    RecurringTask<Void> nearDuplicateTask(NearDuplicates nearDuplicates,
                                         @Value("${newsdesk.takes.duplicates-interval:30s}") Duration interval) {
        return Tasks.recurring("near-duplicates", FixedDelay.of(interval))
                .execute((instance, context) -> {
                    int n = 0;
                    // a bounded amount per run, so that a backlog never holds the task for long
                    for (int i = 0; i < 20; i++) {
                        int batch = nearDuplicates.detectPending(500);
                        n += batch;
                        if (batch < 500) {
                            break;
                        }
                    }
                    if (n > 0) {
                        log.info("Fingerprinted {} articles for near-duplicates", n);
                    }
                });
    }

    @Bean
    RecurringTask<Void> takeTermStatisticsTask(TermStatistics statistics,
                                              @Value("${newsdesk.takes.term-stats-interval:1h}") Duration interval) {
        return Tasks.recurring("take-term-statistics", FixedDelay.of(interval))
                .execute((instance, context) -> statistics.refresh());
    }

    @Bean
    RecurringTask<Void> takeWorklistTask(Worklist worklist,
                                        @Value("${newsdesk.takes.worklist-interval:5m}") Duration interval) {
        return Tasks.recurring("take-worklist", FixedDelay.of(interval))
                .execute((instance, context) -> {
                    int n = worklist.countPending(500);
                    if (n > 0) {
                        log.info("Counted the suggestions of {} worklist articles", n);
                    }
                });
    }
}
