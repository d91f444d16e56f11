package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.core.Walls;
import dev.walls.core.error.InputException;
import dev.walls.core.output.Json;
import dev.walls.core.search.Objective;
import dev.walls.core.search.SearchProgress;
import dev.walls.core.search.SearchResult;
import dev.walls.core.search.Template;
import dev.walls.spi.result.Evaluation;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.workload.Workload;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchCommandTest {

    private static final Walls walls = TestWalls.create();

    @TempDir
    Path temp;

    private static SearchResult search(String system, int accelerators, String workload, Objective objective, boolean exact) {
        SystemSpec s = walls.system(system, accelerators);
        Workload w = walls.workload(workload);
        return walls.search(s, w, Template.OPEN, objective, 5, exact, Walls.REFERENCE_KERNEL, SearchProgress.NONE);
    }

    @Test
    void theBestLayoutIsTheFastestFeasibleOneAndTheTopIsOrdered() {
        SearchResult r = search("dgx-h100", 256, "llama3-8b", Objective.TIME, true);
        assertEquals(r.top().get(0), r.best());
        for (int i = 1; i < r.top().size(); i++) {
            assertTrue(r.top().get(i - 1).stepTimeSeconds() <= r.top().get(i).stepTimeSeconds() * (1 + 1e-6),
                    "top sorted by step time");
        }
        for (Evaluation e : r.top()) {
            assertTrue(e.fits(), "only feasible layouts rank");
            assertEquals(256, e.accelerators(), "--exact keeps every layout on all accelerators");
        }
        long rejected = r.rejected().values().stream().mapToLong(Long::longValue).sum();
        assertEquals(r.strategiesEvaluated(), r.strategiesFeasible() + rejected, "every layout is feasible or counted as rejected");
    }

    /**
     * The cheapest runs within a deadline are those of every layout judged in full (the best 100,000, which here are
     * all that fit), kept to the deadline and ordered by cost: the search need not judge them all to find them.
     */
    @Test
    void aDeadlineKeepsTheBestToRunsWithinItAsEveryLayoutJudgedInFullSays() {
        var job = walls.train("llama3-70b").on("dgx-h100").accelerators(256).objective(Objective.COST);
        SearchResult all = job.top(100_000).search();
        assertTrue(all.top().size() < 100_000 && all.top().size() > 100, "every layout that fits: " + all.top().size());
        // deadlines just past the fastest run and between the time-versus-cost front's points
        List<Double> front = all.pareto().stream().map(e -> days(all, e)).toList();
        assertTrue(front.size() >= 3, "a front to choose between: " + front);
        List<Double> deadlines = new java.util.ArrayList<>(List.of(front.get(0) * 1.001));
        for (int i = 1; i < front.size(); i++) {
            deadlines.add((front.get(i - 1) + front.get(i)) / 2);
        }
        for (double deadline : deadlines) {
            SearchResult within = job.top(7).maxDays(deadline).search();
            List<Evaluation> expected = all.top().stream().filter(e -> days(all, e) <= deadline).limit(7).toList();
            assertEquals(layouts(expected), layouts(within.top()), "within " + deadline + " days");
            assertTrue(within.withinMaxDays());
            assertEquals(deadline, within.maxDays());
            assertEquals(within.top().get(0), within.best());
        }
        // by time, a deadline the fastest meets changes nothing
        SearchResult byTime = job.objective(Objective.TIME).search();
        assertEquals(layouts(byTime.top()),
                layouts(job.objective(Objective.TIME).maxDays(front.get(front.size() - 1)).search().top()));
    }

    /** No layout meets the deadline: the answer is the fastest layouts, and the result says the deadline is missed. */
    @Test
    void aDeadlineNoLayoutMeetsGivesTheFastestAndSaysSo() {
        var job = walls.train("llama3-8b").on("dgx-h100").accelerators(64);
        SearchResult fastest = job.search();
        double days = fastest.figures(fastest.best()).orElseThrow().timeToTrainDays();
        SearchResult missed = job.objective(Objective.COST).maxDays(days / 2).search();
        assertFalse(missed.withinMaxDays());
        assertEquals(layouts(fastest.top()), layouts(missed.top()), "the fastest, by time, whatever the objective");

        CliRun run = CliRun.of("search", "--system", "dgx-h100", "--accelerators", "64", "--workload", "llama3-8b",
                "--objective", "cost", "--max-days", Double.toString(days / 2), "--top", "2");
        assertEquals(ExitCode.NOT_MET, run.exitCode(), run.err());
        assertTrue(run.out().contains("No layout that can run trains within "
                + dev.walls.core.output.Formats.dayCount(days / 2) + ": the fastest takes "), run.out());
        assertTrue(run.err().startsWith("walls: no layout that can run trains within "), run.err());
        Map<?, ?> json = (Map<?, ?>) Json.read(CliRun.of("search", "--system", "dgx-h100", "--accelerators", "64",
                "--workload", "llama3-8b", "--max-days", "1000", "--format", "json").out());
        assertEquals(1000.0, CliRun.number(json.get("maxDays")));
        assertEquals(true, json.get("withinMaxDays"));

        // CSV, as compare's and sweep's: each row's deadline and whether its run keeps to it
        List<String> csv = CliRun.of("search", "--system", "dgx-h100", "--accelerators", "64", "--workload",
                "llama3-8b", "--objective", "cost", "--max-days", Double.toString(days / 2), "--top", "2", "--format",
                "csv", "--quiet").out().lines().toList();
        for (String line : csv.subList(1, csv.size())) {
            Map<String, String> row = CompareCommandTest.csvRow(csv.get(0), line);
            assertEquals(days / 2, Double.parseDouble(row.get("maxDays")));
            assertEquals("false", row.get("withinMaxDays"), line);
        }
        List<String> none = CliRun.of("search", "--system", "dgx-h100", "--accelerators", "64", "--workload",
                "llama3-8b", "--top", "1", "--format", "csv", "--quiet").out().lines().toList();
        Map<String, String> free = CompareCommandTest.csvRow(none.get(0), none.get(1));
        assertEquals("", free.get("maxDays"));
        assertEquals("true", free.get("withinMaxDays"));
    }

    /**
     * On 16 H100s every Llama 3 70B layout that fits takes years, longer than the hardware lasts, so the economics wall
     * blocks each, and each is late for a deadline of 1,000 days besides: nothing can run, the deadline is not what
     * stops it, and the answer is the best blocked layout, as without a deadline (it once left no answer at all).
     */
    @Test
    void aDeadlineWhereAWallBlocksEveryLayoutGivesTheBlockedBestAsWithoutOne() {
        var job = walls.train("llama3-70b").on("dgx-h100").accelerators(16).exact().top(1);
        SearchResult without = job.search();
        assertTrue(without.best().fits() && without.best().blockingWall().isPresent(), without.best().toString());
        assertTrue(days(without, without.best()) > 1000, "late besides: " + days(without, without.best()));
        SearchResult within = job.maxDays(1000).search();
        assertEquals(layouts(without.top()), layouts(within.top()));
        assertTrue(within.withinMaxDays(), "nothing can run: the deadline is not what it misses");
        assertEquals(1000.0, within.maxDays());

        CliRun run = CliRun.of("search", "--system", "dgx-h100", "--accelerators", "16", "--exact", "--workload",
                "llama3-70b", "--max-days", "1000", "--top", "1", "--quiet");
        assertEquals(ExitCode.NOT_MET, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("walls: the economics wall blocks the best layout: "), run.err());
    }

    @ParameterizedTest
    @CsvSource({"0", "-3", "-2.5", "NaN", "Infinity"})
    void aDeadlineThatIsNoPositiveNumberOfDaysIsRefused(String days) {
        CliRun run = CliRun.of("search", "--system", "dgx-h100", "--accelerators", "64", "--workload", "llama3-8b",
                "--max-days", days);
        assertEquals(ExitCode.INPUT_ERROR, run.exitCode(), run.err());
        // the value as typed: "got 0", not "got 0.0"
        assertTrue(run.err().startsWith("walls: --max-days must be a positive number of days, got " + days), run.err());
        InputException api = assertThrows(InputException.class,
                () -> walls.train("llama3-8b").on("dgx-h100").maxDays(Double.parseDouble(days)));
        assertTrue(api.getMessage().startsWith("--max-days must be"), api.getMessage());
    }

    /** A suffix Java's parsing would take ("30d") is refused as what it is, with the text as typed. */
    @Test
    void aDeadlineThatIsNoDecimalNumberIsRefusedAsTyped() {
        CliRun run = CliRun.of("search", "--system", "dgx-h100", "--accelerators", "64", "--workload", "llama3-8b",
                "--max-days", "30d");
        assertEquals(ExitCode.INPUT_ERROR, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("walls: Invalid value for option '--max-days': '30d' is not a number of days"),
                run.err());
    }

    private static double days(SearchResult r, Evaluation e) {
        return r.figures(e).orElseThrow().timeToTrainDays();
    }

    private static List<String> layouts(List<Evaluation> evaluations) {
        return evaluations.stream().map(e -> e.accelerators() + " " + e.strategy()).toList();
    }

    @Test
    void noLayoutOnTheParetoSetIsBeatenOnBothTimeAndCost() {
        SearchResult r = search("dgx-h100", 512, "llama3-8b", Objective.TIME, false);
        List<Evaluation> front = r.pareto();
        assertFalse(front.isEmpty());
        for (int i = 1; i < front.size(); i++) {
            assertTrue(front.get(i - 1).stepTimeSeconds() <= front.get(i).stepTimeSeconds() * (1 + 1e-6), "fastest first");
            assertTrue(cost(front.get(i - 1)) >= cost(front.get(i)) * (1 - 1e-6), "each slower point is cheaper");
        }
        assertTrue(r.sizes().size() > 1, "without --exact the search considers smaller sizes too: " + r.sizes());
    }

    private static double cost(Evaluation e) {
        return e.walls().get(dev.walls.spi.wall.Wall.ECONOMICS).metrics().get("runCostUsd");
    }

    @Test
    void theCostObjectiveIsNeverMoreExpensiveThanTheTimeObjective() {
        SearchResult time = search("dgx-h100", 512, "llama3-8b", Objective.TIME, false);
        SearchResult cost = search("dgx-h100", 512, "llama3-8b", Objective.COST, false);
        assertTrue(cost(cost.best()) <= cost(time.best()) * (1 + 1e-6));
        assertTrue(time.best().stepTimeSeconds() <= cost.best().stepTimeSeconds() * (1 + 1e-6));
    }

    @Test
    void pinnedKeysStayPinned() {
        SystemSpec s = walls.system("dgx-h100", 256);
        SearchResult r = walls.search(s, walls.workload("llama3-8b"), Template.pinning("tp=2,recompute=full"), Objective.TIME, 5,
                true, Walls.REFERENCE_KERNEL, SearchProgress.NONE);
        assertFalse(r.top().isEmpty());
        for (Evaluation e : r.top()) {
            assertEquals(2, e.strategy().tp());
            assertEquals("full", e.strategy().recompute().id());
        }
    }

    @Test
    void progressReachesTheTotal() {
        AtomicLong last = new AtomicLong();
        AtomicLong total = new AtomicLong();
        SearchResult r = walls.search(walls.system("dgx-h100", 128), walls.workload("llama3-8b"), Template.OPEN, Objective.TIME,
                3, true, Walls.REFERENCE_KERNEL, (done, all) -> {
                    last.accumulateAndGet(done, Math::max);
                    total.set(all);
                });
        assertEquals(r.strategiesEvaluated(), total.get());
        assertEquals(total.get(), last.get());
    }

    @Test
    void theTableSaysHowManyLayoutsEachWallBlocked() {
        CliRun run = CliRun.of("search", "--system", "dgx-h100", "--accelerators", "64", "--workload", "llama3-8b", "--quiet");
        assertEquals(0, run.exitCode(), run.err());
        String summary = run.out().lines().findFirst().orElseThrow();
        assertTrue(summary.matches(".*feasible; [0-9,]+ blocked by the memory wall$"), summary);
    }

    @Test
    void aSizeWithNoLayoutSaysWhyAndHowToProceed() {
        CliRun run = CliRun.of("search", "--system", "dojo-exapod", "--workload", "gpt3-175b", "--exact", "--quiet");
        assertEquals(ExitCode.INPUT_ERROR, run.exitCode(), run.out());
        assertTrue(run.err().contains("drop --exact"), run.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tp=7       | the pinned tp=7 does not divide the 64 heads, 8 key/value heads and FFN width 28672",
        "pp=11      | the pinned pp=11 leaves the last stage none of the 80 layers",
        "cp=3       | the pinned cp=3 is not a power of two up to 32",
        "dp=7       | the pinned dp=7 does not divide the global batch of 2048 sequences",
        "tp=8,pp=80 | the pinned degrees alone need 640 accelerators",
        "mb=3       | the pinned mb=3 does not divide the global batch of 2048 sequences",
        "mb=64      | the pinned mb=64 is above the 16 a search considers",
        "vpp=11     | the pinned vpp=11 divides no pipeline stage's share of the 80 layers"})
    void aPinnedDegreeThatRulesOutEveryLayoutIsNamed(String strategy, String reason) {
        CliRun run = CliRun.of("search", "--system", "dgx-h100", "--accelerators", "512", "--workload", "llama3-70b",
                "--strategy", strategy, "--quiet");
        assertEquals(ExitCode.INPUT_ERROR, run.exitCode(), run.out());
        assertTrue(run.err().contains(reason + "; pin another value or leave the key out to search it"), run.err());
    }

    @Test
    void pinnedDegreesThatCannotTileAnExactSystemAreNamed() {
        CliRun run = CliRun.of("search", "--system", "dgx-h100", "--accelerators", "512", "--workload", "llama3-70b",
                "--strategy", "tp=1,pp=1,dp=2,cp=1", "--exact", "--quiet");
        assertEquals(ExitCode.INPUT_ERROR, run.exitCode(), run.out());
        assertTrue(run.err().contains("fits exactly 512 accelerators of dgx-h100: the pinned degrees multiply to 2, not"
                + " the 512 accelerators --exact uses; pin another value"), run.err());
        run = CliRun.of("search", "--system", "dgx-h100", "--accelerators", "512", "--workload", "llama3-70b",
                "--strategy", "pp=5", "--exact", "--quiet");
        assertTrue(run.err().contains("the pinned degrees multiply to 5, which does not divide the 512 accelerators"),
                run.err());
        run = CliRun.of("search", "--system", "dgx-h100", "--accelerators", "512", "--workload", "llama3-70b",
                "--strategy", "dp=2", "--exact", "--quiet");
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void aPinnedPrecisionTheAcceleratorLacksIsNamed() {
        CliRun run = CliRun.of("search", "--system", "dgx-a100-80gb", "--accelerators", "512", "--workload", "llama3-70b",
                "--strategy", "precision=fp8", "--quiet");
        assertEquals(ExitCode.INPUT_ERROR, run.exitCode(), run.out());
        assertTrue(run.err().contains("the pinned precision=fp8 has no peak on the A100 SXM4 80GB"), run.err());
    }

    @Test
    void aKeyThatNeedsAnOpenOneSearchesOnlyTheValuesThatAllowIt() {
        // vpp > 1 needs pp > 1 and sp needs tp > 1: with pp and tp open, the search keeps to those.
        SystemSpec s = walls.system("dgx-h100", 256);
        SearchResult r = walls.search(s, walls.workload("llama3-70b"), Template.pinning("vpp=4,sp=true"), Objective.TIME,
                5, false, "fast", SearchProgress.NONE);
        assertFalse(r.top().isEmpty());
        for (Evaluation e : r.top()) {
            assertEquals(4, e.strategy().vpp());
            assertTrue(e.strategy().pp() > 1 && e.strategy().tp() > 1 && e.strategy().sequenceParallel(), e.strategy().toString());
        }
        // Between keys both written, the rules still hold.
        assertThrows(IllegalArgumentException.class, () -> Template.pinning("pp=1,vpp=2"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonHasTheDocumentedFieldsAndIsStableApartFromTiming() {
        String[] args = {"search", "--system", "dgx-h100", "--accelerators", "128", "--workload", "llama3-8b", "--top", "3",
                "--kernel", "reference", "--format", "json", "--quiet"};
        CliRun first = CliRun.of(args);
        assertEquals(0, first.exitCode(), first.err());
        Map<String, Object> json = (Map<String, Object>) Json.read(first.out());
        for (String key : List.of("best", "top", "pareto", "strategiesEvaluated", "strategiesFeasible", "elapsedSeconds", "kernel")) {
            assertTrue(json.containsKey(key), key);
        }
        assertEquals("reference", json.get("kernel"));
        assertEquals(3, ((List<Object>) json.get("top")).size());
        Map<String, Object> best = (Map<String, Object>) json.get("best");
        assertTrue(best.containsKey("stepTimeSeconds") && best.containsKey("walls") && best.containsKey("bindingWall"));
        String second = CliRun.of(args).out();
        assertEquals(withoutTiming(first.out()), withoutTiming(second));
    }

    /**
     * What a plot of search results needs is in every row, named as compare names it, with the values compare and
     * evaluate give the same layout: days, cost, capital, power, MFU at the 16-bit peak, precision, and in CSV the
     * layout's keys one by one.
     */
    @Test
    @SuppressWarnings("unchecked")
    void searchRowsCarryWhatCompareAndEvaluateGiveTheSameLayout() {
        Map<String, Object> json = CliRun.of("search", "--system", "dgx-h100", "--accelerators", "64", "--workload",
                "llama3-8b", "--top", "2", "--format", "json", "--quiet").json();
        Map<String, Object> best = (Map<String, Object>) json.get("best");
        List<Map<String, Object>> rows = CliRun.of("compare", "--workload", "llama3-8b", "dgx-h100:64", "--format",
                "json", "--quiet").json();
        Map<String, Object> compared = rows.get(0);
        assertEquals(compared.get("strategy"), best.get("strategy"), "the same best layout");
        for (String key : List.of("timeToTrainDays", "costUsd", "capexUsd", "powerWatts", "mfu", "mfuAt16BitPeak",
                "precision", "accelerators", "stepTimeSeconds")) {
            assertEquals(compared.get(key), best.get(key), key);
        }
        assertEquals("fp8", best.get("precision"));
        // the H100's FP8 peak is twice its bf16 one, to a part in 10^4 (1,978.9 and 989.4 TFLOP/s)
        assertEquals(2 * CliRun.number(best.get("mfu")), CliRun.number(best.get("mfuAt16BitPeak")), 1e-3);
        for (String set : List.of("top", "pareto")) {
            for (Map<String, Object> row : (List<Map<String, Object>>) json.get(set)) {
                for (String key : List.of("timeToTrainDays", "costUsd", "capexUsd", "powerWatts", "mfuAt16BitPeak", "precision")) {
                    assertTrue(row.containsKey(key), set + " lacks " + key);
                }
            }
        }
        String layout = layoutOf((Map<String, Object>) best.get("strategy"));
        Map<String, Object> evaluated = CliRun.of("evaluate", "--system", "dgx-h100", "--accelerators", "64",
                "--workload", "llama3-8b", "--strategy", layout, "--format", "json").json();
        Map<String, Object> economics = (Map<String, Object>) ((Map<String, Object>) evaluated.get("walls")).get("economics");
        assertEquals(((Map<String, Object>) economics.get("metrics")).get("runCostUsd"), best.get("costUsd"));
        assertEquals(((Map<String, Object>) economics.get("metrics")).get("capexUsd"), best.get("capexUsd"));
        List<String> csv = CliRun.of("search", "--system", "dgx-h100", "--accelerators", "64", "--workload",
                "llama3-8b", "--top", "2", "--format", "csv", "--quiet").out().lines().toList();
        assertTrue(csv.get(0).endsWith(",runHours,runCostUsd,timeToTrainDays,costUsd,capexUsd,powerWatts,mfuAt16BitPeak,"
                + "precision,tp,pp,dp,cp,vpp,mb,recompute,sp,zero,maxDays,withinMaxDays"), csv.get(0));
        Map<String, String> top = CompareCommandTest.csvRow(csv.get(0), csv.get(1));
        assertEquals(layout, top.get("strategy"));
        assertEquals(layout, "tp=" + top.get("tp") + ",pp=" + top.get("pp") + ",dp=" + top.get("dp") + ",cp="
                + top.get("cp") + ",vpp=" + top.get("vpp") + ",mb=" + top.get("mb") + ",recompute=" + top.get("recompute")
                + ",sp=" + top.get("sp") + ",zero=" + top.get("zero") + ",precision=" + top.get("precision"));
        assertEquals(CliRun.number(best.get("timeToTrainDays")), Double.parseDouble(top.get("timeToTrainDays")));
        assertEquals(CliRun.number(best.get("costUsd")), Double.parseDouble(top.get("costUsd")));
        assertEquals(CliRun.number(best.get("mfuAt16BitPeak")), Double.parseDouble(top.get("mfuAt16BitPeak")));
        String table = CliRun.of("search", "--system", "dgx-h100", "--accelerators", "64", "--workload", "llama3-8b",
                "--top", "2", "--quiet").out();
        assertTrue(table.contains("  MFU    MFU@16-bit  memory/rank  binding"), table);
    }

    private static String layoutOf(Map<String, Object> s) {
        return "tp=" + s.get("tp") + ",pp=" + s.get("pp") + ",dp=" + s.get("dp") + ",cp=" + s.get("cp") + ",vpp="
                + s.get("vpp") + ",mb=" + s.get("microbatch") + ",recompute=" + s.get("recompute") + ",sp="
                + s.get("sequenceParallel") + ",zero=" + s.get("zeroStage") + ",precision=" + s.get("precision");
    }

    /** JSON writes every component of a search result (it is written field by field, to put figures in each row). */
    @Test
    void jsonWritesEveryComponentOfTheResult() {
        SearchResult r = search("dgx-h100", 64, "llama3-8b", Objective.TIME, false);
        Map<String, Object> written = r.json();
        for (java.lang.reflect.RecordComponent c : SearchResult.class.getRecordComponents()) {
            assertEquals(!c.getName().equals("figures"), written.containsKey(c.getName()), c.getName());
        }
        assertTrue(r.figures(r.best()).isPresent(), "a search through Walls carries the figures");
    }

    /**
     * When a wall blocks every layout, there is no trade-off between runs to show: the Pareto set is empty, and the
     * table says that no layout can run and why, instead of heading the best as if it could.
     */
    @Test
    @SuppressWarnings("unchecked")
    void whenAWallBlocksEveryLayoutTheParetoSetIsEmptyAndTheTableSaysWhy() {
        String[] args = {"search", "--system", "dojo-exapod", "--workload", "megatron-gpt-18b", "--top", "2", "--quiet"};
        CliRun table = CliRun.of(args);
        assertEquals(ExitCode.NOT_MET, table.exitCode(), table.err());
        assertTrue(table.out().contains("\nNo layout can run: a wall blocks every layout judged in full; the economics wall"
                + " blocks the best by time: "), table.out());
        assertTrue(table.out().contains("\nBest 2 by time (none can run):\n"), table.out());
        assertTrue(table.out().contains("economics BLOCKED\n"), table.out());
        assertTrue(table.out().contains("\nTime-versus-cost Pareto set: none, as no layout can run.\n"), table.out());
        Map<String, Object> json = CliRun.of(concat(args, "--format", "json")).json();
        assertTrue(((List<Object>) json.get("pareto")).isEmpty(), "no blocked layout on the front");
        List<String> csv = CliRun.of(concat(args, "--format", "csv")).out().lines().toList();
        assertTrue(csv.stream().noneMatch(l -> l.startsWith("pareto,")), csv.toString());
    }

    private static String[] concat(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    @Test
    void theJavaApiTakesEverySearchFlagAndGivesTheCommandsResult() {
        CliRun run = CliRun.of("search", "--system", "dgx-h100", "--accelerators", "128", "--workload", "llama3-8b",
                "--strategy", "tp=2", "--objective", "cost", "--top", "3", "--exact", "--kernel", "reference",
                "--format", "json", "--quiet");
        assertEquals(0, run.exitCode(), run.err());
        AtomicLong done = new AtomicLong();
        SearchResult fluent = walls.train("llama3-8b").on("dgx-h100").accelerators(128)
                .pin("tp=2").objective(Objective.COST).top(3).exact().kernel(Walls.REFERENCE_KERNEL)
                .progress((evaluated, total) -> done.set(evaluated))
                .search();
        assertEquals(withoutTiming(run.out()), withoutTiming(Json.write(fluent)));
        assertEquals(fluent.strategiesEvaluated(), done.get(), "the listener hears of every layout");
        assertEquals("cost", fluent.objective());
        for (Evaluation e : fluent.top()) {
            assertEquals(128, e.accelerators());
            assertEquals(2, e.strategy().tp());
        }
    }

    @Test
    void theJavaApiRefusesWhatTheCommandRefuses() {
        var job = walls.train("llama3-8b").on("dgx-h100");
        assertEquals("--top must be at least 1, got 0",
                assertThrows(InputException.class, () -> job.top(0)).getMessage());
        assertTrue(assertThrows(InputException.class, () -> job.kernel("turbo")).getMessage()
                .startsWith("unknown kernel 'turbo'; loaded: reference"));
    }

    private static String withoutTiming(String json) {
        return json.replaceAll("\"(elapsedSeconds|strategiesPerSecond)\": [0-9.Ee+-]+", "\"$1\": 0");
    }

    @Test
    void metricsArePrintedAndWrittenAsPrometheusText() throws Exception {
        Path file = temp.resolve("metrics.prom");
        CliRun run = CliRun.of("search", "--system", "dgx-h100", "--accelerators", "64", "--workload", "llama3-8b",
                "--kernel", "reference", "--quiet", "--metrics", "--metrics-file", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("walls.search.strategies.evaluated"), run.err());
        String prom = Files.readString(file);
        assertTrue(prom.contains("walls_search_strategies_evaluated_total"), prom);
        assertTrue(prom.contains("walls_search_strategies_rejected_total{wall=\"memory\"}"), prom);
        CliRun again = CliRun.of("search", "--system", "dgx-h100", "--accelerators", "64", "--workload", "llama3-8b",
                "--kernel", "reference", "--quiet", "--metrics-file", file.toString());
        assertEquals(ExitCode.INPUT_ERROR, again.exitCode(), "an existing file is not overwritten without --force");
    }

    @Test
    void aMetricsFileThatAppearsWhileTheCommandRunsIsKeptUnlessForced() throws Exception {
        Path file = temp.resolve("raced.prom");
        MetricsOptions metrics = new MetricsOptions();
        metrics.file = file;
        metrics.registry().counter("walls.test").increment(); // the start of a command: the file is not there yet
        Files.writeString(file, "someone else's\n");
        PrintWriter err = new PrintWriter(new StringWriter());
        assertEquals("--metrics-file " + file + ": appeared while the command ran; kept it (pass --force to overwrite it)",
                assertThrows(InputException.class, () -> metrics.report(err)).getMessage());
        assertEquals("someone else's\n", Files.readString(file));
        metrics.force = true;
        metrics.report(err);
        assertTrue(Files.readString(file).contains("walls_test_total"), "forced, it is overwritten");
    }

    @Test
    void forceOverwritesOnlyAMetricsFileNeverAnInput() throws Exception {
        Path cases = temp.resolve("cases.csv");
        Files.writeString(cases, "id,source\n");
        CliRun run = CliRun.of("search", "--system", "dgx-h100", "--accelerators", "64", "--workload", "llama3-8b",
                "--quiet", "--metrics-file", cases.toString(), "--force");
        assertEquals(ExitCode.INPUT_ERROR, run.exitCode(), run.err());
        assertEquals("walls: --metrics-file " + cases + " exists and is not a metrics file walls wrote; --force"
                + " overwrites only those", run.err().strip());
        assertEquals("id,source\n", Files.readString(cases));
    }

    @Test
    void aMetricsFileThatCannotBeWrittenAtTheEndIsAnOutputFailureNotBadInput() throws Exception {
        Path file = temp.resolve("late.prom");
        MetricsOptions metrics = new MetricsOptions();
        metrics.file = file;
        metrics.registry().counter("walls.test").increment();
        Files.createDirectory(file); // the path became a folder while the command ran
        metrics.force = true;
        OutputFailure failure = assertThrows(OutputFailure.class, () -> metrics.report(new PrintWriter(new StringWriter())));
        assertTrue(failure.getMessage().startsWith("could not write the metrics file " + file + ": "), failure.getMessage());
    }

    @Test
    void anEmptyMetricsFileIsRefusedAsEmptyNotAsAFolder() {
        CliRun run = CliRun.of("search", "--system", "dgx-h100", "--accelerators", "64", "--workload", "llama3-8b",
                "--quiet", "--metrics-file", "");
        assertEquals(ExitCode.INPUT_ERROR, run.exitCode(), run.err());
        assertEquals("walls: --metrics-file: empty path; name a file", run.err().strip());
    }

    @Test
    void aMetricsFileInAMissingFolderIsRefusedBeforeTheSearch() {
        for (Path bad : List.of(temp.resolve("missing").resolve("metrics.prom"), temp)) {
            CliRun run = CliRun.of("search", "--system", "dgx-h100", "--accelerators", "64", "--workload", "llama3-8b",
                    "--quiet", "--metrics-file", bad.toString());
            assertEquals(ExitCode.INPUT_ERROR, run.exitCode(), run.err());
            assertTrue(run.out().isEmpty(), "nothing was searched: " + run.out());
            assertTrue(run.err().startsWith("walls: --metrics-file " + bad), run.err());
        }
    }
}
