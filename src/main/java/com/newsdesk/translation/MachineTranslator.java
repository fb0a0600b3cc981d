package com.newsdesk.translation;

import java.util.List;

/**
 * Machine translation of an article into English: its title and its paragraphs, each an HTML fragment such as
 * {@code <p>…</p>} or {@code <blockquote>…</blockquote>}. Implementations are thread-safe and block until the
 * whole article is translated (or the attempt has failed), so call them from background work, not the UI thread.
 */
public interface MachineTranslator {

    /** Whether a real translation provider is configured; when false, {@link #translate} always fails. */
    boolean isConfigured();

    /** Short name of the engine, stored with each machine translation, e.g. {@code libretranslate}. */
    String engine();

    /**
     * Translates an article into English.
     *
     * @param sourceLanguage BCP 47 tag of the original, e.g. {@code fr}, {@code pt-BR}, {@code zh-Hant}
     * @param title          the original title (plain text)
     * @param paragraphsHtml the original paragraphs, each an HTML fragment
     * @return the English title and paragraphs; paragraph i of the answer translates paragraph i of the input
     * @throws TranslationException with a message an editor can read, when the translation failed
     */
    Translation translate(String sourceLanguage, String title, List<String> paragraphsHtml);
}
