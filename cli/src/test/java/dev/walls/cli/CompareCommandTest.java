package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.core.Walls;
import dev.walls.core.compare.Comparison;
import dev.walls.core.compare.Normalization;
import dev.walls.core.compare.Sizing;
import dev.walls.core.error.InputException;
import dev.walls.core.output.Json;
import dev.walls.core.search.Objective;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    private static final Walls walls = TestWalls.create();

    @TempDir
    Path temp;

    /** A system that cannot meet the deadline shows its fastest run, marked late; one that can, its best within it. */
    @Test
    void aDeadlineMarksTheSystemsThatMissItAndKeepsTheOthersWithin() {
        CliRun table = CliRun.of("compare", "--workload", "gpt3-175b", "gb200-nvl72:2304", "ai6-cluster:2304",
                "--max-days", "2", "--quiet");
        assertEquals(0, table.exitCode(), table.err());
        List<String> lines = table.out().lines().toList();
        assertTrue(lines.get(4).startsWith("gb200-nvl72") && !lines.get(4).contains("(late)"), lines.get(4));
        assertTrue(lines.get(5).startsWith("ai6-cluster") && lines.get(5).contains(" (late) "), lines.get(5));
        assertTrue(table.out().contains("(late): no run of the system trains within 2 days; the row is its fastest."),
                table.out());
        assertTrue(table.out().contains("It misses the 2-day deadline: its fastest run takes "), table.out());

        List<Map<String, Object>> rows = CliRun.of("compare", "--workload", "gpt3-175b", "gb200-nvl72:2304",
                "ai6-cluster:2304", "--max-days", "2", "--quiet", "--format", "json").json();
        assertEquals(List.of(true, false), rows.stream().map(r -> r.get("withinMaxDays")).toList());
        assertEquals(2.0, CliRun.number(rows.get(0).get("maxDays")));
        assertTrue(CliRun.number(rows.get(0).get("timeToTrainDays")) <= 2);

        CliRun none = CliRun.of("compare", "--workload", "gpt3-175b", "gb200-nvl72:2304", "ai6-cluster:2304",
                "--max-days", "0.5", "--quiet", "--format", "csv");
        assertEquals(ExitCode.NOT_MET, none.exitCode(), none.err());
        assertTrue(none.err().startsWith("walls: no system trains GPT-3 175B within 0.5 days; each row is the"
                + " system's fastest run"), none.err());
        assertTrue(none.out().lines().findFirst().orElseThrow().endsWith(",sizedAccelerators,maxDays,withinMaxDays"));
    }

    /** With the cost objective a deadline gives each system its cheapest run in time: the one its search gives. */
    @Test
    void theCheapestRunWithinADeadlineIsTheOneTheSystemsSearchGives() {
        List<Comparison> rows = walls.train("gpt3-175b").objective(Objective.COST).maxDays(5)
                .compare("gb200-nvl72:2304");
        var searched = walls.train("gpt3-175b").on("gb200-nvl72").accelerators(2304).objective(Objective.COST)
                .maxDays(5).search();
        assertEquals(searched.best().accelerators(), rows.get(0).accelerators());
        assertEquals(searched.best().strategy(), rows.get(0).strategy());
        assertTrue(rows.get(0).withinMaxDays() && rows.get(0).timeToTrainDays() <= 5, rows.get(0).toString());
        assertTrue(rows.get(0).accelerators() < 2304, "a slower, cheaper size than the fastest run's");
    }

    @Test
    void aSizeOffTheSystemsStepIsPartOfItAsSweepAndEvaluateTakeIt() {
        // 4,096 GB200s fill 56 racks and part of a 57th: compare ranks it as sweep does, not refuses it
        CliRun compared = CliRun.of("compare", "--workload", "llama3-8b", "gb200-nvl72:4096", "--quiet", "--format",
                "json");
        assertEquals(ExitCode.OK, compared.exitCode(), compared.err());
        Map<String, Object> row = compared.<List<Map<String, Object>>>json().get(0);
        assertEquals(4096, CliRun.number(row.get("accelerators")), 0);
        CliRun swept = CliRun.of("sweep", "--workload", "llama3-8b", "gb200-nvl72", "--accelerators", "4096", "--quiet",
                "--format", "json");
        assertEquals(ExitCode.OK, swept.exitCode(), swept.err());
        Map<String, Object> sweep = swept.json();
        @SuppressWarnings("unchecked")
        Map<String, Object> point = ((List<Map<String, Object>>) sweep.get("points")).get(0);
        assertEquals(CliRun.number(row.get("timeToTrainDays")), CliRun.number(point.get("timeToTrainDays")), 0);
        assertEquals(CliRun.number(row.get("costUsd")), CliRun.number(point.get("costUsd")), 0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyRowHasTheDocumentedFieldsAndARangeAroundItsNominal() {
        List<Map<String, Object>> rows = CliRun.of("compare", "--workload", "gpt3-175b", "dgx-h100:1024", "gb200-nvl72:1152",
                "--format", "json", "--quiet").json();
        assertEquals(2, rows.size());
        for (Map<String, Object> r : rows) {
            for (String key : List.of("system", "accelerators", "timeToTrainDays", "costUsd", "capexUsd", "powerWatts", "mfu",
                    "bindingWall", "walls", "range", "verdict", "fits")) {
                assertTrue(r.containsKey(key), key + " in " + r.keySet());
            }
            Map<String, Object> range = (Map<String, Object>) r.get("range");
            Map<String, Object> days = (Map<String, Object>) range.get("timeToTrainDays");
            assertTrue(CliRun.number(days.get("low")) <= CliRun.number(r.get("timeToTrainDays")));
            assertTrue(CliRun.number(r.get("timeToTrainDays")) <= CliRun.number(days.get("high")));
            List<Map<String, Object>> drivers = (List<Map<String, Object>>) range.get("drivers");
            assertTrue(!drivers.isEmpty() && drivers.size() <= CliRun.number(range.get("uncertainInputs")), range.toString());
            for (Map<String, Object> d : drivers) {
                assertEquals(List.of("input", "copies", "figure", "timeToTrainDays", "costUsd", "fitsAtLowEnd", "fitsAtHighEnd"),
                        List.copyOf(d.keySet()));
            }
            Map<String, Object> walls = (Map<String, Object>) r.get("walls");
            assertEquals(List.of("memory", "interconnect", "packaging", "software", "economics"), List.copyOf(walls.keySet()));
            assertTrue(CliRun.number(r.get("costUsd")) > 0 && CliRun.number(r.get("capexUsd")) > 0 && CliRun.number(r.get("powerWatts")) > 0);
        }
        assertEquals("dgx-h100", rows.get(0).get("system"));
        assertTrue(CliRun.number(rows.get(1).get("timeToTrainDays")) < CliRun.number(rows.get(0).get("timeToTrainDays")),
                "1,152 Blackwell GPUs train GPT-3 faster than 1,024 H100s");
    }

    @Test
    void aBudgetSizesEverySystemWithinIt() {
        List<Map<String, Object>> rows = CliRun.of("compare", "--workload", "gpt3-175b", "dgx-h100:4096", "gb200-nvl72:9216",
                "--budget", "USD 100M", "--format", "json", "--quiet").json();
        for (Map<String, Object> r : rows) {
            assertTrue(((String) r.get("sizedBy")).contains("$100.00M"), (String) r.get("sizedBy"));
            // the capital the row reports, facility and design cost included, is what the budget bounds
            assertTrue(CliRun.number(r.get("capexUsd")) <= 100e6, r.get("system") + ": " + r.get("capexUsd"));
        }
        String sizedBy = (String) rows.get(1).get("sizedBy");
        String size = sizedBy.replaceAll(".*: (\\d+) accelerators.*", "$1");
        int used = ((Number) rows.get(1).get("accelerators")).intValue();
        assertTrue(Integer.parseInt(size) >= used, "a layout uses at most the size");
        assertEquals(Integer.parseInt(size) > used, sizedBy.endsWith("of which the best layout uses " + used), sizedBy);
        CliRun describe = CliRun.of("describe", "gb200-nvl72", "--accelerators", size, "--format", "json");
        @SuppressWarnings("unchecked")
        Map<String, Object> d = (Map<String, Object>) Json.read(describe.out());
        assertTrue(CliRun.number(d.get("capexUsd")) <= 100e6, "the sized system's hardware fits the budget");
        // a custom chip's design cost (the ExaPOD's NRE share) counts against the budget too
        List<Map<String, Object>> dojo = CliRun.of("compare", "--workload", "gpt3-175b", "dojo-exapod", "--budget",
                "USD 100M", "--format", "json", "--quiet").json();
        assertTrue(CliRun.number(dojo.get(0).get("capexUsd")) <= 100e6, "the ExaPOD's NRE share counts against it");
    }

    @Test
    void aBudgetBelowTheSmallestSizeSaysSoInItsOwnUnits() {
        List<Map<String, Object>> rows = CliRun.of("compare", "--workload", "gpt3-175b", "dgx-h100", "--budget", "1.5",
                "--format", "json", "--quiet").json();
        assertEquals("sized to a capital budget of $1.50: 8 accelerators (its smallest size already exceeds it: $486.3k)",
                rows.get(0).get("sizedBy"));
        rows = CliRun.of("compare", "--workload", "gpt3-175b", "dgx-h100", "--normalize", "power", "--power", "300 W",
                "--format", "json", "--quiet").json();
        assertEquals("sized to 300 W: 8 accelerators (its smallest size already exceeds it: 10.2 kW)",
                rows.get(0).get("sizedBy"));
        assertEquals(true, rows.get(0).get("sizingAboveTarget"));
        assertFalse(rows.get(0).containsKey("budgetUsd"), "sized to a power, not a budget");
    }

    /**
     * A budget above what a system's largest size costs cannot buy more of it: the row says it is capped and how much
     * of the budget it takes, instead of reading as if the budget bought exactly that size.
     */
    @Test
    void aBudgetAboveTheLargestSizeSaysTheSystemIsCapped() {
        CliRun run = CliRun.of("compare", "--workload", "llama3-8b", "--budget", "USD 2B", "dgx-h100", "gb200-nvl72",
                "--format", "json", "--quiet");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        List<Map<String, Object>> rows = run.json();
        for (Map<String, Object> r : rows) {
            assertEquals(true, r.get("sizingCapped"), r.toString());
            assertEquals(false, r.get("sizingAboveTarget"));
            assertEquals(2e9, CliRun.number(r.get("budgetUsd")));
            double used = CliRun.number(r.get("budgetUsedUsd"));
            assertTrue(used < 1e9, r.get("system") + " takes half the budget or less: " + used);
            assertTrue(((String) r.get("sizedBy")).contains(" accelerators, capped at its largest size: it takes $"),
                    (String) r.get("sizedBy"));
        }
        assertTrue(((String) rows.get(1).get("sizedBy")).startsWith("sized to a capital budget of $2.00B: 9216 "
                + "accelerators, capped at its largest size: it takes $744.09M of the $2.00B"), (String) rows.get(1).get("sizedBy"));
        // --normalize budget: the first system's capital, which a capped system gets less of than the first
        rows = CliRun.of("compare", "--workload", "llama3-8b", "--normalize", "budget", "dgx-h100:16384", "gb200-nvl72",
                "--format", "json", "--quiet").json();
        assertEquals(false, rows.get(0).get("sizingCapped"), "the first system meets its own capital");
        assertEquals(CliRun.number(rows.get(0).get("budgetUsd")), CliRun.number(rows.get(0).get("budgetUsedUsd")));
        assertEquals(true, rows.get(1).get("sizingCapped"));
        assertEquals(CliRun.number(rows.get(0).get("budgetUsd")), CliRun.number(rows.get(1).get("budgetUsd")));
        assertTrue(CliRun.number(rows.get(1).get("budgetUsedUsd")) < 0.8 * CliRun.number(rows.get(1).get("budgetUsd")));
        // a budget that buys the largest size but not one more rack of it is met, not capped
        rows = CliRun.of("compare", "--workload", "llama3-8b", "--budget", "USD 745M", "gb200-nvl72", "--format",
                "json", "--quiet").json();
        assertEquals(false, rows.get(0).get("sizingCapped"), (String) rows.get(0).get("sizedBy"));
        // the table marks the row, and CSV carries the same fields
        String table = CliRun.of("compare", "--workload", "llama3-8b", "--budget", "USD 2B", "gb200-nvl72", "--quiet").out();
        assertTrue(table.contains(" (capped)  "), table);
        assertTrue(table.contains("(capped): sized to the system's largest size, short of what the target would take."),
                table);
        List<String> csv = CliRun.of("compare", "--workload", "llama3-8b", "--budget", "USD 2B", "gb200-nvl72",
                "--format", "csv", "--quiet").out().lines().toList();
        assertTrue(csv.get(0).contains(",sizingCapped,sizingAboveTarget,budgetUsd,budgetUsedUsd,sizedAccelerators,"),
                csv.get(0));
        assertTrue(csv.get(1).endsWith(",true,false,2000000000,7.440919540229886E8,9216,,true"), csv.get(1));
    }

    /**
     * What a budget bought is a size of its own: the layout may use fewer of it. JSON and CSV carry it as
     * {@code sizedAccelerators} (the prose {@code sizedBy} said it alone), and a row as given carries its given size.
     */
    @Test
    void theSizeABudgetBoughtIsAFieldNotOnlyProse() {
        List<Map<String, Object>> rows = CliRun.of("compare", "--workload", "llama3-8b", "--budget", "USD 100M",
                "dgx-h100", "gb200-nvl72", "--format", "json", "--quiet").json();
        assertEquals(1640, CliRun.number(rows.get(0).get("sizedAccelerators")), rows.get(0).toString());
        assertEquals(1536, CliRun.number(rows.get(0).get("accelerators")));
        assertTrue(((String) rows.get(0).get("sizedBy")).endsWith("1640 accelerators, of which the best layout uses 1536"));
        assertEquals(1224, CliRun.number(rows.get(1).get("sizedAccelerators")));
        List<String> csv = CliRun.of("compare", "--workload", "llama3-8b", "--budget", "USD 100M", "dgx-h100",
                "--format", "csv", "--quiet").out().lines().toList();
        assertTrue(csv.get(0).contains(",sizedAccelerators,"), csv.get(0));
        assertTrue(csv.get(1).endsWith(",1640,,true"), csv.get(1));
        rows = CliRun.of("compare", "--workload", "llama3-8b", "dgx-h100:64", "--format", "json", "--quiet").json();
        assertEquals(64, CliRun.number(rows.get(0).get("sizedAccelerators")));
    }

    /** A budget below every system's smallest size is a "no" (exit 3), said on stderr, with the rows still printed. */
    @Test
    void aBudgetNoSystemCanBeSizedWithinExitsThree() {
        CliRun none = CliRun.of("compare", "--workload", "gpt3-175b", "dgx-h100", "gb200-nvl72", "--budget", "USD 1",
                "--quiet");
        assertEquals(ExitCode.NOT_MET, none.exitCode(), none.err());
        assertTrue(none.err().startsWith("walls: no system can be sized within the capital budget of $1.00: even the "
                + "smallest size of each exceeds it"), none.err());
        assertTrue(none.out().contains("8 (over)") && none.out().contains("72 (over)"), none.out());
        assertTrue(none.out().contains("(over): sized to the system's smallest size, above the target."), none.out());
        List<Map<String, Object>> rows = CliRun.of("compare", "--workload", "gpt3-175b", "dgx-h100", "gb200-nvl72",
                "--budget", "USD 1", "--format", "json", "--quiet").json();
        for (Map<String, Object> r : rows) {
            assertEquals(true, r.get("sizingAboveTarget"));
            assertTrue(CliRun.number(r.get("budgetUsedUsd")) > CliRun.number(r.get("budgetUsd")));
        }
        // one system within the budget answers it
        CliRun one = CliRun.of("compare", "--workload", "gpt3-175b", "dgx-h100", "gb200-nvl72", "--budget", "USD 1M",
                "--quiet");
        assertEquals(ExitCode.OK, one.exitCode(), one.err());
        assertTrue(one.out().contains("72 (over)"), one.out());
        assertFalse(one.err().contains("no system can be sized"), one.err());
        // a system compared alone is named, and its smallest size is its own
        CliRun alone = CliRun.of("compare", "--workload", "gpt3-175b", "dgx-h100", "--budget", "USD 1", "--quiet");
        assertEquals(ExitCode.NOT_MET, alone.exitCode(), alone.err());
        assertTrue(alone.err().startsWith("walls: dgx-h100 cannot be sized within the capital budget of $1.00: even its"
                + " smallest size exceeds it; the row is that smallest size\n"), alone.err());
    }

    @Test
    void powerNormalizationTakesTheFirstSystemsPowerByDefault() {
        List<Map<String, Object>> rows = CliRun.of("compare", "--workload", "gpt3-175b", "dgx-h100:512", "gb200-nvl72:9216",
                "--normalize", "power", "--format", "json", "--quiet").json();
        assertTrue(CliRun.number(rows.get(1).get("powerWatts")) <= CliRun.number(rows.get(0).get("powerWatts")) * 1.0001,
                rows.get(1).get("powerWatts") + " vs " + rows.get(0).get("powerWatts"));
    }

    @Test
    void aSystemThatCannotHoldTheModelIsReportedBlockedNotDropped() {
        List<Map<String, Object>> rows = CliRun.of("compare", "--workload", "llama3-405b", "dgx-a100-40gb:8", "--format", "json",
                "--quiet").json();
        assertEquals("memory", rows.get(0).get("bindingWall"));
        assertTrue(((String) rows.get(0).get("verdict")).contains("the memory wall blocks"), (String) rows.get(0).get("verdict"));
        assertEquals(false, rows.get(0).get("fits"), "a tool reads it at the top of the row");
    }

    /** An FP8 layout's MFU is against FP8's peak; against the 16-bit peak, as reports state it, it is twice that on GB200. */
    @Test
    @SuppressWarnings("unchecked")
    void mfuIsGivenAgainstTheSixteenBitPeakToo() {
        List<Map<String, Object>> rows = CliRun.of("compare", "--workload", "gpt3-175b", "gb200-nvl72:2304",
                "ai6-cluster:2304", "--format", "json", "--quiet").json();
        Map<String, Object> gb200 = rows.get(0);
        Map<String, Object> ai6 = rows.get(1);
        assertEquals("fp8", ((Map<String, Object>) gb200.get("strategy")).get("precision"));
        assertEquals(2 * CliRun.number(gb200.get("mfu")), CliRun.number(gb200.get("mfuAt16BitPeak")), 1e-12);
        assertEquals("bf16", ((Map<String, Object>) ai6.get("strategy")).get("precision"));
        assertEquals(CliRun.number(ai6.get("mfu")), CliRun.number(ai6.get("mfuAt16BitPeak")));
        String csv = CliRun.of("compare", "--workload", "gpt3-175b", "gb200-nvl72:2304", "--format", "csv", "--quiet").out();
        assertTrue(csv.lines().findFirst().orElseThrow().contains(",verdict,mfuAt16BitPeak,topRangeDriver,stepTimeSeconds,"
                + "fits,memoryLossSeconds,"), csv);
        assertTrue(csv.lines().findFirst().orElseThrow().contains(",economicsLossSeconds,economicsLossUsd,"), csv);
        assertTrue(csv.lines().skip(1).findFirst().orElseThrow().contains(",economics.operating.lifetimeYears,"), csv);
    }

    /**
     * The table says what each row's MFU is against: the layout's precision, and the 16-bit peak as reports state it,
     * so that an FP8 row and a bf16 row compare; CSV and JSON carry the precision and the layout's keys one by one.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theTableNamesThePrecisionAndGivesMfuAtTheSixteenBitPeak() {
        String table = CliRun.of("compare", "--workload", "gpt3-175b", "gb200-nvl72:2304", "ai6-cluster:2304", "--quiet").out();
        List<String> lines = table.lines().toList();
        assertTrue(lines.get(2).contains("  precision  MFU    MFU@16-bit  binding"), lines.get(2));
        assertTrue(lines.get(4).contains("  fp8        29.6%       59.1%  software"), lines.get(4));
        assertTrue(lines.get(5).contains("  bf16       21.9%       21.9%  software"), lines.get(5));
        assertTrue(table.contains("at 30% MFU of its fp8 peak (59% of its 16-bit) on 2,304 accelerators."), table);
        List<Map<String, Object>> rows = CliRun.of("compare", "--workload", "gpt3-175b", "gb200-nvl72:2304",
                "--format", "json", "--quiet").json();
        assertEquals("fp8", rows.get(0).get("precision"));
        List<String> csv = CliRun.of("compare", "--workload", "gpt3-175b", "gb200-nvl72:2304", "--format", "csv",
                "--quiet").out().lines().toList();
        Map<String, String> row = csvRow(csv.get(0), csv.get(1));
        Map<String, Object> strategy = (Map<String, Object>) rows.get(0).get("strategy");
        assertEquals("fp8", row.get("precision"));
        assertEquals(List.of(strategy.get("tp"), strategy.get("pp"), strategy.get("dp"), strategy.get("cp"),
                        strategy.get("vpp"), strategy.get("microbatch"), strategy.get("recompute"),
                        strategy.get("sequenceParallel"), strategy.get("zeroStage")).toString(),
                List.of(row.get("tp"), row.get("pp"), row.get("dp"), row.get("cp"), row.get("vpp"), row.get("mb"),
                        row.get("recompute"), row.get("sp"), row.get("zero")).toString());
        assertEquals("", row.get("budgetUsd"), "not sized to a budget");
    }

    /** A CSV row by column name (no quoted commas in the columns read). */
    static Map<String, String> csvRow(String header, String line) {
        List<String> names = List.of(header.split(","));
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        assertEquals(names.size(), cells.size(), line);
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            m.put(names.get(i), cells.get(i));
        }
        return m;
    }

    @Test
    void theJavaApiComparesAsTheCommandDoes() {
        String out = CliRun.of("compare", "--workload", "gpt3-175b", "dgx-h100:512", "gb200-nvl72", "--power", "1 MW",
                "--objective", "cost", "--format", "json", "--quiet").out();
        List<Comparison> rows = walls.train("gpt3-175b").objective(Objective.COST)
                .compare(Sizing.power("1 MW"), "dgx-h100:512", "gb200-nvl72");
        assertEquals(out, Json.write(rows));
        assertEquals(List.of("dgx-h100", "gb200-nvl72"), rows.stream().map(Comparison::system).toList());
        List<Comparison> byReference = walls.train("gpt3-175b").objective(Objective.COST).kernel(Walls.REFERENCE_KERNEL)
                .compare(Sizing.power("1 MW"), "dgx-h100:512", "gb200-nvl72");
        assertEquals(out, Json.write(byReference), "the kernels agree, so the comparison does not depend on which sweeps");
        assertTrue(walls.metrics().get("walls.search.strategies.evaluated").tag("kernel", "reference").counter().count() > 0,
                "the reference kernel swept");
    }

    @Test
    void theCommandSweepsWithTheKernelItIsGiven() {
        String[] args = {"compare", "--workload", "gpt3-175b", "dgx-h100:512", "gb200-nvl72", "--format", "json", "--quiet"};
        String byDefault = CliRun.of(args).out();
        CliRun byReference = CliRun.of(concat(args, "--kernel", "reference", "--metrics"));
        assertEquals(0, byReference.exitCode(), byReference.err());
        assertEquals(byDefault, byReference.out(), "the kernels agree, so the comparison does not depend on which sweeps");
        assertTrue(byReference.err().contains("kernel=reference"), byReference.err());
        CliRun unknown = CliRun.of(concat(args, "--kernel", "turbo"));
        assertEquals(ExitCode.INPUT_ERROR, unknown.exitCode());
        assertEquals("walls: unknown kernel 'turbo'; loaded: reference, fast", unknown.err().strip());
    }

    private static String[] concat(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    @Test
    void theJavaApiRefusesWhatTheCommandRefuses() {
        var job = walls.train("gpt3-175b");
        assertEquals("size in 'dgx-h100:0': must be at least 1, got 0",
                assertThrows(InputException.class, () -> job.compare("dgx-h100:0")).getMessage());
        assertEquals("--power: must be positive, got '0 W'",
                assertThrows(InputException.class, () -> Sizing.power("0 W")).getMessage());
        assertTrue(assertThrows(InputException.class, () -> Sizing.budget("50 MW")).getMessage().startsWith("--budget: "));
        assertEquals("name at least one system to compare",
                assertThrows(InputException.class, () -> job.compare(Sizing.likeTheFirst(Normalization.POWER))).getMessage());
        assertEquals(Sizing.AS_GIVEN, Sizing.likeTheFirst(Normalization.NONE));
        assertThrows(IllegalArgumentException.class, () -> new Sizing(Normalization.NONE, 5));
        assertThrows(IllegalArgumentException.class, () -> new Sizing(Normalization.BUDGET, -5));
    }

    @Test
    void conflictingSizingFlagsAreRefused() {
        CliRun run = CliRun.of("compare", "--workload", "gpt3-175b", "dgx-h100", "--budget", "USD 1M", "--power", "1 MW");
        assertEquals(ExitCode.INPUT_ERROR, run.exitCode());
        CliRun unit = CliRun.of("compare", "--workload", "gpt3-175b", "dgx-h100", "--power", "1 MWh");
        assertEquals(ExitCode.INPUT_ERROR, unit.exitCode());
        assertTrue(unit.err().contains("--power"), unit.err());
    }

    @Test
    void aSystemGivenTwiceIsRefusedAndTwoSizesOfOneAreNot() {
        CliRun twice = CliRun.of("compare", "--workload", "gpt3-175b", "dgx-h100", "gb200-nvl72", "dgx-h100");
        assertEquals(ExitCode.INPUT_ERROR, twice.exitCode());
        assertEquals("walls: 'dgx-h100' is given twice; compare lists each system once (a size after a colon tells two "
                + "of the same system apart: dgx-h100:1024 dgx-h100:2048)", twice.err().strip());
        assertEquals(2, walls.train("gpt3-175b").compare("dgx-h100:1024", "dgx-h100:2048").size());
    }

    @Test
    void twoSpecFilesWithOneIdAreRefusedNamingBoth() throws IOException {
        String example = Files.readString(Path.of("..", "examples", "h100-like-cluster.yaml"));
        Path a = Files.writeString(temp.resolve("a.yaml"), example);
        Path b = Files.writeString(temp.resolve("b.yaml"), example.replace("bf16: 989 TFLOPS", "bf16: 900 TFLOPS"));
        CliRun run = CliRun.of("compare", "--workload", "llama3-8b", a.toString(), b + ":64");
        assertEquals(ExitCode.INPUT_ERROR, run.exitCode(), run.out());
        assertEquals("walls: " + a + " and " + b + " both define system 'h100-like-cluster'; give one of them another id"
                + " so that the rows can be told apart", run.err().strip());
        assertTrue(run.out().isEmpty(), run.out());
        assertEquals(2, walls.train("llama3-8b").compare(a + ":64", a + ":128").size(), "two sizes of one file");
    }

    @Test
    void aSizeBelowOneOrBeyondAnIntIsRefused() {
        CliRun zero = CliRun.of("compare", "--workload", "gpt3-175b", "dgx-h100:0");
        assertEquals(ExitCode.INPUT_ERROR, zero.exitCode());
        assertEquals("walls: size in 'dgx-h100:0': must be at least 1, got 0", zero.err().strip());
        CliRun huge = CliRun.of("compare", "--workload", "gpt3-175b", "dgx-h100:99999999999");
        assertEquals(ExitCode.INPUT_ERROR, huge.exitCode());
        assertTrue(huge.err().contains("is too large"), huge.err());
    }

    @Test
    void theWaferScaleExampleSpecGivesTheBuiltInExaPodsAnswer() {
        List<Map<String, Object>> rows = CliRun.of("compare", "--workload", "gpt3-175b",
                "../examples/sram-wafer-scale-cluster.yaml", "dojo-exapod", "--format", "json", "--quiet").json();
        assertEquals(rows.get(1).get("strategy"), rows.get(0).get("strategy"));
        assertEquals(rows.get(1).get("bindingWall"), rows.get(0).get("bindingWall"));
        // the spec writes the tile's cost to the cent, the built-in derives it to the last bit
        for (String field : List.of("accelerators", "timeToTrainDays", "costUsd", "capexUsd", "powerWatts", "mfu",
                "stepTimeSeconds")) {
            double builtIn = CliRun.number(rows.get(1).get(field));
            assertEquals(builtIn, CliRun.number(rows.get(0).get(field)), 1e-9 * Math.abs(builtIn), field);
        }
    }

    @Test
    void theTableEndsWithOneVerdictPerSystem() {
        CliRun run = CliRun.of("compare", "--workload", "gpt3-175b", "dgx-h100:512", "gb200-nvl72:576", "--quiet");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2, run.out().lines().filter(l -> l.startsWith("- ")).count(), run.out());
    }

    @Test
    void theEconomicsColumnGivesMoneyAndTheOthersTime() {
        CliRun run = CliRun.of("compare", "--workload", "gpt3-175b", "dgx-h100:512", "dojo-exapod", "--quiet");
        assertEquals(0, run.exitCode(), run.err());
        List<String> rows = run.out().lines().filter(l -> l.startsWith("dgx-h100 ") || l.startsWith("dojo-exapod ")).toList();
        assertEquals(2, rows.size(), run.out());
        for (String row : rows) {
            assertTrue(row.matches(".*(OK|STRAINED|BLOCKED) [0-9.]+ (us|ms|s|days) +(OK|STRAINED|BLOCKED) \\$[0-9.]+[kMB]?$"),
                    row);
        }
    }
}
