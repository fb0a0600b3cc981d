package com.newsdesk.delivery;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** What goes wrong outside the service's own answers, as {@code application/problem+json} without internals. */
@RestControllerAdvice(basePackageClasses = DeliveryProblems.class)
class DeliveryProblems {

    private static final Logger log = LoggerFactory.getLogger(DeliveryProblems.class);

    private final DeliveryHttp http;

    DeliveryProblems(DeliveryHttp http) {
        this.http = http;
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<byte[]> method(HttpServletRequest request) {
        return send(http.problem(HttpStatus.METHOD_NOT_ALLOWED, "This API is read-only: use GET.",
                request.getRequestURI(), 0));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<byte[]> unexpected(RuntimeException e, HttpServletRequest request) {
        log.error("Delivery request {} failed", request.getRequestURI(), e);
        return send(http.problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong; please try again later.",
                request.getRequestURI(), 0));
    }

    private static ResponseEntity<byte[]> send(DeliveryCache.Entry entry) {
        return ResponseEntity.status(entry.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(entry.body());
    }
}
