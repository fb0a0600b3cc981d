package com.newsdesk.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the delivery service's answers into HTTP: serialised once and cached ({@link DeliveryCache}), with a strong
 * ETag (a hash of the exact bytes), {@code Cache-Control: no-cache} (clients may keep a copy but must ask again,
 * cheaply: 304 when their ETag still matches), and {@code application/problem+json} for what is not there.
 */
@Component
class DeliveryHttp {

    static final String ATOM = "application/atom+xml;charset=UTF-8";
    private static final String NO_CACHE = CacheControl.noCache().getHeaderValue();
    private static final long FOREVER = Long.MAX_VALUE;

    private final DeliveryCache cache;
    private final JsonMapper json;

    DeliveryHttp(DeliveryCache cache, JsonMapper json) {
        this.cache = cache;
        this.json = json;
    }

    /** Answers from the cache, or computes, caches and answers; 304 when the client has this version already. */
    ResponseEntity<byte[]> respond(HttpServletRequest request, Supplier<DeliveryCache.Entry> compute) {
        DeliveryCache.Entry entry = cache.get(key(request), () -> {
            try {
                return compute.get();
            } catch (DeliveryNotFoundException e) {
                return problem(HttpStatus.NOT_FOUND, e.getMessage(), request.getRequestURI(), FOREVER);
            } catch (BadDeliveryRequestException e) {
                return problem(HttpStatus.BAD_REQUEST, e.getMessage(), request.getRequestURI(), 0);
            }
        });
        var headers = new HttpHeaders();
        headers.setETag(entry.etag());
        headers.setCacheControl(CacheControl.noCache());
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), entry.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
        }
        headers.set(HttpHeaders.CONTENT_TYPE, entry.contentType());
        return ResponseEntity.status(entry.status()).headers(headers).body(entry.body());
    }

    /**
     * Sends a cached answer straight away, as {@link #respond} would ({@link DeliveryCacheFilter}'s fast path);
     * false when there is none and the request must go the long way.
     */
    boolean sendCached(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DeliveryCache.Entry entry = cache.peek(key(request));
        if (entry == null) {
            return false;
        }
        response.setHeader(HttpHeaders.ETAG, entry.etag());
        response.setHeader(HttpHeaders.CACHE_CONTROL, NO_CACHE);
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), entry.etag())) {
            response.setStatus(HttpStatus.NOT_MODIFIED.value());
            return true;
        }
        response.setStatus(entry.status());
        response.setContentType(entry.contentType());
        response.setContentLength(entry.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(entry.body());
        }
        return true;
    }

    private static String key(HttpServletRequest request) {
        return request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    }

    DeliveryCache.Entry json(Object value) {
        return json(value, Optional.empty());
    }

    DeliveryCache.Entry json(Object value, Optional<Duration> validFor) {
        return entry(200, MediaType.APPLICATION_JSON_VALUE, json.writeValueAsBytes(value), validFor);
    }

    DeliveryCache.Entry atom(String xml, Optional<Duration> validFor) {
        return entry(200, ATOM, xml.getBytes(StandardCharsets.UTF_8), validFor);
    }

    DeliveryCache.Entry problem(HttpStatus status, String detail, String instance, long ttlNanos) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", instance);
        byte[] bytes = json.writeValueAsBytes(body);
        return new DeliveryCache.Entry(status.value(), MediaType.APPLICATION_PROBLEM_JSON_VALUE, bytes, etag(bytes),
                ttlNanos);
    }

    private static DeliveryCache.Entry entry(int status, String type, byte[] body, Optional<Duration> validFor) {
        long ttl = validFor.map(d -> Math.max(1, d.toNanos())).orElse(FOREVER);
        return new DeliveryCache.Entry(status, type, body, etag(body), ttl);
    }

    /** A strong validator: the same bytes give the same tag on every instance. */
    static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** If-None-Match: a list of tags or {@code *}; compared weakly, as RFC 9110 says for this header. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || (tag.startsWith("W/") && tag.substring(2).equals(etag))) {
                return true;
            }
        }
        return false;
    }
}
