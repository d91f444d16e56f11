package dev.walls.core.report;

import dev.walls.core.compare.Comparison;
import dev.walls.core.compare.ComparisonText;
import dev.walls.core.compare.RangeDriver;
import dev.walls.core.output.Formats;
import dev.walls.spi.figure.Figure;
import java.util.ArrayList;
import java.util.List;

/**
 * What moves each result: the uncertain inputs that move its time or cost, the largest swing first, each with its
 * value, range, confidence and source, and where it alone puts the run. The first few are shown, the rest folded.
 */
final class DriversSection implements ReportSection {

    /** Inputs shown before the fold: {@code walls compare} names three under each row, the page has room for more. */
    static final int SHOWN = 5;

    private static final List<String> HEADER = List.of("input", "confidence", "value (low .. high)", "days, this input alone",
            "cost, this input alone", "source");
    private static final boolean[] NUMERIC = {false, false, true, true, true, false};

    private final List<Comparison> rows;

    DriversSection(List<Comparison> rows) {
        this.rows = rows;
    }

    @Override
    public String id() {
        return "drivers";
    }

    @Override
    public String title() {
        return "What moves the result";
    }

    @Override
    public void render(Html html) {
        html.open("p").text("Each range is a best and a worst case for the layout found, across every uncertain input: the"
                + " system's figures and the walls' assumptions. Each input is first moved alone to each end of its range;"
                + " then every input is set at the end that shortened the run, or lengthened it, and likewise for cost."
                + " With this many inputs at once the ends are wide: they are the extremes the record allows, not a likely"
                + " spread. An input is named ").element("code", "system.PATH").text(" for a figure of the system's spec"
                + " (as ").element("code", "walls describe").text(" lists it) and ").element("code", "WALL.PATH")
                .text(" for a wall's assumption (as ").element("code", "--assume").text(" takes it). A setting at which a"
                + " layout that fits no longer does cannot run, and is left out of the bounds.").close("p");
        for (int i = 0; i < rows.size(); i++) {
            Comparison c = rows.get(i);
            List<RangeDriver> drivers = c.range().drivers();
            html.open("article", "id", "drivers-" + (i + 1)).newline();
            html.element("h3", c.system() + " — " + c.name());
            if (drivers.isEmpty()) {
                html.element("p", "Of " + c.range().uncertainInputs() + " uncertain inputs, none moves the result.");
                html.close("article");
                continue;
            }
            html.element("p", "Of " + c.range().uncertainInputs() + " uncertain inputs, " + drivers.size()
                    + " move the result: days to train " + ComparisonText.days(c) + ", run cost " + ComparisonText.cost(c)
                    + ". " + (drivers.size() > SHOWN ? "The " + SHOWN + " that move it most:" : "Largest first:"));
            table(html, drivers.subList(0, Math.min(SHOWN, drivers.size())));
            if (drivers.size() > SHOWN) {
                html.open("details").newline();
                html.element("summary", "The other " + (drivers.size() - SHOWN) + " inputs that move it").newline();
                table(html, drivers.subList(SHOWN, drivers.size()));
                html.close("details");
            }
            html.close("article");
        }
    }

    private static void table(Html html, List<RangeDriver> drivers) {
        html.open("div", "class", "table-wrap").newline();
        Table.open(html, "", HEADER, NUMERIC);
        for (RangeDriver d : drivers) {
            String days = ComparisonText.driverDays(d);
            Table.row(html, List.of(d.input() + (d.copies().isEmpty() ? "" : " (moves " + String.join(", ", d.copies())
                            + " with it)"), d.figure().provenance().confidence().label(), value(d.figure()),
                    days.isEmpty() ? "unchanged" : days, ComparisonText.driverCost(d), source(d.figure())), NUMERIC);
        }
        Table.close(html);
        html.close("div");
    }

    /** A figure's nominal value and range as {@code walls describe} writes them, in the unit its path names. */
    static String value(Figure f) {
        return Formats.figure(f.nominal()) + (f.low() == f.high() ? "" : " (" + Formats.figure(f.low()) + " .. "
                + Formats.figure(f.high()) + ")");
    }

    /** A figure's source, with its note when it has one. */
    static String source(Figure f) {
        List<String> parts = new ArrayList<>();
        parts.add(f.provenance().source());
        if (f.provenance().note() != null && !f.provenance().note().isEmpty()) {
            parts.add(f.provenance().note());
        }
        return String.join("; ", parts);
    }
}
