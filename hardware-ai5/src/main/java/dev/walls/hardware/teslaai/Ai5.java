package dev.walls.hardware.teslaai;

import dev.walls.spi.figure.Confidence;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.AcceleratorSpec;
import dev.walls.spi.system.MemoryKind;
import dev.walls.spi.system.MemoryTier;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.SiliconSpec;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tesla AI5: claims and rumors only, so every figure is a range. Nominal values follow Tesla's own relations
 * to AI4: ~9× compute (between the 8× of the Q3'25 call and the 10× of Q4'25), ~9× memory, ~5× memory
 * bandwidth (hardware-facts C / T1, T2, T3, T12).
 */
public final class Ai5 {

    /** Tesla's compute multiplier over AI4: 8× (Q3'25, T3) to 10× (Q4'25, T12); nominal the midpoint. */
    static final double COMPUTE_VS_AI4_LOW = 8;
    static final double COMPUTE_VS_AI4 = 9;
    /** Tesla's memory multiplier over AI4 (T3, T12). */
    static final double MEMORY_VS_AI4 = 9;
    /** Tesla's memory-bandwidth multiplier over AI4 (T3). */
    static final double BANDWIDTH_VS_AI4 = 5;
    /** GB200's B200 BF16 dense peak, FLOP/s (hardware-facts B.1 / N2): "dual AI5 ≈ Blackwell" caps one AI5 at half. */
    static final double BLACKWELL_BF16 = 2_500e12;

    static final double INT8_LOW = COMPUTE_VS_AI4_LOW * Ai4.INT8_LOW;
    static final double INT8_NOMINAL = COMPUTE_VS_AI4 * Ai4.INT8_NOMINAL;
    static final double INT8_HIGH = 2_500e12;

    private Ai5() {
    }

    /** Returns AI5 as an accelerator. */
    public static AcceleratorSpec accelerator() {
        return new AcceleratorSpec("Tesla AI5", peaks(), List.of(memory()), power(), cost(), Optional.of(silicon()), "AI5");
    }

    static Map<Precision, Figure> peaks() {
        Map<Precision, Figure> peaks = new EnumMap<>(Precision.class);
        peaks.put(Precision.INT8, Figure.range(INT8_LOW, INT8_NOMINAL, INT8_HIGH, new Provenance(
                "hardware-facts C / T3, T12, T21, T25: 9 x AI4's 250 TOPS = 2,250 TOPS; low 8 x 200; high 2,500 "
                        + "(T25 rumor; also half of a Blackwell's 5,000 FP8 dense, T14 'dual AI5 = Blackwell-class')",
                Confidence.DERIVED, "vendor multipliers on a rumored AI4 base")));
        peaks.put(Precision.BF16, Figure.range(INT8_LOW / 4, INT8_NOMINAL / 2, BLACKWELL_BF16 / 2, new Provenance(
                "walls estimate: no 16-bit figure is public; BF16 = INT8 / 2 as on Hopper and Blackwell (B.1 / N1, N2); "
                        + "low INT8 / 4 for an inference-first datapath; high = half a GB200 B200 (T14, N2)",
                Confidence.ANALYST_ESTIMATE, "training throughput of AI5 is not disclosed")));
        return peaks;
    }

    /**
     * Memory: ~9 × 16 GB = 144 GB (hardware-facts C, derived, marked uncertain); the photographed package
     * shows 12 memory packages, LPDDR5X claimed (T18): 12 × 8 GB to 12 × 16 GB. Bandwidth: 5 × AI4's
     * ~384 GB/s, low if the 12 packages are 64-bit LPDDR5X-8533.
     */
    static MemoryTier memory() {
        Figure capacity = Figure.range(12 * 8e9, MEMORY_VS_AI4 * Ai4.MEMORY_BYTES, 12 * 16e9, new Provenance(
                "hardware-facts C / T3 + T20: 9 x 16 GB = 144 GB; range 12 packages (T18) x 8-16 GB",
                Confidence.DERIVED, "analyst conversion of a vendor multiplier; package count is a rumor"));
        Figure bandwidth = Figure.range(12 * 64 * 8.533e9 / 8, BANDWIDTH_VS_AI4 * Ai4.BANDWIDTH_NOMINAL,
                BANDWIDTH_VS_AI4 * Ai4.BANDWIDTH_HIGH, new Provenance(
                        "hardware-facts C / T3: 5 x AI4 (384 GB/s, walls estimate) = 1.92 TB/s; high 5 x 448 GB/s; "
                                + "low 12 x 64-bit LPDDR5X-8533 = 819 GB/s (T18)",
                        Confidence.DERIVED, "AI4 bandwidth itself is a walls estimate"));
        return new MemoryTier("LPDDR5X (12 packages, rumored)", MemoryKind.DRAM, capacity, bandwidth);
    }

    /** Up to ~800 W peak (T4) vs ~250 W per chip (T16): conflicting (G.9); nominal the arithmetic midpoint. */
    static Figure power() {
        return Figure.range(250, 525, 800, new Provenance(
                "hardware-facts C / T4 (up to ~800 W peak) vs T16 (~250 W); nominal = midpoint",
                Confidence.RUMOR, "conflicting (G.9); T15's '1/3 of Blackwell's power' points to the low end"));
    }

    /**
     * Cost to Tesla of one AI5 with its memory. Low: bottom-up silicon and DRAM ({@link SiliconFloor}): TSMC N3 at
     * ~$20k a wafer (E2, E4); the 430 mm² die gives 132.2 dies a wafer, and at the walls' α = 2 and N3's assumed D0 of
     * 0.10/cm² (no N3 figure is published, E8) 67.7 % yield, 89.6 good, $223; 144 GB at DDR5's $2.4/GB (E9) $346;
     * $569 in all. High: Musk's "<10% of the cost" of Blackwell (T15) at $40k (N19). Nominal: geometric mean, $1,509.
     */
    static Figure cost() {
        SiliconFloor floor = SiliconFloor.of(silicon(), SiliconFloor.N3_WAFER_USD, memory().capacityBytes().nominal());
        double low = floor.usd();
        double high = 4_000;
        return Figure.range(low, Math.sqrt(low * high), high, new Provenance(String.format(Locale.ROOT,
                "walls estimate: low bottom-up (N3 wafer $20k, E2, E4; %.1f dies of 430 mm2, NB yield alpha %.0f at D0"
                        + " %.2f/cm2 -> %.1f%%, %.1f good -> $%.0f; 144 GB x $2.4/GB, E9 -> $%.0f; = $%.0f); high = 10%% of"
                        + " a $40k Blackwell (T15, N19); nominal = geometric mean", floor.dies(), SiliconFloor.alpha(),
                SiliconFloor.defectsPerCm2(silicon()), 100 * floor.yield(), floor.goodDies(), floor.dieUsd(),
                floor.memoryUsd(), low),
                Confidence.ANALYST_ESTIMATE, "no AI5 cost is public; N3 defect density is not published (E8)"));
    }

    /** Half-reticle die (≈430 mm², T4); TSMC N3 and Samsung build "slightly different versions" (T7, T1, T24). */
    static SiliconSpec silicon() {
        Figure area = Figure.range(400, 430, 460, Provenance.vendor("hardware-facts C / T4: 'half-reticle' = ~430 mm2")
                .withNote("mm2 is an analyst conversion; +-7% range"));
        return new SiliconSpec("TSMC N3", area, 1, "FC-BGA");
    }
}
