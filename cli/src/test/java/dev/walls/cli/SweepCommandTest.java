package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.core.Walls;
import dev.walls.core.search.Objective;
import dev.walls.core.sweep.Sizes;
import dev.walls.core.sweep.Sweep;
import dev.walls.core.sweep.SweepOptions;
import dev.walls.core.sweep.SweepPoint;
import dev.walls.core.sweep.Variation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code walls sweep} on the command line: its formats, its exit codes and its refusals. */
class SweepCommandTest {

    private static final Path ROOT = Path.of(System.getProperty("walls.repoRoot", ".."));

    /** The fields every point has, under compare's names where the concept is the same. */
    private static final List<String> POINT_FIELDS = List.of("system", "name", "requestedAccelerators", "accelerators",
            "varyValue", "status", "reason", "timeToTrainDays", "costUsd", "capexUsd", "powerWatts", "mfu",
            "mfuAt16BitPeak", "stepTimeSeconds", "tokensPerSecond", "fits", "strategy", "bindingWall", "walls", "range",
            "runs", "withinMaxDays");

    @Test
    @SuppressWarnings("unchecked")
    void jsonHasOnePointPerSystemAndSizeUnderCompareNames() {
        CliRun run = CliRun.of("sweep", "--workload", "llama3-8b", "dgx-h100", "gb200-nvl72", "--accelerators", "128..512",
                "--format", "json", "--quiet");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals("", run.err(), "every point runs: nothing to say on stderr");
        Map<String, Object> sweep = run.json();
        assertEquals(List.of("workload", "workloadName", "objective", "sizes", "systems", "vary", "varyValues", "points",
                "maxDays"), List.copyOf(sweep.keySet()));
        assertNull(sweep.get("maxDays"), "no deadline");
        assertEquals("llama3-8b", sweep.get("workload"));
        assertEquals(List.of(128, 256, 512), sweep.get("sizes"));
        List<Map<String, Object>> points = (List<Map<String, Object>>) sweep.get("points");
        assertEquals(6, points.size());
        int i = 0;
        for (String system : List.of("dgx-h100", "gb200-nvl72")) {
            for (int size : List.of(128, 256, 512)) {
                Map<String, Object> p = points.get(i++);
                assertEquals(POINT_FIELDS, List.copyOf(p.keySet()));
                assertEquals(system, p.get("system"));
                assertEquals(size, p.get("requestedAccelerators"));
                assertEquals(size, p.get("accelerators"));
                assertEquals("runs", p.get("status"));
                assertEquals(true, p.get("runs"));
                assertNull(p.get("reason"));
                assertNull(p.get("range"), "no ranges unless asked");
                assertEquals(true, p.get("withinMaxDays"), "no deadline to miss");
                assertEquals(List.of("tp", "pp", "dp", "cp", "vpp", "microbatch", "recompute", "sequenceParallel",
                        "zeroStage", "precision"), List.copyOf(((Map<String, Object>) p.get("strategy")).keySet()));
                assertEquals(List.of("memory", "interconnect", "packaging", "software", "economics"),
                        List.copyOf(((Map<String, Object>) p.get("walls")).keySet()));
                assertTrue(CliRun.number(p.get("stepTimeSeconds")) > 0 && CliRun.number(p.get("tokensPerSecond")) > 0);
            }
        }
    }

    @Test
    void jsonAndCsvAreByteIdenticalRunToRun() {
        String[] args = {"sweep", "--workload", "llama3-405b", "dgx-h100", "--accelerators", "1000,1024,1152", "--quiet"};
        for (String format : List.of("json", "csv", "table")) {
            CliRun first = CliRun.of(concat(args, "--format", format));
            CliRun second = CliRun.of(concat(args, "--format", format));
            assertEquals(ExitCode.OK, first.exitCode(), first.err());
            assertEquals(first.out(), second.out(), format);
            assertEquals(first.err(), second.err(), format);
        }
    }

