package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.core.Walls;
import dev.walls.core.error.InputException;
import dev.walls.core.output.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published runs through the command users run, with every real wall loaded. */
class ValidateCommandTest {

    private static final Path CASES = Path.of(System.getProperty("walls.validationDir", "../../shared/validation"), "public.csv");

    @TempDir
    Path temp;

    @Test
    @SuppressWarnings("unchecked")
    void thePublicRunsMeetTheAccuracyTarget() {
        CliRun run = CliRun.of("validate", "--cases", CASES.toString(), "--format", "json", "--max-mape", "5", "--max-error", "12");
        assertEquals(0, run.exitCode(), run.err());
        Map<String, Object> report = (Map<String, Object>) Json.read(run.out());
        Map<String, Object> summary = (Map<String, Object>) report.get("summary");
        assertEquals(104, ((Number) summary.get("count")).intValue());
        assertTrue(((Number) summary.get("mape")).doubleValue() <= 5, summary.toString());
        assertTrue(((Number) summary.get("maxAbsErrorPercent")).doubleValue() <= 12, summary.toString());
        Map<String, Object> first = ((List<Map<String, Object>>) report.get("cases")).get(0);
        for (String key : List.of("id", "predictedSeconds", "measuredSeconds", "errorPercent")) {
            assertTrue(first.containsKey(key), key);
        }
    }

    @Test
    void theReferenceKernelPredictsWhatTheFastOneDoes() {
        String byDefault = CliRun.of("validate", "--cases", CASES.toString(), "--format", "json").out();
        CliRun byReference = CliRun.of("validate", "--cases", CASES.toString(), "--format", "json", "--kernel", "reference",
                "--metrics");
        assertEquals(0, byReference.exitCode(), byReference.err());
        assertEquals(byDefault, byReference.out());
        Walls walls = Walls.create();
        assertEquals(byDefault, Json.write(walls.validate(CASES, Walls.REFERENCE_KERNEL)), "the Java API as the command");
        assertEquals("unknown kernel 'turbo'; loaded: reference, fast",
                assertThrows(InputException.class, () -> walls.validate(CASES, "turbo")).getMessage());
        assertTrue(byReference.err().contains("kernel=reference"), "rows that leave dimensions open were searched: "
                + byReference.err());
        CliRun unknown = CliRun.of("validate", "--cases", CASES.toString(), "--kernel", "turbo");
        assertEquals(ExitCode.INPUT_ERROR, unknown.exitCode());
        assertEquals("walls: unknown kernel 'turbo'; loaded: reference, fast", unknown.err().strip());
    }

    @Test
    void aMissedTargetExitsWithThree() {
        CliRun run = CliRun.of("validate", "--cases", CASES.toString(), "--format", "csv", "--max-mape", "0.5");
        assertEquals(ExitCode.NOT_MET, run.exitCode());
        assertTrue(run.err().contains("validation target missed"), run.err());
    }

    @Test
    void aLimitThatIsNotAPercentageIsABadInputNotAMiss() {
        for (String[] bad : new String[][] {{"--max-mape", "NaN"}, {"--max-mape", "-1"}, {"--max-error", "Infinity"}}) {
            CliRun run = CliRun.of("validate", "--cases", CASES.toString(), bad[0], bad[1]);
            assertEquals(ExitCode.INPUT_ERROR, run.exitCode(), String.join(" ", bad) + ": " + run.err());
            assertTrue(run.err().startsWith("walls: " + bad[0] + " must be a percentage"), run.err());
        }
    }

    @Test
    void aBrokenCsvNamesFileLineAndColumn() throws IOException {
        Path bad = firstRowEdited("bad.csv", ",dgx-a100-80gb,32,", ",dgx-a100-80gb,thirty-two,");
        CliRun run = refused(bad);
        assertTrue(run.err().contains("bad.csv") && run.err().contains("accelerators"), run.err());
        CliRun missing = CliRun.of("validate", "--cases", temp.resolve("none.csv").toString());
        assertEquals(ExitCode.INPUT_ERROR, missing.exitCode());
    }

    @Test
    void anUnknownSystemInARowNamesFileLineAndColumn() throws IOException {
        Path bad = firstRowEdited("system.csv", ",dgx-a100-80gb,", ",dgx-a100-80g,");
        CliRun run = refused(bad);
        assertTrue(run.err().startsWith("walls: " + bad + " line 2 column system: unknown system 'dgx-a100-80g'"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    /** A cases file of the public header and its first row with {@code from} replaced by {@code to}. */
    private Path firstRowEdited(String name, String from, String to) throws IOException {
        List<String> lines = Files.readAllLines(CASES);
        return Files.write(temp.resolve(name), List.of(lines.get(0), lines.get(1).replaceFirst(from, to)));
    }

    private static CliRun refused(Path cases) {
        CliRun run = CliRun.of("validate", "--cases", cases.toString());
        assertEquals(ExitCode.INPUT_ERROR, run.exitCode(), run.out());
        return run;
    }
}
