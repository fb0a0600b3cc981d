package com.newsdesk.admin;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Locks an account after repeated wrong passwords, so that passwords cannot be guessed online. */
@Component
@Transactional
class LoginAttemptListener {

    private final UserRepository users;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttemptListener(UserRepository users,
                         @Value("${newsdesk.security.max-failed-logins:5}") int maxFailures,
                         @Value("${newsdesk.security.lockout:15m}") Duration lockout) {
        this.users = users;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.recordFailedLogin(event.getAuthentication().getName(), maxFailures, lockout);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        users.recordSuccessfulLogin(event.getAuthentication().getName());
    }
}
