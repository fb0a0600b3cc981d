package com.newsdesk.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.newsdesk.audit.AuditTrail;
import com.newsdesk.base.security.CurrentUser;
import com.newsdesk.base.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing (product.md, "Workflow of an article"): APPROVED or UNPUBLISHED → PUBLISHED now or at a time
 * (scheduling keeps the article APPROVED with its {@code publish_at}; {@link ScheduledPublication} publishes it),
 * PUBLISHED → UNPUBLISHED with a reason. Every step checks the version the editor loaded, passes the pre-publish
 * checklist and is audited in the same transaction.
 */
@Service
@Transactional
public class PublishingService {

    /** A time this far in the past still counts as "now" (the editor took a moment to press the button). */
    private static final Duration PAST_TOLERANCE = Duration.ofMinutes(1);

    private final PublishingRepository repository;
    private final ArticleReviewRepository articles;
    private final AuditTrail audit;
    private final Clock clock;
    private final int titleLimit;

    PublishingService(PublishingRepository repository, ArticleReviewRepository articles, AuditTrail audit, Clock clock,
                      @Value("${newsdesk.review.title-limit:110}") int titleLimit) {
        this.repository = repository;
        this.articles = articles;
        this.audit = audit;
        this.clock = clock;
        this.titleLimit = titleLimit;
    }

    @PreAuthorize(Roles.EDITORIAL)
    @Transactional(readOnly = true)
    public Optional<PublishState> state(long id) {
        return repository.state(id);
    }

    /** The pre-publish checklist of the article as it is saved now. */
    @PreAuthorize(Roles.EDITORIAL)
    @Transactional(readOnly = true)
    public PublishChecklist checklist(long id) {
        return checklist(load(id), true);
    }

    PublishChecklist checklist(ArticleDetail a, boolean withWarnings) {
        List<String> blocking = new ArrayList<>();
        if (a.status() != ArticleStatus.APPROVED && a.status() != ArticleStatus.UNPUBLISHED) {
            blocking.add(a.status() == ArticleStatus.PUBLISHED ? "It is published already."
                    : "It must be approved first (it is " + a.status().label().toLowerCase() + ").");
        }
        boolean english = a.title() != null && !a.title().isBlank()
                && a.paragraphs().stream().anyMatch(p -> !Paragraphs.text(p).isBlank());
        if (!english) {
            blocking.add("It needs an English title and body.");
        }
        if (a.imageUrl() != null && (a.imageCredit() == null || a.imageCredit().isBlank())) {
            blocking.add("Its image needs a credit.");
        }
        List<String> warnings = new ArrayList<>();
        if (withWarnings) {
            if (repository.publishedTakes(a.id()) == 0) {
                warnings.add("It has no published alternative takes.");
            }
            if (english) {
                int open = TranslationChecks.check(a.originalTitle(),
                        a.originalParagraphs().stream().map(Paragraphs::text).toList(), a.title(),
                        a.paragraphs().stream().map(Paragraphs::text).toList(),
                        articles.glossary(a.originalLanguage()), titleLimit).size();
                if (open > 0) {
                    warnings.add(open + (open == 1 ? " translation warning is" : " translation warnings are")
                            + " open.");
                }
            }
        }
        return new PublishChecklist(List.copyOf(blocking), List.copyOf(warnings));
    }

    /** Publishes at once (also republishes an unpublished article). */
    @PreAuthorize(Roles.IS_EDITOR)
    public PublishState publish(long id, int version) {
        ArticleDetail current = loadVersion(id, version);
        refuseIfBlocked(current);
        Instant now = clock.instant();
        long user = userId();
        if (!repository.publish(id, version, user, now)) {
            throw new StaleArticleException(id);
        }
        audit.record("ARTICLE_PUBLISHED", "article", id, Map.of("status", current.status(), "version", version),
                Map.of("status", ArticleStatus.PUBLISHED, "version", version + 1), null);
        return repository.state(id).orElseThrow();
    }

