package com.newsdesk.article;

import java.time.Clock;
import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes scheduled articles when their time comes. The schedule lives in the article row ({@code publish_at}),
 * not in memory, and a db-scheduler task on PostgreSQL looks for due articles every
 * {@code newsdesk.publishing.job-interval} (15 s): with several instances exactly one runs it at a time, another
 * takes over when that one dies, and an article whose time passed while no instance ran is published at the next
 * start. The clock is a bean, so that tests can run the job at a time of their choosing.
 */
@Component
public class ScheduledPublication {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublication.class);
    private static final int BATCH = 100;

    private final PublishingService publishing;

    ScheduledPublication(PublishingService publishing) {
        this.publishing = publishing;
    }

    /**
     * Publishes what is due by {@code clock}; returns how many were published. It is the system's work, audited as
     * {@code system} whoever's thread calls it.
     */
    @Transactional
    public int publishDue(Clock clock) {
        var caller = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        int n;
        try {
            n = publishing.publishDue(clock.instant(), BATCH);
        } finally {
            SecurityContextHolder.setContext(caller);
        }
        if (n > 0) {
            log.info("Published {} scheduled articles", n);
        }
        return n;
    }

    @Configuration(proxyBeanMethods = false)
    static class Job {

        @Bean
        RecurringTask<Void> scheduledPublicationTask(ScheduledPublication publication, Clock clock,
                                                     @Value("${newsdesk.publishing.job-interval:15s}") Duration interval) {
            return Tasks.recurring("scheduled-publication", FixedDelay.of(interval))
                    .execute((instance, context) -> {
                        // keep going while a backlog (say, after a long outage) is larger than one batch
                        while (publication.publishDue(clock) == BATCH) {
                            log.info("More scheduled articles are due; publishing the next batch");
                        }
                    });
        }
    }
}
