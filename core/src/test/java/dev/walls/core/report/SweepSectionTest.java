package dev.walls.core.report;

import static dev.walls.core.report.HtmlDom.byId;
import static dev.walls.core.report.HtmlDom.cells;
import static dev.walls.core.report.HtmlDom.elements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.core.compare.Comparison;
import dev.walls.core.error.InputException;
import dev.walls.core.output.Formats;
import dev.walls.core.sweep.PointStatus;
import dev.walls.core.sweep.Sizes;
import dev.walls.core.sweep.Sweep;
import dev.walls.core.sweep.SweepPoint;
import dev.walls.spi.wall.Money;
import dev.walls.spi.workload.Workload;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** "How it scales": a sweep added to a report, drawn and tabulated from the sweep's own points. */
class SweepSectionTest {

    private static final String HOSTILE = "<script>alert('x')</script> & \"Co\"";

    private static Workload workload;
    private static List<Comparison> rows;
    /** small runs at 8 and 64 and has no layout at 40; blocked-one is blocked by the memory wall wherever it has one. */
    private static Sweep sweep;

    @BeforeAll
    static void sweepTheFixtures() {
        // the tests run inside the core's module, which reads no XML parser of its own: let it read the JDK's
        SweepSectionTest.class.getModule().addReads(ModuleLayer.boot().findModule("java.xml").orElseThrow());
        workload = Rows.workload("test GPT");
        rows = Rows.compare(workload, Rows.system("small", "Small " + HOSTILE, 64), Rows.system("blocked-one", "Blocked", 64));
        sweep = Rows.sweep(workload, Sizes.of(8, 40, 64), Rows.system("small", "Small " + HOSTILE, 8),
                Rows.system("blocked-one", "Blocked", 8));
    }

    @Test
    void theFixturesSweepIsTheOneTheTestsNeed() {
        List<PointStatus> statuses = sweep.points().stream().map(SweepPoint::status).toList();
        assertEquals(List.of(PointStatus.RUNS, PointStatus.NO_LAYOUT, PointStatus.RUNS, PointStatus.BLOCKED,
                PointStatus.NO_LAYOUT, PointStatus.BLOCKED), statuses);
    }

    @Test
    void theSectionIsThereOnlyWithASweepBeforeTheSources() throws Exception {
        Document without = ReportTest.parse(Report.of(workload, rows).html());
        assertFalse(elements(without, "section").stream().anyMatch(e -> e.getAttribute("id").equals("scaling")));
        assertFalse(without.getDocumentElement().getTextContent().contains("How it scales"));

        Document d = ReportTest.parse(Report.of(workload, rows).withSweep(sweep).html());
        assertEquals(List.of("glance", "systems", "summary", "charts", "verdicts", "drivers", "scaling", "sources"),
                elements(d, "section").stream().map(e -> e.getAttribute("id")).toList());
        assertEquals("How it scales", byId(d, "scaling-heading").getTextContent());
        assertEquals(6, elements(d, "svg").size(), "the comparison's four, and days and cost against accelerators");
        String footer = elements(d, "footer").get(0).getTextContent();
        assertTrue(footer.contains("Every number on this page outside “How it scales” and “Sources behind the figures” is"
                + " from one comparison"), footer);
        assertTrue(footer.contains("The section “How it scales” is from one sweep, the one walls sweep --format json"
                + " prints"), footer);
    }

