package com.newsdesk.takes;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Counts the term statistics once when there are none yet, so that the first suggestions are ranked well. */
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
