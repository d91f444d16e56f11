package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluateCommandTest {

    private static final List<String> WALLS = List.of("memory", "interconnect", "packaging", "software", "economics");

    @Test
    @SuppressWarnings("unchecked")
    void evaluatesGpt3OnGb200RacksWithEveryField() {
        Map<String, Object> e = CliRun.of("evaluate", "--system", "gb200-nvl72", "--accelerators", "1152",
                "--workload", "gpt3-175b", "--strategy", "tp=8,pp=12,mb=1,recompute=selective", "--format", "json").json();
        assertEquals("gb200-nvl72", e.get("system"));
        assertEquals("gpt3-175b", e.get("workload"));
        assertEquals(1152, ((Number) e.get("accelerators")).intValue());
        Map<String, Object> strategy = (Map<String, Object>) e.get("strategy");
        assertEquals(12, ((Number) strategy.get("dp")).intValue(), "dp fills the system: 1152 / (8·12)");
        assertEquals("selective", strategy.get("recompute"));
        assertEquals(true, strategy.get("sequenceParallel"));
        for (String key : List.of("stepTimeSeconds", "tokensPerSecond", "mfu", "memoryPerRankBytes")) {
            assertTrue(CliRun.number(e.get(key)) > 0, key);
        }
        assertTrue(CliRun.number(e.get("mfu")) < 1);
        assertEquals(true, e.get("fits"));
        Map<String, Map<String, Object>> walls = (Map<String, Map<String, Object>>) e.get("walls");
        assertEquals(WALLS, List.copyOf(walls.keySet()));
        double lost = 0;
        for (Map<String, Object> w : walls.values()) {
            assertTrue(List.of("OK", "STRAINED", "BLOCKED").contains(w.get("status")), w.toString());
            lost += CliRun.number(w.get("lossSeconds"));
        }
        double ideal = CliRun.number(((Map<String, Object>) e.get("step")).get("idealComputeSeconds"));
        assertEquals(CliRun.number(e.get("stepTimeSeconds")), ideal + lost, 1e-9 * CliRun.number(e.get("stepTimeSeconds")),
                "step time = ideal compute + every wall's loss");
        assertTrue(WALLS.contains((String) e.get("bindingWall")));
    }

    @Test
    void theSameEvaluationOnDgxH100IsSlowerPerGpuThanOnGb200() {
        Map<String, Object> h100 = CliRun.of("evaluate", "--system", "dgx-h100", "--accelerators", "1152",
                "--workload", "gpt3-175b", "--strategy", "tp=8,pp=12,mb=1", "--format", "json").json();
        Map<String, Object> gb200 = CliRun.of("evaluate", "--system", "gb200-nvl72", "--accelerators", "1152",
                "--workload", "gpt3-175b", "--strategy", "tp=8,pp=12,mb=1", "--format", "json").json();
        double h100PerGpu = CliRun.number(h100.get("tokensPerSecond")) / 1152;
        double gb200PerGpu = CliRun.number(gb200.get("tokensPerSecond")) / 1152;
        assertTrue(gb200PerGpu > 1.5 * h100PerGpu, "B200 at 2.5× the BF16 peak: " + gb200PerGpu + " vs " + h100PerGpu);
    }

    @Test
    void outputIsByteIdenticalAcrossRuns() {
        String[] args = {"evaluate", "--system", "dgx-h100", "--accelerators", "512", "--workload", "gpt3-175b",
                "--strategy", "tp=8,pp=8", "--format", "json"};
        assertEquals(CliRun.of(args).out(), CliRun.of(args).out());
    }

    @Test
    void tableAndCsvFormatsCarryTheVerdict() {
        CliRun table = CliRun.of("evaluate", "--system", "dgx-h100", "--accelerators", "512", "--workload", "gpt3-175b",
                "--strategy", "tp=8,pp=8");
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().contains("binding wall:"), table.out());
        String economics = table.out().lines().filter(l -> l.startsWith("economics")).findFirst().orElseThrow();
        assertTrue(economics.matches("economics +(OK|STRAINED|BLOCKED) +\\$[0-9.]+[kMB]? +- .*"), economics);
        CliRun csv = CliRun.of("evaluate", "--system", "dgx-h100", "--accelerators", "512", "--workload", "gpt3-175b",
                "--strategy", "tp=8,pp=8", "--format", "csv");
        assertTrue(csv.out().startsWith(String.join(",", EvaluateCommand.header()) + "\n"), csv.out());
        assertEquals(2, csv.out().lines().count());
        // the table's money loss of the economics wall is a column too, as in the JSON
        String[] header = EvaluateCommand.header();
        String[] row = csv.out().lines().skip(1).findFirst().orElseThrow().split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
        Map<String, Object> json = CliRun.of("evaluate", "--system", "dgx-h100", "--accelerators", "512", "--workload",
                "gpt3-175b", "--strategy", "tp=8,pp=8", "--format", "json").json();
        @SuppressWarnings("unchecked")
        Map<String, Object> economicsWall = (Map<String, Object>) ((Map<String, Object>) json.get("walls")).get("economics");
        int column = List.of(header).indexOf("economicsLossUsd");
        assertEquals(CliRun.number(economicsWall.get("lossUsd")), Double.parseDouble(row[column]));
        assertTrue(Double.parseDouble(row[column]) > 0, "a DGX H100 run costs more than the default path's ideal");
    }

    @Test
    void anImpossibleLayoutSaysWhichConstraintFails() {
        CliRun run = CliRun.of("evaluate", "--system", "dgx-h100", "--accelerators", "512", "--workload", "gpt3-175b",
                "--strategy", "tp=7");
        assertEquals(ExitCode.INPUT_ERROR, run.exitCode());
        assertTrue(run.err().contains("tp=7"), run.err());
        assertFalse(run.err().contains("\tat "));
    }

    @Test
    void aSystemFromASpecFileEvaluatesLikeABuiltInOne() {
        Map<String, Object> e = CliRun.of("evaluate", "--system", "../examples/h100-like-cluster.yaml",
                "--workload", "../examples/gpt-7b.yaml", "--accelerators", "128", "--strategy", "tp=4", "--format", "json").json();
        assertEquals("h100-like-cluster", e.get("system"));
        assertEquals("gpt-7b-example", e.get("workload"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachPartStatesItsShareOfTheStepThatIsReported() {
        // Packaging's goodput loss lengthens the kernel's step here, so a share of the kernel's step would read high.
        Map<String, Object> e = CliRun.of("evaluate", "--system", "gb200-nvl72", "--accelerators", "2304", "--workload",
                "llama3-405b", "--strategy", "tp=8,pp=9,cp=2,mb=1,precision=fp8", "--format", "json").json();
        double step = CliRun.number(e.get("stepTimeSeconds"));
        List<Map<String, Object>> parts = (List<Map<String, Object>>) ((Map<String, Object>) e.get("step")).get("parts");
        assertTrue(parts.stream().anyMatch(p -> p.get("name").equals("packaging-assessed")), parts.toString());
        int stated = 0;
        for (Map<String, Object> part : parts) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9.]+)% of the step")
                    .matcher((String) part.get("detail"));
            if (m.find()) {
                stated++;
                assertEquals(100 * CliRun.number(part.get("seconds")) / step, Double.parseDouble(m.group(1)), 0.05 + 1e-9,
                        part.toString());
            }
        }
        assertTrue(stated >= 10, "parts that state a share: " + stated);
    }

    /**
     * The QA reproduction: the first stage of this layout needs 76.6 GB, the last 85.1 GB (the output layer's fp32
     * logits, 15 of 8·2 chunks of 2 layers in flight, the live recompute layer), which an 80 GiB A100 cannot hold at two sequences a microbatch (Llama 3 trains without dropout masks).
     */
    @Test
    @SuppressWarnings("unchecked")
    void theFootprintIsTheBusiestStagesAndItsPartsAddUpToIt() {
        CliRun run = CliRun.of("evaluate", "--system", "dgx-a100-80gb", "--workload", "llama3-8b", "--accelerators", "64",
                "--strategy", "tp=1,pp=2,dp=32,vpp=8,mb=2,recompute=full,zero=0", "--format", "json");
        assertEquals(ExitCode.NOT_MET, run.exitCode(), run.err());
        Map<String, Object> e = run.json();
        assertEquals(false, e.get("fits"));
        Map<String, Object> memory = (Map<String, Object>) e.get("memory");
        assertEquals("last", memory.get("busiestStage"));
        double sum = 0;
        for (Map<String, Object> part : (List<Map<String, Object>>) memory.get("parts")) {
            sum += CliRun.number(part.get("bytes"));
        }
        assertEquals(CliRun.number(e.get("memoryPerRankBytes")), sum, 0, "the parts add up to the footprint exactly");
        assertEquals(94.94e9, sum, 0.01e9);
        Map<String, Object> wall = ((Map<String, Map<String, Object>>) e.get("walls")).get("memory");
        assertEquals("BLOCKED", wall.get("status"));
        assertTrue(((String) wall.get("finding")).startsWith("the busiest rank, on the last pipeline stage"),
                wall.toString());

        Map<String, Object> firstStage = CliRun.of("evaluate", "--system", "dgx-a100-80gb", "--workload", "llama3-8b",
                "--accelerators", "64", "--strategy", "tp=1,pp=8,dp=8,mb=1,recompute=none,zero=0", "--format", "json")
                .json();
        assertEquals("first", ((Map<String, Object>) firstStage.get("memory")).get("busiestStage"),
                "without recompute, eight microbatches of whole layers on the first stage outweigh the logits");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMemoryJsonAndTableSayWhichTierHoldsTheFootprintAndWhatSpills() {
        // GB200: 186 GB of HBM3e per GPU, and a 240 GB share of the tray's Grace LPDDR5X behind it
        Map<String, Object> within = CliRun.of("evaluate", "--system", "gb200-nvl72", "--workload", "gpt3-175b",
                "--strategy", "tp=4,pp=3,dp=6,zero=1,mb=4,recompute=none", "--format", "json").json();
        Map<String, Object> memory = (Map<String, Object>) within.get("memory");
        List<Map<String, Object>> tiers = (List<Map<String, Object>>) memory.get("tiers");
        assertEquals(List.of("HBM3e", "Grace LPDDR5X (via NVLink-C2C) (compute tray, shared by 4)"),
                tiers.stream().map(t -> t.get("name")).toList());
        assertEquals(List.of("hbm", "dram"), tiers.stream().map(t -> t.get("kind")).toList());
        double footprint = CliRun.number(within.get("memoryPerRankBytes"));
        assertEquals(footprint, CliRun.number(tiers.get(0).get("bytes")));
        assertEquals(186e9, CliRun.number(tiers.get(0).get("capacityBytes")));
        assertEquals(0, CliRun.number(tiers.get(1).get("bytes")));
        assertEquals(0, CliRun.number(memory.get("spilledBytes")));
        // 176 GB of 186 GB of HBM: judged against the HBM, not the 426 GB of both tiers
        Map<String, Object> wall = ((Map<String, Map<String, Object>>) within.get("walls")).get("memory");
        assertEquals("STRAINED", wall.get("status"), wall.toString());
        assertTrue(((String) wall.get("finding")).contains("176.1 GB of 186.0 GB (95%) in its fastest tier, HBM3e"),
                wall.toString());

        Map<String, Object> spilling = CliRun.of("evaluate", "--system", "gb200-nvl72", "--workload", "gpt3-175b",
                "--strategy", "tp=1,pp=3,zero=1", "--format", "json").json();
        memory = (Map<String, Object>) spilling.get("memory");
        tiers = (List<Map<String, Object>>) memory.get("tiers");
        footprint = CliRun.number(spilling.get("memoryPerRankBytes"));
        double spilled = CliRun.number(memory.get("spilledBytes"));
        assertEquals(186e9, CliRun.number(tiers.get(0).get("bytes")), "the HBM fills first");
        assertEquals(footprint - 186e9, spilled, 1e-6 * footprint);
        assertEquals(spilled, CliRun.number(tiers.get(1).get("bytes")), 1e-6 * footprint);
        wall = ((Map<String, Map<String, Object>>) spilling.get("walls")).get("memory");
        assertTrue(((String) wall.get("finding")).contains("spills beyond its fastest tier, HBM3e (186.0 GB), streamed"),
                wall.toString());

        String table = CliRun.of("evaluate", "--system", "gb200-nvl72", "--workload", "gpt3-175b", "--strategy",
                "tp=1,pp=3,zero=1").out();
        assertTrue(table.lines().anyMatch(l -> l.matches("in HBM3e +186 GB of 186 GB")), table);
        assertTrue(table.lines().anyMatch(l -> l.matches("spilled +175 GB")), table);
    }
}
