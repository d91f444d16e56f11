package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertInputError(CliRun.of("describe", spec.toString()), "missing required field");
    }

    @Test
    void aBadSpecFileNamesFileLineAndField() throws IOException {
        String example = Files.readString(Path.of("..", "examples", "h100-like-cluster.yaml"));
        Path bad = Files.writeString(temp.resolve("bad.yaml"), example.replace("bandwidth: 450 GB/s", "bandwidth: 450 GB"));
        assertInputError(CliRun.of("describe", bad.toString()), bad + ":27:");
        assertInputError(CliRun.of("describe", bad.toString()), "levels[0].fabric.bandwidth: '450 GB': unknown bandwidth unit");
    }

    @Test
    void aSizeTheSystemCannotTakeIsRefused() {
        assertInputError(CliRun.of("describe", "../examples/h100-like-cluster.yaml", "--accelerators", "12"), "multiple of 8");
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
        // Meta's Llama 3 405B layout (pp=16 on 126 layers) needs uneven stages, which the model does not have
        assertInputError(CliRun.of("evaluate", "--system", "meta-h100-roce", "--workload", "llama3-405b",
                "--accelerators", "16384", "--strategy", "tp=8,pp=16,dp=128"), "pp·vpp = 16 must divide the 126 layers "
                + "(every stage holds as many; pp·vpp is one of 1, 2, 3, 6, 7, 9, 14, 18, 21, 42, 63, 126)");
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
}
