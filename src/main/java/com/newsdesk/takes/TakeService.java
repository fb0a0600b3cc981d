package com.newsdesk.takes;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.newsdesk.audit.AuditTrail;
import com.newsdesk.base.security.CurrentUser;
import com.newsdesk.base.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alternative takes: reviewers (and editors) link articles about the same event from other outlets and countries.
 * A link is symmetric — linked on A, it shows on B too — and each side keeps its own order. Every change is written
 * to the audit log in the same transaction.
 */
@Service
@Transactional
public class TakeService {

    /** Longest note a link keeps (the column's size). */
    public static final int MAX_NOTE = 500;
    static final String ENTITY = "alternative_take";

    private final TakeRepository repository;
    private final AuditTrail audit;

    TakeService(TakeRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @PreAuthorize(Roles.EDITORIAL)
    @Transactional(readOnly = true)
    public Optional<TakeArticle> article(long id) {
        return repository.article(id);
    }

    /** The takes of an article in its order. */
    @PreAuthorize(Roles.EDITORIAL)
    @Transactional(readOnly = true)
    public List<Take> takes(long id) {
        return repository.takes(id);
    }

    /**
     * Links two articles as alternative takes of each other; the link goes to the end of both lists. Refused for the
     * article itself, a pair already linked, and a near-duplicate (the same text republished is not another take).
     */
    @PreAuthorize(Roles.EDITORIAL)
    public Take link(long articleId, long otherId, String note) {
        if (articleId == otherId) {
            throw new IllegalArgumentException("An article cannot be an alternative take of itself.");
        }
        String cleanNote = cleanNote(note);
        repository.lock(articleId, otherId);
        TakeArticle article = load(articleId);
        TakeArticle other = load(otherId);
        if (repository.linked(articleId, otherId)) {
            throw new IllegalArgumentException("“" + other.title() + "” is already linked to this article.");
        }
        if (article.dupGroup() != null && article.dupGroup().equals(other.dupGroup())) {
            throw new IllegalArgumentException("“" + other.title() + "” is a near-duplicate of this article (the "
                    + "same text republished), not another take.");
        }
        int articlePosition = repository.nextPosition(articleId);
        int otherPosition = repository.nextPosition(otherId);
        repository.insert(articleId, otherId, articlePosition, otherPosition, cleanNote, currentUserId());
        audit.record("TAKE_LINKED", ENTITY, key(articleId, otherId), null,
                linkState(articleId, otherId, articlePosition, otherPosition, cleanNote), null);
        return new Take(other, articlePosition, cleanNote);
    }

    /** Removes the link from both articles. */
    @PreAuthorize(Roles.EDITORIAL)
    public void unlink(long articleId, long otherId) {
        repository.lock(articleId, otherId);
        Take take = find(articleId, otherId);
        int otherPosition = repository.takes(otherId).stream().filter(t -> t.otherId() == articleId)
                .map(Take::position).findFirst().orElse(0);
        if (!repository.delete(articleId, otherId)) {
            throw new TakesChangedException("This link was removed meanwhile.");
        }
        audit.record("TAKE_UNLINKED", ENTITY, key(articleId, otherId),
                linkState(articleId, otherId, take.position(), otherPosition, take.note()), null, null);
    }

    /**
     * Puts the article's takes in the given order (its own list; the other articles' lists keep theirs). The order
     * must name exactly the takes the article has now, so that a reorder on an outdated screen changes nothing.
     */
    @PreAuthorize(Roles.EDITORIAL)
    public List<Take> reorder(long articleId, List<Long> order) {
        repository.lock(articleId);
        List<Long> before = repository.takes(articleId).stream().map(Take::otherId).toList();
        if (order.size() != before.size() || !new HashSet<>(order).equals(new HashSet<>(before))) {
            throw new TakesChangedException("The takes of this article changed meanwhile: reload them and try again.");
        }
        if (!order.equals(before)) {
            repository.reorder(articleId, order);
            audit.record("TAKES_REORDERED", "article", articleId, Map.of("order", before), Map.of("order", order),
                    null);
        }
        return repository.takes(articleId);
    }

    /** Moves one take up (negative) or down (positive) by {@code steps} places in the article's list. */
    @PreAuthorize(Roles.EDITORIAL)
    public List<Take> move(long articleId, long otherId, int steps) {
        List<Long> order = new java.util.ArrayList<>(repository.takes(articleId).stream().map(Take::otherId).toList());
        int from = order.indexOf(otherId);
        if (from < 0) {
            throw new TakesChangedException("This link was removed meanwhile.");
        }
        int to = Math.max(0, Math.min(order.size() - 1, from + steps));
        order.add(to, order.remove(from));
        return reorder(articleId, order);
    }

    /** Sets the short note of a link (blank removes it); the note shows on both sides. */
    @PreAuthorize(Roles.EDITORIAL)
    public Take note(long articleId, long otherId, String note) {
        String cleanNote = cleanNote(note);
        repository.lock(articleId, otherId);
        Take take = find(articleId, otherId);
        if (!Objects.equals(take.note(), cleanNote)) {
            repository.setNote(articleId, otherId, cleanNote);
            audit.record("TAKE_NOTE_CHANGED", ENTITY, key(articleId, otherId), noteState(take.note()),
                    noteState(cleanNote), null);
        }
        return new Take(take.other(), take.position(), cleanNote);
    }

    private Take find(long articleId, long otherId) {
        return repository.takes(articleId).stream().filter(t -> t.otherId() == otherId).findFirst()
                .orElseThrow(() -> new TakesChangedException("These articles are not linked (any more)."));
    }

    private TakeArticle load(long id) {
        return repository.article(id).orElseThrow(() -> new IllegalArgumentException("There is no article #" + id
                + "."));
    }

    private static String cleanNote(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String n = note.strip();
        if (n.length() > MAX_NOTE) {
            throw new IllegalArgumentException("A note has at most " + MAX_NOTE + " characters (this one has "
                    + n.length() + ").");
        }
        return n;
    }

    private Long currentUserId() {
        return CurrentUser.username().flatMap(repository::userId).orElse(null);
    }

    static String key(long a, long b) {
        return Math.min(a, b) + "-" + Math.max(a, b);
    }

    private static Map<String, Object> linkState(long article, long other, int articlePosition, int otherPosition,
                                                 String note) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("article", article);
        state.put("other", other);
        state.put("positionOnArticle", articlePosition);
        state.put("positionOnOther", otherPosition);
        state.put("note", note);
        return state;
    }

    private static Map<String, Object> noteState(String note) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("note", note);
        return state;
    }
}
