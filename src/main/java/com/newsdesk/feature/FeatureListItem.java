package com.newsdesk.feature;

import java.util.Set;

/**
 * A feature list as admins see it: its definition, how many entries it holds and whether it is one of the lists the
 * app is built on ({@link #BUILT_IN}), which cannot be deleted.
 */
public record FeatureListItem(long id, String code, String name, String description, int maxEntries,
                              String excludedCountry, String excludedCountryName, int entries, boolean builtIn) {

    /** Codes the app asks for by name. */
    public static final Set<String> BUILT_IN = Set.of("dont-miss", "top-stories", "editors-picks");

    public FeatureListForm form() {
        return new FeatureListForm(code, name, description, maxEntries, excludedCountry);
    }
}
