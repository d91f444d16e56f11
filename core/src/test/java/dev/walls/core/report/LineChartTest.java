package dev.walls.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The line chart on its own: its axes, its gaps, its markers and labels, and what it writes. */
class LineChartTest {

    private static LineChart chart(LineChart.Line... lines) {
        return new LineChart("curve", "Days against accelerators", "the values", "accelerators", Ticks.COUNT,
                "days to train", Ticks.NUMBER, List.of(lines));
    }

    private static LineChart.Line line(String name, int index, LineChart.Point... points) {
        return new LineChart.Line(name, Palette.series(index), List.of(points));
    }

    private static LineChart.Point at(double x, double y) {
        return LineChart.Point.at(x, y, Ticks.NUMBER.apply(y));
    }

    private static String svg(LineChart chart) {
        Html html = new Html();
        chart.render(html);
        return html.toString();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static int matches(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void anAxisTurnsLogarithmicAboveTwentyTimesAndSaysSo() {
        LineChart twenty = chart(line("a", 0, at(1000, 1), at(2000, 20)));
        assertFalse(twenty.yScale().log(), "20 times is the bar charts' limit for a linear axis");
        assertFalse(twenty.xScale().log());
        assertTrue(svg(twenty).contains(">days to train</text>"));

        LineChart wide = chart(line("a", 0, at(64, 1), at(2048, 21)));
        assertTrue(wide.yScale().log());
        assertTrue(wide.xScale().log(), "64 to 2,048 accelerators is 32 times");
        String svg = svg(wide);
        assertTrue(svg.contains(">days to train (log scale: the values span 21×)</text>"), svg);
        assertTrue(svg.contains(">accelerators (log scale: the values span 32×)</text>"), svg);
        // a log axis of sizes reaches a little beyond the first and last, so that no marker sits on its edge
        assertTrue(wide.xScale().fraction(64) > 0 && wide.xScale().fraction(2048) < 1);
    }

    @Test
    void onlyTheValuesOnTheLinesSetTheYAxisAndGapsTheXAxisToo() {
        LineChart chart = chart(line("a", 0, at(1024, 10), at(2048, 15), LineChart.Point.gap(65536, "NO LAYOUT")));
        assertFalse(chart.yScale().log());
        assertTrue(chart.xScale().log(), "the gap at 65,536 is on the x axis: 64 times the first size");
    }

    @Test
    void theXAxisIsMarkedAtTheSizesWhereTheirLabelsFit() {
        LineChart few = chart(line("a", 0, at(1024, 4), at(2048, 3), at(4096, 2), at(8192, 1)));
        assertEquals(List.of(1024.0, 2048.0, 4096.0, 8192.0), few.xScale().ticks());
        assertTrue(svg(few).contains(">1,024</text>"));
        List<LineChart.Point> many = new ArrayList<>();
        for (int n = 1000; n <= 1100; n += 10) {
            many.add(at(n, n / 100.0));
        }
        LineChart dense = chart(new LineChart.Line("a", Palette.PRIMARY, many));
        List<Double> ticks = dense.xScale().ticks();
        assertEquals(1000.0, ticks.get(0), "the first size is always marked");
        assertTrue(ticks.size() < many.size(), "ten sizes 10 apart do not all have room: " + ticks);
        assertFalse(dense.labelled(), "nor do their values");
    }

    @Test
    void aGapBreaksTheLineAndIsMarkedWithItsStatusNeverJoined() {
        LineChart chart = chart(line("h100", 0, at(1000, 40), at(2000, 20), LineChart.Point.gap(3000, "NO LAYOUT"),
                at(4000, 10), LineChart.Point.gap(5000, "DOES NOT FIT"), at(6000, 7), at(7000, 6)));
        assertEquals(3, chart.lines().get(0).segments().size(), "1000–2000, 4000 alone, 6000–7000");
        String svg = svg(chart);
        assertEquals(2, count(svg, "class=\"line\""), "a point alone between gaps is a marker, not a stroke");
        assertEquals(5, count(svg, "class=\"marker\""), "one marker per point on the line");
        assertEquals(2, count(svg, "class=\"gap\""), "one cross per gap");
        assertTrue(svg.contains(">NO LAYOUT</text>") && svg.contains(">DOES NOT FIT</text>"), svg);
        assertTrue(svg.contains("<title>h100, 3,000 accelerators: NO LAYOUT (not on the line)</title>"), svg);
        // no stroke passes over a gap: each polyline's x values stay within one segment
        Scale x = chart.xScale();
        double gap1 = LineChart.LEFT + x.fraction(3000) * LineChart.PLOT_WIDTH;
        double gap2 = LineChart.LEFT + x.fraction(5000) * LineChart.PLOT_WIDTH;
        Matcher m = Pattern.compile("<polyline points=\"([^\"]+)\"").matcher(svg);
        int strokes = 0;
        while (m.find()) {
            strokes++;
            String[] pairs = m.group(1).split(" ");
            double first = Double.parseDouble(pairs[0].split(",")[0]);
            double last = Double.parseDouble(pairs[pairs.length - 1].split(",")[0]);
            assertEquals(2, pairs.length, m.group(1));
            for (double gap : new double[] {gap1, gap2}) {
                assertFalse(first < gap && gap < last, "a stroke from " + first + " to " + last + " crosses a gap at " + gap);
            }
        }
        assertEquals(2, strokes);
    }

    @Test
    void markersMatchTheRunningPointsOfEveryLineAndEachLineHasItsOwnShapeAndDash() {
        LineChart chart = chart(line("a", 0, at(1000, 10), at(2000, 6), at(4000, 4)),
                line("b", 1, LineChart.Point.gap(1000, "BLOCKED"), at(2000, 30), at(4000, 20)),
                line("c", 2, LineChart.Point.gap(1000, "BLOCKED"), LineChart.Point.gap(2000, "BLOCKED"),
                        LineChart.Point.gap(4000, "BLOCKED")));
        String svg = svg(chart);
        assertEquals(5, count(svg, "class=\"marker\""));
        assertEquals(3, matches(svg, "<circle [^>]*class=\"marker\""), "a's markers are circles");
        assertEquals(2, matches(svg, "<rect [^>]*class=\"marker\""), "b's are squares");
        assertEquals(3, count(svg, "class=\"legend-marker\""), "and the legend shows each line's");
        assertEquals(1, count(svg, "stroke-dasharray=\"8 4\" class=\"line\""), "b is dashed");
        assertEquals(4, count(svg, "class=\"gap\""));
        assertEquals(2, count(svg, ">BLOCKED</text>"), "one lane per line and status: b's and c's");
        assertTrue(svg.contains(">c</text>"), "a line with no point that runs is still in the legend and its lane");
    }

    @Test
    void aPointQualifiedAsRunningOnFewerIsHollowAndTheLegendSaysSo() {
        LineChart chart = chart(line("a", 0, at(1000, 10), new LineChart.Point(2000, 6, "6", "", true)));
        String svg = svg(chart);
        assertTrue(svg.contains("fill=\"#ffffff\" stroke=\"" + Palette.PRIMARY + "\" stroke-width=\"2\" class=\"marker\""), svg);
        assertTrue(svg.contains(">hollow: runs on fewer accelerators</text>"));
    }

    @Test
    void valuesAreWrittenBesideTheirMarkersWhenTheyAllHaveRoomElseNone() {
        LineChart apart = chart(line("a", 0, at(1000, 100), at(2000, 50)), line("b", 1, at(1000, 10), at(2000, 5)));
        assertTrue(apart.labelled());
        String svg = svg(apart);
        assertEquals(4, count(svg, "paint-order=\"stroke\""), svg);
        assertTrue(svg.contains(">100</text>") && svg.contains(">5</text>"));

        LineChart alike = chart(line("a", 0, at(1000, 100), at(2000, 50)), line("b", 1, at(1000, 100), at(2000, 51)),
                line("c", 2, at(1000, 99), at(2000, 52)));
        assertFalse(alike.labelled(), "three labels cannot sit around three markers this close");
        String crowded = svg(alike);
        assertEquals(0, count(crowded, "paint-order=\"stroke\""));
        assertTrue(crowded.contains("<title>b, 2,000 accelerators: 51</title>"), "the value is still in the point's title");

        LineChart four = chart(line("a", 0, at(1000, 1000), at(2000, 900)), line("b", 1, at(1000, 700), at(2000, 600)),
                line("c", 2, at(1000, 400), at(2000, 300)), line("d", 3, at(1000, 100), at(2000, 50)));
        assertFalse(four.labelled(), "more than " + LineChart.LABELLED_LINES + " lines leave their values to the table");
        assertTrue(chart(four.lines().subList(0, 3).toArray(LineChart.Line[]::new)).labelled());
    }

    @Test
    void namesAreEscapedAndTheChartIsTitledAndDescribed() throws Exception {
        String hostile = "<script>alert('x')</script> & \"Co\"";
        LineChart chart = new LineChart("curve", "Days of " + hostile, "desc " + hostile, "accelerators", Ticks.COUNT,
                "days", Ticks.NUMBER, List.of(line(hostile, 0, at(1000, 10), LineChart.Point.gap(2000, "NO <LAYOUT>"))));
        String svg = svg(chart);
        assertFalse(svg.contains("<script"), svg);
        assertFalse(svg.contains("<LAYOUT"), svg);
        assertTrue(svg.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;"), svg);
        assertTrue(svg.contains("<title id=\"curve-title\">Days of &lt;script&gt;"), svg);
        assertTrue(svg.contains("<desc id=\"curve-desc\">desc &lt;script&gt;"), svg);
        assertTrue(svg.contains("role=\"img\" aria-labelledby=\"curve-title curve-desc\""), svg);
        // the tests run inside the core's module, which reads no XML parser of its own: let it read the JDK's
        LineChartTest.class.getModule().addReads(ModuleLayer.boot().findModule("java.xml").orElseThrow());
        ReportTest.parse("<html>" + svg + "</html>"); // well-formed
    }

    @Test
    void theLinesColorsStandOutFromThePage() {
        for (int i = 0; i < Palette.seriesColors(); i++) {
            assertTrue(Palette.contrast(Palette.series(i), Palette.BACKGROUND) >= 4.5, Palette.series(i));
            assertFalse(Palette.series(i).equals(Palette.BLOCKED), "the red of what cannot run is no line's");
        }
        assertEquals(Palette.series(0), Palette.series(Palette.seriesColors()), "a sixth line takes the first color");
    }

    @Test
    void aLineIsOrderedAndItsPointsAreValuesOrGaps() {
        assertThrows(IllegalArgumentException.class, () -> line("a", 0, at(2000, 1), at(1000, 2)));
        assertThrows(IllegalArgumentException.class, () -> line("a", 0, at(1000, 1), at(1000, 2)));
        assertThrows(IllegalArgumentException.class, () -> LineChart.Point.at(1000, Double.NaN, "-"));
        assertThrows(IllegalArgumentException.class, () -> LineChart.Point.at(0, 1, "1"));
        assertThrows(IllegalArgumentException.class, () -> LineChart.Point.gap(1000, ""));
        assertThrows(IllegalArgumentException.class, () -> new LineChart.Point(1000, Double.NaN, "", "BLOCKED", true));
        assertThrows(IllegalArgumentException.class, () -> chart());
    }

    @Test
    void theSameChartGivesTheSameBytes() {
        LineChart chart = chart(line("a", 0, at(1000, 10.123456), LineChart.Point.gap(2000, "NO LAYOUT"), at(4000, 3)));
        assertEquals(svg(chart), svg(chart));
    }
}
