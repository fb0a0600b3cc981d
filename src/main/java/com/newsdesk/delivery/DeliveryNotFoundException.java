package com.newsdesk.delivery;

/** Unknown, or not published (the API does not tell the two apart): 404. */
public class DeliveryNotFoundException extends RuntimeException {

    public DeliveryNotFoundException(String message) {
        super(message);
    }
}
