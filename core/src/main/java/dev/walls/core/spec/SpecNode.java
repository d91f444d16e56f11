package dev.walls.core.spec;

import dev.walls.core.error.Suggestions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of a spec document that remembers where it was written (line, column, field path), so that every
 * error can point at the exact place. {@link #rejectUnknownFields} catches
 * typos such as {@code bandwith:}.
 */
public final class SpecNode {

    enum Kind { MAP, LIST, SCALAR, NULL }

    private final String file;
    private final String path;
    private final int line;
    private final int column;
    private final Kind kind;
    private final Map<String, SpecNode> fields;
    private final List<SpecNode> items;
    private final String text;

    private SpecNode(String file, String path, int line, int column, Kind kind, Map<String, SpecNode> fields,
                     List<SpecNode> items, String text) {
        this.file = file;
        this.path = path;
        this.line = line;
        this.column = column;
        this.kind = kind;
        this.fields = fields;
        this.items = items;
        this.text = text;
    }

    static SpecNode map(String file, String path, int line, int column, Map<String, SpecNode> fields) {
        return new SpecNode(file, path, line, column, Kind.MAP, fields, List.of(), null);
    }

    static SpecNode list(String file, String path, int line, int column, List<SpecNode> items) {
        return new SpecNode(file, path, line, column, Kind.LIST, Map.of(), items, null);
    }

    static SpecNode scalar(String file, String path, int line, int column, String text) {
        return new SpecNode(file, path, line, column, Kind.SCALAR, Map.of(), List.of(), text);
    }

    static SpecNode nullNode(String file, String path, int line, int column) {
        return new SpecNode(file, path, line, column, Kind.NULL, Map.of(), List.of(), null);
    }

    public String path() {
        return path;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** Returns an error located at this node. */
    public SpecException error(String problem) {
        return new SpecException(file, line, column, path, problem);
    }

    public boolean isMap() {
        return kind == Kind.MAP;
    }

    public boolean isList() {
        return kind == Kind.LIST;
    }

    public boolean isScalar() {
        return kind == Kind.SCALAR;
    }

    /** Returns true when the map has the field with a value. */
    public boolean has(String name) {
        requireMap();
        SpecNode n = fields.get(name);
        if (n != null) {
        }
        return n != null && n.kind != Kind.NULL;
    }

    /** Returns a required field of a map. */
    public SpecNode field(String name) {
        requireMap();
        SpecNode n = fields.get(name);
        if (n == null || n.kind == Kind.NULL) {
            throw error("missing required field '" + name + "'");
        }
        return n;
    }

    /** Returns the items of a list. */
    public List<SpecNode> items() {
        if (kind != Kind.LIST) {
            throw error("expected a list, got " + describe());
        }
        return Collections.unmodifiableList(items);
    }

    /** Returns the field names of a map in written order. */
    public List<String> fieldNames() {
        requireMap();
        return new ArrayList<>(fields.keySet());
    }

    /** Returns the text of a scalar. */
    public String text() {
        if (kind != Kind.SCALAR) {
            throw error("expected a single value, got " + describe());
        }
        return text;
    }

    /** Returns a non-blank string. */
    public String string() {
        String t = text().trim();
        if (t.isEmpty()) {
            throw error("must not be empty");
        }
        return t;
    }

    /** Returns a whole number within [min, max]. */
    public int integer(int min, int max) {
        String t = text().trim().replace("_", "");
        long v;
        try {
            double d = Double.parseDouble(t);
            if (d != Math.rint(d) || Double.isInfinite(d)) {
                throw error("must be a whole number, got '" + text + "'");
            }
            v = (long) d;
        } catch (NumberFormatException e) {
            throw error("must be a whole number, got '" + text + "'");
        }
        if (v < min || v > max) {
            throw error("must be between " + min + " and " + max + ", got " + v);
        }
        return (int) v;
    }

    /**
     * Returns a quantity in base units, checked to be finite and of a plausible magnitude for its dimension (see
     * {@link PlausibleRange#of}): a value that would overflow a wall is refused here, where the user wrote it.
     */
    public double quantity(Dimension dimension) {
        try {
            return PlausibleRange.of(dimension).require(Quantities.parse(text(), dimension), text());
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    /** Returns true or false. */
    public boolean bool() {
        String t = text().trim();
        if (t.equalsIgnoreCase("true")) {
            return true;
        }
        if (t.equalsIgnoreCase("false")) {
            return false;
        }
        throw error("must be true or false, got '" + text + "'");
    }

    /** Fails on the first field of this map that no reader asked for, listing the accepted names. */
    public void rejectUnknownFields(List<String> accepted) {
        requireMap();
        for (Map.Entry<String, SpecNode> e : fields.entrySet()) {
            if (!accepted.contains(e.getKey())) {
                String hint = closest(e.getKey(), accepted);
                throw e.getValue().error("unknown field '" + e.getKey() + "'"
                        + (hint != null ? " (did you mean '" + hint + "'?)" : "")
                        + "; expected one of: " + String.join(", ", accepted));
            }
        }
    }

    private void requireMap() {
        if (kind != Kind.MAP) {
            throw error("expected a mapping of fields, got " + describe());
        }
    }

    private String describe() {
        return switch (kind) {
            case MAP -> "a mapping";
            case LIST -> "a list";
            case SCALAR -> "'" + text + "'";
            case NULL -> "nothing";
        };
    }

    /** Returns the accepted name nearest a typo, if any is close. */
    static String closest(String typo, List<String> accepted) {
        List<String> near = Suggestions.nearest(typo, accepted, 1);
        return near.isEmpty() ? null : near.get(0);
    }

    static Map<String, SpecNode> newFields() {
        return new LinkedHashMap<>();
    }
}
