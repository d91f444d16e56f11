package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.core.Walls;
import dev.walls.core.output.Json;
import dev.walls.spi.result.Evaluation;
import dev.walls.spi.wall.Wall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every default of the walls is listed with its source and can be overridden, from the CLI and the Java API. */
class AssumptionsCommandTest {

    private static final String[] EVALUATE = {"evaluate", "--system", "dgx-h100", "--accelerators", "512", "--workload",
            "gpt3-175b", "--strategy", "tp=8,pp=8", "--format", "json"};

    @Test
    @SuppressWarnings("unchecked")
    void everyAssumptionHasASource() {
        CliRun run = CliRun.of("assumptions", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        List<Map<String, Object>> rows = (List<Map<String, Object>>) Json.read(run.out());
        List<String> paths = rows.stream().map(r -> (String) r.get("path")).toList();
        for (String expected : List.of("economics.operating.pue", "economics.operating.electricityUsdPerKwh",
                "economics.operating.lifetimeYears")) {
            assertTrue(paths.contains(expected), expected + " in " + paths);
        }
        assertTrue(paths.stream().anyMatch(p -> p.startsWith("packaging.") && p.contains("defect")), paths.toString());
        assertTrue(paths.stream().anyMatch(p -> p.startsWith("economics.") && p.contains("waferPrice")), paths.toString());
        for (Map<String, Object> r : rows) {
            assertTrue(!((String) r.get("source")).isBlank(), r.toString());
        }
    }

    @Test
    void theFiguresBothSiliconWallsUseAgreeByDefault() {
        List<Map<String, Object>> rows = CliRun.of("assumptions", "--format", "json").json();
        Map<String, Map<String, Object>> byPath = new java.util.HashMap<>();
        rows.forEach(r -> byPath.put((String) r.get("path"), r));
        Map<String, String> shared = new java.util.LinkedHashMap<>();
        shared.put("packaging.silicon.waferDiameterMm", "economics.silicon.waferDiameterMm");
        shared.put("packaging.silicon.clusteringAlpha", "economics.silicon.clusteringAlpha");
        for (String node : List.of("N7", "N5", "N4", "N3", "SF2")) {
            shared.put("packaging.silicon.defectDensity.byNode." + node, "economics.silicon.defectsPerCm2.byNode." + node);
        }
        for (String f : List.of("attachYieldPerComponent", "interposerYield", "waferScaleCarrierYield",
                "waferScaleIoDiesPerTile", "waferScaleDiesPerTile", "maxHbmStacksPerPackage")) {
            shared.put("packaging.assembly." + f, "economics.packaging." + f);
        }
        shared.forEach((packaging, economics) -> {
            Map<String, Object> a = byPath.get(packaging);
            Map<String, Object> b = byPath.get(economics);
            assertTrue(a != null && b != null, packaging + " and " + economics + " are listed");
            for (String field : List.of("value", "low", "high", "source", "confidence")) {
                assertEquals(a.get(field), b.get(field), packaging + " vs " + economics + ": " + field);
            }
        });
    }

    @Test
    void anOverrideOfAFigureBothSiliconWallsUseMovesBoth() {
        List<Map<String, Object>> rows = CliRun.of("--assume", "packaging.silicon.defectDensity.byNode.N4=0.3",
                "--assume", "economics.packaging.interposerYield=0.9", "assumptions", "--format", "json").json();
        Map<String, Object> value = new java.util.HashMap<>();
        rows.forEach(r -> value.put((String) r.get("path"), r.get("value")));
        assertEquals(0.3, ((Number) value.get("packaging.silicon.defectDensity.byNode.N4")).doubleValue());
        assertEquals(0.3, ((Number) value.get("economics.silicon.defectsPerCm2.byNode.N4")).doubleValue());
        assertEquals(0.9, ((Number) value.get("packaging.assembly.interposerYield")).doubleValue());
        assertEquals(0.9, ((Number) value.get("economics.packaging.interposerYield")).doubleValue());
        // only the figure named moves: another node's density keeps its default
        assertEquals(0.1, ((Number) value.get("economics.silicon.defectsPerCm2.byNode.N5")).doubleValue());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPricierKilowattHourMakesTheRunDearerAndNothingElse() {
        Map<String, Object> base = (Map<String, Object>) Json.read(CliRun.of(EVALUATE).out());
        String[] args = new String[EVALUATE.length + 2];
        args[0] = "--assume";
        args[1] = "economics.operating.electricityUsdPerKwh=0.3";
        System.arraycopy(EVALUATE, 0, args, 2, EVALUATE.length);
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
        Map<String, Object> dear = (Map<String, Object>) Json.read(run.out());
        assertEquals(base.get("stepTimeSeconds"), dear.get("stepTimeSeconds"));
        assertTrue(cost(dear) > cost(base), cost(dear) + " vs " + cost(base));
    }

    @SuppressWarnings("unchecked")
    private static double cost(Map<String, Object> e) {
        Map<String, Object> walls = (Map<String, Object>) e.get("walls");
        Map<String, Object> economics = (Map<String, Object>) walls.get("economics");
        return ((Number) ((Map<String, Object>) economics.get("metrics")).get("runCostUsd")).doubleValue();
    }

    @Test
    void anUnknownAssumptionSuggestsTheNearest() {
        CliRun run = CliRun.of("--assume", "economics.operating.pu=1.3", "systems");
        assertEquals(ExitCode.INPUT_ERROR, run.exitCode());
        assertTrue(run.err().contains("did you mean economics.operating.pue"), run.err());
        CliRun bad = CliRun.of("--assume", "economics.operating.pue=lots", "systems");
        assertEquals(ExitCode.INPUT_ERROR, bad.exitCode());
    }

    @Test
    void aTileCountThatIsNotAWholeNumberOrTurnsTheWaveModelOffIsRefused() {
        for (String assume : List.of("software.gemmProfiles[1].tileRows=0", "software.gemmProfiles[1].concurrentTiles=0.5")) {
            CliRun run = CliRun.of("--assume", assume, "systems");
            assertEquals(ExitCode.INPUT_ERROR, run.exitCode(), assume + ": " + run.err());
            assertTrue(run.err().startsWith("walls: --assume " + assume.substring(0, assume.indexOf('='))), run.err());
        }
    }

    @Test
    void theJavaApiOverridesToo() {
        Walls cheap = Walls.builder().assume("economics.operating.lifetimeYears", 10).build();
        Walls plain = Walls.create();
        Evaluation a = cheap.train("gpt3-175b").on("dgx-h100").accelerators(512).strategy("tp=8,pp=8").evaluate();
        Evaluation b = plain.train("gpt3-175b").on("dgx-h100").accelerators(512).strategy("tp=8,pp=8").evaluate();
        assertTrue(a.walls().get(Wall.ECONOMICS).metrics().get("runCostUsd") < b.walls().get(Wall.ECONOMICS).metrics().get("runCostUsd"),
                "a longer lifetime spreads the capital thinner");
    }
}
