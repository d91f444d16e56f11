package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A command that ran but whose answer is "it cannot run" says so in its exit code (3), and still prints the answer. */
class NotMetExitCodeTest {

    @Test
    void aLayoutThatDoesNotFitMemory() {
        CliRun run = CliRun.of("evaluate", "--system", "dgx-h100", "--workload", "llama3-405b", "--accelerators", "8",
                "--strategy", "tp=8");
        assertEquals(ExitCode.NOT_MET, run.exitCode(), run.err());
        assertTrue(run.out().contains("(DOES NOT FIT)"), run.out());
        // stderr says why in one line (the JSON may be going to a file); a layout the user wrote needs no search hint
        assertTrue(run.err().strip().startsWith("walls: this layout cannot run: the memory wall blocks it: the busiest"
                + " rank needs"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        CliRun defaults = CliRun.of("evaluate", "--system", "dgx-h100", "--workload", "gpt3-175b", "--accelerators",
                "512");
        assertEquals(ExitCode.NOT_MET, defaults.exitCode(), defaults.err());
        assertTrue(defaults.err().contains("`walls search --system dgx-h100 --workload gpt3-175b --accelerators 512` "
                + "finds the fastest layout that fits"), defaults.err());
        Map<String, Object> fits = CliRun.of("evaluate", "--system", "dgx-h100", "--workload", "llama3-8b",
                "--accelerators", "8", "--strategy", "tp=8", "--format", "json").json();
        assertEquals(true, fits.get("fits"));
    }

    @Test
    void aComparisonWhereNoSystemFitsAndOneWhereOneDoes() {
        CliRun none = CliRun.of("compare", "--workload", "llama3-405b", "dgx-h100:8", "--format", "json", "--quiet");
        assertEquals(ExitCode.NOT_MET, none.exitCode(), none.err());
        List<Map<String, Object>> rows = none.json();
        assertEquals(1, rows.size());
        assertEquals("walls: dgx-h100 cannot run llama3-405b; its verdict says why", none.err().strip());
        CliRun one = CliRun.of("compare", "--workload", "llama3-405b", "dgx-h100:8", "gb200-nvl72:576", "--quiet");
        assertEquals(ExitCode.OK, one.exitCode(), one.err());
    }

    /** Fitting memory is not enough: a wall that blocks (here economics, at 36x the default path's cost) is a no. */
    @Test
    void aLayoutThatFitsButAWallBlocks() {
        CliRun evaluate = CliRun.of("evaluate", "--system", "dojo-exapod", "--workload", "megatron-gpt-18b",
                "--accelerators", "2560", "--strategy", "tp=16,pp=5,mb=2,recompute=full,zero=1", "--format", "json");
        assertEquals(ExitCode.NOT_MET, evaluate.exitCode(), evaluate.err());
        Map<String, Object> e = evaluate.json();
        assertEquals(true, e.get("fits"));
        assertTrue(evaluate.err().startsWith("walls: this layout cannot run: the economics wall blocks it: "),
                evaluate.err());
        CliRun search = CliRun.of("search", "--system", "dojo-exapod", "--workload", "megatron-gpt-18b", "--quiet");
        assertEquals(ExitCode.NOT_MET, search.exitCode(), search.err());
        assertTrue(search.err().startsWith("walls: the economics wall blocks the best layout: "), search.err());
        assertTrue(search.out().contains("BLOCKED"), search.out());
    }
}
