package com.newsdesk.takes;

import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.ARTICLE_FINGERPRINT;
import static com.newsdesk.jooq.Tables.FINGERPRINT_QUEUE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.newsdesk.NewsdeskIntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Wire copy republished by several outlets is found, grouped and flagged; other reports of the event are not. */
@NewsdeskIntegrationTest
class NearDuplicatesIT {

    @Autowired
    DSLContext dsl;
    @Autowired
    NearDuplicates nearDuplicates;
    @Autowired
    NearDuplicateService service;

    @Test
    @WithUserDetails("reviewer")
    void republished_wire_copy_is_grouped_and_a_different_report_of_the_same_event_is_not() {
        // three weeks back: recent enough for the groups of the last 30 days, out of the way of the last day's news
        var day = OffsetDateTime.now(ZoneOffset.UTC).minusDays(21);
        // the seed summit's English, as an agency's text that three English-language outlets republish
        var agency = DemoTexts.seedEnglish("seed-summit");
        long first = approved("GB", day, "Agency: Japan and South Korea leaders meet", agency.html());
        long second = approved("US", day.plusHours(1), "Ishiba and Lee meet in Tokyo",
                agency.html().replaceFirst("<p>", "<p>TOKYO (ALN) — "));
        var shortened = new DemoTexts.Text(agency.title(), agency.paragraphs().subList(0, 14));
        long third = approved("AU", day.plusHours(2), "Japan, South Korea leaders meet",
                shortened.html() + "<p>With reporting by ALN.</p>");
        // Seoul's own report of the same summit, in English
        var seoul = DemoTexts.seedEnglish("seed-korea");
        long other = approved("IN", day.plusHours(3), "Seoul: Lee and Ishiba meet in Tokyo", seoul.html());

        assertThat(nearDuplicates.detectAll(500)).isGreaterThanOrEqualTo(4);

        assertThat(service.twins(first)).extracting(TakeArticle::id).containsExactlyInAnyOrder(second, third);
        assertThat(service.twins(third)).extracting(TakeArticle::id).containsExactlyInAnyOrder(first, second);
        assertThat(service.twins(other)).isEmpty();
        long group = dsl.select(ARTICLE_FINGERPRINT.DUP_GROUP).from(ARTICLE_FINGERPRINT)
                .where(ARTICLE_FINGERPRINT.ARTICLE_ID.eq(second)).fetchSingle(ARTICLE_FINGERPRINT.DUP_GROUP);
        assertThat(group).isEqualTo(first);
        // reviewers see the recent groups (the demo month's wire copy among them), each with its members
        assertThat(service.recentGroups(30, 20)).isNotEmpty().allSatisfy(g -> {
            assertThat(g.members()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(g.members()).allSatisfy(m -> assertThat(m.dupGroup()).isEqualTo(g.id()));
        });
    }

    private long approved(String country, OffsetDateTime when, String title, String html) {
        return TakeTestArticles.create(dsl, country, 1, when, "APPROVED", title, html, title, html);
    }

    @Test
    @WithUserDetails("reviewer")
    void an_original_that_changes_is_fingerprinted_again() {
        var day = OffsetDateTime.of(2022, 11, 2, 8, 0, 0, 0, ZoneOffset.UTC);
        var wire = DemoTexts.story("measles-vaccination-drive", "en");
        long a = TakeTestArticles.english(dsl, "GB", 2, day, wire.title(), wire.html());
        var floods = DemoTexts.story("bangladesh-monsoon-floods", "en");
        long b = TakeTestArticles.english(dsl, "US", 2, day, floods.title(), floods.html());
        nearDuplicates.detectAll(500);
        assertThat(service.twins(b)).extracting(TakeArticle::id).doesNotContain(a);

        // the outlet replaces its story with the agency's text
        dsl.update(ARTICLE).set(ARTICLE.ORIGINAL_BODY, wire.html()).set(ARTICLE.ORIGINAL_TITLE, wire.title())
                .where(ARTICLE.ID.eq(b)).execute();
        assertThat(dsl.fetchExists(FINGERPRINT_QUEUE, FINGERPRINT_QUEUE.ARTICLE_ID.eq(b))).isTrue();
        nearDuplicates.detectAll(500);
        assertThat(dsl.fetchExists(FINGERPRINT_QUEUE, FINGERPRINT_QUEUE.ARTICLE_ID.eq(b))).isFalse();
        assertThat(service.twins(b)).extracting(TakeArticle::id).contains(a);
    }
}
