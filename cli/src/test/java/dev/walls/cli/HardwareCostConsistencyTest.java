package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The same hardware priced two ways agrees: a DGX H100 cluster, built up from its GPUs, nodes and network, and the
 * economics wall's default path (merchant H100s in DGX-class servers, with Epoch's server and network overheads); and
 * a Tesla chip's spec price, derived from its silicon, and the economics wall's bottom-up cost of the same silicon.
 */
class HardwareCostConsistencyTest {

    @Test
    @SuppressWarnings("unchecked")
    void aDgxH100ClusterCostsPerGpuHourWhatTheDefaultPathDoes() {
        Map<String, Object> r = CliRun.of("evaluate", "--system", "dgx-h100", "--workload", "gpt3-175b",
                "--accelerators", "1024", "--strategy", "tp=8,pp=8", "--format", "json").json();
        Map<String, Object> walls = (Map<String, Object>) r.get("walls");
        Map<String, Object> metrics = (Map<String, Object>) ((Map<String, Object>) walls.get("economics")).get("metrics");
        double perGpuHour = CliRun.number(metrics.get("tcoUsdPerHour")) / 1024;
        double defaultPath = CliRun.number(metrics.get("defaultPathTcoUsdPerGpuHour"));
        // the cluster's network was once left out: 15 % cheaper than the same GPUs on the default path
        assertEquals(defaultPath, perGpuHour, 0.03 * defaultPath);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> economics(String system, String accelerators, String strategy) {
        Map<String, Object> r = CliRun.of("evaluate", "--system", system, "--workload", "gpt3-175b", "--accelerators",
                accelerators, "--strategy", strategy, "--format", "json").json();
        Map<String, Object> walls = (Map<String, Object>) r.get("walls");
        return (Map<String, Object>) ((Map<String, Object>) walls.get("economics")).get("metrics");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> specFigure(String system, String path) {
        Map<String, Object> d = CliRun.of("describe", system, "--format", "json").json();
        return ((List<Map<String, Object>>) d.get("figures")).stream().filter(f -> f.get("path").equals(path))
                .findFirst().orElseThrow();
    }

    /** The D1's price is the wall's cost per good D1: one yield model, one clustering α (it was $191.4 at α = 3). */
    @Test
    void theD1sSpecPriceIsTheEconomicsWallsCostPerGoodDie() {
        Map<String, Object> metrics = economics("dojo-exapod", "2304",
                "tp=48,pp=48,dp=1,cp=1,vpp=1,mb=1,recompute=full,sp=false,zero=0,precision=bf16");
        double wall = CliRun.number(metrics.get("costPerGoodDieUsd"));
        double spec = CliRun.number(specFigure("dojo-exapod", "accelerator.costUsd").get("value"));
        assertEquals(wall, spec, 1e-9 * wall);
        assertEquals(spec, CliRun.number(metrics.get("unitCostUsdPerAccelerator")), 1e-9 * spec);
    }

    /**
     * The AI6's lowest price is the wall's cost of its die and memory, before package and assembly; the wall's whole
     * bottom-up cost lies within the price range. Its low was once priced on an AI5-sized die ($1,000 against $1,882).
     */
    @Test
    void theAi6sLowestPriceIsTheEconomicsWallsCostOfItsDieAndMemory() {
        Map<String, Object> metrics = economics("ai6-cluster", "2304",
                "tp=3,pp=24,dp=32,cp=1,vpp=1,mb=1,recompute=none,sp=false,zero=1,precision=bf16");
        double floor = CliRun.number(metrics.get("costPerGoodDieUsd")) + CliRun.number(metrics.get("memoryUsdPerAccelerator"));
        Map<String, Object> price = specFigure("ai6-cluster", "accelerator.costUsd");
        assertEquals(floor, CliRun.number(price.get("low")), 1e-9 * floor);
        double made = CliRun.number(metrics.get("manufacturingCostUsdPerAccelerator"));
        assertTrue(CliRun.number(price.get("low")) < made && made < CliRun.number(price.get("high")),
                made + " in " + price);
    }
}
