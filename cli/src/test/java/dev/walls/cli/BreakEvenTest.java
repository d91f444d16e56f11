package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A custom program's break-even volume, on the built-in systems and through {@code --assume}: the volume at which the
 * run costs what it costs on the default path, or none when even a program without NRE costs more.
 */
class BreakEvenTest {

    private static final String DOJO = "tp=48,pp=48,dp=1,cp=1,vpp=1,mb=1,recompute=full,sp=false,zero=0,precision=bf16";
    private static final String AI6 = "tp=3,pp=24,dp=32,cp=1,vpp=1,mb=1,recompute=none,sp=false,zero=1,precision=bf16";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> economics(String system, String strategy, String... assume) {
        List<String> args = new ArrayList<>(List.of("evaluate", "--system", system, "--workload", "gpt3-175b",
                "--accelerators", "2304", "--strategy", strategy, "--format", "json"));
        for (String a : assume) {
            args.addAll(List.of("--assume", a));
        }
        Map<String, Object> r = CliRun.of(args.toArray(String[]::new)).json();
        return (Map<String, Object>) ((Map<String, Object>) r.get("walls")).get("economics");
    }

    @SuppressWarnings("unchecked")
    private static double metric(Map<String, Object> economics, String name) {
        return CliRun.number(((Map<String, Object>) economics.get("metrics")).get(name));
    }

    /**
     * The ExaPOD's GPT-3 run costs 2.30× the default path's with no NRE at all (7.6 % MFU against 37.5 %), so no volume
     * pays its NRE back; the wall once said it paid back at 83,664 D1, a volume at which the run still cost 2.7×.
     */
    @Test
    @SuppressWarnings("unchecked")
    void dojoNeverPaysBackForGpt3() {
        Map<String, Object> e = economics("dojo-exapod", DOJO);
        assertEquals(0.0, metric(e, "breaksEven"));
        assertFalse(((Map<String, Object>) e.get("metrics")).containsKey("breakEvenVolume"));
        assertTrue((String.valueOf(e.get("finding"))).contains("it never pays back its NRE of $1.00B for this workload:"
                + " even without NRE the run costs $657.1k, 2.30× the default path's $285.4k"), (String) e.get("finding"));
        // what the wall says the run costs without NRE is what it costs with none
        Map<String, Object> free = economics("dojo-exapod", DOJO, "economics.programs[0].nreUsd=0");
        assertEquals(metric(e, "runCostWithoutNreUsd"), metric(free, "runCostUsd"), 1e-6);
        assertEquals(metric(e, "costRatioWithoutNre"), metric(free, "costRatioVsDefaultPath"), 1e-9);
        // capital per peak FLOP alone is at parity far below what any run would need
        double capitalParity = metric(e, "peakFlopCapexParityVolume");
        Map<String, Object> atCapitalParity = economics("dojo-exapod", DOJO,
                "economics.programs[0].volumeAccelerators=" + capitalParity);
        assertTrue(metric(atCapitalParity, "costRatioVsDefaultPath") > 2.5, atCapitalParity.toString());
    }

    /** Built in its break-even volume, the AI6 cluster's run costs exactly the default path's. */
    @Test
    void ai6BuiltInItsBreakEvenVolumeCostsWhatTheDefaultPathDoes() {
        Map<String, Object> e = economics("ai6-cluster", AI6);
        assertEquals(1.0, metric(e, "breaksEven"));
        double volume = metric(e, "breakEvenVolume");
        Map<String, Object> at = economics("ai6-cluster", AI6, "economics.programs[2].volumeAccelerators=" + volume);
        assertEquals(1.0, metric(at, "costRatioVsDefaultPath"), 1e-9);
        assertEquals(volume, metric(at, "breakEvenVolume"), 1e-6 * volume);
    }
}
