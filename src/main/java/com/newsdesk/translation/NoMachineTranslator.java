package com.newsdesk.translation;

import java.util.List;

/** Stands in when no machine translation provider is configured: every translation fails with a clear message. */
public final class NoMachineTranslator implements MachineTranslator {

    public static final String ENGINE = "none";

    @Override
    public boolean isConfigured() {
        return false;
    }

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public Translation translate(String sourceLanguage, String title, List<String> paragraphsHtml) {
        throw new TranslationException("No machine translation provider is configured", false);
    }
}
