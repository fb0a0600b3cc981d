package com.newsdesk.takes;

import java.time.Instant;

/**
 * An article on the reviewers' worklist: how many takes it has and how many good suggestions (null: not counted
 * yet), with the best suggestion's score.
 */
public record WorklistItem(TakeArticle article, int takes, Integer goodCandidates, Integer bestScore,
                           Instant countedAt) {
}
