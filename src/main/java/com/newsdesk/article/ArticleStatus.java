package com.newsdesk.article;

/** The workflow states of an article (product.md, "Workflow of an article"). */
public enum ArticleStatus {
    INGESTED("Ingested"),
    TRANSLATED("Translated"),
    IN_REVIEW("In review"),
    APPROVED("Approved"),
    REJECTED("Rejected"),
    PUBLISHED("Published"),
    UNPUBLISHED("Unpublished");

    private final String label;

    ArticleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
