package com.newsdesk.takes;

import java.util.ArrayList;
import java.util.List;

/**
 * A suggested alternative take and why: its score (0–100), the key terms it shares with the article (as words of
 * the article), whether it is from another country, a country and an outlet the article's takes lack; and the
 * near-duplicates of it (the same text at other outlets) folded under it instead of being suggested one by one.
 */
public record Suggestion(TakeArticle article, int score, List<String> sharedTerms, boolean otherCountry,
                         boolean newCountry, boolean newOutlet, List<TakeArticle> twins) {

    /** The reasons as short phrases, for the screen. */
    public List<String> reasons() {
        List<String> reasons = new ArrayList<>();
        if (!sharedTerms.isEmpty()) {
            reasons.add("shares " + String.join(", ", sharedTerms));
        }
        if (otherCountry) {
            reasons.add(newCountry ? "another country, not yet among the takes" : "another country");
        }
        if (newOutlet) {
            reasons.add("an outlet not yet among the takes");
        }
        if (!twins.isEmpty()) {
            reasons.add("same text also at " + twins.size() + (twins.size() == 1 ? " other outlet" : " other outlets"));
        }
        return reasons;
    }
}
