package dev.walls.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The charts on their own: what they draw, where, and what they write. */
class ChartsTest {

    private static final List<StackedBarChart.Part> PARTS = List.of(new StackedBarChart.Part("ideal compute", Palette.PRIMARY),
            new StackedBarChart.Part("memory", "#b03a2e"));

    private static StackedBarChart.Row step(String label, double ideal, double memory) {
        return new StackedBarChart.Row(label, List.of(ideal, memory), List.of(ideal + " s", memory + " s"),
                (ideal + memory) + " s per step", "");
    }

    @Test
    void stepsWithinTwentyTimesShareOneAxisInSeconds() {
        StackedBarChart chart = new StackedBarChart("step", "t", "d", "seconds per step", Ticks.SECONDS, PARTS,
                List.of(step("a", 1, 1), step("b", 10, 30)));
        assertTrue(chart.sharedAxis(), "40 s is 20 times 2 s");
        Html html = new Html();
        chart.render(html);
        assertTrue(html.toString().contains(">seconds per step</text>"), html.toString());
        assertTrue(html.toString().contains(">40 s</text>"), "the axis reaches the longest step");
    }

    @Test
    void stepsFurtherApartAreEachDrawnToTheirOwnTotalAndTheAxisSaysSo() {
        StackedBarChart chart = new StackedBarChart("step", "t", "d", "seconds per step", Ticks.SECONDS, PARTS,
                List.of(step("a", 1, 1), step("b", 10, 32)));
        assertFalse(chart.sharedAxis());
        Html html = new Html();
        chart.render(html);
        String svg = html.toString();
        assertTrue(svg.contains("share of each system&#39;s own step (the steps span 21×: each bar to its own scale)"), svg);
        assertTrue(svg.contains(">100%</text>"));
        // b's 10 s of ideal compute is 10/42 of its bar, and its 32 s of memory the rest, up to the plot's right edge
        assertTrue(svg.contains("<rect x=\"290\" y=\"80\" width=\"320\" height=\"20\" fill=\"#b03a2e\""), svg);
    }

    @Test
    void aValueIsWrittenInsideItsPartOnlyWhereItFits() {
        StackedBarChart chart = new StackedBarChart("step", "t", "d", "seconds per step", Ticks.SECONDS, PARTS,
                List.of(new StackedBarChart.Row("a", List.of(0.01, 10.0), List.of("10.00 ms", "10.000 s"), "10.010 s", "")));
        Html html = new Html();
        chart.render(html);
        assertTrue(html.toString().contains(">10.000 s</text>"));
        assertFalse(html.toString().contains(">10.00 ms</text>"), "a sliver's value goes to the title and the table");
        assertTrue(html.toString().contains("<title>a, ideal compute: 10.00 ms</title>"));
    }

    @Test
    void aBarNobodyCanStateIsLeftOutButItsRowStays() {
        BarChart chart = new BarChart("cost", "t", "d", "run cost", Ticks.USD, List.of(new BarChart.Series("run cost",
                Palette.PRIMARY)), List.of(new BarChart.Row("a", List.of(new BarChart.Value(Double.NaN, Double.NaN,
                Double.NaN)), "- (-–-)", ""), new BarChart.Row("b", List.of(new BarChart.Value(5, 2, 9)), "$5.00 ($2.00–$9.00)", "")));
        Html html = new Html();
        chart.render(html);
        String svg = html.toString();
        assertTrue(svg.contains(">- (-–-)</text>"));
        assertEquals(2, svg.split("fill=\"" + Palette.PRIMARY + "\"", -1).length - 1, "the legend's swatch and b's bar");
        assertEquals(1, svg.split("class=\"whisker\"", -1).length - 1 - 1, "b's whisker, beside the legend's");
    }

    @Test
    void everyRowHasAValuePerSeries() {
        assertThrows(IllegalArgumentException.class, () -> new BarChart("x", "t", "d", "a", Ticks.NUMBER,
                List.of(new BarChart.Series("s", Palette.PRIMARY)), List.of(new BarChart.Row("a", List.of(), "", ""))));
        assertThrows(IllegalArgumentException.class, () -> new StackedBarChart("x", "t", "d", "a", Ticks.NUMBER, PARTS,
                List.of(new StackedBarChart.Row("a", List.of(1.0, -1.0), List.of("", ""), "", ""))));
    }

    @Test
    void ticksAreShort() {
        assertEquals("$1k", Ticks.USD.apply(1000));
        assertEquals("$250k", Ticks.USD.apply(250_000));
        assertEquals("$1.5M", Ticks.USD.apply(1.5e6));
        assertEquals("0.1", Ticks.NUMBER.apply(0.1));
        assertEquals("2.5", Ticks.NUMBER.apply(2.5));
        assertEquals("60%", Ticks.PERCENT.apply(0.6000000000000001));
        assertEquals("0 s", Ticks.SECONDS.apply(0));
    }
}
