package com.newsdesk.ingest.feed;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a feed's bytes into text without ever failing on a wrong or missing encoding.
 * <p>
 * The candidates, in order: the byte order mark; else the XML declaration's encoding, then the HTTP charset (a
 * feed's declaration is written with its content, while a server's charset is often a site-wide default); then
 * UTF-8. The first one that decodes the bytes without error is used, except that bytes which are valid UTF-8 with
 * non-ASCII characters are read as UTF-8 even when a single-byte encoding was named (text in ISO-8859-1 or
 * windows-1252 practically never happens to be valid UTF-8, UTF-8 mislabelled as ISO-8859-1 is common). When no
 * candidate fits, windows-1252 is used, which decodes any byte. Labels are read as browsers read them (WHATWG
 * Encoding): ISO-8859-1 and US-ASCII mean windows-1252, Shift_JIS means windows-31j, and so on.
 * <p>
 * Rome's {@code XmlReader} weighs the same clues but never checks that the bytes fit the encoding it picks (and
 * picks US-ASCII for {@code text/xml} without a charset), which is what goes wrong with real feeds.
 */
final class FeedEncoding {

    /**
     * @param text the document, without byte order mark
     * @param note what went wrong with the declared encoding, for the feed's problems; {@code null} when nothing did
     */
    record Decoded(String text, String note) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern DECLARED = Pattern.compile(
            "^\\s*<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern HTTP_CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*[\"']?([^\"';\\s]+)");
    private static final Map<String, String> AS_BROWSERS_READ = Map.of(
            "iso-8859-1", "windows-1252",
            "us-ascii", "windows-1252",
            "ascii", "windows-1252",
            "latin1", "windows-1252",
            "iso-8859-9", "windows-1254",
            "iso-8859-11", "x-windows-874",
            "tis-620", "x-windows-874",
            "shift_jis", "windows-31j",
            "euc-kr", "x-windows-949",
            "gb2312", "GBK");

    private FeedEncoding() {
    }

    static Decoded decode(byte[] bytes, String contentType) {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            byte[] rest = Arrays.copyOfRange(bytes, bom.equals(StandardCharsets.UTF_8) ? 3 : 2, bytes.length);
            String text = strictly(rest, bom);
            if (text != null) {
                return new Decoded(text, null);
            }
            return fallBack(rest, new Named(bom.name(), "The feed's byte order mark says it is"));
        }
        List<Named> named = new ArrayList<>();
        String declared = declaredEncoding(bytes);
        if (declared != null) {
            named.add(new Named(declared, "The feed says it is"));
        }
        String http = httpCharset(contentType);
        if (http != null) {
            named.add(new Named(http, "The server says the feed is"));
        }
        // A document that starts in ASCII is not in UTF-16 or UTF-32, whatever it says.
        boolean asciiStart = bytes.length >= 2 && bytes[0] != 0 && bytes[1] != 0;
        for (Named candidate : named) {
            Charset charset = charset(candidate.label());
            boolean possible = charset != null && (!asciiStart || isAsciiCompatible(charset));
            String text = possible ? strictly(bytes, charset) : null;
            if (text != null && isSingleByte(charset) && isNonAsciiUtf8(bytes)) {
                return fallBack(bytes, candidate);
            }
            if (text != null) {
                return new Decoded(text, null);
            }
        }
        return fallBack(bytes, named.isEmpty() ? null : named.getFirst());
    }

    /** An encoding label and who gave it, as the start of a sentence. */
    private record Named(String label, String saidBy) {
    }

    /** UTF-8 when the bytes are UTF-8, else windows-1252. */
    private static Decoded fallBack(byte[] bytes, Named named) {
        String utf8 = strictly(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            String note = named == null ? null
                    : named.saidBy() + " in " + named.label() + ", but it is in UTF-8; read as UTF-8.";
            return new Decoded(utf8, note);
        }
        String note;
        if (named == null) {
            note = "The feed names no encoding and is not in UTF-8; read as windows-1252.";
        } else if (StandardCharsets.UTF_8.equals(charset(named.label()))) {
            note = named.saidBy() + " in " + named.label() + ", but it is not; read as windows-1252.";
        } else {
            note = named.saidBy() + " in " + named.label() + ", but it is neither in that nor in UTF-8; read as "
                    + "windows-1252.";
        }
        return new Decoded(new String(bytes, WINDOWS_1252), note);
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** The encoding in the XML declaration; a document in UTF-16 without a byte order mark is recognised too. */
    private static String declaredEncoding(byte[] bytes) {
        int length = Math.min(bytes.length, 1024);
        if (length >= 4 && bytes[0] == 0 && bytes[1] == '<' && bytes[2] == 0 && bytes[3] == '?') {
            return "UTF-16BE";
        }
        if (length >= 4 && bytes[0] == '<' && bytes[1] == 0 && bytes[2] == '?' && bytes[3] == 0) {
            return "UTF-16LE";
        }
        var matcher = DECLARED.matcher(new String(bytes, 0, length, StandardCharsets.ISO_8859_1));
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String httpCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        var matcher = HTTP_CHARSET.matcher(contentType);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static Charset charset(String label) {
        String name = AS_BROWSERS_READ.getOrDefault(label.toLowerCase(Locale.ROOT), label);
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String strictly(byte[] bytes, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isAsciiCompatible(Charset charset) {
        return charset.canEncode() && Arrays.equals("<?xml".getBytes(charset), "<?xml".getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean isSingleByte(Charset charset) {
        return charset.canEncode() && charset.newEncoder().maxBytesPerChar() == 1.0f;
    }

    private static boolean isNonAsciiUtf8(byte[] bytes) {
        boolean nonAscii = false;
        for (byte b : bytes) {
            if (b < 0) {
                nonAscii = true;
                break;
            }
        }
        return nonAscii && strictly(bytes, StandardCharsets.UTF_8) != null;
    }
}
