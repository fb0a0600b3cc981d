package com.newsdesk.base.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Security that holds in every kind of run, web or not: service methods check roles with {@code @PreAuthorize}.
 * JSR-250 method security stays off on purpose: it would make Spring proxy every {@code @RolesAllowed} view class;
 * views are checked by Vaadin on navigation instead (see {@link WebSecurityConfig}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    /** Stores new passwords as {bcrypt}; reads every format the delegating encoder knows. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
