package com.newsdesk.admin;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;

import com.newsdesk.audit.AuditTrail;
import com.newsdesk.base.security.CurrentUser;
import com.newsdesk.base.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The machines allowed to push articles (the translation pipeline, for one). Each gets a random key that is shown
 * once, at creation, and stored only as its SHA-256; a key that leaks is revoked and a new client made. Every change
 * is audited, without the key.
 */
@Service
@Transactional
public class ApiClientService {

    static final int MAX_NAME_LENGTH = 200;
    /** Prefix collisions are a one-in-10^14 event; a few tries make them invisible. */
    private static final int KEY_ATTEMPTS = 3;

    private final ApiClientRepository repository;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    ApiClientService(ApiClientRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /** Every client, revoked ones included, newest first. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<ApiClient> list() {
        return repository.list();
    }

    /**
     * Creates a client with the {@code ingest} scope and returns its key, which nobody can read again afterwards.
     *
     * @throws IllegalArgumentException with a sentence for a person, when the name is missing, too long or taken
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public NewApiKey create(String name) {
        String n = validName(name);
        String creator = CurrentUser.username().orElse(null);
        for (int attempt = 0; attempt < KEY_ATTEMPTS; attempt++) {
            ApiKeys.Generated key = ApiKeys.generate(random);
            var id = repository.insert(n, key.prefix(), ApiKeys.sha256Hex(key.key()), creator);
            if (id.isPresent()) {
                audit.record("API_CLIENT_CREATED", "api_client", id.get(), null,
                        new Snapshot(n, key.prefix(), Set.of("ingest"), false), null);
                return new NewApiKey(id.get(), n, key.key());
            }
            if (repository.nameExists(n)) {
                throw new IllegalArgumentException("Another API client is already called \"" + n + "\".");
            }
        }
        throw new IllegalStateException("No unused key found in " + KEY_ATTEMPTS + " attempts");
    }

    /** Refuses the client's key from now on. Revoking a revoked client changes nothing and records nothing. */
    @PreAuthorize(Roles.IS_ADMIN)
    public void revoke(long id) {
        var before = repository.find(id)
                .orElseThrow(() -> new IllegalArgumentException("This API client does not exist (any more)."));
        if (repository.revoke(id)) {
            audit.record("API_CLIENT_REVOKED", "api_client", id, Snapshot.of(before),
                    new Snapshot(before.name(), before.keyPrefix(), before.scopes(), true), null);
        }
    }

    private static String validName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new IllegalArgumentException("Give the API client a name, e.g. the machine that will use the key.");
        }
        if (n.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("The name has " + n.length() + " characters; at most "
                    + MAX_NAME_LENGTH + " are allowed.");
        }
        return n;
    }

    /** What the audit log keeps of a client: never the key, nor its hash. */
    record Snapshot(String name, String keyPrefix, Set<String> scopes, boolean revoked) {

        static Snapshot of(ApiClient c) {
            return new Snapshot(c.name(), c.keyPrefix(), c.scopes(), c.revoked());
        }
    }
}
