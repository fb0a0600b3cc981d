package com.newsdesk.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newsdesk.NewsdeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@NewsdeskIntegrationTest
class SourceServiceIT {

    @Autowired
    SourceService sources;

    @Test
    @WithMockUser(roles = "ADMIN")
    void an_admin_lists_the_source_sites_by_name() {
        var list = sources.sourceSites();
        assertThat(list).hasSizeGreaterThanOrEqualTo(20);
        assertThat(list).extracting(SourceSiteListItem::name).isSortedAccordingTo(String::compareTo);
        assertThat(list).allSatisfy(s -> {
            assertThat(s.countryName()).isNotBlank();
            assertThat(s.languageName()).isNotBlank();
        });
    }

    @Test
    @WithMockUser(roles = {"EDITOR", "REVIEWER"})
    void editors_and_reviewers_cannot_list_source_sites_through_the_service() {
        assertThatThrownBy(() -> sources.sourceSites()).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "REVIEWER")
    void everyone_with_a_role_reads_the_countries() {
        assertThat(sources.countries()).hasSize(50).extracting(Country::code).contains("JP", "KR", "CN", "US");
    }
}
