package dev.walls.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain-text table for people: a header, aligned columns, numbers right-aligned. */
final class Table {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    Table(String... header) {
        this.header = Arrays.asList(header);
    }

    Table row(Object... cells) {
        List<String> r = new ArrayList<>();
        for (Object c : cells) {
            r.add(c == null ? "" : c.toString());
        }
        rows.add(r);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    @Override
    public String toString() {
        int[] width = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            width[i] = header.get(i).length();
        }
        for (List<String> r : rows) {
            for (int i = 0; i < r.size() && i < width.length; i++) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        StringBuilder b = new StringBuilder();
        line(b, header, width, false);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        }
        b.append(rule).append('\n');
        for (List<String> r : rows) {
            line(b, r, width, true);
        }
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells, int[] width, boolean alignNumbers) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            String c = i < cells.size() ? cells.get(i) : "";
            boolean right = alignNumbers && looksNumeric(c);
            String pad = " ".repeat(width[i] - c.length());
            l.append(i == 0 ? "" : "  ").append(right ? pad + c : c + (i == width.length - 1 ? "" : pad));
        }
        b.append(l.toString().stripTrailing()).append('\n');
    }

    private static boolean looksNumeric(String c) {
        return !c.isEmpty() && (Character.isDigit(c.charAt(0)) || (c.charAt(0) == '-' || c.charAt(0) == '+') && c.length() > 1
                && Character.isDigit(c.charAt(1)));
    }
}
