package com.newsdesk.takes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real-shaped texts from the demo's hand-written files: the seed story and the story library. */
public final class DemoTexts {

    public record Text(String title, List<String> paragraphs) {

        public String html() {
            var sb = new StringBuilder();
            paragraphs.forEach(p -> sb.append("<p>").append(org.jsoup.nodes.Entities.escape(p)).append("</p>"));
            return sb.toString();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DemoTexts() {
    }

    /** The English of a seed article of demo/articles.json (edited, else machine translation). */
    public static Text seedEnglish(String key) {
        JsonNode a = find(read("demo/articles.json").get("articles"), key);
        JsonNode title = a.hasNonNull("editedTitle") ? a.get("editedTitle") : a.get("translatedTitle");
        JsonNode paragraphs = a.hasNonNull("editedParagraphs") ? a.get("editedParagraphs")
                : a.get("translatedParagraphs");
        return new Text(title.asString(), strings(paragraphs));
    }

    /** A library story in English, or as outlets write it in {@code language}. */
    public static Text story(String key, String language) {
        JsonNode story = find(read("demo/library/stories.json").get("stories"), key);
        JsonNode text = language.equals("en") ? story.get("en") : story.get("versions").get(language);
        return new Text(text.get("title").asString(), strings(text.get("paragraphs")));
    }

    private static JsonNode find(JsonNode array, String key) {
        for (JsonNode n : array) {
            if (n.get("key").asString().equals(key)) {
                return n;
            }
        }
        throw new IllegalArgumentException("No demo text " + key);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = DemoTexts.class.getClassLoader().getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