    /** The readable kernel is the oracle: sweeping with it gives the same points, byte for byte. */
    @Test
    void theReferenceKernelSweepsToTheSamePoints() {
        String[] args = {"sweep", "--workload", "llama3-8b", "dgx-h100", "--accelerators", "128,256", "--format", "json",
                "--quiet", "--kernel"};
        CliRun fast = CliRun.of(concat(args, "fast"));
        assertEquals(ExitCode.OK, fast.exitCode(), fast.err());
        assertEquals(fast.out(), CliRun.of(concat(args, "reference")).out());
    }

    @Test
    void csvHasAHeaderAndOneRowPerPointWithAMissingPointLeftEmpty() {
        CliRun run = CliRun.of("sweep", "--workload", "llama3-405b", "dgx-h100", "--accelerators", "1000,1024", "--format",
                "csv", "--quiet");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.out());
        assertEquals("system,requestedAccelerators,accelerators,status,runs,timeToTrainDays,costUsd,capexUsd,powerWatts,"
                + "mfu,mfuAt16BitPeak,stepTimeSeconds,tokensPerSecond,fits,strategy,bindingWall,memory,interconnect,"
                + "packaging,software,economics,reason,maxDays,withinMaxDays", lines.get(0));
        assertTrue(lines.get(1).startsWith("dgx-h100,1000,,no-layout,false,,,,,,,,,false,,,,,,,,\"no layout uses exactly"
                + " this many accelerators: "), lines.get(1));
        assertTrue(lines.get(2).startsWith("dgx-h100,1024,1024,runs,true,"), lines.get(2));
        assertTrue(lines.get(2).endsWith(",software,STRAINED,OK,OK,STRAINED,STRAINED,,,true"), "no reason for a point"
                + " that runs, no deadline: " + lines.get(2));
    }

    @Test
    void rangesAndAVariedAssumptionAddTheirColumns() {
        CliRun run = CliRun.of("sweep", "--workload", "llama3-8b", "dgx-h100", "--accelerators", "8", "--ranges",
                "--vary", "economics.operating.pue=1.5,1.1", "--format", "csv", "--quiet");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("system,requestedAccelerators,accelerators,vary,varyValue,status,"), lines.get(0));
        assertTrue(lines.get(0).endsWith(",economics,timeLowDays,timeHighDays,costLowUsd,costHighUsd,topRangeDriver,reason,"
                + "maxDays,withinMaxDays"), lines.get(0));
        assertTrue(lines.get(1).startsWith("dgx-h100,8,8,economics.operating.pue,1.5,runs,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("dgx-h100,8,8,economics.operating.pue,1.1,runs,"), lines.get(2));

        CliRun table = CliRun.of("sweep", "--workload", "llama3-8b", "dgx-h100", "--accelerators", "8", "--ranges",
                "--vary", "economics.operating.pue=1.5,1.1", "--quiet");
        assertTrue(table.out().contains("\ndgx-h100 — NVIDIA DGX H100 cluster, economics.operating.pue = 1.5\n"), table.out());
        assertTrue(table.out().contains("\ndgx-h100 — NVIDIA DGX H100 cluster, economics.operating.pue = 1.1\n"), table.out());
        assertTrue(table.out().matches("(?s).*\n   8     8  runs .* \\(\\$[0-9.]+[kM]?–\\$[0-9.]+[kM]?\\) .*"),
                "the run cost with its range: " + table.out());
    }

    @Test
    void theTableIsGroupedBySystemWithUnitsInItsHeader() {
        CliRun run = CliRun.of("sweep", "--workload", "llama3-8b", "dgx-h100", "dojo-exapod", "--accelerators", "64,256",
                "--quiet");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("Llama 3 8B (15.6 T tokens): the best layout on each size, by time\n\n"
                + "dgx-h100 — NVIDIA DGX H100 cluster\nsize  used  status  step (s)  days to train  run cost (USD)  "
                + "capital (USD)  power (MW)  tokens/s"), out);
        assertTrue(out.contains("\ndojo-exapod — Tesla Dojo ExaPOD\n"), out);
        assertTrue(out.contains("\n  64    64  DOES NOT FIT "), out);
        assertTrue(out.contains("\n 256   256  BLOCKED "), out);
        assertTrue(out.contains("\n- 64: no layout of exactly this size fits memory; the closest: "), out);
        assertTrue(out.contains("\n- 256: the economics wall blocks the best layout of exactly this size: "), out);
        assertTrue(out.endsWith("\n2 of 4 points run on exactly their size; 2 cannot run and are missing from the curve"
                + " (their status and reason are above).\n"), out);
        // a partial curve is an answer (exit 0), and stderr says how much of it is missing
        assertEquals("walls: 2 of 4 points cannot run on exactly their size (1 blocked, 1 does-not-fit); each point's"
                + " status and reason say why\n", run.err());
    }

    /** One point, or one missing, is counted in the singular. */
    @Test
    void onePointIsCountedInTheSingular() {
        CliRun run = CliRun.of("sweep", "--workload", "llama3-405b", "dgx-h100", "--accelerators", "1000", "--quiet");
        assertEquals(ExitCode.NOT_MET, run.exitCode(), run.err());
        assertTrue(run.out().endsWith("\n0 of 1 point runs on exactly its size; 1 cannot run and is missing from the"
                + " curve (its status and reason are above).\n"), run.out());
        CliRun two = CliRun.of("sweep", "--workload", "llama3-405b", "dgx-h100", "--accelerators", "1000,1024",
                "--quiet");
        assertTrue(two.out().endsWith("\n1 of 2 points run on exactly their size; 1 cannot run and is missing from the"
                + " curve (its status and reason are above).\n"), two.out());
    }

    @Test
    void aSizeWithNoLayoutIsSaidOnceForEveryPointItHoldsFor() {
        CliRun run = CliRun.of("sweep", "--workload", "llama3-405b", "dgx-h100", "--accelerators", "1000,1024,1500",
                "--quiet");
        assertTrue(run.out().contains("\n1000     -  NO LAYOUT "), run.out());
        assertTrue(run.out().contains("\n- 1000, 1500: no layout uses exactly this many accelerators: tp·pp·cp·dp must make"
                + " the count, with tp dividing the 128 heads and 8 key/value heads, pp one of the depths that hold the"
                + " 126 layers in uneven stages (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 18, 21, 26, 32, 42, 63,"
                + " 126), cp a power of two, dp the global batch of 2048 sequences"), run.out());
        CliRun fewer = CliRun.of("sweep", "--workload", "llama3-405b", "dgx-h100", "--accelerators", "1000,1024",
                "--allow-fewer", "--quiet");
        assertEquals("", fewer.err(), "every point runs, one on fewer: " + fewer.err());
        assertTrue(fewer.out().contains("\n1000   896  FEWER "), fewer.out());
        assertTrue(fewer.out().contains("; the best layout that runs on fewer uses 896 of the 1000 accelerators\n"),
                fewer.out());
        assertTrue(fewer.out().endsWith("\n1 of 2 points run on exactly their size, 1 on fewer (marked FEWER).\n"),
                fewer.out());
    }

    @Test
    void noPointThatCanRunIsANo() {
        CliRun run = CliRun.of("sweep", "--workload", "gpt3-175b", "dojo-exapod", "--accelerators", "1152,2304,3000",
                "--format", "json", "--quiet");
        assertEquals(ExitCode.NOT_MET, run.exitCode(), run.err());
        assertEquals("walls: no point of the sweep can run gpt3-175b; each point's status and reason say why\n", run.err());
        Map<String, Object> sweep = run.json();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> points = (List<Map<String, Object>>) sweep.get("points");
        assertEquals(List.of("does-not-fit", "does-not-fit", "no-layout"), points.stream().map(p -> p.get("status")).toList());
    }

    /**
     * Llama 3 70B on 64, 128 and 256 H100s takes about 1,627, 817 and 412 days: within 1,000 days, 64 is late. Its
     * point keeps its fastest run and its status, and every format marks it; the others keep to the deadline.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aPointThatMissesTheDeadlineIsMarkedInEveryFormat() {
        String[] args = {"sweep", "--workload", "llama3-70b", "dgx-h100", "--accelerators", "64..256", "--max-days",
                "1000", "--quiet"};
        CliRun table = CliRun.of(args);
        assertEquals(ExitCode.OK, table.exitCode(), "a curve partly late is still an answer: " + table.err());
        assertEquals("walls: 1 of 3 points that run miss the 1000-day deadline (marked late); each is the fastest run at"
                + " its size\n", table.err());
        String out = table.out();
        assertTrue(out.startsWith("Llama 3 70B (15.6 T tokens): the best layout on each size, by time, within 1000"
                + " days\n"), out);
        List<String> rows = out.lines().filter(l -> l.matches(" *\\d+ +\\d+ +runs .*")).toList();
        assertEquals(3, rows.size(), out);
        assertTrue(rows.get(0).matches("  64    64  runs +[0-9.]+ +1,[0-9]{3}\\.[0-9] \\(late\\) .*"), rows.get(0));
        assertFalse(rows.get(1).contains("(late)") || rows.get(2).contains("(late)"), out);
        assertTrue(out.contains("\n(late): no run of the system at that size trains within 1000 days; the point is its"
                + " fastest there.\n"), out);
        assertEquals(1, out.lines().filter(l -> l.startsWith("(late)")).count(), "the legend once, under the table");

        Map<String, Object> json = CliRun.of(concat(args, "--format", "json")).json();
        assertEquals(1000.0, CliRun.number(json.get("maxDays")));
        List<Map<String, Object>> points = (List<Map<String, Object>>) json.get("points");
        assertEquals(List.of(false, true, true), points.stream().map(p -> p.get("withinMaxDays")).toList());
        assertEquals(List.of("runs", "runs", "runs"), points.stream().map(p -> p.get("status")).toList(),
                "a late point's status stays");
        assertTrue(CliRun.number(points.get(0).get("timeToTrainDays")) > 1000);
        assertTrue(CliRun.number(points.get(1).get("timeToTrainDays")) <= 1000);

        List<String> csv = CliRun.of(concat(args, "--format", "csv")).out().lines().toList();
        assertTrue(csv.get(0).endsWith(",economics,reason,maxDays,withinMaxDays"), "appended: " + csv.get(0));
        assertTrue(csv.get(1).startsWith("dgx-h100,64,64,runs,true,") && csv.get(1).endsWith(",,1000,false"), csv.get(1));
        assertTrue(csv.get(2).endsWith(",,1000,true") && csv.get(3).endsWith(",,1000,true"), csv.toString());
    }

    /** When points run but none within the deadline, the answer is a no, as a comparison no system meets is. */
    @Test
    void noPointThatRunsWithinTheDeadlineIsANo() {
        CliRun run = CliRun.of("sweep", "--workload", "llama3-70b", "dgx-h100", "--accelerators", "16,64,128",
                "--max-days", "100", "--quiet");
        assertEquals(ExitCode.NOT_MET, run.exitCode(), run.err());
        assertEquals("walls: 1 of 3 points cannot run on exactly their size (1 blocked); each point's status and reason"
                + " say why\nwalls: no point of the sweep trains Llama 3 70B within 100 days; each point that runs is the"
                + " fastest run at its size\n", run.err());
        assertTrue(run.out().contains("\n  16    16  BLOCKED "), "a point that cannot run is not marked late: "
                + run.out());
        assertFalse(run.out().lines().filter(l -> l.startsWith("  16 ")).findFirst().orElseThrow().contains("(late)"));
        assertEquals(2, run.out().lines().filter(l -> l.contains(" (late) ")).count(), run.out());
    }

    /** --max-days is checked where search and compare check it: the same message, exit 2, nothing swept. */
    @ParameterizedTest
    @CsvSource({"0", "-1", "NaN", "Infinity", "abc"})
    void aDeadlineIsCheckedAsCompareChecksIt(String days) {
        CliRun swept = CliRun.of("sweep", "--workload", "llama3-8b", "dgx-h100", "--accelerators", "8", "--max-days",
                days, "--quiet");
        assertEquals(ExitCode.INPUT_ERROR, swept.exitCode(), swept.err());
        assertEquals("", swept.out());
        String first = swept.err().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith(days.equals("abc") ? "walls: Invalid value for option '--max-days': 'abc' is not a"
                : "walls: --max-days must be a positive number of days, got "), first);
        CliRun compared = CliRun.of("compare", "--workload", "llama3-8b", "dgx-h100:8", "--max-days", days, "--quiet");
        assertEquals(first, compared.err().lines().findFirst().orElseThrow(), "compare's message");
        assertFalse(swept.err().contains("\tat "), "no stack trace: " + swept.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--accelerators 4096..1024                 | walls: --accelerators '4096..1024': the range '4096..1024' runs backwards",
            "--accelerators 1024..4096*1               | walls: --accelerators '1024..4096*1': the factor after '*' in '1024..4096*1' must be at least 2",
            "--accelerators 1024..4096+0               | walls: --accelerators '1024..4096+0': the step after '+' in '1024..4096+0' must be at least 1, got 0",
            "--accelerators 1024,,2048                 | walls: --accelerators '1024,,2048': part 2 of 3 is empty",
            "--accelerators x                          | walls: --accelerators 'x': a size must be a whole number, got 'x'",
            "--accelerators 0                          | walls: --accelerators '0': a size must be at least 1, got 0",
            "--accelerators 1..1000+1                  | walls: --accelerators '1..1000+1': the range '1..1000+1' has 1000 sizes, more than the 200",
            "--accelerators 32768                      | walls: --accelerators: 32768 is above the largest size of dgx-h100 (it scales from 8 to 16384 accelerators)",
            "--accelerators 4                          | walls: --accelerators: 4 is below the smallest size of dgx-h100 (it scales from 8 to 16384 accelerators)",
            "--accelerators 8 --vary economics.operating.pue=1.2,x | walls: --vary 'economics.operating.pue=1.2,x': 'x' is not a number",
            "--accelerators 8 --vary economics.operating.pu=1.2    | walls: --vary economics.operating.pu: no such assumption; did you mean economics.operating.pue?",
            "--accelerators 8 --vary economics.operating.pue=0.5   | walls: --vary economics.operating.pue: ",
            "--accelerators 8 --strategy tp=3          | walls: no layout of llama3-8b runs on dgx-h100 at any of the sizes (up to 8): the pinned tp=3",
            "--accelerators 8 --kernel nope            | walls: unknown kernel 'nope'",
            "--accelerators 8 --objective speed        | walls: Invalid value for option '--objective': expected time or cost",
    })
    void badInputIsOneMessageAndExitTwo(String flags, String expected) {
        String[] args = concat(new String[] {"sweep", "--workload", "llama3-8b", "dgx-h100", "--quiet"},
                flags.trim().split(" +"));
        CliRun run = CliRun.of(args);
        assertEquals(ExitCode.INPUT_ERROR, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith(expected.trim()), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    void systemsAreGivenOnceAndWithoutASize() {
        CliRun sized = CliRun.of("sweep", "--workload", "llama3-8b", "dgx-h100:64", "--accelerators", "8");
        assertEquals(ExitCode.INPUT_ERROR, sized.exitCode());
        assertEquals("walls: 'dgx-h100:64': a sweep sizes every system from --accelerators; give dgx-h100 without the"
                + " size\n", sized.err());
        CliRun twice = CliRun.of("sweep", "--workload", "llama3-8b", "dgx-h100", "dgx-h100", "--accelerators", "8");
        assertEquals(ExitCode.INPUT_ERROR, twice.exitCode());
        assertTrue(twice.err().contains("'dgx-h100' is given twice"), twice.err());
        CliRun both = CliRun.of("--assume", "economics.operating.pue=1.3", "sweep", "--workload", "llama3-8b", "dgx-h100",
                "--accelerators", "8", "--vary", "economics.operating.pue=1.2,1.4");
        assertEquals(ExitCode.INPUT_ERROR, both.exitCode());
        assertEquals("walls: --vary economics.operating.pue and --assume economics.operating.pue=1.3 set the same"
                + " assumption; give it once\n", both.err());
        CliRun missing = CliRun.of("sweep", "--workload", "llama3-8b", "dgx-h100");
        assertEquals(ExitCode.INPUT_ERROR, missing.exitCode());
        assertTrue(missing.err().contains("Missing required option: '--accelerators=SIZES'"), missing.err());
    }

    /** The README's sweep prints exactly as the README shows it: results are deterministic. */
    @Test
    void theReadmeSweepPrintsAsShown() throws IOException {
        CliRun run = CliRun.of("sweep", "--workload", "llama3-405b", "dgx-h100", "gb200-nvl72", "--accelerators",
                "1024..8192");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals(readmeBlockAfter("`./walls sweep --workload llama3-405b dgx-h100 gb200-nvl72 --accelerators"
                + " 1024..8192` draws"), run.out());
    }

    /** The README's sweep with a deadline prints exactly as the README shows it. */
    @Test
    void theReadmeSweepWithADeadlinePrintsAsShown() throws IOException {
        CliRun run = CliRun.of("sweep", "--workload", "llama3-70b", "dgx-h100", "--accelerators", "64..256",
                "--max-days", "1000");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals(readmeBlockAfter("`./walls sweep --workload llama3-70b dgx-h100 --accelerators 64..256 --max-days"
                + " 1000` prints"), run.out());
    }

    /** The README lists every key of the sweep's JSON, and of each point, in the order they are written. */
    @Test
    void theReadmeListsEveryJsonKey() throws IOException {
        Map<String, Object> sweep = CliRun.of("sweep", "--workload", "llama3-8b", "dgx-h100", "--accelerators", "64",
                "--format", "json", "--quiet").json();
        @SuppressWarnings("unchecked")
        Map<String, Object> point = ((List<Map<String, Object>>) sweep.get("points")).get(0);
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        assertTrue(readme.contains("JSON is `{" + quoted(sweep.keySet()) + "}`"), "the sweep's keys: " + sweep.keySet());
        assertTrue(readme.contains("each point `{" + quoted(point.keySet()) + "}`"), "a point's keys: " + point.keySet());
    }

    private static String quoted(java.util.Set<String> keys) {
        return String.join(", ", keys.stream().map(k -> "\"" + k + "\"").toList());
    }

    /** The README's Java API lines for the sweep, kept compiling and running. */
    @Test
    void theReadmeJavaExampleRuns() {
        Walls walls = TestWalls.create();
        Sweep curve = walls.train("llama3-405b").sweep(Sizes.parse("2304..9216+2304"), "dgx-h100", "gb200-nvl72");
        List<SweepPoint> plotted = curve.running();
        assertEquals(6, plotted.size());
        assertEquals(8, curve.points().size());
        Sweep byPue = walls.train("llama3-70b").sweep(SweepOptions.DEFAULT.allowingFewer()
                .varying(Variation.parse("economics.operating.pue=1.1,1.5")), Sizes.of(1024, 2048), "dgx-h100");
        assertEquals(4, byPue.points().size());
        assertTrue(byPue.points().stream().allMatch(SweepPoint::runs), byPue.points().toString());
        Sweep inTime = walls.train("llama3-70b").objective(Objective.COST).maxDays(1000)
                .sweep(SweepOptions.DEFAULT.allowingFewer(), Sizes.of(64, 200, 256), "dgx-h100");
        assertEquals(List.of(false, true, true), inTime.points().stream().map(SweepPoint::withinMaxDays).toList());
        assertEquals(List.of(64, 128, 256), inTime.points().stream().map(SweepPoint::accelerators).toList(),
                "200 has no layout of its own: on fewer, the cheapest in time");
    }

    /** A sweep's bar counts points, one update a point, and appears only once a second has passed. */
    @Test
    void theProgressBarCountsPoints() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong();
        try (Progress p = new Progress(true, "points", new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8),
                now::get)) {
            p.listener().update(1, 3);
            now.addAndGet(1_500_000_000L);
            p.listener().update(2, 3);
            p.listener().update(3, 3);
        }
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        String last = drawn.substring(drawn.lastIndexOf('\r') + 1);
        assertTrue(last.startsWith("points 100% ["), drawn);
        assertTrue(last.contains("] 3/3 "), drawn);
    }

    private static String readmeBlockAfter(String marker) throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int at = 0;
        while (at < lines.size() && !lines.get(at).contains(marker)) {
            at++;
        }
        assertTrue(at < lines.size(), "the README has a line with '" + marker + "'");
        while (at < lines.size() && !lines.get(at).equals("```")) {
            at++;
        }
        StringBuilder block = new StringBuilder();
        for (int i = at + 1; i < lines.size() && !lines.get(i).equals("```"); i++) {
            block.append(lines.get(i)).append('\n');
        }
        return block.toString();
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
