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
     * Low: bottom-up (Samsung SF2 wafer ~$20k, E6; 132 half-reticle dies at 40-50% yield, T9 → ~$340;
     * 288 GB × $2.4/GB → ~$690; ≈ $1,000). High: twice AI5's high. Nominal: geometric mean.
     */
    static Figure cost() {
        double low = 1_000;
        double high = 8_000;
        return Figure.range(low, Math.sqrt(low * high), high, new Provenance(
                "walls estimate: low bottom-up (SF2 $20k/wafer, E6; 45% yield, T9; 288 GB x $2.4/GB, E9); "
                        + "high 2 x AI5 high; nominal = geometric mean",
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
