package dev.walls.cli;

import static dev.walls.cli.HtmlDom.byId;
import static dev.walls.cli.HtmlDom.cells;
import static dev.walls.cli.HtmlDom.elements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.core.TrainingJob;
import dev.walls.core.Walls;
import dev.walls.core.error.InputException;
import dev.walls.core.sweep.Sizes;
import dev.walls.core.sweep.Sweep;
import dev.walls.core.sweep.SweepText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** {@code walls report --sweep}: "How it scales", from the sweep {@code walls sweep} prints for the same inputs. */
class ReportSweepTest {

    /** Llama 3 405B on H100s and GB200s: every size runs but 7,680, which no layout uses exactly. */
    private static final String SIZES = "1536..9216+1536";

    @TempDir
    Path temp;

    @BeforeAll
    static void readXml() {
        // the tests run inside the CLI's module, which reads no XML parser of its own: let it read the JDK's
        ReportSweepTest.class.getModule().addReads(ModuleLayer.boot().findModule("java.xml").orElseThrow());
    }

    private static CliRun toStdout(String... args) {
        List<String> all = new ArrayList<>(List.of("report"));
        all.addAll(List.of(args));
        all.addAll(List.of("--output", "-", "--quiet"));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void theSectionIsThereOnlyWithSweep() throws Exception {
        CliRun without = toStdout("--workload", "llama3-8b", "dgx-h100:64");
        assertEquals(ExitCode.OK, without.exitCode(), without.err());
        assertFalse(without.out().contains("id=\"scaling\""));
        assertFalse(without.out().contains("How it scales"));

        CliRun with = toStdout("--workload", "llama3-8b", "dgx-h100:64", "--sweep", "32,64");
        assertEquals(ExitCode.OK, with.exitCode(), with.err());
        assertEquals("", with.err(), "every point runs: nothing to say");
        Document d = ReportCommandTest.parse(with.out());
        assertEquals("How it scales", byId(d, "scaling-heading").getTextContent());
        assertEquals(6, elements(d, "svg").size());
        assertTrue(with.out().contains("<code>walls report --workload llama3-8b dgx-h100:64 --sweep 32,64</code>"),
                "the page says how to make it again, --sweep included");
    }

    @Test
    void itsNumbersAreTheOnesSweepWrites() throws Exception {
        CliRun table = CliRun.of("sweep", "--workload", "llama3-405b", "dgx-h100", "gb200-nvl72", "--accelerators", SIZES,
                "--quiet");
        assertEquals(ExitCode.OK, table.exitCode(), table.err());
        CliRun report = toStdout("--workload", "llama3-405b", "dgx-h100:9216", "gb200-nvl72:9216", "--sweep", SIZES);
        assertEquals(ExitCode.OK, report.exitCode(), report.err());
        assertEquals("walls: 2 of 12 points of the sweep cannot run on exactly their size (2 no-layout); the report's"
                + " \"How it scales\" says why", report.err().strip(), "stderr counts the missing points, as sweep does");

        // the sweep's table, as it prints it: a group per system, a row per size, columns two spaces apart
        List<List<String>> printed = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        boolean rows = false;
        for (String line : table.out().split("\n")) {
            if (line.startsWith("----")) {
                rows = true;
            } else if (line.isBlank() || line.startsWith("- ")) {
                rows = false;
                if (line.startsWith("- ")) {
                    reasons.add(line.substring(2));
                }
            } else if (rows) {
                printed.add(Arrays.asList(line.strip().split(" {2,}")));
            }
        }
        assertEquals(12, printed.size(), table.out());

        Document d = ReportCommandTest.parse(report.out());
        List<Element> tables = elements(byId(d, "scaling"), "table");
        assertEquals(2 + 2, tables.size());
        List<List<String>> shown = new ArrayList<>();
        for (Element t : tables.subList(2, 4)) {
            for (Element tr : elements(elements(t, "tbody").get(0), "tr")) {
                shown.add(cells(tr));
            }
        }
        // every column of the sweep's table: step, capital, power and tokens/s too
        for (int i = 0; i < printed.size(); i++) {
            assertEquals(13, printed.get(i).size(), printed.get(i).toString());
            assertEquals(printed.get(i), shown.get(i), "point " + i);
        }
        String section = byId(d, "scaling").getTextContent();
        for (String reason : reasons) {
            assertTrue(section.contains(reason), reason);
        }
        // the charts' values tables say what the sweep's days and cost columns say, a system to a row
        List<Element> days = elements(elements(tables.get(0), "tbody").get(0), "tr");
        List<Element> cost = elements(elements(tables.get(1), "tbody").get(0), "tr");
        for (int s = 0; s < 2; s++) {
            List<String> dayCells = cells(days.get(s));
            List<String> costCells = cells(cost.get(s));
            for (int k = 0; k < 6; k++) {
                List<String> row = printed.get(s * 6 + k);
                boolean runs = row.get(2).equals("runs");
                assertEquals(runs ? row.get(4) : row.get(2), dayCells.get(k + 1));
                assertEquals(runs ? row.get(5) : row.get(2), costCells.get(k + 1));
            }
        }
        // and each chart marks as many points as run, and crosses out the rest
        for (String id : List.of("scaling-days", "scaling-cost")) {
            List<Element> all = elements(byId(d, id), "*");
            assertEquals(10, all.stream().filter(e -> e.getAttribute("class").equals("marker")).count(), id);
            assertEquals(2, all.stream().filter(e -> e.getAttribute("class").equals("gap")).count(), id);
            assertEquals(2, all.stream().filter(e -> e.getAttribute("class").equals("line")).count(),
                    id + ": a stroke per system up to 6,144; broken at 7,680, 9,216 is a marker alone");
        }
    }

    @Test
    void theSweepFollowsTheReportsObjective() {
        CliRun run = toStdout("--workload", "llama3-8b", "dgx-h100:64", "--sweep", "32,64", "--objective", "cost");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("Each system searched for its best layout, by cost, on exactly each of 32 and 64"
                + " accelerators"), run.out());
    }

