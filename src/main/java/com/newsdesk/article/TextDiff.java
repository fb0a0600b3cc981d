package com.newsdesk.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * A word-level diff of two English texts, for the revision history: what the editor removed and added.
 * Paragraph breaks count as words of their own, so a moved paragraph shows as such.
 */
public final class TextDiff {

    /** A run of text that both sides share, that only the new side has, or that only the old side had. */
    public record Chunk(Kind kind, String text) {
    }

    public enum Kind { SAME, ADDED, REMOVED }

    private static final Pattern TOKEN = Pattern.compile("\\n\\n|\\S+|\\s+");

    private TextDiff() {
    }

    public static List<Chunk> diff(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        var patch = DiffUtils.diff(a, b);
        List<Chunk> chunks = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(chunks, Kind.SAME, a.subList(position, start));
            add(chunks, Kind.REMOVED, delta.getSource().getLines());
            add(chunks, Kind.ADDED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(chunks, Kind.SAME, a.subList(position, a.size()));
        return chunks;
    }

    /** The English of a body as plain text, paragraphs separated by a blank line. */
    public static String plain(String title, List<String> paragraphs) {
        var sb = new StringBuilder(title == null ? "" : title);
        for (String p : paragraphs) {
            sb.append("\n\n").append(Paragraphs.text(p));
        }
        return sb.toString();
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static void add(List<Chunk> chunks, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!chunks.isEmpty() && chunks.getLast().kind() == kind) {
            chunks.set(chunks.size() - 1, new Chunk(kind, chunks.getLast().text() + text));
        } else {
            chunks.add(new Chunk(kind, text));
        }
    }
}
