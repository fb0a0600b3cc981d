package com.newsdesk.delivery;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The public, read-only side: the delivery API, its feeds and its OpenAPI description with Swagger UI. A chain of
 * its own, stateless and without sessions or cookies (so no CSRF to guard), GET and HEAD only. Ordered after the
 * push API's chain (which keeps /api/v1/ingest/** to itself) and before the Vaadin chain, which never sees these
 * paths and keeps requiring a login for everything else.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class DeliverySecurityConfig {

    static final String[] PATHS = {"/api/v1/**", "/feeds/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
            "/swagger-ui/**"};

    @Bean
    @Order(2)
    SecurityFilterChain deliveryFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PATHS)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, PATHS).permitAll()
                        .requestMatchers(HttpMethod.HEAD, PATHS).permitAll()
                        .anyRequest().denyAll())
                // nothing here needs a login: whatever is refused is a method this read-only API does not have
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> readOnly(response))
                        .accessDeniedHandler((request, response, ex) -> readOnly(response)));
        return http.build();
    }

    private static void readOnly(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.METHOD_NOT_ALLOWED.value());
        response.setHeader("Allow", "GET, HEAD");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Method Not Allowed\",\"status\":405,"
                + "\"detail\":\"This API is read-only: use GET.\"}");
    }
}
