package com.newsdesk.admin;

import java.time.Instant;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads people from PostgreSQL for the login; a locked or disabled account cannot log in. */
@Service
@Transactional(readOnly = true)
class NewsdeskUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    NewsdeskUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var account = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .accountLocked(account.lockedUntil() != null && account.lockedUntil().isAfter(Instant.now()))
                .roles(account.roles().toArray(String[]::new))
                .build();
    }
}
