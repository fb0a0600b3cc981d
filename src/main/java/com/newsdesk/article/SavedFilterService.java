package com.newsdesk.article;

import static com.newsdesk.jooq.Tables.SAVED_FILTER;

import java.util.List;

import com.newsdesk.base.security.CurrentUser;
import com.newsdesk.base.security.Roles;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's saved article-list filters: only ever their own. */
@Service
@Transactional
public class SavedFilterService {

    private final DSLContext dsl;

    SavedFilterService(DSLContext dsl) {
        this.dsl = dsl;
    }

    @PreAuthorize(Roles.EDITORIAL)
    @Transactional(readOnly = true)
    public List<SavedFilter> mine() {
        return dsl.selectFrom(SAVED_FILTER).where(SAVED_FILTER.USERNAME.eq(me())).orderBy(SAVED_FILTER.NAME)
                .fetch(r -> new SavedFilter(r.getId(), r.getName(), r.getQuery()));
    }

    /** Saves the filter under the name, replacing one of the same name. */
    @PreAuthorize(Roles.EDITORIAL)
    public SavedFilter save(String name, String query) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 100) {
            throw new IllegalArgumentException("A filter needs a name of 1 to 100 characters.");
        }
        if (query == null || query.length() > 2000) {
            throw new IllegalArgumentException("This filter is too long to save.");
        }
        long id = dsl.insertInto(SAVED_FILTER)
                .set(SAVED_FILTER.USERNAME, me())
                .set(SAVED_FILTER.NAME, n)
                .set(SAVED_FILTER.QUERY, query)
                .onConflict(SAVED_FILTER.USERNAME, SAVED_FILTER.NAME).doUpdate().set(SAVED_FILTER.QUERY, query)
                .returning(SAVED_FILTER.ID).fetchSingle(SAVED_FILTER.ID);
        return new SavedFilter(id, n, query);
    }

    @PreAuthorize(Roles.EDITORIAL)
    public void delete(long id) {
        dsl.deleteFrom(SAVED_FILTER).where(SAVED_FILTER.ID.eq(id).and(SAVED_FILTER.USERNAME.eq(me()))).execute();
    }

    private static String me() {
        return CurrentUser.username().orElseThrow();
    }
}
