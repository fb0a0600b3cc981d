package com.newsdesk.delivery;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The delivery API's fast path: a GET whose answer is cached is answered here, before the security filter chain and
 * the MVC dispatch, which would only find that the request is public and then send the same bytes. What is not
 * cached (the first request, anything after a change) goes the whole way, and that way fills the cache: so every
 * answer sent here was computed by {@link DeliveryController} or {@link FeedController}, with their checks. The
 * security headers are written before this filter ({@code SecurityHeadersFilter}); the push API is never touched.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DeliveryCacheFilter extends OncePerRequestFilter {

    private final DeliveryHttp http;

    DeliveryCacheFilter(DeliveryHttp http) {
        this.http = http;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return true;
        }
        String path = request.getRequestURI();
        return !(path.startsWith("/feeds/") || (path.startsWith("/api/v1/") && !path.startsWith("/api/v1/ingest/")));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!http.sendCached(request, response)) {
            chain.doFilter(request, response);
        }
    }
}
