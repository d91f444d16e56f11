package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The model prices mixed-precision training: 16-bit weights and activations. A format it does not train in is refused,
 * not priced with the 16-bit footprint at that format's peak (INT8 on AI5 came out 30 % faster than bf16).
 */
class TrainingPrecisionTest {

    private static void assertRefused(CliRun run, String expected) {
        assertEquals(ExitCode.INPUT_ERROR, run.exitCode(), run.err());
        assertTrue(run.err().strip().endsWith(expected), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void int8IsAnInferenceFormat() {
        assertRefused(CliRun.of("evaluate", "--system", "ai5-cluster", "--accelerators", "2304", "--workload",
                "gpt3-175b", "--strategy", "tp=3,pp=24,sp=false,precision=int8"),
                "precision=int8 is an inference format: no training recipe uses it; use bf16, fp16 or fp8");
    }

    @Test
    void fullThirtyTwoBitTrainingIsNotModeled() {
        String why = " (full 32-bit training) is not modeled: the model is mixed-precision training with 16-bit"
                + " weights and activations; use bf16, fp16 or fp8";
        assertRefused(CliRun.of("evaluate", "--system", "dgx-a100-80gb", "--accelerators", "64", "--workload",
                "llama3-8b", "--strategy", "tp=8,precision=tf32"), "precision=tf32" + why);
        assertRefused(CliRun.of("search", "--system", "dgx-a100-80gb", "--accelerators", "64", "--workload",
                "llama3-8b", "--strategy", "precision=fp32"),
                "the pinned precision=fp32" + why + "; pin another value or leave the key out to search it");
    }
}
