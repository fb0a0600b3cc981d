package com.newsdesk.article;

import static com.newsdesk.jooq.Tables.ARTICLE_DRAFT;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.newsdesk.base.security.CurrentUser;
import com.newsdesk.base.security.Roles;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each editor's unsaved text per article, kept on the server while they type. */
@Service
@Transactional
public class DraftService {

    private final DSLContext dsl;

    DraftService(DSLContext dsl) {
        this.dsl = dsl;
    }

    @PreAuthorize(Roles.IS_EDITOR)
    public void keep(long articleId, int baseVersion, String title, List<String> paragraphs) {
        String[] texts = paragraphs.toArray(String[]::new);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        dsl.insertInto(ARTICLE_DRAFT)
                .set(ARTICLE_DRAFT.ARTICLE_ID, articleId)
                .set(ARTICLE_DRAFT.USERNAME, me())
                .set(ARTICLE_DRAFT.BASE_VERSION, baseVersion)
                .set(ARTICLE_DRAFT.TITLE, title == null ? "" : title)
                .set(ARTICLE_DRAFT.PARAGRAPHS, texts)
                .set(ARTICLE_DRAFT.SAVED_AT, now)
                .onConflict(ARTICLE_DRAFT.ARTICLE_ID, ARTICLE_DRAFT.USERNAME)
                .doUpdate()
                .set(ARTICLE_DRAFT.BASE_VERSION, baseVersion)
                .set(ARTICLE_DRAFT.TITLE, title == null ? "" : title)
                .set(ARTICLE_DRAFT.PARAGRAPHS, texts)
                .set(ARTICLE_DRAFT.SAVED_AT, now)
                .execute();
    }

    @PreAuthorize(Roles.IS_EDITOR)
    @Transactional(readOnly = true)
    public Optional<Draft> find(long articleId) {
        return dsl.selectFrom(ARTICLE_DRAFT)
                .where(ARTICLE_DRAFT.ARTICLE_ID.eq(articleId).and(ARTICLE_DRAFT.USERNAME.eq(me())))
                .fetchOptional(r -> new Draft(r.getBaseVersion(), r.getTitle(), Arrays.asList(r.getParagraphs()),
                        r.getSavedAt().toInstant()));
    }

    @PreAuthorize(Roles.IS_EDITOR)
    public void discard(long articleId) {
        dsl.deleteFrom(ARTICLE_DRAFT)
                .where(ARTICLE_DRAFT.ARTICLE_ID.eq(articleId).and(ARTICLE_DRAFT.USERNAME.eq(me())))
                .execute();
    }

    private static String me() {
        return CurrentUser.username().orElseThrow();
    }
}
