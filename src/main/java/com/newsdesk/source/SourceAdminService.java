package com.newsdesk.source;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.newsdesk.audit.AuditTrail;
import com.newsdesk.base.security.Roles;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Source sites for admins: create, change (optimistic locking: a change names the version it was made on, and a
 * stale one is refused, never overwrites), deactivate and reactivate (articles stay), their health, and "fetch now".
 * A form is validated as a whole: every problem comes back at once, each with its field and in words. Every change
 * is audited in the transaction that makes it.
 */
@Service
@Transactional
public class SourceAdminService {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_FEEDS = 50;
    static final int MIN_POLL_INTERVAL = 5;
    static final int MAX_POLL_INTERVAL = 1440;

    private final SourceAdminRepository repository;
    private final FeedAccess feeds;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    SourceAdminService(SourceAdminRepository repository, FeedAccess feeds, AuditTrail audit,
                       TransactionTemplate transaction) {
        this.repository = repository;
        this.feeds = feeds;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** The source as stored, with its feeds in fetching order; empty when there is none with this id. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public Optional<SourceSiteDetail> get(long id) {
        return repository.find(id);
    }

    /**
     * Creates an active source.
     *
     * @throws SourceValidationException with every problem of the form
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public SourceSiteDetail create(SourceSiteForm form) {
        SourceSiteForm f = validate(form, null);
        long id;
        try {
            id = repository.insert(f);
        } catch (DuplicateKeyException e) {
            // another admin created one of this name between the check and the insert
            throw nameTaken(f.name());
        }
        var created = repository.find(id).orElseThrow();
        audit.record("SOURCE_SITE_CREATED", "source_site", id, null, created, null);
        return created;
    }

    /**
     * Changes the source and replaces its feeds with the form's. A form equal to what is stored changes nothing.
     *
     * @param version the version the form was filled in on
     * @throws StaleSourceException      when someone changed the source since that version; nothing is changed
     * @throws SourceValidationException with every problem of the form
     * @throws SourceNotFoundException   when there is no such source
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public SourceSiteDetail update(long id, int version, SourceSiteForm form) {
        var before = repository.find(id).orElseThrow(() -> new SourceNotFoundException(id));
        if (before.version() != version) {
            throw new StaleSourceException(id);
        }
        SourceSiteForm f = validate(form, id);
        if (f.equals(before.form())) {
            return before;
        }
        try {
            if (!repository.update(id, version, f)) {
                throw new StaleSourceException(id);
            }
        } catch (DuplicateKeyException e) {
            throw nameTaken(f.name());
        }
        repository.replaceFeeds(id, f.feedUrls());
        var after = repository.find(id).orElseThrow();
        audit.record("SOURCE_SITE_UPDATED", "source_site", id, before, after, null);
        return after;
    }

    /**
     * Deactivates the source (it is no longer fetched; its articles stay) or activates it again (it is fetched at
     * the next poll).
     *
     * @throws StaleSourceException    when someone changed the source since {@code version}
     * @throws SourceNotFoundException when there is no such source
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public SourceSiteDetail setActive(long id, int version, boolean active) {
        var before = repository.find(id).orElseThrow(() -> new SourceNotFoundException(id));
        if (before.version() != version) {
            throw new StaleSourceException(id);
        }
        if (before.active() == active) {
            return before;
        }
        if (!repository.setActive(id, version, active)) {
            throw new StaleSourceException(id);
        }
        audit.record(active ? "SOURCE_SITE_ACTIVATED" : "SOURCE_SITE_DEACTIVATED", "source_site", id,
                Map.of("active", before.active()), Map.of("active", active), null);
        return repository.find(id).orElseThrow();
    }

    /**
     * How fetching the source goes, and its articles of the last 24 hours and 7 days.
     *
     * @throws SourceNotFoundException when there is no such source
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public SourceHealth health(long id) {
        return repository.health(id, Instant.now()).orElseThrow(() -> new SourceNotFoundException(id));
    }

    /**
     * Fetches the source's feeds now, whatever its interval or whether it is active. Blocks for seconds (bounded by
     * the feed timeouts): call it off the UI thread. Runs outside a transaction, since the fetch claims the source
     * and stores each item in transactions of its own; the request is audited afterwards.
     *
     * @throws SourceNotFoundException when there is no such source
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public FetchReport fetchNow(long id) {
        if (!repository.exists(id)) {
            throw new SourceNotFoundException(id);
        }
        FetchReport report = feeds.fetchNow(id);
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("created", report.created());
        outcome.put("updated", report.updated());
        outcome.put("unchanged", report.unchanged());
        outcome.put("problems", report.problems().size());
        outcome.put("error", report.error());
        outcome.put("skipped", report.skipped());
        transaction.executeWithoutResult(
                status -> audit.record("SOURCE_SITE_FETCHED_NOW", "source_site", id, null, outcome, null));
        return report;
    }

    /** The form stripped and normalised, or every problem it has. */
    private SourceSiteForm validate(SourceSiteForm form, Long id) {
        Map<SourceField, String> errors = new EnumMap<>(SourceField.class);

        String name = strip(form.name());
        if (name.isEmpty()) {
            errors.put(SourceField.NAME, "Enter a name.");
        } else if (name.length() > MAX_NAME_LENGTH) {
            errors.put(SourceField.NAME, "A name has at most " + MAX_NAME_LENGTH + " characters.");
        } else if (repository.nameTaken(name, id)) {
            errors.put(SourceField.NAME, nameTaken(name).errors().get(SourceField.NAME));
        }

        String home = strip(form.homeUrl());
        if (home.isEmpty()) {
            errors.put(SourceField.HOME_URL, "Enter the address of the home page.");
        } else {
            try {
                home = feeds.normalise(home);
            } catch (IllegalArgumentException e) {
                errors.put(SourceField.HOME_URL, "Home page: " + e.getMessage() + ".");
            }
        }

        List<String> feedUrls = new ArrayList<>();
        List<String> feedErrors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int number = 0;
        for (String raw : form.feedUrls()) {
            String url = strip(raw);
            if (url.isEmpty()) {
                continue;
            }
            number++;
            try {
                String normal = feeds.normalise(url);
                Integer first = seen.putIfAbsent(normal, number);
                if (first != null) {
                    feedErrors.add("Feed " + number + " is the same address as feed " + first + ": " + normal + ".");
                } else {
                    feedUrls.add(normal);
                }
            } catch (IllegalArgumentException e) {
                feedErrors.add("Feed " + number + ": " + e.getMessage() + ".");
            }
        }
        if (number == 0) {
            feedErrors.add("Add at least one feed address.");
        } else if (number > MAX_FEEDS) {
            feedErrors.add("A source has at most " + MAX_FEEDS + " feeds.");
        }
        if (!feedErrors.isEmpty()) {
            errors.put(SourceField.FEED_URLS, String.join(" ", feedErrors));
        }

        String country = strip(form.countryCode());
        if (country.isEmpty()) {
            errors.put(SourceField.COUNTRY, "Choose a country.");
        } else {
            var stored = repository.countryCode(country);
            if (stored.isEmpty()) {
                errors.put(SourceField.COUNTRY, "\"" + country + "\" is not a country Newsdesk covers.");
            } else {
                country = stored.get();
            }
        }

        String language = strip(form.languageCode());
        if (language.isEmpty()) {
            errors.put(SourceField.LANGUAGE, "Choose a language.");
        } else {
            var stored = repository.languageCode(language);
            if (stored.isEmpty()) {
                errors.put(SourceField.LANGUAGE, "\"" + language + "\" is not a language Newsdesk knows.");
            } else {
                language = stored.get();
            }
        }

        Integer interval = form.pollIntervalMinutes();
        if (interval == null) {
            errors.put(SourceField.POLL_INTERVAL, "Enter a polling interval.");
        } else if (interval < MIN_POLL_INTERVAL || interval > MAX_POLL_INTERVAL) {
            errors.put(SourceField.POLL_INTERVAL, "The polling interval is " + MIN_POLL_INTERVAL + " to "
                    + MAX_POLL_INTERVAL + " minutes (24 hours).");
        }

        if (!errors.isEmpty()) {
            throw new SourceValidationException(errors);
        }
        return new SourceSiteForm(name, home, feedUrls, country, language, interval);
    }

    private static SourceValidationException nameTaken(String name) {
        return new SourceValidationException(
                Map.of(SourceField.NAME, "Another source is already called \"" + name + "\"."));
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