    @Test
    void everyPointReadsAsTheSweepsTableWritesIt() throws Exception {
        Document d = ReportTest.parse(Report.of(workload, rows).withSweep(sweep).html());
        Element section = byId(d, "scaling");
        List<Element> tables = elements(section, "table");
        assertEquals(2 + 2, tables.size(), "the two charts' values, then a table per system");
        int i = 0;
        for (int t = 2; t < 4; t++) {
            List<Element> trs = elements(elements(tables.get(t), "tbody").get(0), "tr");
            assertEquals(3, trs.size());
            for (Element tr : trs) {
                SweepPoint p = sweep.points().get(i++);
                // every column walls sweep prints: size, used, status, step (s), days, cost, capital, power (MW),
                // tokens/s, MFU, MFU at 16-bit, binding, layout
                List<String> expected = p.evaluation() == null
                        ? List.of(String.valueOf(p.requestedAccelerators()), "-", p.status().label(), "-", "-", "-", "-",
                        "-", "-", "-", "-", "-", "-")
                        : List.of(String.valueOf(p.requestedAccelerators()), String.valueOf(p.accelerators()),
                        p.status().label(), significant(p.stepTimeSeconds()), Formats.days(p.timeToTrainDays()),
                        Money.usd(p.costUsd()), Money.usd(p.capexUsd()), significant(p.powerWatts() / 1e6),
                        String.format(java.util.Locale.ROOT, "%,.0f", p.tokensPerSecond()),
                        Formats.percent(p.mfu()), Formats.percent(p.mfuAt16BitPeak()), p.bindingWall().id(),
                        p.strategy().toString());
                assertEquals(expected, cells(tr));
                assertEquals(p.runs() ? "" : "not-run", tr.getAttribute("class"));
            }
        }
        assertTrue(section.getTextContent().contains("40: " + sweep.points().get(1).reason()), "the reason is given");
        // the charts' values tables: a row per system, a column per size, the gaps' status in words
        List<String> days = cells(elements(elements(tables.get(0), "tbody").get(0), "tr").get(0));
        assertEquals(List.of("small", Formats.days(sweep.points().get(0).timeToTrainDays()), "NO LAYOUT",
                Formats.days(sweep.points().get(2).timeToTrainDays())), days);
        List<String> cost = cells(elements(elements(tables.get(1), "tbody").get(0), "tr").get(1));
        assertEquals(List.of("blocked-one", "BLOCKED", "NO LAYOUT", "BLOCKED"), cost);
        assertTrue(section.getTextContent().contains("2 of 6 points run on exactly their size; 4 cannot run"),
                section.getTextContent());
    }

    /**
     * With a deadline between small's days at 8 and at 64 accelerators, its point at 8 misses it: the point keeps its
     * fastest run (the one without a deadline), its days are marked (late) as walls sweep marks them, and the legend
     * is under small's table alone. The blocked system's points cannot run and are not marked late.
     */
    @Test
    void aPointThatMissesTheDeadlineIsMarkedWithTheLegendUnderItsTable() throws Exception {
        double at8 = sweep.points().get(0).timeToTrainDays();
        double at64 = sweep.points().get(2).timeToTrainDays();
        assertTrue(at64 < at8, at8 + " and " + at64 + " days");
        double deadline = Math.sqrt(at8 * at64);
        Sweep timed = Rows.sweep(workload, Sizes.of(8, 40, 64), deadline, Rows.system("small", "Small " + HOSTILE, 8),
                Rows.system("blocked-one", "Blocked", 8));
        assertEquals(deadline, timed.maxDays());
        assertEquals(List.of(false, true, true, true, true, true),
                timed.points().stream().map(SweepPoint::withinMaxDays).toList());
        assertEquals(sweep.points().get(0).strategy(), timed.points().get(0).strategy(), "the fastest at 8");
        assertEquals(at8, timed.points().get(0).timeToTrainDays());

        List<Comparison> timedRows = Rows.compare(workload, deadline, Rows.system("small", "Small " + HOSTILE, 64),
                Rows.system("blocked-one", "Blocked", 64));
        InputException mixed = assertThrows(InputException.class, () -> Report.of(workload, rows).withSweep(timed));
        assertEquals("the sweep keeps to the " + Formats.deadline(deadline) + " and the comparison to no deadline:"
                + " sweep with the job the report came from", mixed.getMessage());
        // nor may the rows themselves keep to different deadlines: the page names one
        InputException rowsMixed = assertThrows(InputException.class,
                () -> Report.of(workload, List.of(timedRows.get(0), rows.get(1))));
        assertEquals("the row of blocked-one keeps to no deadline and the row of small to the "
                + Formats.deadline(deadline) + ": report one comparison at a time", rowsMixed.getMessage());
        Document d = ReportTest.parse(Report.of(workload, timedRows).withSweep(timed).html());
        Element section = byId(d, "scaling");
        List<Element> tables = elements(section, "table");
        List<Element> small = elements(elements(tables.get(2), "tbody").get(0), "tr");
        assertEquals(Formats.days(at8) + " (late)", cells(small.get(0)).get(4));
        assertEquals(Formats.days(at64), cells(small.get(2)).get(4));
        String legend = "(late): no run of the system at that size trains within " + Formats.dayCount(deadline)
                + "; the point is its fastest there.";
        List<String> paragraphs = elements(section, "p").stream().map(Element::getTextContent).toList();
        assertEquals(1, paragraphs.stream().filter(legend::equals).count(), "once, under small's table: " + paragraphs);
        org.w3c.dom.Node after = tables.get(2).getParentNode().getNextSibling();
        while (!(after instanceof Element)) {
            after = after.getNextSibling();
        }
        assertEquals("p", ((Element) after).getTagName());
        assertEquals(legend, after.getTextContent(), "right under small's table");
        assertTrue(section.getTextContent().contains("by time within " + Formats.dayCount(deadline)),
                "the section says what the points kept to");

        Document none = ReportTest.parse(Report.of(workload, rows).withSweep(sweep).html());
        assertFalse(byId(none, "scaling").getTextContent().contains("(late)"), "no deadline, no mark");
    }

