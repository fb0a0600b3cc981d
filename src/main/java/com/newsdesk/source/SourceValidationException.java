package com.newsdesk.source;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A source-site form that cannot be saved: every problem, each with the field it is about, in words. */
public class SourceValidationException extends IllegalArgumentException {

    private final transient Map<SourceField, String> errors;

    public SourceValidationException(Map<SourceField, String> errors) {
        super(String.join(" ", errors.values()));
        var copy = new EnumMap<SourceField, String>(SourceField.class);
        copy.putAll(errors);
        this.errors = Collections.unmodifiableMap(copy);
    }

    /** The message for each field that has a problem, in the order of the form. */
    public Map<SourceField, String> errors() {
        return errors;
    }
}
