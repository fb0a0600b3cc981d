package com.newsdesk.feature;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A feature list definition was refused: per field (see {@link FeatureListService}'s FIELD_ names), why. */
public class FeatureListValidationException extends FeatureRuleException {

    private final transient Map<String, String> errors;

    public FeatureListValidationException(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public Map<String, String> errors() {
        return errors;
    }
}