    /**
     * The report's sweep keeps to the report's deadline, as {@code walls sweep --max-days} does: Llama 3 70B on 64 and
     * 128 H100s takes about 1,627 and 817 days, so 30 days leaves both late, each marked in the section's table with
     * its legend; the summary marks the compared system late too, with compare's legend, and the exit code is
     * compare's (3). (This page was once refused, exit 2, with a message about a Java method.)
     */
    @Test
    void aDeadlineMarksTheLatePointsAndTheLateRowsWithTheirLegends() throws Exception {
        CliRun run = toStdout("--workload", "llama3-70b", "dgx-h100:256", "--max-days", "30", "--sweep", "64,128");
        // the comparison's answer is compare's: no system meets the deadline
        assertEquals(ExitCode.NOT_MET, run.exitCode(), run.err());
        assertEquals("walls: 2 of 2 points of the sweep that run miss the 30-day deadline (marked late); the report's"
                + " \"How it scales\" marks them\nwalls: no system trains Llama 3 70B within 30 days; each row is the"
                + " system's fastest run", run.err().strip());
        Document d = ReportCommandTest.parse(run.out());

        Element scaling = byId(d, "scaling");
        List<Element> tables = elements(scaling, "table");
        Sweep sweep = TestWalls.create().train("llama3-70b").maxDays(30).sweep(Sizes.of(64, 128), "dgx-h100");
        List<Element> rows = elements(elements(tables.get(2), "tbody").get(0), "tr");
        for (int i = 0; i < 2; i++) {
            assertEquals(SweepText.cells(sweep.points().get(i)), cells(rows.get(i)), "as walls sweep prints it");
            assertTrue(cells(rows.get(i)).get(4).endsWith(" (late)"), cells(rows.get(i)).toString());
        }
        assertTrue(scaling.getTextContent().contains("(late): no run of the system at that size trains within 30 days;"
                + " the point is its fastest there."), scaling.getTextContent());

        // the charts say it too: the comparison's bar label and caption, the sweep's values table and caption
        assertTrue(byId(d, "days").getTextContent().contains(" days (late)"), byId(d, "days").getTextContent());
        assertTrue(d.getDocumentElement().getTextContent().contains("A system marked (late) has no run within the"
                + " 30-day deadline; its bar is its fastest."));
        List<String> dayValues = cells(elements(elements(tables.get(0), "tbody").get(0), "tr").get(0));
        assertTrue(dayValues.subList(1, dayValues.size()).stream().allMatch(v -> v.endsWith(" (late)")),
                dayValues.toString());
        assertTrue(scaling.getTextContent().contains("a point marked (late) in the chart's values misses the 30-day"
                + " deadline."), scaling.getTextContent());

        Element summary = byId(d, "summary");
        assertTrue(summary.getTextContent().contains(" (late)"), summary.getTextContent());
        assertTrue(elements(summary, "p").stream().anyMatch(p -> p.getTextContent()
                .equals("(late): no run of the system trains within 30 days; the row is its fastest.")),
                summary.getTextContent());

        // within 1,000 days only 64 is late, and the summary's row, 256 at about 412 days, keeps to it: no legend
        CliRun partly = toStdout("--workload", "llama3-70b", "dgx-h100:256", "--max-days", "1000", "--sweep", "64,128");
        assertEquals(ExitCode.OK, partly.exitCode(), partly.err());
        assertEquals("walls: 1 of 2 points of the sweep that run miss the 1000-day deadline (marked late); the report's"
                + " \"How it scales\" marks them", partly.err().strip());
        Document p = ReportCommandTest.parse(partly.out());
        assertFalse(byId(p, "summary").getTextContent().contains("(late)"));
        assertFalse(byId(p, "days").getTextContent().contains("(late)"));
        List<Element> pointRows = elements(elements(elements(byId(p, "scaling"), "table").get(2), "tbody").get(0), "tr");
        assertTrue(cells(pointRows.get(0)).get(4).endsWith(" (late)"));
        assertFalse(cells(pointRows.get(1)).get(4).contains("(late)"));
    }

