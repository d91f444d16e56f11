package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescribeCommandTest {

    @Test
    @SuppressWarnings("unchecked")
    void describesTheNvl72RackWithTotalsAndProvenance() {
        Map<String, Object> d = CliRun.of("describe", "gb200-nvl72", "--format", "json").json();
        assertEquals("gb200-nvl72", d.get("id"));
        assertEquals(72, ((Number) d.get("accelerators")).intValue());
        Map<String, Object> peak = (Map<String, Object>) d.get("peakFlopsPerSecond");
        assertEquals(180e15, CliRun.number(peak.get("bf16")), 1e12);
        assertEquals(360e15, CliRun.number(peak.get("fp8")), 1e12);
        List<Map<String, Object>> tiers = (List<Map<String, Object>>) d.get("memoryTiers");
        Map<String, Object> hbm = tiers.stream().filter(t -> t.get("kind").equals("hbm")).findFirst().orElseThrow();
        assertEquals(13.4e12, CliRun.number(hbm.get("capacityBytes")), 0.05e12);
        assertEquals(576e12, CliRun.number(hbm.get("bandwidthBytesPerSecond")), 1e12);
        List<Map<String, Object>> fabrics = (List<Map<String, Object>>) d.get("fabrics");
        assertTrue(fabrics.stream().anyMatch(f -> f.get("topology").equals("switched")
                && CliRun.number(f.get("aggregateBandwidthBytesPerSecond")) > 60e12), fabrics.toString());
        assertTrue(CliRun.number(d.get("powerWatts")) > 100e3);
        List<Map<String, Object>> figures = (List<Map<String, Object>>) d.get("figures");
        assertTrue(figures.stream().allMatch(f -> !((String) f.get("source")).isBlank() && f.get("confidence") != null));
    }

    /**
     * Where tensor-parallel traffic may overlap: the NVL72 rack with its fabric-less trays, a DGX node, and none for
     * a spec whose only fabric next to the accelerators is a fat tree.
     */
    @Test
    void theScaleUpDomainIsNamedInTheTableAndTheJson(@TempDir Path dir) throws IOException {
        Map<String, Object> gb200 = CliRun.of("describe", "gb200-nvl72", "--format", "json").json();
        assertEquals("compute tray, NVL72 rack (72 accelerators)", gb200.get("scaleUpDomain"));
        String h100 = CliRun.of("describe", "dgx-h100").out();
        assertTrue(h100.contains("scale-up domain: node (8 accelerators); tensor-parallel traffic overlaps compute"
                + " only inside one unit of it (with tp-comm-overlap)"), h100);
        Path spec = dir.resolve("fat-tree.yaml");
        Files.writeString(spec, Files.readString(Path.of("..", "examples", "h100-like-cluster.yaml"))
                .replace("topology: switched", "topology: fat-tree"));
        String fatTree = CliRun.of("describe", spec.toString()).out();
        assertTrue(fatTree.contains("no scale-up domain (the innermost fabric is a scale-out network)"), fatTree);
    }

    @Test
    @SuppressWarnings("unchecked")
    void resizingAnExaPodScalesItsTotals() {
        Map<String, Object> full = CliRun.of("describe", "dojo-exapod", "--format", "json").json();
        Map<String, Object> tile = CliRun.of("describe", "dojo-exapod", "--accelerators", "25", "--format", "json").json();
        double fullPeak = CliRun.number(((Map<String, Object>) full.get("peakFlopsPerSecond")).get("bf16"));
        double tilePeak = CliRun.number(((Map<String, Object>) tile.get("peakFlopsPerSecond")).get("bf16"));
        assertEquals(1.086e18, fullPeak, 0.001e18);
        assertEquals(120, fullPeak / tilePeak, 1e-9);
        // A tile is a sixth of a tray: it gets a sixth of the tray's DIP HBM, the rest belongs to the other tiles.
        List<Map<String, Object>> tiers = (List<Map<String, Object>>) tile.get("memoryTiers");
        Map<String, Object> hbm = tiers.stream().filter(t -> "hbm".equals(t.get("kind"))).findFirst().orElseThrow();
        assertEquals(1.0, CliRun.number(hbm.get("units")));
        assertEquals(1.0 / 6, CliRun.number(hbm.get("unitsShare")), 1e-12);
        assertEquals(640e9 / 6, CliRun.number(hbm.get("capacityBytes")), 1);
    }

    /**
     * describe takes the sizes evaluate, search and compare use: 2,304 D1 is part of an ExaPOD (93 tiles, 16 trays),
     * which compare prices, and which describe once refused as "not a multiple of 25". The part it describes is the
     * one the economics wall prices: the same power, and the same hardware before the design's NRE share.
     */
    @Test
    @SuppressWarnings("unchecked")
    void describesThePartOfASystemThatEvaluateUses() {
        CliRun run = CliRun.of("describe", "dojo-exapod", "--accelerators", "2304", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        Map<String, Object> d = run.json();
        assertEquals(2304, ((Number) d.get("accelerators")).intValue());
        Map<String, Object> e = CliRun.of("evaluate", "--system", "dojo-exapod", "--workload", "gpt3-175b", "--accelerators",
                "2304", "--strategy", "tp=48,pp=48,dp=1,cp=1,vpp=1,mb=1,recompute=full,sp=false,zero=0,precision=bf16",
                "--format", "json").json();
        Map<String, Object> m = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) e.get("walls"))
                .get("economics")).get("metrics");
        assertEquals(CliRun.number(m.get("itPowerWatts")), CliRun.number(d.get("powerWatts")), 1e-6);
        assertEquals(CliRun.number(m.get("hardwareCapexUsd")) - 2304 * CliRun.number(m.get("nreUsdPerAccelerator")),
                CliRun.number(d.get("capexUsd")), 1e-3);
        List<Map<String, Object>> levels = (List<Map<String, Object>>) d.get("hierarchy");
        assertEquals(93, ((Number) levels.get(1).get("units")).intValue(), levels.toString());
        assertEquals(16, ((Number) levels.get(2).get("units")).intValue(), levels.toString());
        CliRun table = CliRun.of("describe", "dojo-exapod", "--accelerators", "2304");
        assertTrue(table.out().contains("described at 2304 of its accelerators (as given, 3000); the levels they touch are"
                + " counted whole"), table.out());
        assertTrue(table.out().contains("power 1.55 MW"), table.out());
    }

    /** What describe refuses, evaluate refuses with the same message. */
    @Test
    void describeRefusesTheSizesEvaluateRefusesInTheSameWords() {
        for (String[] c : List.of(new String[] {"gb200-nvl72", "100000"}, new String[] {"dojo-exapod", "21001"},
                new String[] {"dojo-exapod", "0"}, new String[] {"dgx-h100", "eight"})) {
            CliRun describe = CliRun.of("describe", c[0], "--accelerators", c[1]);
            CliRun evaluate = CliRun.of("evaluate", "--system", c[0], "--workload", "gpt3-175b", "--accelerators", c[1]);
            assertEquals(ExitCode.INPUT_ERROR, describe.exitCode(), describe.err());
            assertEquals(ExitCode.INPUT_ERROR, evaluate.exitCode(), evaluate.err());
            assertEquals(evaluate.err().lines().findFirst(), describe.err().lines().findFirst(), String.join(" ", c));
        }
        assertEquals("walls: cannot use 100000 accelerators of gb200-nvl72 (it scales from 72 to 9216 accelerators)",
                CliRun.of("describe", "gb200-nvl72", "--accelerators", "100000").err().strip());
    }

    /** What the stack can run decides which layouts exist: the listing says it, as the refusals do. */
    @Test
    @SuppressWarnings("unchecked")
    void theSoftwareStacksFeaturesAreListed() {
        Map<String, Object> dojo = CliRun.of("describe", "dojo-exapod", "--format", "json").json();
        assertTrue(((List<String>) dojo.get("softwareLacks")).contains("sequence-parallel"), dojo.toString());
        assertTrue(((List<String>) dojo.get("softwareFeatures")).contains("pipeline-parallel"), dojo.toString());
        CliRun table = CliRun.of("describe", "dgx-h100");
        assertTrue(table.out().contains("the software supports pipeline-parallel, interleaved-pipeline, sequence-parallel"),
                table.out());
    }

    @Test
    void theTableSaysWhatItsHardwareCostLeavesOut() {
        // The ExaPOD's $1B design NRE is in compare's capital and not in its bill of materials: the two differ 80-fold.
        CliRun run = CliRun.of("describe", "dojo-exapod");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("power 2.00 MW, hardware cost $9.85M (accelerators and levels; compare adds NRE"
                + " and the facility)"), run.out());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> total(String system, String path) {
        Map<String, Object> d = CliRun.of("describe", system, "--format", "json").json();
        return ((List<Map<String, Object>>) d.get("totals")).stream().filter(t -> t.get("path").equals(path)).findFirst()
                .orElseThrow();
    }

    /**
     * A total carries its least confident input's confidence, not the accelerator's: the ExaPOD's 2 MW adds derived
     * tile and tray overheads to the D1's vendor-claimed 400 W (hardware-facts A.4 calls it an analyst estimate /
     * derived), and 94 % of its hardware cost is the estimated tiles and trays.
     */
    @Test
    void totalsAreNoMoreConfidentThanTheirLeastConfidentInput() {
        Map<String, Object> power = total("dojo-exapod", "powerWatts");
        assertEquals("derived", power.get("confidence"), power.toString());
        assertTrue(((String) power.get("note")).startsWith("least confident input (derived): "), power.toString());
        assertEquals("analyst estimate", total("dojo-exapod", "capexUsd").get("confidence"));
        // the NVL72 rack's power includes a derived network share
        assertEquals("derived", total("gb200-nvl72", "powerWatts").get("confidence"));
        // a single input's total keeps that input's confidence
        assertEquals("vendor claim", total("dojo-exapod", "peakFlopsPerSecond.bf16").get("confidence"));
    }

    @Test
    void jsonIsByteIdenticalAcrossRuns() {
        assertEquals(CliRun.of("describe", "ai5-cluster", "--format", "json").out(),
                CliRun.of("describe", "ai5-cluster", "--format", "json").out());
    }

    @Test
    void csvListsEveryInputWithItsSource() {
        CliRun run = CliRun.of("describe", "dgx-h100-like", "--format", "csv");
        assertEquals(2, run.exitCode());
        CliRun csv = CliRun.of("describe", "../examples/h100-like-cluster.yaml", "--format", "csv");
        assertEquals(0, csv.exitCode(), csv.err());
        assertTrue(csv.out().startsWith("kind,path,value,low,high,source,confidence,note\n"), csv.out());
        assertTrue(csv.out().contains("input,accelerator.peakFlopsPerSecond.bf16,989000000000000,"), csv.out());
    }

    /** The first line says whose measured figures the walls apply, and a chip of one's own that it has none. */
    @Test
    void theFirstLineSaysTheAcceleratorsFamilyOrThatItHasNone(@TempDir Path dir) throws IOException {
        CliRun example = CliRun.of("describe", "../examples/h100-like-cluster.yaml");
        assertTrue(example.out().lines().findFirst().orElseThrow().endsWith("× H100-class (family H100)"), example.out());
        Path own = Files.writeString(dir.resolve("own.yaml"), Files.readString(Path.of("../examples/h100-like-cluster.yaml"))
                .replace("  family: H100\n", "").replace("name: H100-class", "name: H100 SXM5 80GB"));
        CliRun run = CliRun.of("describe", own.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        Map<String, Object> d = run.json();
        assertEquals("", d.get("acceleratorFamily"), "a name never implies a family");
        assertTrue(CliRun.of("describe", own.toString()).out().lines().findFirst().orElseThrow()
                .endsWith("(no family: no measured chip profile or program cost applies)"));
    }
}
