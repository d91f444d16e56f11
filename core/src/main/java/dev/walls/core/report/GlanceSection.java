package dev.walls.core.report;

import dev.walls.core.compare.Bounds;
import dev.walls.core.compare.Comparison;
import dev.walls.core.compare.ComparisonText;
import dev.walls.core.output.Formats;
import dev.walls.spi.wall.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The answer first: which systems can run, which cannot and why, the fastest and the cheapest of those that can, and
 * whether the record settles that ranking or their ranges overlap (in which case the inputs that move them decide it).
 */
final class GlanceSection implements ReportSection {

    private final List<Comparison> rows;

    GlanceSection(List<Comparison> rows) {
        this.rows = rows;
    }

    @Override
    public String id() {
        return "glance";
    }

    @Override
    public String title() {
        return "At a glance";
    }

    @Override
    public void render(Html html) {
        List<Comparison> runs = rows.stream().filter(ComparisonText::runs).toList();
        List<Comparison> not = rows.stream().filter(c -> !ComparisonText.runs(c)).toList();
        html.open("ul").newline();
        if (runs.isEmpty()) {
            html.open("li").element("strong", "None of the " + rows.size() + " systems can run this workload", "class",
                    "verdict-not-run").text(": each verdict below says why.").close("li");
        } else {
            html.open("li").element("strong", "Can run:").text(" " + names(runs) + ".").close("li");
        }
        for (Comparison c : not) {
            html.open("li").element("strong", "Cannot run: " + c.system(), "class", "verdict-not-run")
                    .text(" — " + ComparisonText.blocked(c) + ". Its figures below are what the layout would take, not a run.")
                    .close("li");
        }
        if (!runs.isEmpty()) {
            best(html, runs, "Fastest", Comparison::timeToTrainDays, c -> c.range().timeToTrainDays(),
                    c -> ComparisonText.days(c) + " days", b -> Formats.days(b.low()) + "–" + Formats.days(b.high()),
                    "trains faster");
            if (runs.stream().allMatch(c -> Double.isFinite(c.costUsd()))) {
                best(html, runs, "Cheapest run", Comparison::costUsd, c -> c.range().costUsd(), ComparisonText::cost,
                        b -> Money.usd(b.low()) + "–" + Money.usd(b.high()), "trains for less");
            }
        }
        html.close("ul");
    }

    /**
     * The system that is best on a result, and the others whose range reaches below its worst case: between them the
     * record does not settle which is better.
     */
    private static void best(Html html, List<Comparison> runs, String what, ToDoubleFunction<Comparison> result,
                             Function<Comparison, Bounds> range, Function<Comparison, String> written,
                             Function<Bounds, String> writtenRange, String better) {
        Comparison best = runs.stream().min(Comparator.comparingDouble(result)).orElseThrow();
        html.open("li").element("strong", what + ":").text(" " + best.system() + ", " + written.apply(best) + ".");
        if (runs.size() > 1) {
            List<String> overlapping = new ArrayList<>();
            for (Comparison c : runs) {
                if (c != best && range.apply(c).low() <= range.apply(best).high()) {
                    overlapping.add(c.system() + "'s " + writtenRange.apply(range.apply(c)));
                }
            }
            if (overlapping.isEmpty()) {
                html.text(" Its worst case beats every other system's best case: the record settles it.");
            } else {
                html.text(" Its range overlaps " + String.join(", ", overlapping) + ": which " + better
                        + " is not settled by the record; the inputs that move each result (below) decide it.");
            }
        }
        html.close("li");
    }

    private static String names(List<Comparison> rows) {
        return rows.stream().map(c -> c.system() + " (" + c.name() + ")").collect(Collectors.joining(", "));
    }
}
