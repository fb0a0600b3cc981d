package com.newsdesk.feature;

/** A feature list ("Don't Miss", ...): its limit and the country whose sources it refuses, if any. */
public record FeatureInfo(long id, String code, String name, String description, int maxEntries,
                          String excludedCountry, String excludedCountryName) {
}