    @Test
    void badSizesAreRefusedWithOneMessageBeforeAnyWorkAndNoFile() {
        Path file = temp.resolve("r.html");
        List<String> bad = List.of("1024..512", "", "abc", "1,024", "0,8", "64,64", "16..32768", "1..8");
        for (String sizes : bad) {
            CliRun run = CliRun.of("report", "--workload", "llama3-8b", "dgx-h100:64", "--sweep", sizes, "--output",
                    file.toString(), "--quiet");
            assertEquals(ExitCode.INPUT_ERROR, run.exitCode(), sizes + ": " + run.err());
            assertTrue(run.err().startsWith("walls: --sweep"), sizes + ": " + run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertFalse(run.err().contains("Exception") || run.err().contains("--accelerators"), run.err());
            assertFalse(Files.exists(file), sizes);
            assertEquals("", run.out(), "refused before the comparison: nothing written");
        }
        assertEquals("walls: --sweep '1024..512': the range '1024..512' runs backwards; write it from the smaller size,"
                + " 512..1024", CliRun.of("report", "--workload", "llama3-8b", "dgx-h100:64", "--sweep", "1024..512",
                "--output", file.toString()).err().strip());
        assertTrue(CliRun.of("report", "--workload", "llama3-8b", "dgx-h100:64", "--sweep", "16..32768", "--output",
                file.toString()).err().startsWith("walls: --sweep: 32768 is above the largest size of dgx-h100"));
    }

    @Test
    void aSweepWithPointsThatCannotRunLeavesTheExitCodeToTheComparison() throws Exception {
        Path file = temp.resolve("none.html");
        CliRun none = CliRun.of("report", "--workload", "llama3-8b", "dgx-h100:64", "--sweep", "72,144", "--output",
                file.toString(), "--quiet");
        assertEquals(ExitCode.OK, none.exitCode(), "the comparison runs: " + none.err());
        assertEquals("walls: no point of the sweep can run llama3-8b; the report's \"How it scales\" says why",
                none.err().strip());
        Document d = ReportCommandTest.parse(Files.readString(file));
        String section = byId(d, "scaling").getTextContent();
        assertTrue(section.contains("0 of 2 points run on exactly their size; 2 cannot run"), section);
        assertEquals(0, elements(byId(d, "scaling-days"), "*").stream()
                .filter(e -> e.getAttribute("class").equals("marker")).count());

        CliRun partial = toStdout("--workload", "llama3-8b", "dgx-h100:64", "--sweep", "64,72");
        assertEquals(ExitCode.OK, partial.exitCode(), partial.err());
        assertEquals("walls: 1 of 2 points of the sweep cannot run on exactly their size (1 no-layout); the report's"
                + " \"How it scales\" says why", partial.err().strip());
    }

    @Test
    @ResourceLock(Resources.LOCALE) // it sets the default locale, which tests run in parallel would share
    void theSameInputsGiveTheSameBytes() {
        String[] args = {"--workload", "llama3-8b", "dgx-h100:64", "gb200-nvl72:72", "--sweep", "128..512"};
        CliRun first = toStdout(args);
        assertEquals(ExitCode.OK, first.exitCode(), first.err());
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals(first.out(), toStdout(args).out());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aSystemComparedAtTwoSizesIsSweptOnce() throws Exception {
        CliRun run = toStdout("--workload", "llama3-8b", "dgx-h100:64", "dgx-h100:128", "--sweep", "32,64");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Document d = ReportCommandTest.parse(run.out());
        assertEquals(1, elements(byId(d, "scaling"), "caption").stream()
                .filter(c -> c.getTextContent().startsWith("dgx-h100")).count(), "one table of dgx-h100's points");
        assertEquals(2 + 1, elements(byId(d, "scaling"), "table").size(), "after the two charts' values");
        assertEquals(2, elements(byId(d, "scaling-days"), "*").stream()
                .filter(e -> e.getAttribute("class").equals("marker")).count(), "one line of two points");
    }

    @Test
    void aSpecsNamesAreShownNeverRun() throws Exception {
        String example = Files.readString(Path.of("..", "examples", "h100-like-cluster.yaml"));
        String hostile = example.replaceFirst("(?m)^name: .*$", "name: \"<script>alert('x')</script> & <b>\"");
        Path spec = temp.resolve("hostile.yaml");
        Files.writeString(spec, hostile);
        CliRun run = toStdout("--workload", "llama3-8b", spec + ":64", "--sweep", "32,64");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertFalse(run.out().contains("<script") || run.out().contains("<b>"));
        assertTrue(run.out().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;</caption>"));
    }

    @Test
    void theReadmesJavaExampleRuns() throws Exception {
        Walls walls = TestWalls.create();
        Path scaling = temp.resolve("scaling.html");
        // as the README's Java API block writes it
        TrainingJob llama = walls.train("llama3-405b");
        llama.report("dgx-h100:9216", "gb200-nvl72:9216")
                .withSweep(llama.sweep(Sizes.parse("1152..9216"), "dgx-h100", "gb200-nvl72")).writeTo(scaling);
        Document d = ReportCommandTest.parse(Files.readString(scaling));
        assertTrue(byId(d, "scaling").getTextContent().contains("8 of 8 points run on exactly their size."));
    }

    @Test
    void theJavaApiWritesTheSamePage() {
        Walls walls = TestWalls.create();
        TrainingJob job = walls.train("llama3-8b");
        Sweep sweep = job.sweep(Sizes.parse("32,64"), "dgx-h100");
        String html = job.report("dgx-h100:64").withCommand("walls report --workload llama3-8b dgx-h100:64 --sweep 32,64")
                .withSweep(sweep).html();
        CliRun run = toStdout("--workload", "llama3-8b", "dgx-h100:64", "--sweep", "32,64");
        assertEquals(run.out(), html);
        InputException e = assertThrows(InputException.class,
                () -> job.checkSweep(Sizes.parse("16..32768"), "dgx-h100"));
        assertTrue(e.getMessage().startsWith("--accelerators: 32768 is above the largest size of dgx-h100"), e.getMessage());
        assertThrows(InputException.class, () -> walls.train("llama3-70b").report("dgx-h100:64").withSweep(sweep),
                "a sweep of another workload");
    }
}
