package dev.walls.hardware.blackwell;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.AcceleratorSpec;
import dev.walls.spi.system.MemoryKind;
import dev.walls.spi.system.MemoryTier;
import dev.walls.spi.system.Precision;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The B200 GPU as configured in a GB200 superchip: 1,200 W, 186 GB of HBM3e in an NVL72 rack. */
public final class B200InGb200 {

    /** NVL72 rack price range, US dollars (hardware-facts B.2 / N23, N21): press $2-3M, ~$3.1M, Bernstein ~$3.4M. */
    static final double RACK_PRICE_LOW_USD = 2.0e6;
    static final double RACK_PRICE_NOMINAL_USD = 3.1e6;
    static final double RACK_PRICE_HIGH_USD = 3.4e6;

    private B200InGb200() {
    }

    /** Returns the accelerator. */
    public static AcceleratorSpec accelerator() {
        return new AcceleratorSpec("NVIDIA B200 (GB200, 1,200 W)", peaks(),
                List.of(hbm()), Figure.of(1_200, Provenance.vendor("hardware-facts B.1 / N2, N10")), cost(),
                Optional.of(BlackwellSilicon.spec()), "B200");
    }

    static Map<Precision, Figure> peaks() {
        Provenance dense = Provenance.vendor("hardware-facts B.1 / N2 (dense = sparse / 2)");
        Map<Precision, Figure> peaks = new EnumMap<>(Precision.class);
        peaks.put(Precision.TF32, Figure.of(1_250e12, dense));
        peaks.put(Precision.BF16, Figure.of(2_500e12, dense));
        peaks.put(Precision.FP16, Figure.of(2_500e12, dense));
        peaks.put(Precision.FP8, Figure.of(5_000e12, dense));
        peaks.put(Precision.FP4, Figure.of(10_000e12, dense));
        return peaks;
    }

    /** 186 GB per GPU in NVL72 (13.4 TB / 72); 192 GB announced, 180 GB usable on HGX (G.3). */
    static MemoryTier hbm() {
        Figure capacity = Figure.range(180e9, 186e9, 192e9, Provenance.vendor(
                "hardware-facts B.1, B.2 / N6, N11 (186 GB = 13.4 TB / 72); N2 (192 announced, 180 usable on HGX)")
                .withNote("conflicting figures (G.3)"));
        Figure bandwidth = Figure.range(7.7e12, 8e12, 8e12, Provenance.vendor("hardware-facts B.1 / N2")
                .withNote("7.7 TB/s in some listings (G.3)"));
        return new MemoryTier("HBM3e", MemoryKind.HBM, capacity, bandwidth);
    }

    /**
     * A GB200 GPU is not sold alone: its price is its slot of the NVL72 rack (rack price / 72), as the facts
     * file does for DGX A100 slots. Grace CPUs, NVLink switch trays and chassis are inside that price.
     */
    static Figure cost() {
        return Figure.range(RACK_PRICE_LOW_USD / 72, RACK_PRICE_NOMINAL_USD / 72, RACK_PRICE_HIGH_USD / 72,
                Provenance.estimate("hardware-facts B.2 / N23, N21: NVL72 rack $2.0M / $3.1M / $3.4M per 72 GPU slots")
                        .withNote("includes Grace, NVLink switches and chassis; B200 alone lists at $30-40k (N19)"));
    }
}
