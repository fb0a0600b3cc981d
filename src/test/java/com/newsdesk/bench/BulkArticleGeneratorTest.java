package com.newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

import com.newsdesk.demo.DemoReferenceData;
import org.junit.jupiter.api.Test;

class BulkArticleGeneratorTest {

    @Test
    void country_shares_add_up_and_the_largest_country_can_be_paged_50000_deep_at_a_million() {
        Map<String, DemoReferenceData.Site> sites = new LinkedHashMap<>();
        String[] countries = IntStream.range(0, 50).mapToObj(i -> i == 17 ? "JP" : "C" + (char) ('A' + i % 26) + i)
                .toArray(String[]::new);
        for (int i = 0; i < 150; i++) {
            String country = countries[i % 50];
            sites.put("s" + i, new DemoReferenceData.Site(i, "s" + i, country, "xx", "https://s" + i + ".example/"));
        }
        var weights = BulkArticleGenerator.weights(sites);
        assertThat(weights).hasSize(150);
        assertThat(weights.getLast().cumulative()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(weights.subList(0, 3)).allMatch(w -> w.site().countryCode().equals("JP"));
        double japan = weights.get(2).cumulative();
        // about 15% of a million articles in Japan, more than half of them published
        assertThat(japan * 1_000_000 * 0.57).isGreaterThan(50_000);
    }

    @Test
    void every_state_occurs_and_recent_articles_mostly_wait_for_review() {
        var old = IntStream.range(0, 100).mapToObj(p -> BulkArticleGenerator.status(p, false)).toList();
        var recent = IntStream.range(0, 100).mapToObj(p -> BulkArticleGenerator.status(p, true)).toList();
        assertThat(old).contains("INGESTED", "TRANSLATED", "IN_REVIEW", "APPROVED", "PUBLISHED", "REJECTED",
                "UNPUBLISHED");
        long waiting = recent.stream().filter(s -> s.equals("INGESTED") || s.equals("TRANSLATED")
                || s.equals("IN_REVIEW")).count();
        assertThat(waiting).isGreaterThan(70);
    }
}
