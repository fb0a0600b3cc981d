package com.newsdesk.article;

import static com.newsdesk.jooq.Tables.ARTICLE_PRESENCE;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.newsdesk.base.security.CurrentUser;
import com.newsdesk.base.security.Roles;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Being edited by …": who has an article open, across app instances. Rows live in PostgreSQL, kept alive by the
 * editor's heartbeat; every change notifies {@code article_presence} so that other editors' screens update.
 */
@Service
@Transactional
public class PresenceService {

    /** A presence not refreshed for this long is a closed tab or a lost connection. */
    public static final Duration STALE = Duration.ofSeconds(45);

    private final DSLContext dsl;

    PresenceService(DSLContext dsl) {
        this.dsl = dsl;
    }

    @PreAuthorize(Roles.EDITORIAL)
    public void enter(long articleId) {
        dsl.insertInto(ARTICLE_PRESENCE)
                .set(ARTICLE_PRESENCE.ARTICLE_ID, articleId)
                .set(ARTICLE_PRESENCE.USERNAME, me())
                .onConflict(ARTICLE_PRESENCE.ARTICLE_ID, ARTICLE_PRESENCE.USERNAME)
                .doUpdate()
                .set(ARTICLE_PRESENCE.SEEN_AT, now())
                .setNull(ARTICLE_PRESENCE.TAKEN_OVER_BY)
                .set(ARTICLE_PRESENCE.SINCE, DSL.when(ARTICLE_PRESENCE.SEEN_AT.lt(now().minus(STALE)), now())
                        .otherwise(ARTICLE_PRESENCE.SINCE))
                .execute();
        notifyChange(articleId);
    }

    /** Keeps the current user's presence alive; returns false when there was none (it expired meanwhile). */
    @PreAuthorize(Roles.EDITORIAL)
    public boolean heartbeat(long articleId) {
        return dsl.update(ARTICLE_PRESENCE).set(ARTICLE_PRESENCE.SEEN_AT, now())
                .where(ARTICLE_PRESENCE.ARTICLE_ID.eq(articleId).and(ARTICLE_PRESENCE.USERNAME.eq(me())))
                .execute() == 1;
    }

    @PreAuthorize(Roles.EDITORIAL)
    public void leave(long articleId) {
        dsl.deleteFrom(ARTICLE_PRESENCE)
                .where(ARTICLE_PRESENCE.ARTICLE_ID.eq(articleId).and(ARTICLE_PRESENCE.USERNAME.eq(me())))
                .execute();
        notifyChange(articleId);
    }

    /** Everyone else who has the article open now, longest first. */
    @PreAuthorize(Roles.EDITORIAL)
    @Transactional(readOnly = true)
    public List<Presence> others(long articleId) {
        return dsl.selectFrom(ARTICLE_PRESENCE)
                .where(ARTICLE_PRESENCE.ARTICLE_ID.eq(articleId))
                .and(ARTICLE_PRESENCE.USERNAME.ne(me()))
                .and(ARTICLE_PRESENCE.SEEN_AT.gt(now().minus(STALE)))
                .orderBy(ARTICLE_PRESENCE.SINCE)
                .fetch(r -> new Presence(r.getUsername(), r.getSince().toInstant(), r.getTakenOverBy()));
    }

    /** Who took the article over from the current user, if anyone did. */
    @PreAuthorize(Roles.EDITORIAL)
    @Transactional(readOnly = true)
    public java.util.Optional<String> takenOverBy(long articleId) {
        return dsl.select(ARTICLE_PRESENCE.TAKEN_OVER_BY).from(ARTICLE_PRESENCE)
                .where(ARTICLE_PRESENCE.ARTICLE_ID.eq(articleId).and(ARTICLE_PRESENCE.USERNAME.eq(me())))
                .fetchOptional(ARTICLE_PRESENCE.TAKEN_OVER_BY);
    }

    /** The current editor takes the article over: everyone else who has it open is told. */
    @PreAuthorize(Roles.IS_EDITOR)
    public void takeOver(long articleId) {
        dsl.update(ARTICLE_PRESENCE).set(ARTICLE_PRESENCE.TAKEN_OVER_BY, me())
                .where(ARTICLE_PRESENCE.ARTICLE_ID.eq(articleId).and(ARTICLE_PRESENCE.USERNAME.ne(me())))
                .execute();
        enter(articleId);
    }

    private void notifyChange(long articleId) {
        dsl.fetch("SELECT pg_notify(?, ?)", ArticleChanges.PRESENCE_CHANNEL, String.valueOf(articleId));
    }

    private static String me() {
        return CurrentUser.username().orElseThrow();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
