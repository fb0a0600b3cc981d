package com.newsdesk.feature;

/** A feature list's rule refused the change; the message says which, for the editor. */
public class FeatureRuleException extends IllegalArgumentException {

    public FeatureRuleException(String message) {
        super(message);
    }
}
