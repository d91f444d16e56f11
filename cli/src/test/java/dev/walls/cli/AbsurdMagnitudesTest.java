package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that pass every rule of their field but are absurd in magnitude (1e308, 1e-300) are refused where they are
 * written — the spec file's line and field, or the --assume path — with the range walls accepts, exit 2: never
 * answered with NaN, Infinity or a 300-digit figure.
 */
class AbsurdMagnitudesTest {

    private static final Path CASES = Path.of(System.getProperty("walls.validationDir", "../../shared/validation"), "public.csv");

    @TempDir
    Path temp;

    private static void assertRefused(CliRun run, String message) {
        assertEquals(ExitCode.INPUT_ERROR, run.exitCode(), run.out() + run.err());
        assertEquals("walls: " + message, run.err().strip());
        assertTrue(run.out().isEmpty(), run.out());
    }

    private Path example(String name, String from, String to) throws IOException {
        String text = Files.readString(Path.of("..", "examples", name));
        assertTrue(text.contains(from), from);
        return Files.writeString(temp.resolve(name), text.replace(from, to));
    }

    @Test
    void aWorkloadSpecWithAbsurdTrainingTokensNamesFileLineFieldAndRange() throws IOException {
        Path w = example("gpt-7b.yaml", "trainingTokens: 300e9", "trainingTokens: 1e308");
        assertRefused(CliRun.of("evaluate", "--system", "dgx-h100", "--workload", w.toString(), "--format", "json"),
                w + ":17:17: trainingTokens: '1e308' is outside the plausible range 1 .. 1e18");
    }

    @Test
    void aSystemSpecWithAVanishingBandwidthOrPeakNamesTheFieldNotAWall() throws IOException {
        Path s = example("h100-like-cluster.yaml", "bandwidth: {value: 3.35 TB/s, low: 3.0 TB/s, note: \"some listings give 3.0 TB/s\"}",
                "bandwidth: 1e-300 GB/s");
        assertRefused(CliRun.of("evaluate", "--system", s.toString(), "--workload", "llama3-8b", "--accelerators", "64"),
                s + ":23:18: accelerator.memory[0].bandwidth: '1e-300 GB/s' is outside the plausible range 1 kB/s .. 1 EB/s");
        s = example("h100-like-cluster.yaml", "bf16: 989 TFLOPS", "bf16: {value: 989 TFLOPS, high: 1e30 TFLOPS}");
        assertRefused(CliRun.of("describe", s.toString()),
                s + ":17:37: accelerator.peak.bf16.high: '1e30 TFLOPS' is outside the plausible range 1 MFLOPS .. 1 ZFLOPS");
    }

    @Test
    void anAssumptionFarOutsideItsDocumentedRangeIsRefusedWithTheRange() {
        String[] evaluate = {"evaluate", "--system", "dgx-h100", "--workload", "llama3-8b", "--accelerators", "64",
                "--strategy", "tp=8", "--format", "json"};
        assertRefused(CliRun.of(with("packaging.silicon.waferDiameterMm=1e308", evaluate)),
                "--assume packaging.silicon.waferDiameterMm: 1e308 is outside the plausible range 0.3 .. 300000 around"
                        + " the documented value 300 (`walls assumptions` lists it)");
        assertRefused(CliRun.of(with("economics.operating.pue=1e308", evaluate)),
                "--assume economics.operating.pue: 1e308 is outside the plausible range 0.00109 .. 1600 around the"
                        + " documented range 1.09 .. 1.6 (`walls assumptions` lists it)");
        assertRefused(CliRun.of(with("packaging.reliability.storageWriteBytesPerSecondPerAccelerator=1e-300", evaluate)),
                "--assume packaging.reliability.storageWriteBytesPerSecondPerAccelerator: 1e-300 is outside the plausible"
                        + " range 61000 .. 4.27e11 around the documented range 6.1e7 .. 4.27e8 (`walls assumptions` lists it)");
        // a yield or an efficiency may be made all but zero, down to one in a billion
        assertRefused(CliRun.of(with("interconnect.switchedEfficiency=1e-300", evaluate)),
                "--assume interconnect.switchedEfficiency: 1e-300 is outside the plausible range 1e-9 .. 850 around the"
                        + " documented range 0.7 .. 0.85 (`walls assumptions` lists it)");
        assertEquals(0, CliRun.of(with("economics.operating.pue=1600", evaluate)).exitCode(), "the edge is accepted");
    }

    @Test
    void aTargetOfAbsurdMagnitudeIsRefusedWithTheRange() {
        assertRefused(CliRun.of("compare", "--workload", "gpt3-175b", "dgx-h100", "--budget", "USD 1e308"),
                "--budget: 'USD 1e308' is outside the plausible range USD 0.01 .. USD 1e12");
    }

    /**
     * A published step of more than an hour, or less than a picosecond, is a typo in the file. Refused at the cell, it
     * never reaches the error arithmetic, which would overflow (1e-320) or round to −100 % (1e308; see
     * {@code ValidationErrorTest}).
     */
    @Test
    void aPublishedTimeOfAbsurdMagnitudeIsRefusedAtItsCell() throws IOException {
        List<String> rows = Files.readAllLines(CASES);
        for (String time : List.of("1e308", "1e-320", "7200")) {
            Path csv = Files.write(temp.resolve("cases-" + time + ".csv"),
                    List.of(rows.get(0), rows.get(1).replace(",3.528,", "," + time + ",")));
            assertRefused(CliRun.of("validate", "--cases", csv.toString()), csv + " line 2 column step_time_s: '" + time
                    + "' is outside the plausible range 1 ps .. 1 h");
        }
    }

    private static String[] with(String assume, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--assume";
        all[1] = assume;
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }
}
