package com.newsdesk.article;

/** What the article list shows; a null field means "any". */
public record ArticleFilter(ArticleStatus status, String countryCode) implements java.io.Serializable {

    public static final ArticleFilter ALL = new ArticleFilter(null, null);

    public ArticleFilter withStatus(ArticleStatus newStatus) {
        return new ArticleFilter(newStatus, countryCode);
    }

    public ArticleFilter withCountry(String newCountryCode) {
        return new ArticleFilter(status, newCountryCode);
    }
}
