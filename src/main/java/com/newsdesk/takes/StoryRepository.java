package com.newsdesk.takes;

import static com.newsdesk.jooq.Tables.ALTERNATIVE_TAKE;

import java.time.Instant;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** SQL for stories: the connected groups of linked articles. */
@Repository
class StoryRepository {

    /** A story larger than this is shown in part: nobody reads hundreds of takes. */
    static final int MAX_ARTICLES = 300;

    record Link(long a, long b, Instant created) {
    }

    private final DSLContext dsl;

    StoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The articles connected to this one through links, itself included (each link followed once). */
    List<Long> connected(long id) {
        return dsl.resultQuery("""
                WITH RECURSIVE story(id) AS (
                    SELECT ?::bigint
                    UNION
                    SELECT CASE WHEN t.article_a_id = s.id THEN t.article_b_id ELSE t.article_a_id END
                    FROM story s JOIN alternative_take t ON t.article_a_id = s.id OR t.article_b_id = s.id)
                SELECT id FROM story LIMIT ?""", id, MAX_ARTICLES).fetch(0, Long.class);
    }

    /** The most recent links, newest first. */
    List<Link> recentLinks(int limit) {
        return dsl.select(ALTERNATIVE_TAKE.ARTICLE_A_ID, ALTERNATIVE_TAKE.ARTICLE_B_ID, ALTERNATIVE_TAKE.CREATED_AT)
                .from(ALTERNATIVE_TAKE).orderBy(ALTERNATIVE_TAKE.CREATED_AT.desc()).limit(limit)
                .fetch(r -> new Link(r.value1(), r.value2(), r.value3().toInstant()));
    }
}
