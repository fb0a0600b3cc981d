package com.newsdesk.ingest.api;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import com.newsdesk.admin.ApiClientPrincipal;
import com.newsdesk.admin.ApiKeyAuthenticator;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The push API's own security: stateless, no session, no CSRF (no cookies), an API key as a bearer token. A missing,
 * unknown or revoked key gets 401, a key without the ingest scope 403, both as {@code application/problem+json}.
 * Ordered before the Vaadin chain, which never sees these requests.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class IngestSecurityConfig {

    static final String SCOPE = "ingest";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    @Order(1)
    SecurityFilterChain ingestApiFilterChain(HttpSecurity http, ApiKeyAuthenticator keys) throws Exception {
        http.securityMatcher("/api/v1/ingest/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .addFilterBefore(new ApiKeyFilter(keys), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority("SCOPE_" + SCOPE))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> problem(response, HttpStatus.UNAUTHORIZED,
                                "An API key is required: send it as \"Authorization: Bearer <key>\"."))
                        .accessDeniedHandler((request, response, ex) -> problem(response, HttpStatus.FORBIDDEN,
                                "This API key may not send articles.")));
        return http.build();
    }

    static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"newsdesk\"");
        }
        JSON.writeValue(response.getOutputStream(), problem);
    }

    /** Turns a valid bearer key into the client's authentication; a wrong one is answered at once with 401. */
    static final class ApiKeyFilter extends OncePerRequestFilter {

        private final ApiKeyAuthenticator keys;

        ApiKeyFilter(ApiKeyAuthenticator keys) {
            this.keys = keys;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                var client = keys.authenticate(header.substring(7).strip());
                if (client.isEmpty()) {
                    problem(response, HttpStatus.UNAUTHORIZED, "The API key is unknown or has been revoked.");
                    return;
                }
                ApiClientPrincipal principal = client.get();
                var authorities = principal.scopes().stream().map(s -> new SimpleGrantedAuthority("SCOPE_" + s))
                        .toList();
                var authentication = new PreAuthenticatedAuthenticationToken(principal, null,
                        authorities.isEmpty() ? List.of() : authorities);
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(authentication);
                SecurityContextHolder.setContext(context);
                try {
                    chain.doFilter(request, response);
                } finally {
                    SecurityContextHolder.clearContext();
                }
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
