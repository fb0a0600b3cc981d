package com.newsdesk.feature;

import java.io.Serializable;

/**
 * What an admin types to define a feature list. The code is used only when the list is created: it is part of the
 * app's addresses ({@code /api/v1/features/{code}/articles}, {@code /feeds/features/{code}.atom}) and never changes.
 */
public record FeatureListForm(String code, String name, String description, Integer maxEntries,
                              String excludedCountry) implements Serializable {
}
