package dev.walls.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table for people: a header, aligned columns, and columns of numbers right-aligned. A column is numeric
 * when every cell in it is (or is empty, or "-"): a column of sentences stays left-aligned even where a sentence
 * happens to begin with a number ("826 mm² die on TSMC N7: …").
 */
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
        boolean[] numeric = new boolean[header.size()];
        Arrays.fill(numeric, !rows.isEmpty());
        for (List<String> r : rows) {
            for (int i = 0; i < width.length; i++) {
                String c = i < r.size() ? r.get(i) : "";
                numeric[i] &= c.isEmpty() || c.equals("-") || looksNumeric(c);
            }
        }
        StringBuilder b = new StringBuilder();
        line(b, header, width, new boolean[width.length]);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        }
        b.append(rule).append('\n');
        for (List<String> r : rows) {
            line(b, r, width, numeric);
        }
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells, int[] width, boolean[] right) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            String c = i < cells.size() ? cells.get(i) : "";
            String pad = " ".repeat(width[i] - c.length());
            l.append(i == 0 ? "" : "  ").append(right[i] ? pad + c : c + (i == width.length - 1 ? "" : pad));
        }
        b.append(l.toString().stripTrailing()).append('\n');
    }

    /** A number, a signed one, or an amount of money: "12.3 GB", "-4", "$82.7k ($62.5k–$102.8k)". */
    private static boolean looksNumeric(String c) {
        String unsigned = c.startsWith("-") || c.startsWith("+") ? c.substring(1) : c;
        String digits = unsigned.startsWith("$") ? unsigned.substring(1) : unsigned;
        return !digits.isEmpty() && Character.isDigit(digits.charAt(0));
    }
}
