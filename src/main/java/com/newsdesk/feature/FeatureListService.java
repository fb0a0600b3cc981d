package com.newsdesk.feature;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.newsdesk.audit.AuditTrail;
import com.newsdesk.base.security.Roles;
import com.newsdesk.source.Option;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins define the feature lists editors fill: code, name, description, maximum length and an optional country whose
 * sources the list refuses. The rules that keep the app and the editors' work intact:
 * <ul>
 * <li>a code never changes once the list exists: the app reads a list at {@code /api/v1/features/{code}/articles}
 * and {@code /feeds/features/{code}.atom};</li>
 * <li>the lists the app is built on ({@link FeatureListItem#BUILT_IN}) cannot be deleted, and Don't Miss keeps
 * refusing the United States (product rule: stories American media overlook);</li>
 * <li>a maximum below the entries a list holds, or an excluded country some entries come from, is refused with what
 * to do instead: entries are never dropped behind the editors' back.</li>
 * </ul>
 * The row is locked like the editors' changes lock it, so a maximum and an added entry cannot cross. Every change is
 * audited; the database's {@code delivery_changed} trigger on {@code feature} (0018) empties the delivery caches.
 */
@Service
@Transactional
public class FeatureListService {

    public static final int MAX_ENTRIES_LIMIT = 500;
    public static final int CODE_LENGTH = 50;
    public static final int NAME_LENGTH = 100;
    public static final int DESCRIPTION_LENGTH = 500;
    public static final String FIELD_CODE = "code";
    public static final String FIELD_NAME = "name";
    public static final String FIELD_DESCRIPTION = "description";
    public static final String FIELD_MAX = "maxEntries";
    public static final String FIELD_COUNTRY = "excludedCountry";

    private static final String DONT_MISS = "dont-miss";
    private static final String DONT_MISS_COUNTRY = "US";

    private final FeatureListRepository repository;
    private final AuditTrail audit;

    FeatureListService(FeatureListRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<FeatureListItem> list() {
        return repository.list();
    }

    /** The countries a list can exclude. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<Option> countries() {
        return repository.countries();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public FeatureListItem create(FeatureListForm form) {
        FeatureListForm f = normalise(form);
        Map<String, String> errors = check(f, null);
        if (f.code().isEmpty()) {
            errors.put(FIELD_CODE, "A code is needed: the app asks for the list by it.");
        } else if (f.code().length() > CODE_LENGTH || !f.code().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            errors.put(FIELD_CODE, "Use lower-case letters, digits and single hyphens between them, at most "
                    + CODE_LENGTH + " characters (e.g. world-cup).");
        } else {
            repository.nameOfCode(f.code()).ifPresent(name -> errors.put(FIELD_CODE,
                    "The code " + f.code() + " is taken by " + name + "."));
        }
        refuse(errors);
        long id;
        try {
            id = repository.insert(f);
        } catch (DuplicateKeyException e) {
            // another admin saved the same code or name a moment ago
            throw new FeatureListValidationException(Map.of(FIELD_NAME,
                    "A list with this code or name was just created by someone else."));
        }
        audit.record("FEATURE_CREATED", "feature", f.code(), null, f, null);
        return repository.lock(id).orElseThrow();
    }

    /** Changes name, description, maximum and excluded country; the code in {@code form} is ignored. */
    @PreAuthorize(Roles.IS_ADMIN)
    public FeatureListItem update(long id, FeatureListForm form) {
        FeatureListItem before = repository.lock(id).orElseThrow(
                () -> new FeatureRuleException("This feature list was deleted meanwhile."));
        FeatureListForm f = normalise(new FeatureListForm(before.code(), form.name(), form.description(),
                form.maxEntries(), form.excludedCountry()));
        Map<String, String> errors = check(f, id);
        if (f.maxEntries() != null && !errors.containsKey(FIELD_MAX) && f.maxEntries() < before.entries()) {
            errors.put(FIELD_MAX, before.name() + " holds " + before.entries() + " articles now: remove "
                    + (before.entries() - f.maxEntries()) + " in Features first, or keep a maximum of at least "
                    + before.entries() + ".");
        }
        if (DONT_MISS.equals(before.code()) && !DONT_MISS_COUNTRY.equals(f.excludedCountry())) {
            errors.put(FIELD_COUNTRY, "Don't Miss is for stories American media overlook: it keeps excluding the "
                    + "United States.");
        } else if (f.excludedCountry() != null && !errors.containsKey(FIELD_COUNTRY)
                && !f.excludedCountry().equals(before.excludedCountry())) {
            int from = repository.entriesFrom(id, f.excludedCountry());
            if (from > 0) {
                errors.put(FIELD_COUNTRY, from + (from == 1 ? " article" : " articles") + " in " + before.name()
                        + " come from sources in that country: remove them in Features first.");
            }
        }
        refuse(errors);
        try {
            repository.update(id, f);
        } catch (DuplicateKeyException e) {
            throw new FeatureListValidationException(Map.of(FIELD_NAME,
                    "Another list was just given this name by someone else."));
        }
        audit.record("FEATURE_UPDATED", "feature", before.code(), before.form(), f, null);
        return repository.lock(id).orElseThrow();
    }

    /** Deletes the list and its entries (the app stops showing it at once); the built-in lists stay. */
    @PreAuthorize(Roles.IS_ADMIN)
    public void delete(long id) {
        FeatureListItem before = repository.lock(id).orElseThrow(
                () -> new FeatureRuleException("This feature list was deleted meanwhile."));
        if (before.builtIn()) {
            throw new FeatureRuleException(before.name() + " cannot be deleted: the app shows it as "
                    + before.code() + ".");
        }
        repository.delete(id);
        Map<String, Object> gone = new LinkedHashMap<>();
        gone.put("definition", before.form());
        gone.put("entries", before.entries());
        audit.record("FEATURE_DELETED", "feature", before.code(), gone, null, null);
    }

    private static FeatureListForm normalise(FeatureListForm f) {
        String description = f.description() == null || f.description().isBlank() ? null : f.description().strip();
        String country = f.excludedCountry() == null || f.excludedCountry().isBlank() ? null
                : f.excludedCountry().strip().toUpperCase(java.util.Locale.ROOT);
        return new FeatureListForm(f.code() == null ? "" : f.code().strip(), f.name() == null ? "" : f.name().strip(),
                description, f.maxEntries(), country);
    }

    /** The checks creating and editing share. */
    private Map<String, String> check(FeatureListForm f, Long id) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (f.name().isEmpty()) {
            errors.put(FIELD_NAME, "A name is needed: editors pick the list by it.");
        } else if (f.name().length() > NAME_LENGTH) {
            errors.put(FIELD_NAME, "At most " + NAME_LENGTH + " characters.");
        } else if (repository.nameTaken(f.name(), id)) {
            errors.put(FIELD_NAME, "Another list is called " + f.name() + " already.");
        }
        if (f.description() != null && f.description().length() > DESCRIPTION_LENGTH) {
            errors.put(FIELD_DESCRIPTION, "At most " + DESCRIPTION_LENGTH + " characters.");
        }
        if (f.maxEntries() == null || f.maxEntries() < 1 || f.maxEntries() > MAX_ENTRIES_LIMIT) {
            errors.put(FIELD_MAX, "A whole number from 1 to " + MAX_ENTRIES_LIMIT + ".");
        }
        if (f.excludedCountry() != null && !repository.countryExists(f.excludedCountry())) {
            errors.put(FIELD_COUNTRY, f.excludedCountry() + " is not a country Newsdesk knows.");
        }
        return errors;
    }

    private static void refuse(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new FeatureListValidationException(errors);
        }
    }
}
