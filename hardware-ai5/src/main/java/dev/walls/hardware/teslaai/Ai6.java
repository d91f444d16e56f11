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
 * Tesla AI6 on Samsung SF2: "~2× AI5" (T5) is all that is claimed, so it is AI5 scaled by 1.5× / 2× / 2.5×
 * (low / nominal / high), with memory keeping AI5's bytes per FLOP at the nominal point.
 */
public final class Ai6 {

    /** Tesla's "~2×" over AI5 (hardware-facts C / T5), read as 1.5× to 2.5×. */
    static final double VS_AI5_LOW = 1.5;
    static final double VS_AI5 = 2;
    static final double VS_AI5_HIGH = 2.5;

    private Ai6() {
    }

    /** Returns AI6 as an accelerator. */
    public static AcceleratorSpec accelerator() {
        return new AcceleratorSpec("Tesla AI6", peaks(), List.of(memory()), power(), cost(), Optional.of(silicon()), "AI6");
    }

    static Map<Precision, Figure> peaks() {
        Map<Precision, Figure> ai5 = Ai5.peaks();
        Map<Precision, Figure> peaks = new EnumMap<>(Precision.class);
        ai5.forEach((p, f) -> peaks.put(p, scaled(f, "AI5 " + p.id() + " x 1.5 / 2 / 2.5 (hardware-facts C / T5: '~2x AI5')")));
        return peaks;
    }

    static MemoryTier memory() {
        MemoryTier ai5 = Ai5.memory();
        Figure capacity = Figure.range(ai5.capacityBytes().low(), VS_AI5 * ai5.capacityBytes().nominal(),
                VS_AI5 * ai5.capacityBytes().high(), new Provenance(
                        "walls estimate: AI5's capacity x 2 keeps bytes per FLOP; low = AI5 low (same memory system)",
                        Confidence.ANALYST_ESTIMATE, "no AI6 memory figure is public"));
        Figure bandwidth = Figure.range(ai5.bandwidthBytesPerSecond().low(), VS_AI5 * ai5.bandwidthBytesPerSecond().nominal(),
                VS_AI5_HIGH * ai5.bandwidthBytesPerSecond().high(), new Provenance(
                        "walls estimate: AI5 bandwidth x 2 (x 2.5 high); low = AI5 low", Confidence.ANALYST_ESTIMATE,
                        "no AI6 memory figure is public"));
        return new MemoryTier("DRAM (unannounced)", MemoryKind.DRAM, capacity, bandwidth);
    }

    /** Twice AI5's work at SF2's −25% power at equal performance vs SF3 (T10): 2 × 0.75 × AI5's power. */
    static Figure power() {
        Figure ai5 = Ai5.power();
        return Figure.range(1.5 * ai5.low(), 1.5 * ai5.nominal(), 1.5 * ai5.high(), new Provenance(
                "hardware-facts C / T5, T10: 2 x AI5 (250 / 525 / 800 W) x 0.75 (SF2 -25% power)",
                Confidence.DERIVED, "inputs are a claim, a rumor and a foundry's node comparison"));
    }

    /**
     * Cost to Tesla of one AI6 with its memory, on the spec's own die ({@link #silicon()}: 2 × 430 × 0.95 = 817 mm²).
     * Low: bottom-up silicon and DRAM ({@link SiliconFloor}), as the packaging and economics walls price the die:
     * 63.2 dies per 300 mm wafer; SF2's D0 of 0.23/cm² (backed out of Kuo's 40-50 % on a 430 mm² die, T9) at the
     * walls' α = 2 gives 26.6 % yield, 16.8 good, $1,190 at Samsung's ~$20k a wafer (E6); 288 GB (the spec's memory)
     * at DDR5's $2.4/GB (E9) $691; $1,882 in all, before package, test, assembly loss and margin. High: twice AI5's
     * high, $8,000 (Musk's "<10% of a Blackwell" for AI5, T15, N19; AI6 "~2× AI5", T5). The same die would cost
     * $7,921 before its memory at SF2's early D0 (0.98), so the high is a price bound, not the worst bottom-up case.
     * Nominal: geometric mean, $3,880. (It was once derived from a 430 mm² AI5-sized die, 132 dies at 45 %: $1,000
     * low, $2,828 nominal, below the walls' own bottom-up cost of this die.)
     */
    static Figure cost() {
        SiliconSpec die = silicon();
        SiliconFloor floor = SiliconFloor.of(die, SiliconFloor.SF2_WAFER_USD, memory().capacityBytes().nominal());
        double low = floor.usd();
        double high = 2 * Ai5.cost().high();
        return Figure.range(low, Math.sqrt(low * high), high, new Provenance(String.format(Locale.ROOT,
                "walls estimate: low bottom-up on the spec's %.0f mm2 die (SF2 $20k/wafer, E6; %.1f dies, NB yield"
                        + " alpha %.0f at D0 %.2f/cm2, T9 -> %.1f%%, %.1f good -> $%.0f; %.0f GB x $2.4/GB, E9 -> $%.0f;"
                        + " = $%.0f); high 2 x AI5 high; nominal = geometric mean", die.dieAreaMm2().nominal(),
                floor.dies(), SiliconFloor.alpha(), SiliconFloor.defectsPerCm2(die), 100 * floor.yield(),
                floor.goodDies(), floor.dieUsd(), memory().capacityBytes().nominal() / 1e9, floor.memoryUsd(), low),
                Confidence.ANALYST_ESTIMATE, "no AI6 cost is public"));
    }

    static SiliconSpec silicon() {
        // Twice AI5's work needs about twice its logic; SF2 packs it 5% tighter than SF3 (T10).
        Figure area = Figure.range(430, 2 * 430 * 0.95, 858, new Provenance(
                "walls estimate: 2 x AI5's ~430 mm2 (T4, T5) x 0.95 (SF2 -5% area, T10); low AI5's half reticle, high a "
                        + "full reticle (E11)", Confidence.ANALYST_ESTIMATE, "AI6 die size is not public"));
        return new SiliconSpec("Samsung SF2", area, 1, "FC-BGA");
    }

    private static Figure scaled(Figure ai5, String how) {
        return Figure.range(VS_AI5_LOW * ai5.low(), VS_AI5 * ai5.nominal(), VS_AI5_HIGH * ai5.high(),
                new Provenance(how, Confidence.DERIVED, "inherits AI5's uncertainty: " + ai5.provenance().source()));
    }
}
