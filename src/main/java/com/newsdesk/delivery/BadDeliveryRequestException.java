package com.newsdesk.delivery;

/** A client's mistake in a parameter: 400 with a sentence that says what to send. */
public class BadDeliveryRequestException extends RuntimeException {

    public BadDeliveryRequestException(String message) {
        super(message);
    }
}
