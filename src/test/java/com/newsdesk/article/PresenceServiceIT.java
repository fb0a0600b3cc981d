package com.newsdesk.article;

import static com.newsdesk.AsUser.as;
import static com.newsdesk.jooq.Tables.ARTICLE_PRESENCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import com.newsdesk.NewsdeskIntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@NewsdeskIntegrationTest
class PresenceServiceIT {

    @Autowired
    PresenceService presence;
    @Autowired
    DSLContext dsl;

    @Test
    void editors_see_each_other_until_one_leaves_or_their_tab_goes_quiet() throws Exception {
        long id = TestArticles.create(dsl, ArticleStatus.IN_REVIEW, "JP");
        as("editor", () -> {
            presence.enter(id);
            return null;
        });
        assertThat(as("chief", () -> presence.others(id))).extracting(Presence::username).containsExactly("editor");
        assertThat(as("editor", () -> presence.others(id))).isEmpty();

        as("chief", () -> {
            presence.enter(id);
            return null;
        });
        assertThat(as("editor", () -> presence.others(id))).extracting(Presence::username).containsExactly("chief");

        as("chief", () -> {
            presence.leave(id);
            return null;
        });
        assertThat(as("editor", () -> presence.others(id))).isEmpty();

        // a closed tab sends no more heartbeats: after 45 seconds it no longer counts
        dsl.update(ARTICLE_PRESENCE).set(ARTICLE_PRESENCE.SEEN_AT, OffsetDateTime.now().minusMinutes(1))
                .where(ARTICLE_PRESENCE.ARTICLE_ID.eq(id)).execute();
        assertThat(as("chief", () -> presence.others(id))).isEmpty();
        assertThat(as("editor", () -> presence.heartbeat(id))).isTrue();
        assertThat(as("chief", () -> presence.others(id))).extracting(Presence::username).containsExactly("editor");
    }

    @Test
    void taking_over_tells_the_other_editor() throws Exception {
        long id = TestArticles.create(dsl, ArticleStatus.IN_REVIEW, "KR");
        as("editor", () -> {
            presence.enter(id);
            return null;
        });
        as("chief", () -> {
            presence.takeOver(id);
            return null;
        });
        assertThat(as("editor", () -> presence.takenOverBy(id))).hasValue("chief");
        assertThat(as("chief", () -> presence.takenOverBy(id))).isEmpty();
        // coming back clears it
        as("editor", () -> {
            presence.enter(id);
            return null;
        });
        assertThat(as("editor", () -> presence.takenOverBy(id))).isEmpty();
    }
}
