package com.newsdesk.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of an article's address under which it is stored once (product.md: scheme and host lower-cased,
 * fragment and {@code utm_*} parameters dropped).
 * <p>
 * A normalised address starts with {@code http://} or {@code https://}, has a host without upper-case letters or
 * whitespace, no default port, no fragment, no {@code utm_*} parameter, a path of at least "/", no whitespace or
 * control character anywhere, and at most {@value #MAX_LENGTH} characters: it always passes the database's check on
 * {@code article.canonical_url}. Path and the remaining query parameters are kept as the source wrote them (paths
 * are case-sensitive), and so are internationalised host names, only lower-cased; whitespace in them is
 * percent-encoded. Addresses with a user name or password are refused rather than stored with them.
 */
public final class CanonicalUrl {

    public static final int MAX_LENGTH = 2000;

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern PORT = Pattern.compile("\\d{1,5}");
    /** Characters no host contains; anything else (IDN letters included) is left to DNS to judge. */
    private static final Pattern BAD_HOST_CHARACTER = Pattern.compile("[\\s\\p{Z}\\p{Cc}<>\"{}|\\\\^`%@/?#\\[\\]]");

    private CanonicalUrl() {
    }

    /**
     * The normalised form of {@code url}.
     *
     * @throws IllegalArgumentException with a message fit to show a person, when {@code url} is not an absolute
     *             http(s) address or its normalised form is too long
     */
    public static String normalise(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("no address given");
        }
        String trimmed = url.strip();
        var scheme = SCHEME.matcher(trimmed);
        if (!scheme.find()) {
            throw notHttp(trimmed);
        }
        String schemeName = scheme.group(1).toLowerCase(Locale.ROOT);
        String rest = trimmed.substring(scheme.end());
        if (!(schemeName.equals("http") || schemeName.equals("https")) || !rest.startsWith("//")) {
            throw notHttp(trimmed);
        }
        rest = rest.substring(2);

        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        int authorityEnd = indexOfAny(rest, "/?");
        String authority = authorityEnd < 0 ? rest : rest.substring(0, authorityEnd);
        String pathAndQuery = authorityEnd < 0 ? "" : rest.substring(authorityEnd);
        int question = pathAndQuery.indexOf('?');
        String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        String query = question < 0 ? "" : pathAndQuery.substring(question + 1);

        var result = new StringBuilder(schemeName).append("://").append(hostAndPort(authority, schemeName, trimmed))
                .append(path.isEmpty() ? "/" : encodeWhitespace(path));
        String keptQuery = withoutTracking(query);
        if (!keptQuery.isEmpty()) {
            result.append('?').append(encodeWhitespace(keptQuery));
        }
        if (result.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("address longer than " + MAX_LENGTH + " characters: "
                    + abbreviate(trimmed));
        }
        return result.toString();
    }

    private static String hostAndPort(String authority, String scheme, String url) {
        if (authority.contains("@")) {
            throw new IllegalArgumentException("address with a user name or password: " + abbreviate(url));
        }
        String host = authority;
        String port = "";
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && colon > authority.lastIndexOf(']')) { // not a colon inside an IPv6 literal
            host = authority.substring(0, colon);
            port = authority.substring(colon + 1);
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("address without a host: " + abbreviate(url));
        }
        boolean ipv6 = host.startsWith("[") && host.endsWith("]") && host.length() > 2;
        String hostToCheck = ipv6 ? host.substring(1, host.length() - 1).replace(":", "") : host;
        if (BAD_HOST_CHARACTER.matcher(hostToCheck).find()) {
            throw new IllegalArgumentException("address with an invalid host: " + abbreviate(url));
        }
        if (!port.isEmpty() && !PORT.matcher(port).matches()) {
            throw new IllegalArgumentException("address with an invalid port: " + abbreviate(url));
        }
        boolean defaultPort = port.isEmpty()
                || (scheme.equals("http") && Integer.parseInt(port) == 80)
                || (scheme.equals("https") && Integer.parseInt(port) == 443);
        String lowerHost = host.toLowerCase(Locale.ROOT);
        return defaultPort ? lowerHost : lowerHost + ":" + Integer.parseInt(port);
    }

    /** The query without {@code utm_*} parameters and without empty ones, the others in their order. */
    private static String withoutTracking(String query) {
        List<String> kept = new ArrayList<>();
        for (String parameter : query.split("&")) {
            String name = parameter.split("=", 2)[0];
            if (!parameter.isEmpty() && !name.toLowerCase(Locale.ROOT).startsWith("utm_")) {
                kept.add(parameter);
            }
        }
        return String.join("&", kept);
    }

    /** Whitespace and control characters are not allowed in an address; browsers percent-encode them too. */
    private static String encodeWhitespace(String text) {
        var result = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                for (byte b : Character.toString(c).getBytes(StandardCharsets.UTF_8)) {
                    result.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            } else {
                result.appendCodePoint(c);
            }
        });
        return result.toString();
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static IllegalArgumentException notHttp(String url) {
        return new IllegalArgumentException("not an http(s) address: " + abbreviate(url));
    }

    private static String abbreviate(String url) {
        return url.length() <= 100 ? url : url.substring(0, 100) + "…";
    }
}
