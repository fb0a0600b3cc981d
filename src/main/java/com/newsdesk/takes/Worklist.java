package com.newsdesk.takes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the good suggestions of the articles on the reviewers' worklist, in the background (a suggestion query per
 * article is too much to run while a reviewer waits for a list). System work: no role check;
 * {@link WorklistService} is the reviewers' door.
 */
@Component
public class Worklist {

    private final WorklistRepository repository;
    private final Suggestions suggestions;
    private final int days;
    private final int maxTakes;
    private final int goodScore;
    private final Duration maxAge;

    Worklist(WorklistRepository repository, Suggestions suggestions,
             @Value("${newsdesk.takes.worklist-days:7}") int days,
             @Value("${newsdesk.takes.worklist-max-takes:1}") int maxTakes,
             @Value("${newsdesk.takes.good-score:30}") int goodScore,
             @Value("${newsdesk.takes.worklist-recount:6h}") Duration maxAge) {
        this.repository = repository;
        this.suggestions = suggestions;
        this.days = days;
        this.maxTakes = maxTakes;
        this.goodScore = goodScore;
        this.maxAge = maxAge;
    }

    int days() {
        return days;
    }

    int maxTakes() {
        return maxTakes;
    }

    int goodScore() {
        return goodScore;
    }

    Instant since() {
        return Instant.now().minus(Duration.ofDays(days));
    }

    /** Counts the good suggestions of up to {@code limit} worklist articles not counted lately; returns how many. */
    @Transactional
    public int countPending(int limit) {
        List<Long> ids = repository.toCount(since(), maxTakes, Instant.now().minus(maxAge), limit);
        for (long id : ids) {
            count(id);
        }
        return ids.size();
    }

    /** Counts one article's good suggestions now. */
    @Transactional
    public void count(long id) {
        var found = suggestions.suggest(id, 50);
        int good = (int) found.stream().filter(s -> s.score() >= goodScore).count();
        repository.save(id, good, found.isEmpty() ? 0 : found.getFirst().score());
    }
}
