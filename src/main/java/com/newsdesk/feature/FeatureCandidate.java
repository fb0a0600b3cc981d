package com.newsdesk.feature;

/** An article that can be added to a feature: approved or published, from a source the feature accepts. */
public record FeatureCandidate(long id, String title, String country, String sourceName, String status) {

    public String label() {
        return "#" + id + " · " + title + " (" + country + ", " + sourceName + ")";
    }
}
