package dev.walls.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes markup that is HTML and well-formed XML at once: every text and attribute value escaped, every element
 * closed, void and SVG elements self-closed. What a spec file names (a system called {@code <script>}) is therefore
 * shown, never run; and the report can be parsed back as XML to check its structure.
 *
 * <p>Tag and attribute names come from walls' own code, never from input, and are checked all the same.
 */
public final class Html {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9:-]*");

    /** Elements that sit inside a line of text: no line break after them, which would read as a space. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "code", "em", "small", "span", "strong", "td",
            "th", "tspan", "sub", "sup", "title", "summary", "caption");

    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** Opens an element; {@code attributes} are name, value pairs. */
    public Html open(String tag, String... attributes) {
        out.append('<').append(name(tag));
        attributes(attributes);
        out.append('>');
        return this;
    }

    /** Closes an element, with a line break after a block so the source reads line by line. */
    public Html close(String tag) {
        out.append("</").append(name(tag)).append('>');
        if (!INLINE.contains(tag)) {
            out.append('\n');
        }
        return this;
    }

    /** An element without content, self-closed ({@code <rect .../>}, {@code <meta .../>}). */
    public Html empty(String tag, String... attributes) {
        out.append('<').append(name(tag));
        attributes(attributes);
        out.append("/>");
        if (!INLINE.contains(tag)) {
            out.append('\n');
        }
        return this;
    }

    /** An element holding only text. */
    public Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** Text, escaped. */
    public Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** A line break in the source (not in the page). */
    public Html newline() {
        out.append('\n');
        return this;
    }

    /**
     * Markup written by walls' own code, such as the page's style sheet; never pass it anything that came from input.
     */
    Html trusted(String markup) {
        out.append(markup);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs, got " + attributes.length + " strings");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(name(attributes[i])).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an element or attribute name: '" + name + "'");
        }
        return name;
    }

    /**
     * Escapes text for an element's content or a quoted attribute value: {@code & < > " '} as references, and the
     * characters that neither HTML nor XML may hold (controls other than tab and line ends, lone surrogates,
     * U+FFFE and U+FFFF) as U+FFFD, the replacement character, so that a stray byte in a spec cannot break the page.
     */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        b.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                            || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** A coordinate or length for SVG: at most one decimal, no exponent, the same digits in every locale. */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("a coordinate must be finite, got " + v);
        }
        BigDecimal d = new BigDecimal(Double.toString(v)).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }
}
