package com.newsdesk.takes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds and groups near-duplicates: the same original text (wire copy) republished by several outlets. Each article
 * gets a {@link MinHash} fingerprint of its original; the articles sharing a band key with it are compared, and
 * those at least {@link MinHash#THRESHOLD} similar join its group. Run by the background job (and by tests), never
 * by a person: it has no role check.
 */
@Component
public class NearDuplicates {

    private final NearDuplicateRepository repository;

    NearDuplicates(NearDuplicateRepository repository) {
        this.repository = repository;
    }

    /** Fingerprints up to {@code batch} waiting articles (new or with a changed original); returns how many. */
    @Transactional
    public int detectPending(int batch) {
        var pending = repository.pending(batch);
        for (var original : pending) {
            detect(original);
        }
        return pending.size();
    }

    /** Fingerprints every waiting article, batch after batch; returns how many. */
    public int detectAll(int batch) {
        int total = 0;
        int n;
        while ((n = detectPending(batch)) > 0) {
            total += n;
        }
        return total;
    }

    private void detect(NearDuplicateRepository.Original original) {
        var fp = MinHash.of(original.title(), original.body());
        if (fp.empty()) {
            repository.save(original.id(), fp, null, null);
            return;
        }
        List<Long> twins = new ArrayList<>();
        Set<Long> groups = new LinkedHashSet<>();
        long group = original.id();
        double best = 0;
        for (var candidate : repository.sharingABand(original.id(), fp.bands())) {
            double similarity = MinHash.similarity(fp.signature(), candidate.signature());
            if (similarity >= MinHash.THRESHOLD) {
                twins.add(candidate.id());
                group = Math.min(group, candidate.id());
                if (candidate.group() != null) {
                    groups.add(candidate.group());
                    group = Math.min(group, candidate.group());
                }
                best = Math.max(best, similarity);
            }
        }
        if (twins.isEmpty()) {
            repository.save(original.id(), fp, null, null);
            return;
        }
        repository.save(original.id(), fp, group, best);
        repository.join(group, twins, groups, best);
    }
}
