package com.newsdesk.demo;

import static com.newsdesk.jooq.Tables.ALTERNATIVE_TAKE;
import static com.newsdesk.jooq.Tables.APP_USER;
import static com.newsdesk.jooq.Tables.ARTICLE;
import static com.newsdesk.jooq.Tables.COUNTRY;
import static com.newsdesk.jooq.Tables.LANGUAGE;
import static com.newsdesk.jooq.Tables.SOURCE_SITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import com.newsdesk.NewsdeskIntegrationTest;
import com.newsdesk.article.ArticleStatus;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@NewsdeskIntegrationTest
class DemoDataIT {

    @Autowired
    DSLContext dsl;
    @Autowired
    DemoDataLoader loader;
    @Autowired
    DemoReferenceData referenceData;

    @Test
    void the_demo_has_all_countries_and_sources_in_many_countries_including_the_united_states() {
        assertThat(dsl.fetchCount(COUNTRY)).isEqualTo(50);
        // other tests add sources of their own: count the demo's, by name
        var demoNames = referenceData.sources().stream().map(DemoData.Source::name).toList();
        var demo = SOURCE_SITE.NAME.in(demoNames);
        assertThat(demoNames).hasSize(150);
        assertThat(dsl.fetchCount(SOURCE_SITE, demo)).isEqualTo(150);
        assertThat(dsl.select(SOURCE_SITE.COUNTRY_CODE).from(SOURCE_SITE).where(demo).groupBy(SOURCE_SITE.COUNTRY_CODE)
                .having(count().ne(3)).fetch()).as("countries without exactly three sites").isEmpty();
        assertThat(dsl.select(countDistinct(SOURCE_SITE.COUNTRY_CODE)).from(SOURCE_SITE).fetchSingle().value1())
                .isGreaterThanOrEqualTo(10);
        assertThat(dsl.fetchExists(SOURCE_SITE, SOURCE_SITE.COUNTRY_CODE.eq("US"))).isTrue();
        assertThat(dsl.select(LANGUAGE.DIRECTION).from(LANGUAGE).where(LANGUAGE.CODE.eq("ar")).fetchSingle().value1())
                .isEqualTo("RTL");
    }

    @Test
    void a_month_of_about_a_hundred_articles_a_day_with_the_newest_waiting_for_review() {
        var monthAgo = OffsetDateTime.now().minusDays(30);
        assertThat(dsl.fetchCount(ARTICLE, ARTICLE.INGESTED_AT.gt(monthAgo))).isBetween(3000, 3600);
        var lastDay = dsl.select(ARTICLE.STATUS).from(ARTICLE)
                .where(ARTICLE.INGESTED_AT.gt(OffsetDateTime.now().minusDays(1))).fetch(ARTICLE.STATUS);
        // (other tests may approve one or two of them)
        assertThat(lastDay).hasSizeGreaterThan(80);
        assertThat(lastDay.stream().filter(s -> Set.of("INGESTED", "TRANSLATED", "IN_REVIEW").contains(s)).count())
                .isGreaterThan(lastDay.size() * 9L / 10);
    }

    @Test
    void originals_come_in_many_languages_and_right_to_left_ones_are_there() {
        Set<String> languages = Set.copyOf(dsl.selectDistinct(ARTICLE.ORIGINAL_LANGUAGE).from(ARTICLE)
                .fetch(ARTICLE.ORIGINAL_LANGUAGE));
        assertThat(languages).contains("ja", "ko", "zh", "ar", "es", "fr", "de", "pt", "ru", "hi", "tr");
        assertThat(dsl.fetchCount(ARTICLE, ARTICLE.ORIGINAL_LANGUAGE.in("ar", "he", "fa", "ur"))).isGreaterThan(50);
        assertThat(dsl.fetchCount(ARTICLE, ARTICLE.IMAGE_URL.isNotNull().and(ARTICLE.IMAGE_CREDIT.isNotNull())))
                .isGreaterThan(dsl.fetchCount(ARTICLE) * 7 / 10);
    }

    @Test
    void stories_recur_across_countries_wire_copy_repeats_and_some_translations_slip() {
        // the same event covered in several countries: many English titles appear in five or more countries
        var widelyCovered = dsl.select(ARTICLE.MT_TITLE).from(ARTICLE).where(ARTICLE.MT_TITLE.isNotNull())
                .groupBy(ARTICLE.MT_TITLE).having(countDistinct(ARTICLE.COUNTRY_CODE).ge(5)).fetch();
        assertThat(widelyCovered).hasSizeGreaterThan(10);
        // wire copy: the same original text on several sites
        var wire = dsl.select(ARTICLE.ORIGINAL_BODY).from(ARTICLE).where(ARTICLE.ORIGINAL_BODY.contains("(ALN)"))
                .groupBy(ARTICLE.ORIGINAL_BODY).having(countDistinct(ARTICLE.SOURCE_SITE_ID).ge(2)).fetch();
        assertThat(wire).isNotEmpty();
        // machine-translation slips the editors corrected: the English differs from the machine's
        assertThat(dsl.fetchCount(ARTICLE, ARTICLE.BODY.ne(ARTICLE.MT_BODY))).isGreaterThan(10);
    }

