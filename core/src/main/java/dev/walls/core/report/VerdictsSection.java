package dev.walls.core.report;

import dev.walls.core.compare.Comparison;
import dev.walls.core.compare.ComparisonText;
import dev.walls.core.output.Formats;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.wall.WallAssessment;
import java.util.List;

/**
 * Each system's one-sentence verdict and layout, as {@code walls compare} writes them under its table, and what each
 * wall found: its status, what it costs and its finding.
 */
final class VerdictsSection implements ReportSection {

    private final List<Comparison> rows;

    VerdictsSection(List<Comparison> rows) {
        this.rows = rows;
    }

    @Override
    public String id() {
        return "verdicts";
    }

    @Override
    public String title() {
        return "Verdicts and layouts";
    }

    @Override
    public void render(Html html) {
        for (int i = 0; i < rows.size(); i++) {
            Comparison c = rows.get(i);
            boolean runs = ComparisonText.runs(c);
            html.open("article", "id", "verdict-" + (i + 1)).newline();
            html.open("h3").text(c.system() + " — " + c.name() + " ")
                    .element("span", runs ? "(runs)" : "(cannot run: " + ComparisonText.blocked(c) + ")", "class",
                            runs ? "verdict-runs" : "verdict-not-run").close("h3");
            html.element("p", c.verdict());
            html.open("p").element("code", ComparisonText.layout(c)).close("p");
            html.open("div", "class", "table-wrap").newline();
            Table.open(html, "What each wall found", List.of("wall", "status", "costs", "finding"), false, false, true);
            for (Wall w : Wall.values()) {
                WallAssessment a = c.walls().get(w);
                html.open("tr").element("th", w.id(), "scope", "row", "class", "text")
                        .open("td", "class", "text").element("span", a.status().name(), "class", "status-" + a.status().name())
                        .close("td").element("td", Formats.loss(a), "class", "num").element("td", a.finding(), "class", "text")
                        .close("tr");
            }
            Table.close(html);
            html.close("div");
            String refused = ComparisonText.refusedEnds(c);
            if (!refused.isEmpty()) {
                html.element("p", refused);
            }
            html.close("article");
        }
    }
}
