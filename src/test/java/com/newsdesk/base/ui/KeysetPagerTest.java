package com.newsdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class KeysetPagerTest {

    /** Rows 0..999 whose key is the row itself, newest (highest) first; records every query it answers. */
    private final List<Integer> rows = IntStream.range(0, 1000).map(i -> 999 - i).boxed().toList();
    private final List<String> queries = new ArrayList<>();

    private final KeysetPager<Integer, Integer> pager = new KeysetPager<>((after, skip, limit) -> {
        queries.add(after + "/" + skip + "/" + limit);
        return rows.stream().filter(r -> after == null || r < after).skip(skip).limit(limit).toList();
    }, r -> r, 100);

    @Test
    void sequential_pages_continue_from_the_last_key_without_offset() {
        assertThat(pager.fetch(0, 50)).containsExactlyElementsOf(rows.subList(0, 50));
        assertThat(pager.fetch(50, 50)).containsExactlyElementsOf(rows.subList(50, 100));
        assertThat(pager.fetch(100, 50)).containsExactlyElementsOf(rows.subList(100, 150));
        assertThat(queries).containsExactly("null/0/50", "950/0/50", "900/0/50");
    }

    @Test
    void a_jump_skips_only_from_the_nearest_known_key() {
        pager.fetch(0, 50);
        pager.fetch(50, 50);
        assertThat(pager.fetch(130, 20)).containsExactlyElementsOf(rows.subList(130, 150));
        assertThat(queries.getLast()).isEqualTo("900/30/20");
        // going back up re-reads from a remembered key
        assertThat(pager.fetch(60, 10)).containsExactlyElementsOf(rows.subList(60, 70));
        assertThat(queries.getLast()).isEqualTo("950/10/10");
    }

    @Test
    void the_end_of_the_data_returns_a_short_page_and_then_nothing() {
        assertThat(pager.fetch(980, 50)).containsExactlyElementsOf(rows.subList(980, 1000));
        assertThat(pager.fetch(1000, 50)).isEmpty();
    }

    @Test
    void a_request_larger_than_the_query_allows_is_split_into_keyset_pages() {
        assertThat(pager.fetch(0, 250)).containsExactlyElementsOf(rows.subList(0, 250));
        assertThat(queries).containsExactly("null/0/100", "900/0/100", "800/0/50");
        assertThat(pager.fetch(950, Integer.MAX_VALUE)).containsExactlyElementsOf(rows.subList(950, 1000));
    }

    @Test
    void reset_forgets_the_keys() {
        pager.fetch(0, 50);
        pager.fetch(50, 50);
        assertThat(pager.rememberedKeys()).isEqualTo(3);
        pager.reset();
        assertThat(pager.rememberedKeys()).isEqualTo(1);
        pager.fetch(50, 50);
        assertThat(queries.getLast()).isEqualTo("null/50/50");
    }
}
