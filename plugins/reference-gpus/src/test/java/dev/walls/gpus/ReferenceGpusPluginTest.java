package dev.walls.gpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.spi.figure.Confidence;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.system.Level;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.StackFeature;
import dev.walls.spi.system.SystemSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReferenceGpusPluginTest {

    private final Map<String, SystemSpec> systems = new ReferenceGpusPlugin().systems().stream()
            .collect(Collectors.toMap(SystemSpec::id, Function.identity()));

    @Test
    void itProvidesTheFourReferenceSystems() {
        assertEquals(List.of("dgx-a100-80gb", "dgx-a100-40gb", "dgx-h100", "meta-h100-roce"),
                new ReferenceGpusPlugin().systems().stream().map(SystemSpec::id).toList());
    }

    @Test
    void nvlinkIsHalfTheBidirectionalDatasheetFigurePerDirection() {
        assertEquals(900e9 / 2, fabric(systems.get("dgx-h100"), 0).nominal());
        assertEquals(600e9 / 2, fabric(systems.get("dgx-a100-80gb"), 0).nominal());
        assertEquals(400e9 / 8, fabric(systems.get("dgx-h100"), 1).nominal());
        assertEquals(200e9 / 8, fabric(systems.get("dgx-a100-80gb"), 1).nominal());
    }

    private static Figure fabric(SystemSpec s, int level) {
        return s.levels().get(level).fabric().orElseThrow().bandwidthBytesPerSecondPerAccelerator();
    }

    @Test
    void peaksAndMemoryAreTheDatasheetsDenseFigures() {
        SystemSpec h100 = systems.get("dgx-h100");
        assertEquals(989.4e12, h100.accelerator().peak(Precision.BF16).orElseThrow().nominal(), 1);
        assertEquals(1978.9e12, h100.accelerator().peak(Precision.FP8).orElseThrow().nominal(), 1);
        assertEquals(80.0 * (1L << 30), h100.accelerator().memory().get(0).capacityBytes().nominal());
        assertEquals(3350e9, h100.accelerator().memory().get(0).bandwidthBytesPerSecond().nominal());
        SystemSpec a40 = systems.get("dgx-a100-40gb");
        assertEquals(312e12, a40.accelerator().peak(Precision.FP16).orElseThrow().nominal(), 1);
        assertEquals(40.0 * (1L << 30), a40.accelerator().memory().get(0).capacityBytes().nominal());
        assertTrue(a40.accelerator().peak(Precision.FP8).isEmpty(), "A100 has no FP8");
    }

    @Test
    void systemsResizeInWholeNodes() {
        SystemSpec h100 = systems.get("dgx-h100").withAccelerators(2048);
        assertEquals(2048, h100.accelerators());
        assertEquals(256, h100.units(h100.levels().get(0)));
        assertThrows(IllegalArgumentException.class, () -> systems.get("dgx-h100").withAccelerators(12));
    }

    @Test
    void theA100StackIsTheMegatronLmOfItsPapersWithoutFlashAttentionOrOverlap() {
        SystemSpec a100 = systems.get("dgx-a100-80gb");
        assertFalse(a100.software().supports(StackFeature.FLASH_ATTENTION));
        assertFalse(a100.software().supports(StackFeature.TP_COMM_OVERLAP));
        assertTrue(a100.software().supports(StackFeature.INTERLEAVED_PIPELINE));
        assertTrue(systems.get("dgx-h100").software().supports(StackFeature.FP8_TRAINING));
    }

    @Test
    void everyFigureCarriesASourceAndUncertainOnesARange() {
        for (SystemSpec s : systems.values()) {
            List<Figure> figures = new ArrayList<>(s.accelerator().peaksInOrder().values());
            s.accelerator().memory().forEach(t -> figures.addAll(List.of(t.capacityBytes(), t.bandwidthBytesPerSecond())));
            figures.add(s.accelerator().powerWatts());
            figures.add(s.accelerator().costUsd());
            for (Level l : s.levels()) {
                l.fabric().ifPresent(f -> figures.addAll(List.of(f.bandwidthBytesPerSecondPerAccelerator(), f.latencySeconds())));
                figures.add(l.powerWattsPerUnit());
                figures.add(l.costUsdPerUnit());
            }
            figures.addAll(List.of(s.software().matmulEfficiency(), s.software().memoryBoundEfficiency(),
                    s.software().collectiveEfficiency()));
            for (Figure f : figures) {
                assertFalse(f.provenance().source().isBlank());
                if (f.provenance().confidence() == Confidence.ANALYST_ESTIMATE && f.nominal() != 0) {
                    assertTrue(f.isUncertain() || f.provenance().source().contains("hardware-facts"),
                            s.id() + ": estimate without a range: " + f);
                }
            }
        }
    }
}
