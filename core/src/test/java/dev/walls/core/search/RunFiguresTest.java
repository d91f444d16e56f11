package dev.walls.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.walls.core.evaluation.Fixtures;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.AcceleratorSpec;
import dev.walls.spi.system.Precision;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunFiguresTest {

    /**
     * The ratio compare's MFU at the 16-bit peak and its "above 100 %" sentence both read: a precision's peak over the
     * bf16 one (else fp16), and 1 when either is not stated, so that MFU is then left as it is.
     */
    @Test
    void aPeakIsTakenOverTheSixteenBitOne() {
        AcceleratorSpec gpu = Fixtures.system(8).accelerator();
        assertEquals(2.0, RunFigures.peakOver16Bit(gpu, Precision.FP8));
        assertEquals(1.0, RunFigures.peakOver16Bit(gpu, Precision.BF16));
        assertEquals(1.0, RunFigures.peakOver16Bit(gpu, Precision.FP4), "no FP4 peak: MFU as it is");
        Provenance p = gpu.peak(Precision.BF16).orElseThrow().provenance();
        AcceleratorSpec fp16Only = new AcceleratorSpec("fp16 only", Map.of(Precision.FP16, Figure.of(50e12, p),
                Precision.FP8, Figure.of(200e12, p)), gpu.memory(), gpu.powerWatts(), gpu.costUsd(), gpu.silicon());
        assertEquals(4.0, RunFigures.peakOver16Bit(fp16Only, Precision.FP8), "fp16 when there is no bf16");
        AcceleratorSpec fp8Only = new AcceleratorSpec("fp8 only", Map.of(Precision.FP8, Figure.of(200e12, p)),
                gpu.memory(), gpu.powerWatts(), gpu.costUsd(), gpu.silicon());
        assertEquals(1.0, RunFigures.peakOver16Bit(fp8Only, Precision.FP8), "no 16-bit peak: MFU as it is");
    }
}
