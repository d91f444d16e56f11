package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.core.output.Json;
import dev.walls.fixture.FixturePlugin;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark command's shape and input checks; its figures measure the machine and are not asserted. */
class BenchmarkCommandTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyKernelRunsTheSameSearchAndTheReferenceIsTheUnit() {
        CliRun run = CliRun.of("benchmark", "--system", "dgx-h100", "--accelerators", "64", "--workload", "llama3-8b",
                "--warmup", "0", "--warmup-seconds", "0", "--settle-seconds", "0", "--iterations", "1", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        Map<String, Object> json = (Map<String, Object>) Json.read(run.out());
        assertEquals("dgx-h100", json.get("system"));
        List<Map<String, Object>> kernels = (List<Map<String, Object>>) json.get("kernels");
        assertEquals(List.of("reference", "fast"), kernels.stream().map(k -> k.get("kernel")).toList());
        long strategies = ((Number) kernels.get(0).get("strategies")).longValue();
        assertTrue(strategies > 1000, "a real search: " + strategies);
        for (Map<String, Object> k : kernels) {
            assertEquals(strategies, ((Number) k.get("strategies")).longValue(), "both kernels sweep the same layouts");
            assertTrue(((Number) k.get("strategiesPerSecond")).doubleValue() > 0);
        }
        assertEquals(1.0, ((Number) kernels.get(0).get("speedupOverReference")).doubleValue());
    }

    /**
     * After warm-up the benchmark waits for the JIT to go quiet, and says whether it did (a test's JVM may not in a
     * fifth of a second: either answer is a boolean, and the figures follow).
     */
    @Test
    @SuppressWarnings("unchecked")
    void theWarmUpWaitsForTheJitAndSaysWhetherItWentQuiet() {
        CliRun run = CliRun.of("benchmark", "--system", "dgx-h100", "--accelerators", "64", "--workload", "llama3-8b",
                "--warmup", "1", "--warmup-seconds", "0", "--settle-seconds", "0.2", "--iterations", "1",
                "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        Map<String, Object> json = (Map<String, Object>) Json.read(run.out());
        assertTrue(json.get("jitQuiet") instanceof Boolean, json.toString());
        double warmed = ((Number) json.get("warmupElapsedSeconds")).doubleValue();
        assertTrue(warmed > 0 && warmed < 120, json.toString());

        CliRun skipped = CliRun.of("benchmark", "--system", "dgx-h100", "--accelerators", "64", "--workload",
                "llama3-8b", "--warmup", "0", "--warmup-seconds", "0", "--settle-seconds", "0", "--iterations", "1");
        assertEquals(0, skipped.exitCode(), skipped.err());
        assertTrue(skipped.out().contains("at least 0 searches per kernel)"), skipped.out());
    }

    /** A plugin's kernel that throws is its row's failure: the other kernels are still measured. */
    @Test
    @SuppressWarnings("unchecked")
    void aBrokenPluginKernelFailsItsOwnRowAndTheOthersAreMeasured(@TempDir Path temp) throws IOException {
        Path dir = temp.resolve("plugins");
        String kernel = "package org.example.broken;\n"
                + "public final class BrokenKernel implements dev.walls.spi.kernel.EvaluationKernel {\n"
                + "  public String id() { return \"broken\"; }\n"
                + "  public void evaluate(dev.walls.spi.kernel.CostTable t, int[] s, double[] out) {\n"
                + "    throw new IllegalStateException(\"kernel bug\");\n  }\n}\n";
        FixturePlugin.module("org.example.broken")
                .source("org.example.broken.FixturePlugin", FixturePlugin.pluginClass("org.example.broken", "broken",
                        "broken-x1", "SpiVersion.CURRENT").replace("public List<SystemSpec> systems() {",
                        "public List<dev.walls.spi.kernel.EvaluationKernel> kernels() { return List.of(new BrokenKernel()); }"
                                + "\n    public List<SystemSpec> systems() {"))
                .source("org.example.broken.BrokenKernel", kernel)
                .jar(dir, "broken.jar");

        CliRun run = CliRun.of("--plugin-path", dir.toString(), "benchmark", "--system", "dgx-h100", "--accelerators",
                "64", "--workload", "llama3-8b", "--warmup", "0", "--warmup-seconds", "0", "--settle-seconds", "0",
                "--iterations", "1", "--format", "json");

        assertEquals(ExitCode.INTERNAL_ERROR, run.exitCode(), run.err());
        List<Map<String, Object>> kernels = (List<Map<String, Object>>) ((Map<String, Object>) Json.read(run.out()))
                .get("kernels");
        assertEquals(List.of("reference", "fast", "broken"), kernels.stream().map(k -> k.get("kernel")).toList());
        for (Map<String, Object> measured : kernels.subList(0, 2)) {
            assertTrue(((Number) measured.get("strategiesPerSecond")).doubleValue() > 0, measured.toString());
        }
        Map<String, Object> broken = kernels.get(2);
        assertEquals(null, broken.get("strategiesPerSecond"));
        assertTrue(((String) broken.get("failure")).startsWith("kernel 'broken' of plugin 'broken' ("
                + dir.resolve("broken.jar") + ") failed on the layouts "), broken.toString());
        assertTrue(run.err().startsWith("walls: plugin error: kernel 'broken' of plugin 'broken'"), run.err());
    }

    @Test
    void badCountsAreRefusedAsInputErrors() {
        for (String[] bad : List.of(new String[] {"--iterations", "0"}, new String[] {"--warmup", "-1"},
                new String[] {"--warmup-seconds", "NaN"}, new String[] {"--warmup-seconds", "-2"},
                new String[] {"--iterations", "2000000000"}, new String[] {"--warmup", "2000000000"},
                new String[] {"--settle-seconds", "-1"}, new String[] {"--settle-seconds", "61"},
                new String[] {"--settle-seconds", "NaN"}, new String[] {"--settle-seconds", "1e-12"})) {
            String[] args = new String[] {"benchmark", "--accelerators", "64", bad[0], bad[1]};
            CliRun run = CliRun.of(args);
            assertEquals(ExitCode.INPUT_ERROR, run.exitCode(), String.join(" ", bad) + ": " + run.err());
            assertTrue(!run.err().contains("Exception"), run.err());
        }
    }

    @Test
    void aCountOutOfRangeNamesOnlyTheFlagThatIsWrong() {
        String[][] cases = {
                {"--warmup", "-1", "walls: --warmup must be between 0 and 1000000, got -1"},
                {"--iterations", "0", "walls: --iterations must be between 1 and 1000000, got 0"},
                {"--warmup-seconds", "601", "walls: --warmup-seconds must be between 0 and 600, got 601.0"},
                {"--warmup-seconds", "NaN", "walls: --warmup-seconds must be between 0 and 600, got NaN"}};
        for (String[] c : cases) {
            CliRun run = CliRun.of("benchmark", "--accelerators", "64", c[0], c[1]);
            assertEquals(ExitCode.INPUT_ERROR, run.exitCode(), run.err());
            assertEquals(c[2], run.err().strip());
        }
    }
}
