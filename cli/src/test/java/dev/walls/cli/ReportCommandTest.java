package dev.walls.cli;

import static dev.walls.cli.HtmlDom.byId;
import static dev.walls.cli.HtmlDom.elements;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.core.error.InputException;
import dev.walls.core.output.Formats;
import dev.walls.core.output.Json;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code walls report}: the README's page, what it holds, and how it treats the file it is told to write. */
class ReportCommandTest {

    private static final String[] README = {"--workload", "gpt3-175b", "dojo-exapod", "gb200-nvl72:2304", "ai6-cluster:2304"};
    /** A comparison that takes a fraction of a second, for the tests of files and flags. */
    private static final String[] SMALL = {"--workload", "llama3-8b", "dgx-h100:64"};

    @TempDir
    static Path shared;
    @TempDir
    Path temp;

    private static Path readmeFile;
    private static CliRun readmeRun;
    private static String readme;

    @BeforeAll
    static void theReadmeReport() throws Exception {
        // the tests run inside the CLI's module, which reads no XML parser of its own: let it read the JDK's
        ReportCommandTest.class.getModule().addReads(ModuleLayer.boot().findModule("java.xml").orElseThrow());
        readmeFile = shared.resolve("walls-report.html");
        readmeRun = report(readmeFile, README);
        readme = Files.readString(readmeFile, StandardCharsets.UTF_8);
    }