    /** Three significant digits, as walls sweep writes a step and a power. */
    private static String significant(double v) {
        return String.format(java.util.Locale.ROOT, v >= 100 ? "%,.0f" : v >= 10 ? "%.1f" : v >= 1 ? "%.2f" : "%.3g", v);
    }

    @Test
    void theChartsDrawTheRunningPointsAndMarkTheOthers() throws Exception {
        Document d = ReportTest.parse(Report.of(workload, rows).withSweep(sweep).html());
        for (String id : List.of("scaling-days", "scaling-cost")) {
            Element svg = byId(d, id);
            long markers = elements(svg, "*").stream().filter(e -> e.getAttribute("class").equals("marker")).count();
            assertEquals(sweep.running().size(), markers, id);
            long gaps = elements(svg, "*").stream().filter(e -> e.getAttribute("class").equals("gap")).count();
            assertEquals(sweep.points().size() - sweep.running().size(), gaps, id);
            long strokes = elements(svg, "polyline").size();
            assertEquals(0, strokes, id + ": small's two points have a gap between them, so no stroke joins them");
            assertTrue(svg.getTextContent().contains("NO LAYOUT") && svg.getTextContent().contains("BLOCKED"), id);
            assertTrue(elements(svg, "title").get(0).getTextContent().contains("against accelerators"));
            assertTrue(elements(svg, "desc").get(0).getTextContent().contains("small — 8: "), id);
        }
        assertTrue(byId(d, "scaling-days").getTextContent().contains("accelerators"));
        assertFalse(byId(d, "scaling-days").getTextContent().contains("accelerators (log scale"),
                "8 to 64 is 8 times: a linear axis");
    }

    @Test
    void namesAreEscaped() {
        String html = Report.of(workload, rows).withSweep(sweep).html();
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"));
        assertTrue(html.contains("<caption>small — Small &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;"
                + "</caption>"), "the system's name in its table's caption, escaped");
    }

    @Test
    void theSameSweepGivesTheSameBytes() {
        assertEquals(Report.of(workload, rows).withSweep(sweep).html(), Report.of(workload, rows).withSweep(sweep).html());
    }

    @Test
    void aReportTakesOneSweepOfItsWorkloadWithNothingVaried() {
        Report report = Report.of(workload, rows).withSweep(sweep);
        assertThrows(IllegalArgumentException.class, () -> report.withSweep(sweep), "one section per id");
        Workload other = new Workload("other-id", workload.name(), workload.model(), workload.sequenceLength(),
                workload.globalBatchSequences(), workload.trainingTokens(), workload.provenance());
        Sweep elsewhere = new Sweep(other.id(), other.name(), sweep.objective(), sweep.sizes(), sweep.systems(), null,
                List.of(), sweep.points());
        InputException e = assertThrows(InputException.class, () -> Report.of(workload, rows).withSweep(elsewhere));
        assertTrue(e.getMessage().contains("of workload 'other-id'"), e.getMessage());
        Sweep varied = new Sweep(sweep.workload(), sweep.workloadName(), sweep.objective(), sweep.sizes(),
                sweep.systems(), "economics.operating.pue", List.of(1.1), sweep.points());
        e = assertThrows(InputException.class, () -> Report.of(workload, rows).withSweep(varied));
        assertTrue(e.getMessage().contains("one line per system"), e.getMessage());
    }
}
