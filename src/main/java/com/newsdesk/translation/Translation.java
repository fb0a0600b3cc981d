package com.newsdesk.translation;

import java.util.List;
import java.util.Objects;

/**
 * A machine translation into English.
 *
 * @param title          the translated title
 * @param paragraphsHtml the translated paragraphs, in the order (and number) of the original ones
 * @param engine         the engine that made it, see {@link MachineTranslator#engine()}
 */
public record Translation(String title, List<String> paragraphsHtml, String engine) {

    public Translation {
        Objects.requireNonNull(title, "title");
        paragraphsHtml = List.copyOf(paragraphsHtml);
        Objects.requireNonNull(engine, "engine");
    }
}
