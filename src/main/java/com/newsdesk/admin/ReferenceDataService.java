package com.newsdesk.admin;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.newsdesk.audit.AuditTrail;
import com.newsdesk.base.security.Roles;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The countries and languages Newsdesk covers. Admins rename them, set a language's text direction (which decides
 * how originals are shown to editors) and add new ones; codes never change, since articles and sources refer to
 * them. Every change is audited. Refusals carry a sentence for a person.
 */
@Service
@Transactional
public class ReferenceDataService {

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_LANGUAGE_CODE_LENGTH = 16;
    /** The same patterns the database checks (changelog 0001). */
    static final Pattern LANGUAGE_CODE = Pattern.compile("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$");
    static final Pattern COUNTRY_CODE = Pattern.compile("^[A-Z]{2}$");

    private final ReferenceDataRepository repository;
    private final AuditTrail audit;

    ReferenceDataService(ReferenceDataRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /** Every country by name, with its usual language. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<CountryListItem> countries() {
        return repository.countries();
    }

    /** Every language by name. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<LanguageListItem> languages() {
        return repository.languages();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public CountryListItem renameCountry(String code, String name) {
        String n = validName(name);
        var before = repository.country(code)
                .orElseThrow(() -> new IllegalArgumentException("There is no country with the code " + code + "."));
        if (before.name().equals(n)) {
            return before;
        }
        try {
            repository.renameCountry(before.code(), n);
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("Another country is already called \"" + n + "\".", e);
        }
        var after = new CountryListItem(before.code(), n, before.languageCode(), before.languageName());
        audit.record("COUNTRY_RENAMED", "country", before.code(), before, after, null);
        return after;
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public LanguageListItem updateLanguage(String code, String name, TextDirection direction) {
        String n = validName(name);
        TextDirection d = validDirection(direction);
        var before = repository.language(code)
                .orElseThrow(() -> new IllegalArgumentException("There is no language with the code " + code + "."));
        var after = new LanguageListItem(before.code(), n, d);
        if (before.equals(after)) {
            return before;
        }
        try {
            repository.updateLanguage(before.code(), n, d);
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("Another language is already called \"" + n + "\".", e);
        }
        audit.record("LANGUAGE_UPDATED", "language", before.code(), before, after, null);
        return after;
    }

    /**
     * Adds a language. The code is a BCP 47 tag ({@code ja}, {@code fa}, {@code zh-Hant}); its first part is put in
     * lower case, as the database wants it.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public LanguageListItem addLanguage(String code, String name, TextDirection direction) {
        String c = validLanguageCode(code);
        String n = validName(name);
        TextDirection d = validDirection(direction);
        try {
            repository.insertLanguage(c, n, d);
        } catch (DuplicateKeyException e) {
            throw isPrimaryKey(e)
                    ? new IllegalArgumentException("There is already a language with the code " + c + ".", e)
                    : new IllegalArgumentException("Another language is already called \"" + n + "\".", e);
        }
        var added = new LanguageListItem(c, n, d);
        audit.record("LANGUAGE_ADDED", "language", c, null, added, null);
        return added;
    }

    /**
     * Adds a country: an ISO 3166-1 alpha-2 code (put in upper case), a name and optionally the usual language of its
     * outlets (null or blank for none).
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public CountryListItem addCountry(String code, String name, String languageCode) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRY_CODE.matcher(c).matches()) {
            throw new IllegalArgumentException("A country code is two letters (ISO 3166-1 alpha-2), e.g. JP.");
        }
        String n = validName(name);
        String l = languageCode == null || languageCode.isBlank() ? null : languageCode.strip();
        String languageName = null;
        if (l != null) {
            languageName = repository.language(l).map(LanguageListItem::name)
                    .orElseThrow(() -> new IllegalArgumentException("\"" + languageCode.strip()
                            + "\" is not a language Newsdesk knows. Add the language first."));
        }
        try {
            repository.insertCountry(c, n, l);
        } catch (DuplicateKeyException e) {
            throw isPrimaryKey(e)
                    ? new IllegalArgumentException("There is already a country with the code " + c + ".", e)
                    : new IllegalArgumentException("Another country is already called \"" + n + "\".", e);
        }
        var added = new CountryListItem(c, n, l, languageName);
        audit.record("COUNTRY_ADDED", "country", c, null, added, null);
        return added;
    }

    private static String validName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new IllegalArgumentException("The name is required.");
        }
        if (n.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("The name has " + n.length() + " characters; at most "
                    + MAX_NAME_LENGTH + " are allowed.");
        }
        return n;
    }

    private static TextDirection validDirection(TextDirection direction) {
        if (direction == null) {
            throw new IllegalArgumentException("Choose the text direction: left to right or right to left.");
        }
        return direction;
    }

    private static String validLanguageCode(String code) {
        String c = code == null ? "" : code.strip();
        int dash = c.indexOf('-');
        c = dash < 0 ? c.toLowerCase(Locale.ROOT) : c.substring(0, dash).toLowerCase(Locale.ROOT) + c.substring(dash);
        if (c.length() > MAX_LANGUAGE_CODE_LENGTH || !LANGUAGE_CODE.matcher(c).matches()) {
            throw new IllegalArgumentException("A language code is a BCP 47 tag of two or three letters, "
                    + "optionally with subtags, e.g. ja, fa or zh-Hant.");
        }
        return c;
    }

    /** Which unique constraint refused an insert: the code (primary key) or the name. */
    private static boolean isPrimaryKey(DuplicateKeyException e) {
        String message = e.getMostSpecificCause().getMessage();
        return message != null && message.contains("_pkey");
    }
}
