package com.newsdesk.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.newsdesk.audit.AuditTrail;
import com.newsdesk.base.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The glossary the translation checks use: per source language, a term and the English it must become. Admins keep
 * it by hand or import it from CSV; every change is audited.
 */
@Service
@Transactional
public class GlossaryService {

    static final int MAX_LENGTH = 200;

    private final GlossaryRepository repository;
    private final AuditTrail audit;

    GlossaryService(GlossaryRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /** What an import did: terms added and changed, and each line it could not use, with the reason. */
    public record ImportResult(int added, int updated, List<String> errors) {
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<GlossaryTerm> list(String language) {
        return repository.list(language);
    }

    /** Creates the term (id null) or changes it; refuses, with a sentence, what would break the glossary. */
    @PreAuthorize(Roles.IS_ADMIN)
    public GlossaryTerm save(GlossaryTerm term) {
        GlossaryTerm t = validate(term);
        var clash = repository.find(t.languageCode(), t.sourceTerm());
        if (clash.isPresent() && !clash.get().id().equals(t.id())) {
            throw new IllegalArgumentException("\"" + t.sourceTerm() + "\" is already in the glossary of "
                    + t.languageCode() + ".");
        }
        if (t.id() == null) {
            long id = repository.insert(t);
            var saved = new GlossaryTerm(id, t.languageCode(), t.sourceTerm(), t.englishTerm(), t.note());
            audit.record("GLOSSARY_TERM_CREATED", "glossary_term", id, null, saved, null);
            return saved;
        }
        var before = repository.find(t.id())
                .orElseThrow(() -> new IllegalArgumentException("This term was deleted meanwhile."));
        repository.update(t);
        audit.record("GLOSSARY_TERM_UPDATED", "glossary_term", t.id(), before, t, null);
        return t;
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public void delete(long id) {
        var before = repository.find(id);
        if (before.isPresent() && repository.delete(id)) {
            audit.record("GLOSSARY_TERM_DELETED", "glossary_term", id, before.get(), null, null);
        }
    }

    /**
     * Imports {@code language,source term,English term[,note]} lines (RFC 4180 CSV, UTF-8; a header line is
     * skipped). Existing terms of the same language are updated; one bad line never stops the others.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public ImportResult importCsv(String csv) {
        int added = 0;
        int updated = 0;
        List<String> errors = new ArrayList<>();
        List<List<String>> rows = Csv.parse(csv);
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            int line = i + 1;
            if (i == 0 && !row.isEmpty() && row.getFirst().strip().equalsIgnoreCase("language")) {
                continue;
            }
            if (row.size() == 1 && row.getFirst().isBlank()) {
                continue;
            }
            if (row.size() < 3 || row.size() > 4) {
                errors.add("Line " + line + ": expected language, source term, English term and an optional note.");
                continue;
            }
            try {
                var existing = repository.find(row.get(0).strip(), row.get(1).strip());
                save(new GlossaryTerm(existing.map(GlossaryTerm::id).orElse(null), row.get(0), row.get(1), row.get(2),
                        row.size() == 4 ? row.get(3) : null));
                if (existing.isPresent()) {
                    updated++;
                } else {
                    added++;
                }
            } catch (IllegalArgumentException e) {
                errors.add("Line " + line + ": " + e.getMessage());
            }
        }
        audit.record("GLOSSARY_IMPORTED", "glossary_term", null, null,
                Map.of("added", added, "updated", updated, "errors", errors.size()), null);
        return new ImportResult(added, updated, errors);
    }

    private GlossaryTerm validate(GlossaryTerm t) {
        String language = t.languageCode() == null ? "" : t.languageCode().strip();
        String source = t.sourceTerm() == null ? "" : t.sourceTerm().strip();
        String english = t.englishTerm() == null ? "" : t.englishTerm().strip();
        if (!repository.languageExists(language)) {
            throw new IllegalArgumentException("\"" + language + "\" is not a language Newsdesk knows.");
        }
        if (source.isEmpty() || english.isEmpty()) {
            throw new IllegalArgumentException("Both the source term and the English term are needed.");
        }
        if (source.length() > MAX_LENGTH || english.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Terms have at most " + MAX_LENGTH + " characters.");
        }
        String note = t.note() == null || t.note().isBlank() ? null : t.note().strip();
        return new GlossaryTerm(t.id(), language, source, english, note);
    }
}
