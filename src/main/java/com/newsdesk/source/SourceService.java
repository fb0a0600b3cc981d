package com.newsdesk.source;

import java.time.Instant;
import java.util.List;

import com.newsdesk.base.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Countries, languages and source sites. Managing sources is for admins; everyone may read the countries. */
@Service
@Transactional(readOnly = true)
public class SourceService {

    private final SourceRepository repository;

    SourceService(SourceRepository repository) {
        this.repository = repository;
    }

    @PreAuthorize(Roles.ANY)
    public List<Country> countries() {
        return repository.countries();
    }

    /** Source sites and languages to filter lists by: everyone with a role may read them. */
    @PreAuthorize(Roles.ANY)
    public List<Option> sourceOptions() {
        return repository.sourceOptions();
    }

    @PreAuthorize(Roles.ANY)
    public List<Option> languageOptions() {
        return repository.languageOptions();
    }

    /** Every source site by name, with its status, last success and articles of the last 7 days. */
    @PreAuthorize(Roles.IS_ADMIN)
    public List<SourceSiteListItem> sourceSites() {
        return repository.sourceSites(Instant.now());
    }
}
