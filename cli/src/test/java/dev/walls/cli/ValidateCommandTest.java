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
@SuppressWarnings("unchecked")
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
        List<Map<String, Object>> cases = (List<Map<String, Object>>) report.get("cases");
        Map<String, Object> first = cases.get(0);
        for (String key : List.of("id", "predictedSeconds", "measuredSeconds", "errorPercent")) {
            assertTrue(first.containsKey(key), key);
        }
        for (Map<String, Object> c : cases) {
            // the MFU beside a prediction is the prediction's: ideal compute over the steady-state step
            double ideal = CliRun.number(((Map<String, Object>) c.get("partsSeconds")).get("ideal"));
            double predicted = CliRun.number(c.get("predictedSeconds"));
            assertEquals(ideal / predicted, CliRun.number(c.get("mfu")), 1e-12, c.get("id").toString());
            assertEquals(false, c.get("cannotHaveRun"), c.get("id").toString());
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
    void theRowsALittleOverTheRanksMemoryAreListedWithTheirNeedAndCapacity() {
        CliRun run = CliRun.of("validate", "--cases", CASES.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\n2 of 104 layouts do not fit the rank's memory in the model, though they ran;"
                + " their steps are compared all the same:\n"
                + "  DGXC2411-NEMO4-340B-bf16-128 needs 86.1 GB a rank, which holds 85.9 GB (1.00×)\n"
                + "  DGXC2411-NEMO4-340B-fp8-128 needs 86.1 GB a rank, which holds 85.9 GB (1.00×)\n"), run.out());
        assertTrue(run.err().isEmpty(), run.err());
    }

    @Test
    void aLayoutFarBeyondTheRanksMemoryIsToldApartAndAnswersNo() throws IOException {
        // Llama 3 70B unsplit (tp=1, pp=1) on 80 GB H100s, replicated: over a terabyte a rank
        String header = Files.readAllLines(CASES).get(0);
        Path oom = Files.write(temp.resolve("oom.csv"), List.of(header, "ACME-l70b-256,our run,dgx-h100,256,bf16,80,"
                + "8192,64,8,28672,swiglu,128256,8192,1,1,256,1,1,1,512,full,false,9.90,measured,yes,untied embeddings"));
        CliRun run = CliRun.of("validate", "--cases", oom.toString());
        assertEquals(ExitCode.NOT_MET, run.exitCode(), run.err());
        assertTrue(run.out().contains("\n1 of 1 layouts need more than 1.5× the accelerator's memory: as written they"
                + " cannot have run on that hardware, so check each row's layout (tp, pp, dp, cp, microbatch, recompute,"
                + " and dp_sharding in its notes); their steps are compared all the same:\n"
                + "  ACME-l70b-256 needs 1.06 TB a rank, which holds 85.9 GB (12.37×)\n"), run.out());
        assertEquals("walls: 1 row(s) state a layout that needs more than 1.5× the accelerator's memory and cannot have"
                + " run on that hardware as written (ACME-l70b-256); check their layouts", run.err().strip());
        CliRun json = CliRun.of("validate", "--cases", oom.toString(), "--format", "json");
        assertEquals(ExitCode.NOT_MET, json.exitCode(), json.err());
        Map<String, Object> c = ((List<Map<String, Object>>) ((Map<String, Object>) json.json()).get("cases")).get(0);
        assertEquals(true, c.get("cannotHaveRun"));
        assertTrue(CliRun.number(c.get("memoryPerRankBytes")) > 10 * CliRun.number(c.get("memoryCapacityBytes")),
                c.toString());
    }

    @Test
    void aSpecFileInTheSystemColumnIsReportedAsTheCsvWritesIt() throws IOException {
        Files.createDirectories(temp.resolve("specs"));
        Files.copy(Path.of("../examples/h100-like-cluster.yaml"), temp.resolve("specs").resolve("mine.yaml"));
        Path cases = firstRowEdited("own.csv", ",dgx-a100-80gb,", ",specs/mine.yaml,");
        CliRun run = CliRun.of("validate", "--cases", cases.toString(), "--format", "json");
        Map<String, Object> report = run.json();
        assertEquals("specs/mine.yaml", ((List<Map<String, Object>>) report.get("cases")).get(0).get("system"));
        assertEquals(List.of("specs/mine.yaml"), List.copyOf(((Map<String, Object>) report.get("bySystem")).keySet()));
        Path missing = firstRowEdited("missing.csv", ",dgx-a100-80gb,", ",mine.yaml,");
        assertEquals("walls: " + missing + " line 2 column system: no such file " + temp.resolve("mine.yaml")
                + "; a spec file in the system column is read from the CSV's folder", refused(missing).err().strip());
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
