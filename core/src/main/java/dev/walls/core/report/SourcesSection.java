package dev.walls.core.report;

import dev.walls.core.compare.Comparison;
import dev.walls.core.compare.RangeDriver;
import dev.walls.core.describe.SourcedValue;
import dev.walls.core.describe.SystemDescription;
import dev.walls.core.output.Formats;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The record behind the figures, system by system: its composition and stack, the totals {@code walls describe}
 * derives (each with the confidence of its least confident input), the walls' assumptions that move its result, and
 * every figure of its spec with its range and source, those that move the result marked.
 */
final class SourcesSection implements ReportSection {

    /** The prefix of a range driver that is a figure of the system's spec, before the path describe lists. */
    private static final String SYSTEM_INPUT = "system.";

    /**
     * Describe's total of the hardware's cost, named so on the page: the summary's capital is the economics wall's
     * ({@code capexUsd} in {@code walls compare --format json}), facility and any design cost included, and the two
     * must not read as one figure.
     */
    static final String HARDWARE_COST = "hardware cost (capexUsd as walls describe totals it)";

    private static final List<String> HEADER = List.of("figure", "value", "range", "confidence", "source");
    private static final boolean[] NUMERIC = {false, true, true, false, false};

    private final List<Comparison> rows;

    SourcesSection(List<Comparison> rows) {
        this.rows = rows;
    }

    @Override
    public String id() {
        return "sources";
    }

    @Override
    public String title() {
        return "Sources behind the figures";
    }

    @Override
    public void render(Html html) {
        html.open("p").text("What ").element("code", "walls describe").text(" lists for each system at the size compared,"
                + " and the walls' assumptions that move its result (").element("code", "walls assumptions")
                .text(" lists them all). Values are in the unit each path names. A total carries the confidence of its"
                + " least confident input: vendor claim, measured, derived, analyst estimate, user, rumor, in that order."
                + " Its hardware cost is the accelerators' and every level's alone; the summary's capital is the economics"
                + " wall's, the facility and any design cost included.")
                .close("p");
        for (int i = 0; i < rows.size(); i++) {
            Comparison c = rows.get(i);
            SystemDescription d = c.description();
            html.open("article", "id", "sources-" + (i + 1)).newline();
            html.element("h3", c.system() + " — " + c.name());
            html.element("p", d.accelerators() + " × " + d.accelerator() + (d.acceleratorFamily().isEmpty()
                    ? " (no family: no measured chip profile or program cost applies)" : " (family " + d.acceleratorFamily() + ")")
                    + "; software: " + d.software() + "; composed after: " + d.source() + ".");
            if (!d.description().isEmpty()) {
                html.element("p", d.description());
            }
            html.element("p", "The software supports " + String.join(", ", d.softwareFeatures())
                    + (d.softwareLacks().isEmpty() ? "" : "; it lacks " + String.join(", ", d.softwareLacks())) + ".");
            html.open("div", "class", "table-wrap").newline();
            Table.open(html, "Totals", HEADER, NUMERIC);
            for (SourcedValue v : d.totals()) {
                List<String> cells = cells(v);
                if (v.path().equals("capexUsd")) {
                    cells.set(0, HARDWARE_COST);
                }
                Table.row(html, cells, NUMERIC);
            }
            Table.close(html);
            html.close("div");
            List<RangeDriver> assumptions = c.range().drivers().stream()
                    .filter(r -> !r.input().startsWith(SYSTEM_INPUT)).toList();
            if (!assumptions.isEmpty()) {
                html.open("div", "class", "table-wrap").newline();
                Table.open(html, "The walls' assumptions that move the result", List.of("assumption", "value (low .. high)",
                        "confidence", "source"), false, true);
                for (RangeDriver r : assumptions) {
                    Table.row(html, List.of(r.input(), DriversSection.value(r.figure()),
                            r.figure().provenance().confidence().label(), DriversSection.source(r.figure())), false, true);
                }
                Table.close(html);
                html.close("div");
            }
            Set<String> moving = new HashSet<>();
            for (RangeDriver r : c.range().drivers()) {
                if (r.input().startsWith(SYSTEM_INPUT)) {
                    moving.add(r.input().substring(SYSTEM_INPUT.length()));
                }
            }
            long marked = d.figures().stream().filter(v -> moving.contains(v.path())).count();
            html.open("details").newline();
            html.element("summary", "Every figure of the spec (" + d.figures().size() + "; the " + marked
                    + " that move the result are marked ▲)").newline();
            html.open("div", "class", "table-wrap").newline();
            Table.open(html, "", HEADER, NUMERIC);
            for (SourcedValue v : d.figures()) {
                List<String> cells = cells(v);
                if (moving.contains(v.path())) {
                    cells.set(0, "▲ " + v.path());
                }
                Table.row(html, cells, NUMERIC);
            }
            Table.close(html);
            html.close("div");
            html.close("details");
            html.close("article");
        }
    }

    /** A value as {@code walls describe} lists it: path, value, range (when it has one), confidence, source. */
    private static List<String> cells(SourcedValue v) {
        String source = v.note() == null || v.note().isEmpty() ? v.source() : v.source() + "; " + v.note();
        return new java.util.ArrayList<>(List.of(v.path(), Formats.figure(v.value()),
                v.low() == v.high() ? "" : Formats.figure(v.low()) + " .. " + Formats.figure(v.high()), v.confidence(), source));
    }
}
