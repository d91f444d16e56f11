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
    void theTableSaysWhatSystemsAndSizesTheErrorIsMeasuredOn() {
        CliRun run = CliRun.of("validate", "--cases", CASES.toString());
        assertTrue(run.out().contains("These rows cover dgx-a100-80gb, dgx-h100 at 8 to 6144 accelerators; predictions"
                + " for other systems or sizes are extrapolations from them."), run.out());
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

    @Test
    void anExcelByteOrderMarkIsIgnored() throws IOException {
        List<String> lines = Files.readAllLines(CASES);
        Path bom = Files.write(temp.resolve("excel.csv"), List.of("\uFEFF" + lines.get(0), lines.get(1)));
        CliRun run = CliRun.of("validate", "--cases", bom.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void aHeaderWithoutRowsIsNotAPass() throws IOException {
        Path header = Files.write(temp.resolve("header.csv"), List.of(Files.readAllLines(CASES).get(0)));
        assertEquals("walls: " + header + ": no cases, only a header line", refused(header).err().strip());
    }

    @Test
    void aRepeatedOrEmptyIdIsRefusedNamingTheLines() throws IOException {
        List<String> lines = Files.readAllLines(CASES);
        Path twice = Files.write(temp.resolve("twice.csv"), List.of(lines.get(0), lines.get(1), lines.get(2),
                lines.get(1)));
        assertEquals("walls: " + twice + " line 4 column id: 'NAR21-T1-01' is given on line 2 and again on line 4; every"
                + " case needs an id of its own", refused(twice).err().strip());
        Path empty = firstRowEdited("empty-id.csv", "^NAR21-T1-01,", ",");
        assertEquals("walls: " + empty + " line 2 column id: empty; every case needs an id", refused(empty).err().strip());
    }

    @Test
    void aBadCellIsReportedAgainstItsOwnColumn() throws IOException {
        // the first row: 32 A100s, 24 layers of width 2304 with 24 heads, gelu, tp=1 pp=1 dp=32 cp=1
        String[][] cases = {
                {",gelu,", ",geluu,", "ffn_kind: unknown ffn kind 'geluu'; expected one of: gelu, swiglu, relu2"},
                {",2304,24,24,", ",2304,25,24,", "hidden, heads, kv_heads: hidden (2304) must be a multiple of heads (25)"},
                {",2304,24,24,", ",2304,24,5,", "hidden, heads, kv_heads: kvHeads (5) must divide heads (24)"},
                {",2304,24,24,", ",,24,24,", "hidden: expected a positive whole number, got ''"},
                {",32,,24,", ",32,fp8,24,", "precision: precision=fp8 has no peak on the A100 SXM4 80GB"},
                {",32,,24,", ",32,fp32,24,", "precision: precision=fp32 (full 32-bit training) is not modeled: the model"
                        + " is mixed-precision training with 16-bit weights and activations; use bf16, fp16 or fp8"},
                {",32,,24,", ",32,fp7,24,", "precision: unknown precision 'fp7'; expected one of: fp32, tf32, bf16, fp16, fp8, fp4, int8"},
                {",1,1,32,1,1,,512,", ",1,1,16,1,1,,512,", "dp: tp·pp·cp·dp = 16 but the row has 32 accelerators"},
                {",1,1,32,1,1,,512,", ",1,1,32,1,2,,512,", "vpp: vpp=2 needs pipeline parallelism (pp > 1)"}};
        for (String[] c : cases) {
            Path bad = firstRowEdited("cell.csv", c[0], c[1]);
            assertEquals("walls: " + bad + " line 2 column " + c[2], refused(bad).err().strip(), c[1]);
        }
    }

    @Test
    void aFolderOrABinaryFileIsNamedForWhatItIs() throws IOException {
        assertEquals("walls: --cases " + temp + ": is a folder; name a CSV file", refused(temp).err().strip());
        Path binary = Files.write(temp.resolve("binary.csv"), new byte[] {'i', 'd', ',', (byte) 0xC3, (byte) 0x28, '\n'});
        assertEquals("walls: " + binary + ": is not UTF-8 text; save it as CSV in UTF-8", refused(binary).err().strip());
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
