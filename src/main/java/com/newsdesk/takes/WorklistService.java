package com.newsdesk.takes;

import java.util.List;

import com.newsdesk.base.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewers' worklist: recent approved or published articles with no or few takes, the most promising first
 * (by how many good suggestions each has), so that reviewers know where to start.
 */
@Service
@Transactional(readOnly = true)
public class WorklistService {

    private final WorklistRepository repository;
    private final TakeRepository takes;
    private final Worklist worklist;

    WorklistService(WorklistRepository repository, TakeRepository takes, Worklist worklist) {
        this.repository = repository;
        this.takes = takes;
        this.worklist = worklist;
    }

    @PreAuthorize(Roles.EDITORIAL)
    public List<WorklistItem> list(int limit) {
        return repository.list(worklist.since(), worklist.maxTakes(), Math.max(1, Math.min(500, limit)), takes);
    }

    /** Counts the good suggestions of worklist articles not counted lately (up to {@code limit}); returns how many. */
    @PreAuthorize(Roles.EDITORIAL)
    @Transactional
    public int countNow(int limit) {
        return worklist.countPending(Math.max(1, Math.min(500, limit)));
    }

    /** The worklist's terms, for the screen: days looked back, most takes, score of a good suggestion. */
    @PreAuthorize(Roles.EDITORIAL)
    public String terms() {
        return "Approved or published in the last " + worklist.days() + " days with at most " + worklist.maxTakes()
                + (worklist.maxTakes() == 1 ? " take" : " takes") + "; a good suggestion scores "
                + worklist.goodScore() + " or more.";
    }
}
