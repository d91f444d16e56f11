package dev.walls.core.report;

import static dev.walls.core.report.HtmlDom.byId;
import static dev.walls.core.report.HtmlDom.elements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.core.compare.Comparison;
import dev.walls.core.compare.ComparisonText;
import dev.walls.core.error.InputException;
import dev.walls.spi.workload.Workload;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportTest {

    private static final String HOSTILE = "<script>alert('x')</script> & \"Co\" <b>";

    private static Workload workload;
    /** A small system, one blocked by the memory wall, and one 64 times the small one's size. */
    private static List<Comparison> rows;

    @BeforeAll
    static void compare() {
        // the tests run inside the core's module, which reads no XML parser of its own: let it read the JDK's
        ReportTest.class.getModule().addReads(ModuleLayer.boot().findModule("java.xml").orElseThrow());
        workload = Rows.workload("test GPT " + HOSTILE);
        rows = Rows.compare(workload, Rows.system("small", "Small " + HOSTILE, 8),
                Rows.system("blocked-one", "Blocked cluster", 64), Rows.system("large", "Large cluster", 512));
    }

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void thePageIsWellFormedWithEverySectionInItsContents() throws Exception {
        String html = Report.of(workload, rows).html();
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html.substring(0, 40));
        Document d = parse(html);
        List<String> sections = elements(d, "section").stream().map(e -> e.getAttribute("id")).toList();
        assertEquals(List.of("glance", "systems", "summary", "charts", "verdicts", "drivers", "sources"), sections);
        List<String> links = elements(d, "a").stream().map(e -> e.getAttribute("href")).toList();
        assertEquals(sections.stream().map(s -> "#" + s).toList(), links);
        assertEquals(4, elements(d, "svg").size(), "days, cost, step and MFU");
        for (Element svg : elements(d, "svg")) {
            assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
            assertEquals("img", svg.getAttribute("role"));
            String id = svg.getAttribute("aria-labelledby").split(" ")[0];
            assertFalse(byId(d, id).getTextContent().isBlank(), "every chart has a title");
        }
    }

    /**
     * The Sources' totals are {@code walls describe}'s: its {@code capexUsd} is the hardware alone, while the summary's
     * capital is the economics wall's (facility included). The page names the first so that the two are not read as
     * one, and its footer does not claim the Sources are the comparison's numbers.
     */
    @Test
    void theSourcesHardwareCostIsNotReadAsTheCapital() throws Exception {
        Document d = parse(Report.of(workload, rows).html());
        Element sources = byId(d, "sources-1");
        List<String> firstCells = elements(d, "th").stream().filter(th -> isIn(th, sources))
                .map(Element::getTextContent).toList();
        assertFalse(firstCells.contains("capexUsd"), "a bare capexUsd reads as the summary's capital");
        assertTrue(firstCells.contains("hardware cost (capexUsd as walls describe totals it)"), firstCells.toString());
        String footer = elements(d, "footer").get(0).getTextContent();
        assertTrue(footer.contains("Every number on this page outside “Sources behind the figures” is from one"
                + " comparison"), footer);
        assertTrue(footer.contains("walls describe --accelerators N"), footer);
    }

    private static boolean isIn(org.w3c.dom.Node n, Element ancestor) {
        for (org.w3c.dom.Node p = n; p != null; p = p.getParentNode()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    @Test
    void nothingLoadsOrRuns() {
        String html = Report.of(workload, rows).html().toLowerCase(Locale.ROOT);
        for (String banned : List.of("<script", "<link", "<img", "<iframe", "@import", "url(http", "src=", "javascript:",
                " onload", " onerror", "<b>")) {
            assertFalse(html.contains(banned), banned);
        }
        assertTrue(html.contains("content-security-policy"));
    }

    @Test
    void namesFromInputAreShownAsText() throws Exception {
        String html = Report.of(workload, rows).html();
        assertTrue(html.contains("Small &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot; &lt;b&gt;"));
        Document d = parse(html);
        assertEquals(ComparisonText.title(workload), elements(d, "h1").get(0).getTextContent());
        assertTrue(elements(d, "h3").stream().anyMatch(h -> h.getTextContent().startsWith("small — Small " + HOSTILE)));
    }

    @Test
    @ResourceLock(Resources.LOCALE) // it sets the default locale, which tests run in parallel would share
    void theSameRowsGiveTheSameBytesInEveryLocale() {
        String first = Report.of(workload, rows).html();
        Locale before = Locale.getDefault();
        try {
            for (Locale l : List.of(Locale.GERMANY, Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("hi-IN"))) {
                Locale.setDefault(l);
                assertEquals(first, Report.of(workload, rows).html(), l.toString());
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everyRowReadsAsTheCommandsTableWritesIt() throws Exception {
        Document d = parse(Report.of(workload, rows).html());
        Element summary = byId(d, "summary");
        NodeList trs = summary.getElementsByTagName("tbody").item(0).getChildNodes();
        List<Element> lines = new ArrayList<>();
        for (int i = 0; i < trs.getLength(); i++) {
            if (trs.item(i) instanceof Element e) {
                lines.add(e);
            }
        }
        assertEquals(rows.size(), lines.size());
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = new ArrayList<>();
            NodeList tds = lines.get(i).getChildNodes();
            for (int k = 0; k < tds.getLength(); k++) {
                cells.add(tds.item(k).getTextContent());
            }
            assertEquals(ComparisonText.cells(rows.get(i)), cells);
            assertTrue(byId(d, "verdicts").getTextContent().contains(rows.get(i).verdict()));
            assertTrue(byId(d, "verdicts").getTextContent().contains(ComparisonText.layout(rows.get(i))));
        }
    }

    @Test
    void aSystemThatCannotRunIsMarkedAsSuchNeverDrawnAsANormalBar() throws Exception {
        assertFalse(ComparisonText.runs(rows.get(1)));
        Document d = parse(Report.of(workload, rows).html());
        Element body = (Element) byId(d, "summary").getElementsByTagName("tbody").item(0);
        List<String> classes = elements(d, "tr").stream().filter(r -> r.getParentNode() == body)
                .map(r -> r.getAttribute("class")).toList();
        assertEquals(List.of("runs", "not-run", "runs"), classes);
        for (String chart : List.of("days", "cost", "mfu")) {
            Element svg = byId(d, chart);
            List<Element> rects = new ArrayList<>();
            NodeList r = svg.getElementsByTagName("rect");
            for (int i = 0; i < r.getLength(); i++) {
                rects.add((Element) r.item(i));
            }
            int series = chart.equals("mfu") ? 2 : 1;
            long colored = rects.stream().filter(e -> e.getAttribute("fill").equals(Palette.PRIMARY)).count();
            assertEquals(1 + 2, colored, chart + ": the legend's swatch and the two runnable rows' bars");
            long hatched = rects.stream().filter(e -> e.getAttribute("class").equals("blocked")).count();
            assertEquals(1 + series, hatched, chart + ": the legend's and the blocked row's");
            assertTrue(svg.getTextContent().contains("BLOCKED (memory wall): not a run"), chart);
        }
        assertTrue(byId(d, "glance").getTextContent().contains("Cannot run: blocked-one — blocked by the memory wall"));
    }

    /**
     * A row that misses the deadline is marked (late) in the summary table, as walls compare marks it, and the table
     * gives compare's legend for the mark; without a late row, none.
     */
    @Test
    void aLateRowIsMarkedAndTheSummaryGivesComparesLegend() throws Exception {
        double small = rows.get(0).timeToTrainDays();
        double large = rows.get(2).timeToTrainDays();
        double deadline = Math.sqrt(small * large);
        List<Comparison> timed = Rows.compare(workload, deadline, Rows.system("small", "Small " + HOSTILE, 8),
                Rows.system("large", "Large cluster", 512));
        assertEquals(List.of(false, true), timed.stream().map(Comparison::withinMaxDays).toList());
        Element summary = byId(parse(Report.of(workload, timed).html()), "summary");
        assertTrue(summary.getTextContent().contains(" (late)"), summary.getTextContent());
        String legend = ComparisonText.lateMark(timed);
        assertEquals("(late): no run of the system trains within " + dev.walls.core.output.Formats.dayCount(deadline)
                + "; the row is its fastest.", legend);
        assertEquals(1, elements(summary, "p").stream().filter(p -> p.getTextContent().equals(legend)).count(),
                summary.getTextContent());

        Element inTime = byId(parse(Report.of(workload, Rows.compare(workload, large * 2,
                Rows.system("large", "Large cluster", 512))).html()), "summary");
        assertFalse(inTime.getTextContent().contains("(late)"), inTime.getTextContent());
    }

    @Test
    void theDaysAxisIsLogarithmicExactlyWhenTheDaysSpanMoreThanTwentyTimes() throws Exception {
        double lo = rows.stream().mapToDouble(Comparison::timeToTrainDays).min().orElseThrow();
        double hi = rows.stream().mapToDouble(Comparison::timeToTrainDays).max().orElseThrow();
        assertTrue(hi / lo > Scale.LOG_ABOVE_SPAN, "8 and 512 accelerators: " + lo + " and " + hi + " days");
        Document d = parse(Report.of(workload, rows).html());
        assertTrue(byId(d, "days").getTextContent().contains("days to train (log scale: the values span"));
        List<Comparison> close = List.of(rows.get(1), rows.get(2));
        double span = close.get(0).timeToTrainDays() / close.get(1).timeToTrainDays();
        assertTrue(span <= Scale.LOG_ABOVE_SPAN, "64 and 512 accelerators: " + span);
        Document linear = parse(Report.of(workload, close).html());
        assertFalse(byId(linear, "days").getTextContent().contains("log scale"));
    }

    @Test
    void aSectionCanBeAddedBeforeTheSources() throws Exception {
        ReportSection sweep = new ReportSection() {
            @Override
            public String id() {
                return "sweep";
            }

            @Override
            public String title() {
                return "Sweep <over sizes>";
            }

            @Override
            public void render(Html html) {
                html.element("p", "days at each size & more");
            }
        };
        Report report = Report.of(workload, rows).with(sweep);
        Document d = parse(report.html());
        assertEquals(List.of("glance", "systems", "summary", "charts", "verdicts", "drivers", "sweep", "sources"),
                elements(d, "section").stream().map(e -> e.getAttribute("id")).toList());
        assertEquals("Sweep <over sizes>", byId(d, "sweep-heading").getTextContent());
        assertThrows(IllegalArgumentException.class, () -> report.with(sweep), "one section per id");
        assertThrows(IllegalArgumentException.class, () -> Report.of(workload, rows).with(new ReportSection() {
            public String id() {
                return "Bad Id";
            }

            public String title() {
                return "";
            }

            public void render(Html html) {
            }
        }));
    }

    @Test
    void aReportIsOfOneComparison() {
        assertThrows(InputException.class, () -> Report.of(workload, List.of()));
        Workload other = Rows.workload("another");
        Workload renamed = new Workload("other-id", other.name(), other.model(), other.sequenceLength(),
                other.globalBatchSequences(), other.trainingTokens(), other.provenance());
        InputException e = assertThrows(InputException.class, () -> Report.of(renamed, rows));
        assertTrue(e.getMessage().contains("report one comparison at a time"), e.getMessage());
    }
}
