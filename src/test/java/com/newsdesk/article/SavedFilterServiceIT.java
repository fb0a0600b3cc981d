package com.newsdesk.article;

import static com.newsdesk.AsUser.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newsdesk.NewsdeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@NewsdeskIntegrationTest
class SavedFilterServiceIT {

    @Autowired
    SavedFilterService filters;

    @Test
    void each_person_saves_replaces_and_forgets_only_their_own_filters() throws Exception {
        var mine = as("editor", () -> filters.save("Japan queue", "status=IN_REVIEW,TRANSLATED&country=JP"));
        as("editor", () -> filters.save("Japan queue", "status=TRANSLATED&country=JP"));
        as("chief", () -> filters.save("Japan queue", "status=all&country=JP"));

        assertThat(as("editor", filters::mine)).filteredOn(f -> f.name().equals("Japan queue"))
                .singleElement().satisfies(f -> assertThat(f.query()).isEqualTo("status=TRANSLATED&country=JP"));
        assertThat(as("chief", filters::mine)).filteredOn(f -> f.name().equals("Japan queue"))
                .singleElement().satisfies(f -> assertThat(f.query()).isEqualTo("status=all&country=JP"));

        as("chief", () -> {
            filters.delete(mine.id()); // not chief's: nothing happens
            return null;
        });
        assertThat(as("editor", filters::mine)).extracting(SavedFilter::id).contains(mine.id());
        as("editor", () -> {
            filters.delete(mine.id());
            return null;
        });
        assertThat(as("editor", filters::mine)).extracting(SavedFilter::id).doesNotContain(mine.id());

        assertThatThrownBy(() -> as("editor", () -> filters.save("  ", "status=all")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }
}
