package com.newsdesk.takes;

import java.util.List;

/**
 * A story: the articles connected by alternative-take links, its coverage by country (with the outlets), and the
 * perspectives still missing: countries whose outlets covered the event according to the suggestions, but that
 * no article of the story comes from yet.
 */
public record Story(List<TakeArticle> articles, List<Coverage> coverage, List<Perspective> missing) {

    /** The articles of one country in the story. */
    public record Coverage(String countryCode, String countryName, List<String> outlets, int articles) {
    }

    /** A country not in the story yet, with its best suggested article and the story article it was found for. */
    public record Perspective(String countryCode, String countryName, TakeArticle example, int score,
                              long foundFor) {
    }
}
