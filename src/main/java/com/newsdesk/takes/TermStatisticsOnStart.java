package com.newsdesk.takes;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts the term statistics when the application is ready (after the demo data, if any, is loaded) and none have
 * been counted yet, so that the first suggestions on a new database are ranked on real statistics. They are kept in
 * the database and the job keeps them current, so a restart (of any instance) does not count them again.
 */
@Component
class TermStatisticsOnStart {

    private final TermStatistics statistics;

    TermStatisticsOnStart(TermStatistics statistics) {
        this.statistics = statistics;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (statistics.sampleSize().isEmpty()) {
            statistics.refresh();
        }
    }
}
