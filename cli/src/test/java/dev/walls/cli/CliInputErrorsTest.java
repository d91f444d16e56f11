package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every user mistake gives one clear message and exit code 2; never a stack trace. */
class CliInputErrorsTest {

    @TempDir
    Path temp;

    private static void assertInputError(CliRun run, String expected) {
        assertEquals(ExitCode.INPUT_ERROR, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains(expected), "expected '" + expected + "' in: " + run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        assertTrue(run.out().isEmpty(), "nothing on stdout: " + run.out());
    }

    @Test
    void anUnknownSystemSuggestsTheNearestIds() throws IOException {
        Path spec = Files.writeString(temp.resolve("a.yaml"), "id: x\n");
        assertInputError(CliRun.of("describe", "dgx-h10"), "unknown system 'dgx-h10'");
        assertInputError(CliRun.of("compare", "--workload", "gpt3-175b", "dgx-h100:abc"),
                "size in 'dgx-h100:abc': 'abc' is not a count of accelerators (a whole number, at least 1)");
        assertInputError(CliRun.of("describe", spec.toString()), "missing required field");
    }

    @Test
    void casesThatAreNotARegularFileAreRead() {
        // a process substitution (<(grep ...)) or a device is read like a file, not called missing
        CliRun run = CliRun.of("validate", "--cases", "/dev/null");
        assertEquals(ExitCode.INPUT_ERROR, run.exitCode(), run.err());
        assertEquals("walls: /dev/null: empty file, expected a header line", run.err().strip());
    }

    @Test
    void aPathJavaCannotNameIsBadInputNotAnInternalError() {
        // a NUL can never be in a path; a name the locale cannot encode (LANG=C, spëc.yaml) fails the same way
        CliRun run = CliRun.of("describe", "sp\u0000ec.yaml");
        assertEquals(ExitCode.INPUT_ERROR, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("walls: cannot use the path 'sp"), run.err());
        assertTrue(run.err().contains("run under a UTF-8 locale"), run.err());
    }

    @Test
    void aBadSpecFileNamesFileLineAndField() throws IOException {
        String example = Files.readString(Path.of("..", "examples", "h100-like-cluster.yaml"));
        Path bad = Files.writeString(temp.resolve("bad.yaml"), example.replace("bandwidth: 450 GB/s", "bandwidth: 450 GB"));
        assertInputError(CliRun.of("describe", bad.toString()), bad + ":30:");
        assertInputError(CliRun.of("describe", bad.toString()), "levels[0].fabric.bandwidth: '450 GB': unknown bandwidth unit");
    }

    /** describe takes what evaluate takes, part of a node included (12 of 8-GPU nodes), and refuses beyond the largest. */
    @Test
    void aSizeTheSystemCannotTakeIsRefused() {
        assertInputError(CliRun.of("describe", "../examples/h100-like-cluster.yaml", "--accelerators", "40000"),
                "cannot use 40000 accelerators of h100-like-cluster (it scales from 8 to 32768 accelerators)");
        assertEquals(0, CliRun.of("describe", "../examples/h100-like-cluster.yaml", "--accelerators", "12").exitCode());
    }

    @Test
    void aLayoutThatDoesNotTileTheSystemSaysWhatToChange() {
        assertInputError(CliRun.of("evaluate", "--system", "gb200-nvl72", "--workload", "llama3-70b", "--strategy", "tp=8,pp=4"),
                "tp·pp·cp = 32 does not divide 72 accelerators (choose tp, pp and cp whose product divides 72");
        assertInputError(CliRun.of("evaluate", "--system", "gb200-nvl72", "--workload", "llama3-70b", "--strategy",
                "tp=8,pp=4,dp=4"), "(leave dp out to derive it");
    }

    @Test
    void aCountBelowOneIsRefused() {
        assertInputError(CliRun.of("evaluate", "--system", "dgx-h100", "--workload", "gpt3-175b", "--accelerators", "-5"),
                "must be at least 1, got -5");
        assertInputError(CliRun.of("describe", "dgx-h100", "--accelerators", "0"), "must be at least 1, got 0");
    }

    @Test
    void stagesThatCannotHoldEqualLayersListThePipelineDepthsThatCan() {
        // Megatron-LM 2021-22 has no uneven stages: pp=10 cannot hold GPT-3's 96 layers
        assertInputError(CliRun.of("evaluate", "--system", "dgx-a100-80gb", "--workload", "gpt3-175b",
                "--accelerators", "1280", "--strategy", "tp=8,pp=10"), "pp·vpp = 10 must divide the 96 layers "
                + "(every stage holds as many: the stack has no uneven stages; pp·vpp is one of 1, 2, 3, 4, 6, 8, 12, "
                + "16, 24, 32, 48, 96)");
    }

    @Test
    void metasLlamaThreeLayoutOfSixteenUnevenStagesIsALayoutOnMegatronCore() {
        // 126 layers on 16 stages: 15 of 8 and a last of 6; the model evaluates it (memory then decides)
        CliRun run = CliRun.of("evaluate", "--system", "meta-h100-roce", "--workload", "llama3-405b",
                "--accelerators", "16384", "--strategy", "tp=8,pp=16,dp=128");
        assertTrue(run.exitCode() == ExitCode.OK || run.exitCode() == ExitCode.NOT_MET, run.err());
        assertTrue(run.out().contains("tp=8,pp=16,dp=128"), run.out());
    }

    @Test
    void anImpossibleDefaultLayoutSaysHowToGetOneThatWorks() {
        String[] args = {"evaluate", "--system", "../examples/sram-wafer-scale-cluster.yaml", "--workload",
                "../examples/gpt-7b.yaml"};
        assertInputError(CliRun.of(args), "dp·mb = 3000 must divide the global batch of 512 sequences; every key of the"
                + " layout is at its default (dp fills the system): give a layout with --strategy, or let `walls search`"
                + " find the best");
        String[] given = {"evaluate", "--system", "../examples/sram-wafer-scale-cluster.yaml", "--workload",
                "../examples/gpt-7b.yaml", "--strategy", "dp=3000"};
        CliRun run = CliRun.of(given);
        assertInputError(run, "must divide the global batch of 512 sequences");
        assertFalse(run.err().contains("at its default"), run.err());
    }

    @Test
    void aBadFormatOrFlagIsRefused() {
        assertInputError(CliRun.of("systems", "--format", "xml"), "expected table, json or csv");
        assertInputError(CliRun.of("systems", "--colour"), "Unknown option: '--colour'");
    }

    @Test
    void aMisspeltCommandOrOptionGetsTheNearestOne() {
        assertInputError(CliRun.of("serach"), "did you mean 'search'?");
        assertInputError(CliRun.of("compare", "--workload", "gpt3-175b", "--normalise", "budget", "dgx-h100"),
                "did you mean '--normalize'? see 'walls compare --help'");
    }

    @Test
    void aMissingPluginFolderIsRefused() {
        assertInputError(CliRun.of("--plugin-path", temp.resolve("none").toString(), "systems"), "no such directory");
    }

    @Test
    void aBadStrategyNamesTheKey() {
        assertInputError(CliRun.of("evaluate", "--system", "../examples/h100-like-cluster.yaml", "--workload",
                "../examples/gpt-7b.yaml", "--strategy", "tp=8,pq=2"), "unknown strategy key 'pq'");
        assertInputError(CliRun.of("evaluate", "--system", "../examples/h100-like-cluster.yaml", "--workload",
                "../examples/gpt-7b.yaml", "--strategy", "tp=eight"), "needs a whole number");
    }

    /** Exit code 2, nothing on stdout, and on stderr exactly {@code walls: expected}. */
    private static void assertRefused(CliRun run, String expected) {
        assertEquals(ExitCode.INPUT_ERROR, run.exitCode(), run.out() + run.err());
        assertEquals("walls: " + expected, run.err().strip());
        assertTrue(run.out().isEmpty(), "nothing on stdout: " + run.out());
    }

    /** The example workload with a global batch that 9 accelerators divide, so only the size can be refused. */
    private Path batchOf576() throws IOException {
        String example = Files.readString(Path.of("..", "examples", "gpt-7b.yaml"));
        return Files.writeString(temp.resolve("gpt-576.yaml"), example.replace("globalBatch: 512", "globalBatch: 576"));
    }

    /**
     * A search may use part of a system (9 GPUs of 8-GPU nodes), so evaluate takes such a size too: any layout a search
     * reports can be re-run and gives the same step.
     */
    @Test
    @SuppressWarnings("unchecked")
    void evaluateReRunsALayoutASearchFoundOnPartOfASystem() throws IOException {
        String workload = batchOf576().toString();
        Map<String, Object> upTo9 = CliRun.of("search", "--system", "dgx-h100", "--workload", workload,
                "--accelerators", "9", "--quiet", "--format", "json").json();
        Map<String, Object> best = (Map<String, Object>) upTo9.get("best");
        assertEquals(9.0, CliRun.number(best.get("accelerators")), best.toString());
        Map<String, Object> k = (Map<String, Object>) best.get("strategy");
        String layout = "tp=" + k.get("tp") + ",pp=" + k.get("pp") + ",dp=" + k.get("dp") + ",cp=" + k.get("cp") + ",vpp="
                + k.get("vpp") + ",mb=" + k.get("microbatch") + ",recompute=" + k.get("recompute") + ",sp="
                + k.get("sequenceParallel") + ",zero=" + k.get("zeroStage") + ",precision=" + k.get("precision");
        Map<String, Object> again = CliRun.of("evaluate", "--system", "dgx-h100", "--workload", workload,
                "--accelerators", "9", "--strategy", layout, "--format", "json").json();
        assertEquals(best.get("stepTimeSeconds"), again.get("stepTimeSeconds"));
        // and describe shows that part: 9 GPUs on two nodes, the second counted whole
        Map<String, Object> part = CliRun.of("describe", "dgx-h100", "--accelerators", "9", "--format", "json").json();
        assertEquals(9, ((Number) part.get("accelerators")).intValue());
        List<Map<String, Object>> levels = (List<Map<String, Object>>) part.get("hierarchy");
        assertEquals(2, ((Number) levels.get(1).get("units")).intValue(), levels.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void anExplicitDpOfZeroIsRefusedWhileLeavingDpOutDerivesIt() throws IOException {
        String workload = batchOf576().toString();
        assertRefused(CliRun.of("evaluate", "--system", "dgx-h100", "--workload", workload, "--strategy", "tp=8,dp=0"),
                "--strategy: dp must be at least 1, got 0");
        assertRefused(CliRun.of("evaluate", "--system", "dgx-h100", "--workload", workload, "--strategy", "dp=-1"),
                "--strategy: dp must be at least 1, got -1");
        assertRefused(CliRun.of("search", "--system", "dgx-h100", "--workload", workload, "--strategy", "dp=0", "--quiet"),
                "--strategy: dp must be at least 1, got 0");
        Map<String, Object> derived = CliRun.of("evaluate", "--system", "dgx-h100", "--workload", workload,
                "--strategy", "tp=8", "--format", "json").json();
        Map<String, Object> layout = (Map<String, Object>) derived.get("strategy");
        assertEquals(CliRun.number(derived.get("accelerators")), 8 * CliRun.number(layout.get("dp")), layout.toString());
    }

    @Test
    void anEmptyPartOfAStrategyIsRefusedNamingIt() {
        String part2 = "--strategy: strategy part 2, after 'tp=8', is empty; write key=value parts separated by single commas";
        assertRefused(CliRun.of("evaluate", "--system", "dgx-h100", "--workload", "gpt3-175b", "--strategy", "tp=8,,pp=2"),
                part2);
        assertRefused(CliRun.of("search", "--system", "dgx-h100", "--workload", "gpt3-175b", "--strategy", "tp=8,",
                "--quiet"), part2);
        assertRefused(CliRun.of("evaluate", "--system", "dgx-h100", "--workload", "gpt3-175b", "--strategy", ",tp=8"),
                "--strategy: strategy part 1 is empty; write key=value parts separated by single commas");
    }

    @Test
    void anEmptyPluginPathIsRefusedRatherThanTakenAsTheCurrentFolder() {
        assertRefused(CliRun.of("--plugin-path", "", "systems"), "--plugin-path: empty path; name a folder");
    }

    @Test
    void aSpecOfTheOtherKindSaysWhichKindItIs() {
        String workload = "../examples/gpt-7b.yaml";
        String system = "../examples/h100-like-cluster.yaml";
        assertRefused(CliRun.of("evaluate", "--system", workload, "--workload", "gpt3-175b"),
                workload + ": is a workload spec (kind: workload), not a system spec");
        assertRefused(CliRun.of("describe", workload), workload + ": is a workload spec (kind: workload), not a system spec");
        assertRefused(CliRun.of("evaluate", "--system", "dgx-h100", "--workload", system),
                system + ": is a system spec (kind: system), not a workload spec");
    }

    @Test
    void notANumberInAJsonSpecIsNamedWithoutJacksonsAdvice() throws IOException {
        Path nan = Files.writeString(temp.resolve("nan.json"), "{\"kind\": \"workload\", \"id\": \"w\",\n"
                + "  \"layers\": NaN}\n");
        assertRefused(CliRun.of("evaluate", "--system", "dgx-h100", "--workload", nan.toString()),
                nan + ":2:13: NaN is not a number; write a finite value");
        Path inf = Files.writeString(temp.resolve("inf.json"), "{\"layers\": -Infinity}\n");
        assertRefused(CliRun.of("evaluate", "--system", "dgx-h100", "--workload", inf.toString()),
                inf + ":1:12: -Infinity is not a finite number; write a finite value");
    }
}
