package com.newsdesk.article;

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
 * Translates waiting articles in the background: a db-scheduler task on PostgreSQL, so that with several app
 * instances exactly one runs it at a time, and another takes over when that one dies. Off with
 * {@code newsdesk.translation.job-enabled=false} (the integration tests run it by hand).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "newsdesk.translation.job-enabled", havingValue = "true", matchIfMissing = true)
class MachineTranslationJob {

    private static final Logger log = LoggerFactory.getLogger(MachineTranslationJob.class);

    @Bean
    RecurringTask<Void> machineTranslationTask(MachineTranslation translation,
                                              @Value("${newsdesk.translation.job-interval:30s}") Duration interval,
                                              @Value("${newsdesk.translation.job-batch:50}") int batch) {
        return Tasks.recurring("machine-translation", FixedDelay.of(interval))
                .execute((instance, context) -> {
                    int n = translation.translatePending(batch);
                    if (n > 0) {
                        log.info("Machine-translated {} articles", n);
                    }
                });
    }
}