    private static CliRun report(Path output, String[] comparison, String... more) {
        List<String> args = new ArrayList<>(List.of("report"));
        args.addAll(List.of(comparison));
        args.addAll(List.of("--output", output.toString(), "--quiet"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    /** The summary table's rows, each as its cells' text. */
    private static List<List<String>> summaryRows(Document d) {
        Element body = (Element) byId(d, "summary").getElementsByTagName("tbody").item(0);
        List<List<String>> rows = new ArrayList<>();
        NodeList trs = body.getElementsByTagName("tr");
        for (int i = 0; i < trs.getLength(); i++) {
            List<String> cells = new ArrayList<>();
            NodeList tds = trs.item(i).getChildNodes();
            for (int k = 0; k < tds.getLength(); k++) {
                cells.add(tds.item(k).getTextContent());
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void theReadmeReportIsWrittenAndSaysWhere() throws Exception {
        assertEquals(ExitCode.OK, readmeRun.exitCode(), readmeRun.err());
        long size = Files.size(readmeFile);
        assertEquals(String.format(java.util.Locale.ROOT, "wrote %s (%,d bytes): GPT-3 175B (0.300 T tokens) on 3 systems%n",
                readmeFile, size), readmeRun.out());
        assertEquals("", readmeRun.err());
        Document d = parse(readme); // well-formed: XHTML-compatible markup throughout
        assertEquals("GPT-3 175B (0.300 T tokens)", d.getElementsByTagName("h1").item(0).getTextContent());
        assertEquals(4, d.getElementsByTagName("svg").getLength());
        assertTrue(readme.contains("walls report --workload gpt3-175b dojo-exapod gb200-nvl72:2304 ai6-cluster:2304<"),
                "it says how to make it again, less where it went");
    }

    @Test
    @SuppressWarnings("unchecked")
    void itsNumbersAreTheOnesCompareWrites() throws Exception {
        List<String> args = new ArrayList<>(List.of("compare"));
        args.addAll(List.of(README));
        args.add("--quiet");
        CliRun table = CliRun.of(args.toArray(String[]::new));
        args.addAll(List.of("--format", "json"));
        List<Map<String, Object>> json = CliRun.of(args.toArray(String[]::new)).json();
        Document d = parse(readme);
        List<List<String>> rows = summaryRows(d);
        assertEquals(3, rows.size());
        String text = d.getDocumentElement().getTextContent();
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = new ArrayList<>(rows.get(i));
            Map<String, Object> row = json.get(i);
            assertEquals(Formats.percent(CliRun.number(row.get("mfuAt16BitPeak"))), cells.get(8), "MFU at 16-bit peak");
            String line = table.out().lines().filter(l -> l.startsWith(cells.get(0) + " ")).findFirst().orElseThrow();
            int at = 0;
            for (String cell : cells) {
                int found = line.indexOf(cell, at);
                assertTrue(found >= 0, "'" + cell + "' in compare's line " + line);
                at = found + cell.length();
            }
            assertTrue(text.contains((String) row.get("verdict")), "the verdict of " + row.get("system"));
            assertTrue(byId(d, "days").getTextContent().contains(Formats.days(CliRun.number(row.get("timeToTrainDays")))));
            Map<String, Object> range = (Map<String, Object>) row.get("range");
            List<Map<String, Object>> drivers = (List<Map<String, Object>>) range.get("drivers");
            for (Map<String, Object> driver : drivers) {
                assertTrue(byId(d, "drivers").getTextContent().contains((String) driver.get("input")),
                        "every input that moves the result is listed: " + driver.get("input"));
            }
            String sources = byId(d, "sources").getTextContent();
            for (Map<String, Object> driver : drivers) {
                Map<String, Object> figure = (Map<String, Object>) driver.get("figure");
                Map<String, Object> provenance = (Map<String, Object>) figure.get("provenance");
                assertTrue(sources.contains((String) provenance.get("source")) || byId(d, "drivers").getTextContent()
                        .contains((String) provenance.get("source")), "the source of " + driver.get("input"));
            }
        }
        // each line under compare's table is in the page
        for (String line : table.out().lines().filter(l -> l.startsWith("  layout ")).toList()) {
            assertTrue(text.contains(line.strip()), line);
        }
    }

    @Test
    void theExaPodWhichTheMemoryWallBlocksIsMarkedAsSuch() throws Exception {
        Document d = parse(readme);
        Element body = (Element) byId(d, "summary").getElementsByTagName("tbody").item(0);
        assertEquals("not-run", ((Element) body.getElementsByTagName("tr").item(0)).getAttribute("class"));
        assertEquals("runs", ((Element) body.getElementsByTagName("tr").item(1)).getAttribute("class"));
        for (String chart : List.of("days", "cost", "step", "mfu")) {
            assertTrue(byId(d, chart).getTextContent().contains("BLOCKED (memory, economics walls): not a run"), chart);
        }
        assertTrue(byId(d, "glance").getTextContent().contains(
                "Cannot run: dojo-exapod — blocked by the memory and economics walls"));
        // 58.1 days beside 1.1: the days chart is logarithmic and says so; the steps are each drawn to their own total
        assertTrue(byId(d, "days").getTextContent().contains("days to train (log scale: the values span 54×)"));
        assertTrue(byId(d, "step").getTextContent().contains("share of each system's own step (the steps span 54×"));
    }

    @Test
    void theSameInputsGiveTheSameBytesWhereverTheyAreWritten() throws Exception {
        Path again = temp.resolve("again.html");
        CliRun run = report(again, README);
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertArrayEquals(Files.readAllBytes(readmeFile), Files.readAllBytes(again));
    }

    @Test
    void anExistingFileIsKeptWithoutForceAndSaysSoBeforeAnyWork() throws Exception {
        Path mine = temp.resolve("mine.html");
        Files.writeString(mine, "<p>my notes</p>\n");
        CliRun run = report(mine, README);
        assertEquals(ExitCode.INPUT_ERROR, run.exitCode());
        assertEquals("walls: --output " + mine + " exists; pass --force to replace it", run.err().strip());
        assertEquals("", run.out());
        assertEquals("<p>my notes</p>\n", Files.readString(mine));
        CliRun forced = report(mine, README, "--force");
        assertEquals(ExitCode.INPUT_ERROR, forced.exitCode());
        assertEquals("walls: --output " + mine + " exists and is not a report walls wrote; --force replaces only those",
                forced.err().strip());
        assertEquals("<p>my notes</p>\n", Files.readString(mine), "--force replaces only a report walls wrote");
    }

    @Test
    void forceReplacesAReportWallsWroteKeepingItsPermissions() throws Exception {
        Path earlier = temp.resolve("earlier.html");
        Files.copy(readmeFile, earlier);
        Files.setPosixFilePermissions(earlier, PosixFilePermissions.fromString("rw-r-----"));
        CliRun run = report(earlier, SMALL, "--force");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        String html = Files.readString(earlier);
        assertTrue(html.contains("<h1>Llama 3 8B"), html.substring(0, 600));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(earlier)));
        try (var files = Files.list(temp)) {
            assertEquals(List.of(earlier), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aFileTheCommandReadsIsNeverItsOutput() throws Exception {
        Path spec = temp.resolve("cluster.yaml");
        Files.copy(Path.of("..", "examples", "h100-like-cluster.yaml"), spec);
        String before = Files.readString(spec);
        CliRun run = CliRun.of("report", "--workload", "llama3-8b", spec + ":64", "--output", spec.toString(), "--force",
                "--quiet");
        assertEquals(ExitCode.INPUT_ERROR, run.exitCode());
        assertEquals("walls: --output " + spec + " is an input of this command (" + spec + ":64); name another file for"
                + " the report", run.err().strip());
        assertEquals(before, Files.readString(spec));
    }

    @Test
    void aFolderThatIsMissingOrNotWritableIsRefusedBeforeAnyWork() throws Exception {
        Path missing = temp.resolve("missing").resolve("r.html");
        CliRun run = report(missing, README);
        assertEquals(ExitCode.INPUT_ERROR, run.exitCode());
        assertEquals("walls: --output " + missing + ": no such folder " + missing.getParent(), run.err().strip());
        CliRun folder = report(temp, README);
        assertEquals(ExitCode.INPUT_ERROR, folder.exitCode());
        assertTrue(folder.err().startsWith("walls: --output " + temp + " is a folder; name a file"), folder.err());
        Optional<Path> readOnly = unwritableFolder();
        Assumptions.assumeTrue(readOnly.isPresent(), "no folder here refuses this user's writes (root on a writable disk)");
        Path inside = readOnly.get().resolve("r.html");
        CliRun refused = report(inside, README);
        assertEquals(ExitCode.INPUT_ERROR, refused.exitCode());
        assertEquals("walls: --output " + inside + ": the folder " + readOnly.get() + " is not writable", refused.err().strip());
        assertEquals("", refused.out());
    }

    /** A folder this user cannot write to: a read-only one of its own, or a read-only mount such as /sys under root. */
    private Optional<Path> unwritableFolder() throws Exception {
        Path own = temp.resolve("read-only");
        Files.createDirectory(own);
        Files.setPosixFilePermissions(own, PosixFilePermissions.fromString("r-xr-xr-x"));
        for (Path p : List.of(own, Path.of("/sys"), Path.of("/proc/self"))) {
            if (Files.isDirectory(p) && !Files.isWritable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    @Test
    void aFileThatCannotBeWrittenAtTheEndIsAnOutputFailureAndOneThatAppearedIsKept() throws Exception {
        Path late = temp.resolve("late.html");
        ReportOutput forced = ReportOutput.check(late.toString(), true, List.of());
        Files.createDirectory(late); // the path became a folder while the comparison ran
        Files.writeString(late.resolve("inside"), "x");
        PrintWriter out = new PrintWriter(new StringWriter());
        OutputFailure failure = assertThrows(OutputFailure.class, () -> forced.write("<p>page</p>", out));
        assertTrue(failure.getMessage().startsWith("could not write the report " + late + ": "), failure.getMessage());
        Path raced = temp.resolve("raced.html");
        ReportOutput fresh = ReportOutput.check(raced.toString(), false, List.of());
        Files.writeString(raced, "someone else's");
        InputException kept = assertThrows(InputException.class, () -> fresh.write("<p>page</p>", out));
        assertEquals("--output " + raced + ": appeared while the command ran; kept it (pass --force to replace a report"
                + " walls wrote)", kept.getMessage());
        assertEquals("someone else's", Files.readString(raced));
    }

    @Test
    void aDashWritesThePageToStandardOutput() {
        CliRun run = CliRun.of("report", "--workload", "llama3-8b", "dgx-h100:64", "--output", "-", "--quiet");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("<!DOCTYPE html>\n"), run.out().substring(0, 40));
        assertTrue(run.out().endsWith("</html>\n"));
        assertFalse(run.out().contains("wrote "));
    }

    @Test
    void badInputIsRefusedWithOneLineAndNoFile() {
        Path file = temp.resolve("r.html");
        List<String[]> bad = List.of(
                new String[] {"report", "--workload", "llama3-8b", "dgx-h100:64", "--output", file.toString(), "--format", "json"},
                new String[] {"report", "--workload", "llama3-8b", "dgx-h1000", "--output", file.toString()},
                new String[] {"report", "--workload", "llama3-8b", "dgx-h100", "--budget", "USD 1M", "--power", "1 MW",
                        "--output", file.toString()},
                new String[] {"report", "--workload", "llama3-8b", "dgx-h100:64"},
                new String[] {"report", "--workload", "llama3-8b", "dgx-h100:64", "--output", ""});
        for (String[] args : bad) {
            CliRun run = CliRun.of(args);
            assertEquals(ExitCode.INPUT_ERROR, run.exitCode(), String.join(" ", args) + ": " + run.err());
            assertTrue(run.err().startsWith("walls: "), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
            assertFalse(Files.exists(file), String.join(" ", args));
        }
        assertTrue(CliRun.of(bad.get(0)).err().startsWith("walls: Unknown option: '--format'"),
                CliRun.of(bad.get(0)).err());
    }

    @Test
    void whenNoSystemCanRunThePageIsWrittenAndTheAnswerIsNo() throws Exception {
        Path file = temp.resolve("exapod.html");
        CliRun run = report(file, new String[] {"--workload", "gpt3-175b", "dojo-exapod"});
        assertEquals(ExitCode.NOT_MET, run.exitCode(), run.err());
        assertEquals("walls: dojo-exapod cannot run gpt3-175b; the report says why", run.err().strip());
        Document d = parse(Files.readString(file));
        assertTrue(byId(d, "glance").getTextContent().contains("None of the 1 systems can run this workload"));
    }

    /** The answer is compare's, limits included: a budget that buys no system is a no, with the page written. */
    @Test
    void aBudgetThatSizesNoSystemIsANoAsInCompare() throws Exception {
        String[] args = {"--workload", "llama3-8b", "dgx-h100:64", "--budget", "USD 1000"};
        Path file = temp.resolve("budget.html");
        CliRun run = report(file, args);
        CliRun compared = CliRun.of("compare", "--workload", "llama3-8b", "dgx-h100:64", "--budget", "USD 1000",
                "--quiet");
        assertEquals(ExitCode.NOT_MET, compared.exitCode(), compared.err());
        assertEquals(ExitCode.NOT_MET, run.exitCode(), run.err());
        assertEquals(compared.err(), run.err());
        assertTrue(run.err().startsWith("walls: dgx-h100 cannot be sized within the capital budget of $1.0k: "),
                run.err());
        assertTrue(Files.exists(file));
    }

    /** The summary's sizing marks get compare's legend, without compare's pointer to a line the page has not. */
    @Test
    void aCappedSystemsMarkIsExplainedUnderTheSummary() throws Exception {
        Path file = temp.resolve("capped.html");
        CliRun run = report(file, new String[] {"--workload", "llama3-8b", "--budget", "USD 2B", "dgx-h100"});
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Element summary = byId(parse(Files.readString(file)), "summary");
        assertTrue(summary.getTextContent().contains(" (capped)"), summary.getTextContent());
        assertTrue(elements(summary, "p").stream().anyMatch(p -> p.getTextContent().equals("(capped): sized to the"
                + " system's largest size, short of what the target would take.")), summary.getTextContent());
        assertFalse(summary.getTextContent().contains("line under the row"));
    }

    @Test
    void aSpecsNamesAreShownNeverRun() throws Exception {
        String example = Files.readString(Path.of("..", "examples", "h100-like-cluster.yaml"));
        String hostile = example
                .replaceFirst("(?m)^name: .*$", "name: \"<script>alert('x')</script> & \\\\\"Co\\\\\" <b>\"")
                .replaceFirst("(?m)^description: .*$", "description: \"</p><img src=x onerror=alert(1)>\"")
                .replaceFirst("(?m)^  name: H100-class$", "  name: \"H100 <i>&amp;</i>\"");
        assertTrue(hostile.contains("<script>") && hostile.contains("<img") && hostile.contains("<i>"), hostile);
        Path spec = temp.resolve("hostile.yaml");
        Files.writeString(spec, hostile);
        Path file = temp.resolve("hostile.html");
        CliRun run = report(file, new String[] {"--workload", "llama3-8b", spec + ":64"});
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        String html = Files.readString(file);
        for (String markup : List.of("<script", "<img", "<i>", "<b>", "</p><")) {
            assertFalse(html.contains(markup), markup);
        }
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot; &lt;b&gt;"), html);
        assertTrue(html.contains("H100 &lt;i&gt;&amp;amp;&lt;/i&gt;"));
        Document d = parse(html);
        assertTrue(d.getDocumentElement().getTextContent().contains("<script>alert('x')</script> & \"Co\" <b>"),
                "the name reads as it was written");
    }

    @Test
    void theJsonOfCompareIsUnchangedByTheReportsSources() {
        // a row carries the system's description for the report; compare's JSON leaves it to `walls describe`
        String json = CliRun.of("compare", "--workload", "llama3-8b", "dgx-h100:64", "--format", "json", "--quiet").out();
        @SuppressWarnings("unchecked")
        Map<String, Object> row = ((List<Map<String, Object>>) Json.read(json)).get(0);
        assertFalse(row.containsKey("description"), row.keySet().toString());
    }
}
