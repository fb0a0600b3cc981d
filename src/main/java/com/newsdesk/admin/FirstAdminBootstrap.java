package com.newsdesk.admin;

import java.util.List;

import com.newsdesk.audit.AuditTrail;
import com.newsdesk.base.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * There is no default account: on a start without any administrator, the first one is created from
 * NEWSDESK_ADMIN_USERNAME / NEWSDESK_ADMIN_PASSWORD, or one line says how to.
 */
@Component
@Order(100)
class FirstAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);
    static final int MIN_PASSWORD_LENGTH = 12;

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final String username;
    private final String password;

    FirstAdminBootstrap(UserRepository users, PasswordEncoder encoder, AuditTrail audit,
                        @Value("${newsdesk.admin.username:}") String username,
                        @Value("${newsdesk.admin.password:}") String password) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.username = username.trim();
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.anyUserWithRole(Roles.ADMIN)) {
            return;
        }
        if (username.isEmpty() || password.isEmpty()) {
            log.warn("No administrator exists. Set NEWSDESK_ADMIN_USERNAME and NEWSDESK_ADMIN_PASSWORD "
                    + "(at least {} characters) and restart to create the first one.", MIN_PASSWORD_LENGTH);
            return;
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            log.warn("No administrator created: NEWSDESK_ADMIN_PASSWORD must have at least {} characters.",
                    MIN_PASSWORD_LENGTH);
            return;
        }
        if (users.exists(username)) {
            log.warn("No administrator created: a user named '{}' already exists without the ADMIN role.", username);
            return;
        }
        long id = users.create(username, username, encoder.encode(password), List.of(Roles.ADMIN));
        audit.record("USER_CREATED", "user", id, null, new UserSnapshot(username, List.of(Roles.ADMIN)),
                "first administrator from configuration");
        log.info("Created the first administrator '{}' from configuration.", username);
    }

    record UserSnapshot(String username, List<String> roles) {
    }
}
