package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A key the layout leaves out takes a default the system's software stack can run; a key written stays as written. */
class StackDefaultsTest {

    private static final String[] DOJO = {"evaluate", "--system", "dojo-exapod", "--workload", "gpt3-175b",
            "--accelerators", "2304", "--format", "json", "--strategy"};

    private static CliRun evaluate(String layout) {
        String[] args = java.util.Arrays.copyOf(DOJO, DOJO.length + 1);
        args[DOJO.length] = layout;
        return CliRun.of(args);
    }

    @Test
    @SuppressWarnings("unchecked")
    void sequenceParallelismLeftOutIsOffOnAStackWithoutIt() {
        CliRun run = evaluate("tp=48,pp=48,dp=1");
        assertEquals(ExitCode.NOT_MET, run.exitCode(), "evaluated, but GPT-3 does not fit the dies: " + run.err());
        Map<String, Object> e = run.json();
        Map<String, Object> strategy = (Map<String, Object>) e.get("strategy");
        assertEquals(false, strategy.get("sequenceParallel"));
        assertEquals(evaluate("tp=48,pp=48,dp=1,sp=false").out(), run.out());
        CliRun written = evaluate("tp=48,pp=48,dp=1,sp=true");
        assertEquals(ExitCode.INPUT_ERROR, written.exitCode());
        assertTrue(written.err().endsWith("sp=true needs sequence parallelism, which the software stack does not support\n"),
                written.err());
    }

    @Test
    @SuppressWarnings("unchecked")
    void onAStackWithSequenceParallelismItIsOnByDefault() {
        Map<String, Object> e = CliRun.of("evaluate", "--system", "dgx-h100", "--workload", "gpt3-175b", "--accelerators",
                "1024", "--strategy", "tp=8,pp=8", "--format", "json").json();
        assertEquals(true, ((Map<String, Object>) e.get("strategy")).get("sequenceParallel"));
    }
}