    /**
     * Schedules the publication of an approved article at a date and time in an explicit time zone. The checklist
     * must pass now; it is checked again when the time comes.
     */
    @PreAuthorize(Roles.IS_EDITOR)
    public PublishState schedule(long id, int version, LocalDateTime at, ZoneId zone) {
        if (at == null || zone == null) {
            throw new IllegalArgumentException("Choose a date, a time and a time zone for the publication.");
        }
        ArticleDetail current = loadVersion(id, version);
        if (current.status() != ArticleStatus.APPROVED) {
            throw new IllegalTransitionException("Only approved articles can be scheduled (this one is "
                    + current.status().label().toLowerCase() + ").");
        }
        refuseIfBlocked(current);
        ZonedDateTime when = at.atZone(zone);
        Instant instant = when.toInstant();
        if (instant.isBefore(clock.instant().minus(PAST_TOLERANCE))) {
            throw new IllegalArgumentException("That time is in the past: choose a later one, or publish now.");
        }
        PublishState before = repository.state(id).orElseThrow();
        if (!repository.schedule(id, version, instant, userId())) {
            throw new StaleArticleException(id);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("publishAt", instant.toString());
        after.put("asEntered", when.toString());
        after.put("version", version + 1);
        audit.record("ARTICLE_SCHEDULED", "article", id, scheduleOf(before, version), after, null);
        return repository.state(id).orElseThrow();
    }

    @PreAuthorize(Roles.IS_EDITOR)
    public PublishState cancelSchedule(long id, int version) {
        PublishState before = repository.state(id).orElseThrow(() -> notFound(id));
        if (!before.scheduled()) {
            throw new IllegalTransitionException("This article is not scheduled.");
        }
        if (before.version() != version || !repository.schedule(id, version, null, userId())) {
            throw new StaleArticleException(id);
        }
        audit.record("ARTICLE_SCHEDULE_CANCELLED", "article", id, scheduleOf(before, version),
                Map.of("version", version + 1), null);
        return repository.state(id).orElseThrow();
    }

    /** Takes a published article out of the app; a reason is required. */
    @PreAuthorize(Roles.IS_EDITOR)
    public PublishState unpublish(long id, int version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A reason is required to unpublish an article.");
        }
        PublishState current = repository.state(id).orElseThrow(() -> notFound(id));
        if (current.status() != ArticleStatus.PUBLISHED) {
            throw new IllegalTransitionException("Only published articles can be unpublished (this one is "
                    + current.status().label().toLowerCase() + ").");
        }
        if (current.version() != version || !repository.unpublish(id, version, reason.strip(), userId())) {
            throw new StaleArticleException(id);
        }
        audit.record("ARTICLE_UNPUBLISHED", "article", id, Map.of("status", current.status(), "version", version),
                Map.of("status", ArticleStatus.UNPUBLISHED, "version", version + 1), reason.strip());
        return repository.state(id).orElseThrow();
    }

    /**
     * Publishes the scheduled articles whose time has come (system work, called by {@link ScheduledPublication}).
     * One whose checklist no longer passes stays approved, its schedule cleared and the reason in the audit log.
     */
    int publishDue(Instant now, int limit) {
        int published = 0;
        for (long id : repository.due(now, limit)) {
            ArticleDetail article = load(id);
            PublishChecklist checklist = checklist(article, false);
            if (!checklist.publishable()) {
                repository.schedule(id, article.version(), null, null);
                audit.record("ARTICLE_SCHEDULE_FAILED", "article", id, Map.of("status", article.status()), null,
                        String.join(" ", checklist.blocking()));
                continue;
            }
            if (repository.publish(id, article.version(), null, now)) {
                audit.record("ARTICLE_PUBLISHED", "article", id,
                        Map.of("status", article.status(), "version", article.version()),
                        Map.of("status", ArticleStatus.PUBLISHED, "version", article.version() + 1), "scheduled");
                published++;
            }
        }
        return published;
    }

    private static Map<String, Object> scheduleOf(PublishState state, int version) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("publishAt", state.publishAt() == null ? null : state.publishAt().toString());
        map.put("version", version);
        return map;
    }

    private void refuseIfBlocked(ArticleDetail article) {
        PublishChecklist checklist = checklist(article, false);
        if (!checklist.publishable()) {
            throw new PublishRefusedException(checklist.blocking());
        }
    }

    private ArticleDetail loadVersion(long id, int version) {
        ArticleDetail current = load(id);
        if (current.version() != version) {
            throw new StaleArticleException(id);
        }
        return current;
    }

    private ArticleDetail load(long id) {
        return articles.find(id).orElseThrow(() -> notFound(id));
    }

    private static IllegalArgumentException notFound(long id) {
        return new IllegalArgumentException("There is no article #" + id + ".");
    }

    private long userId() {
        String username = CurrentUser.username().orElseThrow();
        return articles.userId(username).orElseThrow(
                () -> new IllegalStateException("The user " + username + " is not in the database"));
    }
}