    @Test
    void every_workflow_state_is_present() {
        Set<String> statuses = Set.copyOf(dsl.selectDistinct(ARTICLE.STATUS).from(ARTICLE).fetch(ARTICLE.STATUS));
        for (ArticleStatus s : ArticleStatus.values()) {
            assertThat(statuses).as("articles in state %s", s).contains(s.name());
        }
    }

    @Test
    void every_article_has_its_sources_country_and_language() {
        int inconsistent = dsl.fetchCount(dsl.select(ARTICLE.ID).from(ARTICLE)
                .join(SOURCE_SITE).on(SOURCE_SITE.ID.eq(ARTICLE.SOURCE_SITE_ID))
                .where(SOURCE_SITE.COUNTRY_CODE.ne(ARTICLE.COUNTRY_CODE)
                        .or(SOURCE_SITE.LANGUAGE_CODE.ne(ARTICLE.ORIGINAL_LANGUAGE))));
        assertThat(inconsistent).isZero();
        // English machine translation for everything past ingestion
        assertThat(dsl.fetchCount(ARTICLE, ARTICLE.STATUS.ne("INGESTED").and(ARTICLE.MT_TITLE.isNull()))).isZero();
    }

    @Test
    void the_seed_story_has_its_two_takes_and_the_korean_report_is_not_linked_yet() {
        long seed = idByTitle("Japan, S Korea leaders common security, economic challenges");
        long sco = idByTitle("SCO Summit in Tianjin");
        long xi = idByTitle("Xi Jinping's Summit Attendance");

        var seedRow = dsl.selectFrom(ARTICLE).where(ARTICLE.ID.eq(seed)).fetchSingle();
        assertThat(seedRow.getCountryCode()).isEqualTo("JP");
        assertThat(seedRow.getOriginalLanguage()).isEqualTo("ja");
        assertThat(seedRow.getStatus()).isEqualTo("PUBLISHED");
        assertThat(seedRow.getSourcePublishedAt().atZoneSameInstant(ZoneOffset.ofHours(9)).toLocalDate())
                .hasToString("2025-08-23");
        assertThat(seedRow.getBody()).contains("Japanese Prime Minister Shigeru Ishiba and South Korean President "
                + "Lee Jae Myung met Saturday for summit talks");
        assertThat(seedRow.getImageUrl()).startsWith("/images/demo/");

        var takes = dsl.select(ALTERNATIVE_TAKE.ARTICLE_A_ID, ALTERNATIVE_TAKE.ARTICLE_B_ID,
                        ALTERNATIVE_TAKE.POSITION_A, ALTERNATIVE_TAKE.POSITION_B)
                .from(ALTERNATIVE_TAKE)
                .where(ALTERNATIVE_TAKE.ARTICLE_A_ID.eq(seed).or(ALTERNATIVE_TAKE.ARTICLE_B_ID.eq(seed)))
                .orderBy(ALTERNATIVE_TAKE.POSITION_A)
                .fetch(r -> r.value1() == seed ? r.value2() : r.value1());
        assertThat(takes).containsExactly(sco, xi);
        assertThat(dsl.fetchCount(dsl.selectFrom(ARTICLE).where(ARTICLE.ID.in(sco, xi))
                .and(ARTICLE.COUNTRY_CODE.eq("CN")))).isEqualTo(2);

        var korean = dsl.selectFrom(ARTICLE)
                .where(ARTICLE.COUNTRY_CODE.eq("KR"))
                .and(ARTICLE.SOURCE_PUBLISHED_AT.between(OffsetDateTime.parse("2025-08-22T00:00:00+09:00"),
                        OffsetDateTime.parse("2025-08-24T00:00:00+09:00")))
                .fetch();
        assertThat(korean).hasSize(1);
        assertThat(korean.getFirst().getMtBody()).contains("Ishiba");
        long koreanId = korean.getFirst().getId();
        assertThat(dsl.fetchExists(ALTERNATIVE_TAKE, ALTERNATIVE_TAKE.ARTICLE_A_ID.eq(koreanId)
                .or(ALTERNATIVE_TAKE.ARTICLE_B_ID.eq(koreanId)))).isFalse();
    }

    @Test
    void loading_the_demo_again_changes_nothing() {
        int articles = dsl.fetchCount(ARTICLE);
        int sources = dsl.fetchCount(SOURCE_SITE);
        int users = dsl.fetchCount(APP_USER);
        int takes = dsl.fetchCount(ALTERNATIVE_TAKE);

        loader.run(null);

        assertThat(dsl.fetchCount(ARTICLE)).isEqualTo(articles);
        assertThat(dsl.fetchCount(SOURCE_SITE)).isEqualTo(sources);
        assertThat(dsl.fetchCount(APP_USER)).isEqualTo(users);
        assertThat(dsl.fetchCount(ALTERNATIVE_TAKE)).isEqualTo(takes);
    }

    private long idByTitle(String title) {
        return dsl.select(ARTICLE.ID).from(ARTICLE).where(ARTICLE.TITLE.eq(title)).fetchSingle(ARTICLE.ID);
    }
}
