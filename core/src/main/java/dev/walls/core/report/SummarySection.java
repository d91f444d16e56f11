package dev.walls.core.report;

import dev.walls.core.compare.Comparison;
import dev.walls.core.compare.ComparisonText;
import java.util.List;

/**
 * The table {@code walls compare} prints, cell for cell. A row that cannot run is tinted and marked; each wall's status
 * is colored as well as written; a run that misses the deadline is marked {@code (late)}, with compare's legend.
 */
final class SummarySection implements ReportSection {

    /** The first of the walls' columns, which hold a status and a loss. */
    private static final int FIRST_WALL_COLUMN = ComparisonText.COLUMNS.indexOf("memory");

    private final List<Comparison> rows;

    SummarySection(List<Comparison> rows) {
        this.rows = rows;
    }

    @Override
    public String id() {
        return "summary";
    }

    @Override
    public String title() {
        return "Summary table";
    }

    @Override
    public void render(Html html) {
        html.open("p").text("As ").element("code", "walls compare").text(" prints it. Days to train and run cost are"
                + " nominal, with the low–high range in brackets; capital is hardware, facility and any design cost; MFU"
                + " is against the peak of the layout's precision, and at the 16-bit peak as training reports state it."
                + " Each wall's column gives its status and what it costs: step time, or for economics money (the run's"
                + " lost time and its premium over the market path).").close("p");
        List<String> header = ComparisonText.COLUMNS;
        html.open("div", "class", "table-wrap").newline();
        html.open("table", "class", "summary").newline();
        html.open("thead").open("tr");
        for (int i = 0; i < header.size(); i++) {
            html.element("th", header.get(i), "scope", "col", "class", i == 0 ? "text" : "num");
        }
        html.close("tr").close("thead").open("tbody").newline();
        for (Comparison c : rows) {
            boolean runs = ComparisonText.runs(c);
            html.open("tr", "class", runs ? "runs" : "not-run");
            List<String> cells = ComparisonText.cells(c);
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i);
                if (i == 0) {
                    html.element("th", cell, "scope", "row", "class", "text");
                } else if (i >= FIRST_WALL_COLUMN) {
                    // the status word colored, the text as the command writes it
                    int space = cell.indexOf(' ');
                    String status = space < 0 ? cell : cell.substring(0, space);
                    html.open("td", "class", "num").element("span", status, "class", "status-" + status)
                            .text(space < 0 ? "" : cell.substring(space)).close("td");
                } else {
                    html.element("td", cell, "class", "num");
                }
            }
            html.close("tr");
        }
        html.close("tbody").close("table");
        html.close("div");
        for (String legend : List.of(ComparisonText.sizingLegend(rows), ComparisonText.lateMark(rows))) {
            if (!legend.isEmpty()) {
                html.element("p", legend);
            }
        }
        if (rows.stream().anyMatch(c -> !ComparisonText.runs(c))) {
            html.open("p").element("strong", "Tinted rows cannot run", "class", "verdict-not-run")
                    .text(": their figures are what the layout found would take, not a run.").close("p");
        }
    }
}
