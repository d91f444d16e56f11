package dev.walls.core.report;

import java.util.List;

/** An HTML table of text cells; numeric columns are right-aligned so that their digits line up. */
final class Table {

    private Table() {
    }

    /** Opens a table with a caption (none when empty) and a header row; {@code numeric} marks right-aligned columns. */
    static void open(Html html, String caption, List<String> header, boolean... numeric) {
        html.open("table").newline();
        if (!caption.isEmpty()) {
            html.element("caption", caption).newline();
        }
        html.open("thead").open("tr");
        for (int i = 0; i < header.size(); i++) {
            html.element("th", header.get(i), "scope", "col", "class", numeric(numeric, i) ? "num" : "text");
        }
        html.close("tr").close("thead").open("tbody").newline();
    }

    /** A row of text cells; the first is the row's header. */
    static void row(Html html, List<String> cells, boolean... numeric) {
        row(html, "", cells, numeric);
    }

    /** A row with a class (e.g. {@code not-run}). */
    static void row(Html html, String rowClass, List<String> cells, boolean... numeric) {
        if (rowClass.isEmpty()) {
            html.open("tr");
        } else {
            html.open("tr", "class", rowClass);
        }
        for (int i = 0; i < cells.size(); i++) {
            html.element(i == 0 ? "th" : "td", cells.get(i), i == 0 ? new String[] {"scope", "row", "class", "text"}
                    : new String[] {"class", numeric(numeric, i) ? "num" : "text"});
        }
        html.close("tr");
    }

    static void close(Html html) {
        html.close("tbody").close("table");
    }

    private static boolean numeric(boolean[] numeric, int column) {
        return column < numeric.length && numeric[column];
    }
}
