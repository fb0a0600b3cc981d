package com.newsdesk.takes;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts the term statistics when the application is ready (after the demo data, if any, is loaded), so that the
 * first suggestions after a start are ranked on current statistics; the job keeps them current after that.
 */
@Component
class TermStatisticsOnStart {

    private final TermStatistics statistics;

    TermStatisticsOnStart(TermStatistics statistics) {
        this.statistics = statistics;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        statistics.refresh();
    }
}
