package dev.walls.core.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.spi.figure.Confidence;
import dev.walls.spi.system.MemoryKind;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.system.Topology;
import dev.walls.spi.workload.FfnKind;
import dev.walls.spi.workload.Workload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecLoaderTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path temp;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(temp.resolve(name), content);
    }

    private String exampleSystem() throws IOException {
        return Files.readString(EXAMPLES.resolve("h100-like-cluster.yaml"));
    }

    private SpecException systemError(String name, String content) throws IOException {
        Path f = write(name, content);
        return assertThrows(SpecException.class, () -> SpecLoader.system(f));
    }

    @Test
    void readsTheExampleSystemWithUnitsRangesAndSources() {
        SystemSpec s = SpecLoader.system(EXAMPLES.resolve("h100-like-cluster.yaml"));
        assertEquals("h100-like-cluster", s.id());
        assertEquals(1024, s.accelerators());
        assertEquals(989e12, s.accelerator().peak(Precision.BF16).orElseThrow().nominal(), 1);
        var hbm = s.accelerator().memory().get(0);
        assertEquals(MemoryKind.HBM, hbm.kind());
        assertEquals(80L << 30, hbm.capacityBytes().nominal(), 1);
        assertEquals(3.0e12, hbm.bandwidthBytesPerSecond().low(), 1);
        assertEquals(3.35e12, hbm.bandwidthBytesPerSecond().nominal(), 1);
        assertEquals(Confidence.VENDOR_CLAIM, hbm.capacityBytes().provenance().confidence());
        assertEquals(Confidence.ANALYST_ESTIMATE, s.accelerator().costUsd().provenance().confidence());
        var cluster = s.levels().get(1);
        assertEquals(Topology.RAIL_OPTIMIZED, cluster.fabric().orElseThrow().topology());
        assertEquals(50e9, cluster.fabric().orElseThrow().bandwidthBytesPerSecondPerAccelerator().nominal(), 1,
                "400 Gb/s is 50 GB/s: bits are never taken for bytes");
        assertEquals("H100", s.accelerator().family());
    }

    @Test
    void anAcceleratorWithoutAFamilyHasNoneWhateverItsNameAndABadOneIsRefused() throws IOException {
        Path own = write("own.yaml", exampleSystem().replace("  family: H100\n", "")
                .replace("name: H100-class", "name: H100 SXM5 80GB"));
        assertEquals("", SpecLoader.system(own).accelerator().family(), "a name never implies a family");
        SpecException e = systemError("bad.yaml", exampleSystem().replace("family: H100", "family: H100 SXM"));
        assertEquals("accelerator.family", e.fieldPath());
        assertTrue(e.problem().contains("letters, digits, dots and dashes"), e.problem());
    }

    @Test
    void readsTheExampleWorkload() {
        Workload w = SpecLoader.workload(EXAMPLES.resolve("gpt-7b.yaml"));
        assertEquals(36, w.model().layers());
        assertEquals(FfnKind.GELU, w.model().ffnKind());
        assertEquals(300e9, w.trainingTokens(), 1);
        assertEquals(1, w.model().embeddingMatrices());
    }

    @Test
    void anOutputLayerOfItsOwnIsOneMoreVocabularyByWidthMatrix() throws IOException {
        String example = Files.readString(EXAMPLES.resolve("gpt-7b.yaml"));
        Workload tied = SpecLoader.workload(write("tied.yaml", example.replace("tiedEmbeddings: true\n", "")));
        Workload untied = SpecLoader.workload(write("untied.yaml", example.replace("tiedEmbeddings: true",
                "tiedEmbeddings: false")));
        assertEquals(1, tied.model().embeddingMatrices(), "tied unless the spec says otherwise");
        assertEquals(51200.0 * 4096, untied.model().matmulParameters() - tied.model().matmulParameters(), 0);
        SpecException e = assertThrows(SpecException.class, () -> SpecLoader.workload(write("typo.yaml",
                example.replace("tiedEmbeddings: true", "tiedEmbeddings: maybe"))));
        assertTrue(e.getMessage().contains("tiedEmbeddings"), e.getMessage());
    }

    @Test
    void readsTheSameSystemFromJson() throws IOException {
        Path f = write("chip.json", """
                {"id": "json-chip", "accelerators": 8,
                 "accelerator": {"name": "J1", "peak": {"bf16": "100 TFLOPS"},
                   "memory": [{"kind": "hbm", "capacity": "16 GiB", "bandwidth": "1 TB/s"}], "power": "300 W"},
                 "levels": [{"name": "node", "accelerators": 0,
                   "fabric": {"name": "link", "topology": "switched", "bandwidth": "100 GB/s", "latency": "2 us"}}],
                 "software": {"name": "s", "matmulEfficiency": 0.7, "memoryBoundEfficiency": 0.6, "collectiveEfficiency": 0.7}}
                """);
        SystemSpec s = SpecLoader.system(f);
        assertEquals(16 * Math.pow(1024, 3), s.accelerator().memory().get(0).capacityBytes().nominal(), 1);
        assertEquals(Confidence.USER, s.accelerator().powerWatts().provenance().confidence());
    }

    /** Without its scale-out level a cluster's nodes would silently share the node fabric as one domain. */
    @Test
    void aSystemWhoseFabricsDoNotJoinEveryAcceleratorItScalesToIsRefused() throws IOException {
        String example = exampleSystem();
        String withoutNetwork = example.substring(0, example.indexOf("  - name: cluster"))
                + example.substring(example.indexOf("software:"));
        SpecException e = systemError("nodes.yaml", withoutNetwork);
        assertEquals("levels", e.fieldPath());
        assertEquals("the outermost fabric (level 'node') joins 8 accelerators, but system 'h100-like-cluster' scales "
                + "to 32768; add an outermost level with accelerators: 0 (the whole system) and the fabric that joins "
                + "its units", e.problem());
    }

    /** The scale-out level written without its fabric: the message names that level, not the node. */
    @Test
    void anOutermostLevelWithoutItsFabricIsNamed() throws IOException {
        String example = exampleSystem();
        int cluster = example.indexOf("  - name: cluster");
        int fabric = example.indexOf("    fabric:", cluster);
        String withoutFabric = example.substring(0, fabric) + example.substring(example.indexOf('\n', fabric) + 1);
        assertTrue(withoutFabric.length() < example.length() && withoutFabric.contains("  - name: cluster"));
        SpecException e = systemError("no-network.yaml", withoutFabric);
        assertEquals("levels", e.fieldPath());
        assertEquals("level 'cluster' (the outermost) has no fabric, so nothing joins the units inside it of system"
                + " 'h100-like-cluster'; give it the fabric that joins them", e.problem());
    }

    /** Nodes of 12 do not build a 32,768-accelerator system: a typo in a level, refused where it is written. */
    @Test
    void aLevelThatDoesNotDivideTheLargestSystemIsRefused() throws IOException {
        SpecException e = systemError("twelve.yaml", exampleSystem().replace("    accelerators: 8\n",
                "    accelerators: 12\n").replace("scaling: {min: 8, step: 8, max: 32768}",
                "scaling: {min: 12, step: 12, max: 32768}").replace("accelerators: 1024", "accelerators: 1020"));
        assertEquals("levels", e.fieldPath());
        assertEquals("level 'node' holds 12 accelerators, but the largest system (32768) is not a whole number of them",
                e.problem());
    }

    @Test
    void aUnitTypoNamesFileLineAndFieldPath() throws IOException {
        SpecException e = systemError("typo.yaml", exampleSystem().replace("capacity: 80 GiB", "capacity: 80 gb"));
        assertTrue(e.getMessage().startsWith(temp.resolve("typo.yaml") + ":"), e.getMessage());
        assertEquals("accelerator.memory[0].capacity", e.fieldPath());
        assertEquals(22, e.line());
        assertTrue(e.problem().contains("unknown unit 'gb'"), e.problem());
    }

    @Test
    void aMissingFieldIsNamed() throws IOException {
        SpecException e = systemError("missing.yaml", exampleSystem().replace("  power: 700 W\n", ""));
        assertEquals("accelerator", e.fieldPath());
        assertTrue(e.problem().contains("missing required field 'power'"), e.problem());
    }

    @Test
    void aNegativeValueIsRejected() throws IOException {
        SpecException e = systemError("negative.yaml", exampleSystem().replace("power: 700 W", "power: -700 W"));
        assertEquals("accelerator.power", e.fieldPath());
        assertTrue(e.problem().contains("negative"), e.problem());
    }

    @Test
    void notANumberIsRejected() throws IOException {
        SpecException e = systemError("nan.yaml", exampleSystem().replace("bf16: 989 TFLOPS", "bf16: NaN TFLOPS"));
        assertEquals("accelerator.peak.bf16", e.fieldPath());
    }

    @Test
    void anUnknownFieldSuggestsTheNearestName() throws IOException {
        SpecException e = systemError("unknown.yaml", exampleSystem().replace("  power: 700 W", "  powr: 700 W\n  power: 700 W"));
        assertEquals("accelerator.powr", e.fieldPath());
        assertTrue(e.problem().contains("did you mean 'power'"), e.problem());
    }

    @Test
    void aDuplicateFieldIsRejected() throws IOException {
        SpecException e = systemError("dup.yaml", exampleSystem().replace("accelerators: 1024", "accelerators: 1024\naccelerators: 8"));
        assertTrue(e.problem().contains("given twice"), e.problem());
    }

    @Test
    void brokenYamlReportsWhere() throws IOException {
        SpecException e = systemError("broken.yaml", "id: x\naccelerator: {name: [unclosed\n");
        assertTrue(e.line() >= 2, "line " + e.line());
        assertTrue(e.problem().startsWith("not valid YAML"), e.problem());
    }

    @Test
    void aRangeOutOfOrderQuotesTheValuesAsWritten() throws IOException {
        SpecException e = systemError("order.yaml", exampleSystem().replace("bf16: 989 TFLOPS",
                "bf16: {value: 989 TFLOPS, low: 1.2 PFLOPS}"));
        assertEquals("low '1.2 PFLOPS' must not exceed value '989 TFLOPS'", e.problem());
    }

    @Test
    void aKeyIndentedOneSpaceTooFarIsToldInWordsNotInTheParsersGrammar() throws IOException {
        String shifted = exampleSystem().replace("\n  name: H100-class", "\n   name: H100-class");
        SpecException e = systemError("indent.yaml", shifted);
        assertTrue(e.problem().startsWith("not valid YAML: the indentation here does not continue the block above"),
                e.problem());
        assertTrue(!e.problem().contains("<block"), e.problem());
    }

    @Test
    void aTabIsNamedWhereItIs() throws IOException {
        String withTab = exampleSystem().replace("\n  power: 700 W", "\n\tpower: 700 W");
        int line = (int) withTab.substring(0, withTab.indexOf('\t')).lines().count() + 1;
        SpecException e = systemError("tab.yaml", withTab);
        assertEquals("not valid YAML: a tab character; YAML indents with spaces only", e.problem());
        assertEquals(List.of(line, 1), List.of(e.line(), e.column()));
    }

    @Test
    void anUnclosedBraceSaysWhereItOpened() throws IOException {
        SpecException e = systemError("brace.yaml", "id: x\npower: {value: 2400 W\ncost: USD 40000\n");
        assertEquals("not valid YAML: expected ',' or '}', but got : (while parsing a flow mapping begun at 2:8)",
                e.problem());
        assertEquals(3, e.line());
    }

    @Test
    void aSizeTheScalingForbidsIsRejected() throws IOException {
        SpecException e = systemError("size.yaml", exampleSystem().replace("accelerators: 1024", "accelerators: 1020"));
        assertEquals("accelerators", e.fieldPath());
        assertTrue(e.problem().contains("multiple of 8"), e.problem());
    }

    @Test
    void anEfficiencyAboveOneIsRejected() throws IOException {
        SpecException e = systemError("eff.yaml", exampleSystem().replace("matmulEfficiency: {value: 0.66,", "matmulEfficiency: {value: 1.8,"));
        assertEquals("software.matmulEfficiency.value", e.fieldPath());
    }

    @Test
    void aMissingFileIsReported() {
        SpecException e = assertThrows(SpecException.class, () -> SpecLoader.system(temp.resolve("none.yaml")));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void aWorkloadWhoseHeadsDoNotDivideHiddenIsRejected() throws IOException {
        Path f = write("w.yaml", Files.readString(EXAMPLES.resolve("gpt-7b.yaml")).replace("heads: 32", "heads: 31"));
        SpecException e = assertThrows(SpecException.class, () -> SpecLoader.workload(f));
        assertTrue(e.problem().contains("multiple of heads"), e.problem());
        assertEquals("hidden", e.fieldPath(), "the rule's first field, not the top of the file");
    }

    /** Whole numbers past any trained model are a slip, named where they are written, not a workload to evaluate. */
    @Test
    void aWorkloadSizeBeyondAnyModelIsRejectedWhereItIsWritten() throws IOException {
        String example = Files.readString(EXAMPLES.resolve("gpt-7b.yaml"));
        for (String[] c : new String[][] {{"layers: 36", "layers: 2000000000", "layers"},
                {"hidden: 4096", "hidden: 40960000", "hidden"}, {"vocab: 51200", "vocab: 512000000", "vocab"},
                {"globalBatch: 512", "globalBatch: 2_000_000_000", "globalBatch"}}) {
            Path f = write("w.yaml", example.replace(c[0], c[1]));
            SpecException e = assertThrows(SpecException.class, () -> SpecLoader.workload(f), c[1]);
            assertEquals(c[2], e.fieldPath(), c[1]);
            assertTrue(e.problem().contains("must be between 1 and"), e.problem());
        }
        Path largestReal = write("w.yaml", example.replace("layers: 36", "layers: 128").replace("vocab: 51200",
                "vocab: 256000").replace("sequenceLength: 2048", "sequenceLength: 1048576"));
        assertEquals(128, SpecLoader.workload(largestReal).model().layers());
    }
}
