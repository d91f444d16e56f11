package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.walls.core.spec.PlausibleRange;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Whatever number a user puts on any assumption, walls either answers in finite numbers or refuses the value with one
 * line naming the path, exit 2: never an internal error, a message about something the user did not write, or a
 * NaN or infinity in the answer.
 */
class AssumptionOverridesTest {

    /** Zero, a tiny value, a fraction, a value above one and a huge one: each breaks some domain. */
    private static final double[] VALUES = {0, 1e-9, 0.5, 3, 1e12};

    /** A system of each kind: switched GPUs, an NVL72 rack, a wafer-scale tile, a custom chip with no price history. */
    private static final String[] COMPARE = {"compare", "--workload", "llama3-8b", "dgx-h100:16", "gb200-nvl72:72",
            "dojo-exapod:350", "ai6-cluster:64", "--format", "json"};

    @Test
    void everyAssumptionAtEveryValueIsAnsweredInFiniteNumbersOrRefusedByPath() {
        assertTrue(sweep(row -> VALUES) > 0, "some values are out of their domain");
    }

    /** The plausibility bounds on overrides are what keep the walls finite: their very edges must be, too. */
    @Test
    void everyAssumptionAtTheEdgesOfItsPlausibleRangeIsAnsweredInFiniteNumbersOrRefusedByPath() {
        sweep(row -> {
            PlausibleRange r = PlausibleRange.around(Figure.range(CliRun.number(row.get("low")),
                    CliRun.number(row.get("value")), CliRun.number(row.get("high")), Provenance.derived("test")));
            return new double[] {r.min(), r.max()};
        });
    }

    /** Runs a comparison with every listed assumption at each of its values; returns how many were refused. */
    private static int sweep(Function<Map<String, Object>, double[]> values) {
        List<Map<String, Object>> rows = CliRun.of("assumptions", "--format", "json").json();
        assertTrue(rows.size() > 100, "assumptions listed: " + rows.size());
        List<String> problems = new ArrayList<>();
        int refused = 0;
        for (Map<String, Object> row : rows) {
            String path = (String) row.get("path");
            for (double value : values.apply(row)) {
                String assume = path + "=" + value;
                String[] args = new String[COMPARE.length + 2];
                args[0] = "--assume";
                args[1] = assume;
                System.arraycopy(COMPARE, 0, args, 2, COMPARE.length);
                CliRun run = CliRun.of(args);
                String err = run.err().strip();
                // answered: yes (0) or no (3, nothing fits)
                if (run.exitCode() == ExitCode.OK || run.exitCode() == ExitCode.NOT_MET) {
                    if (run.out().contains("NaN") || run.out().contains("Infinity")) {
                        problems.add(assume + ": a NaN or infinity in the answer");
                    }
                } else if (run.exitCode() == 2) {
                    refused++;
                    if (!err.startsWith("walls: --assume " + path + ": ") || err.lines().count() != 1) {
                        problems.add(assume + ": refused with '" + err + "'");
                    }
                } else {
                    problems.add(assume + ": exit " + run.exitCode() + ": " + err);
                }
            }
        }
        assertEquals(List.of(), problems);
        return refused;
    }

    @Test
    void onePathGivenTwoValuesIsRefusedRatherThanSettledByTheFlagsOrder() {
        CliRun run = CliRun.of("--assume", "economics.operating.pue=1.4", "--assume", "economics.operating.pue=1.2",
                "evaluate", "--system", "dgx-h100", "--workload", "llama3-8b", "--strategy", "tp=8");
        assertEquals(ExitCode.INPUT_ERROR, run.exitCode(), run.err());
        assertEquals("walls: --assume economics.operating.pue is given twice, as 1.4 and 1.2; give it once",
                run.err().strip());
        CliRun same = CliRun.of("--assume", "economics.operating.pue=1.4", "--assume", "economics.operating.pue=1.40",
                "evaluate", "--system", "dgx-h100", "--workload", "llama3-8b", "--strategy", "tp=8");
        assertEquals(0, same.exitCode(), same.err());
    }

    @Test
    void aPackageNoPartOfWhichAssemblesGoodIsBlockedAndHasNoCost() {
        List<Map<String, Object>> rows = CliRun.of("--assume", "packaging.assembly.attachYieldPerComponent=1e-9",
                "--assume", "economics.packaging.attachYieldPerComponent=1e-9", "compare", "--workload", "llama3-8b",
                "dojo-exapod:350", "--format", "json").json();
        Map<String, Map<String, Object>> walls = walls(rows.get(0));
        assertEquals("BLOCKED", walls.get("packaging").get("status"));
        assertTrue(((String) walls.get("packaging").get("finding")).contains("yields no good package"),
                walls.get("packaging").toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) walls.get("economics").get("metrics");
        assertEquals(0.0, CliRun.number(metrics.get("packageYield")));
        assertFalse(metrics.containsKey("costPerPackageUsd"), metrics.toString());
        assertFalse(metrics.containsKey("manufacturingCostUsdPerAccelerator"), metrics.toString());
    }

    @Test
    void aRefusalSaysWhatTheDomainIsWithoutRepeatingThePath() {
        CliRun run = CliRun.of("--assume", "interconnect.switchedEfficiency=0", "compare", "--workload", "llama3-8b",
                "dgx-h100:16");
        assertEquals(2, run.exitCode());
        assertEquals("walls: --assume interconnect.switchedEfficiency: must be a fraction in (0, 1], got 0.0",
                run.err().strip());
        run = CliRun.of("--assume", "economics.defaultPath.peakFlopsPerSecond.bf16=0", "compare", "--workload",
                "llama3-8b", "dgx-h100:16");
        assertEquals("walls: --assume economics.defaultPath.peakFlopsPerSecond.bf16: must be positive, got 0.0",
                run.err().strip());
        run = CliRun.of("--assume", "economics.operating.pue=0.5", "compare", "--workload", "llama3-8b", "dgx-h100:16");
        assertEquals("walls: --assume economics.operating.pue: must be at least 1 (a whole over a part it contains), got 0.5",
                run.err().strip());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> walls(Map<String, Object> row) {
        Map<String, Object> evaluation = (Map<String, Object>) row.get("evaluation");
        if (evaluation.get("walls") instanceof Map<?, ?> m) {
            return (Map<String, Map<String, Object>>) m;
        }
        fail("no walls in " + evaluation.keySet());
        return Map.of();
    }
}
