package dev.walls.cli;

import java.util.ArrayList;
import java.util.List;

/** CSV for tools (RFC 4180): a header row, then one row per record; fields quoted when they need it. */
final class Csv {

    private final StringBuilder out = new StringBuilder();

    Csv(String... header) {
        row((Object[]) header);
    }

    Csv row(Object... cells) {
        List<String> quoted = new ArrayList<>();
        for (Object c : cells) {
            quoted.add(quote(c == null ? "" : c instanceof Double d ? number(d) : c.toString()));
        }
        out.append(String.join(",", quoted)).append('\n');
        return this;
    }

    /** Numbers are written in full precision so that tools lose nothing. */
    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }

    private static String quote(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
