package com.newsdesk.admin;

import java.util.Set;

import com.newsdesk.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's translation pipeline (profile {@code demo} only): a client whose key is the well-known
 * {@value #KEY}, so that the push API can be tried with curl. Made once; a restart keeps it as it is, revoked or
 * not. The key is public by design and must never exist outside the demo.
 */
@Component
@Profile("demo")
@Order(20)
class DemoApiClient implements ApplicationRunner {

    static final String NAME = "Translation pipeline (demo)";
    static final String KEY = "nd-demo-ingest-key";
    static final String PREFIX = "nd-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoApiClient.class);

    private final ApiClientRepository repository;
    private final AuditTrail audit;

    DemoApiClient(ApiClientRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String hash = ApiKeys.sha256Hex(KEY);
        var id = repository.insert(NAME, PREFIX, hash, null);
        if (id.isPresent()) {
            audit.record("API_CLIENT_CREATED", "api_client", id.get(), null,
                    new ApiClientService.Snapshot(NAME, PREFIX, Set.of("ingest"), false), "demo profile");
        }
        var owner = repository.findByHash(hash);
        if (owner.isEmpty()) {
            log.warn("Demo API client not made: another client is already called '{}'; the key '{}' does not work.",
                    NAME, KEY);
        } else if (owner.get().revoked()) {
            log.info("Demo API client '{}' is revoked: the key '{}' is refused.", NAME, KEY);
        } else {
            log.info("Demo API client '{}' ready: push with the key '{}' (demo profile only).", NAME, KEY);
        }
    }
}
