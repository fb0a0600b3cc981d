package com.newsdesk.base.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.newsdesk.base.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The web side of security (only in a web application; the benchmark runs without one). Login through the
 * Vaadin login view. Views declare their roles with {@code @RolesAllowed}, which Vaadin checks on
 * navigation; service methods declare theirs with {@code @PreAuthorize}, which Spring checks on every call. JSR-250
 * method security stays off on purpose: it would make Spring proxy every annotated view class.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
class WebSecurityConfig {

    @Bean
    SecurityFilterChain vaadinSecurityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").denyAll()
                .requestMatchers("/styles/**", "/images/**").permitAll());
        http.headers(headers -> headers
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
        http.with(vaadin(), vaadin -> vaadin
                .loginView(LoginView.class, "/login?logout")
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }
}
