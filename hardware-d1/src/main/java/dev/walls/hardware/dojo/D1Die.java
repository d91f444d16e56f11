package dev.walls.hardware.dojo;

import dev.walls.spi.figure.Confidence;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.silicon.DefectYield;
import dev.walls.spi.silicon.Foundry;
import dev.walls.spi.silicon.Wafer;
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
 * The Tesla D1 die, the unit a Dojo training job's ranks are placed on.
 *
 * <p>Its only own memory is the 1.25 MB SRAM of each of its 354 training nodes; everything larger lives in
 * the HBM of the Dojo Interface Processors at the edge of a system tray ({@link SystemTray}).
 */
public final class D1Die {

    /** Training nodes (cores) per die (hardware-facts A.1 / D3, D4, D5). */
    public static final int NODES = 354;
    /** SRAM per node in bytes: 1.25 MB, decimal, which reproduces Tesla's 11 GB per tile and 1.33 TB per ExaPOD. */
    public static final double SRAM_BYTES_PER_NODE = 1.25e6;
    /** Die area in mm² (hardware-facts A.1 / D4, D5). */
    public static final double DIE_AREA_MM2 = 645;

    private D1Die() {
    }

    /** Returns the D1 die as an accelerator. */
    public static AcceleratorSpec accelerator() {
        return new AcceleratorSpec("Tesla D1", peaks(), List.of(sram()), power(), cost(), Optional.of(silicon()), "D1");
    }

    static Map<Precision, Figure> peaks() {
        Map<Precision, Figure> peaks = new EnumMap<>(Precision.class);
        peaks.put(Precision.FP32, Figure.of(22.6e12, Provenance.vendor("hardware-facts A.1 / D4, D5")));
        peaks.put(Precision.BF16, Figure.of(362e12, Provenance.vendor("hardware-facts A.1 / D3, D4, D5")));
        // Tesla lists FP16 among the D1's formats but quotes a single 16-bit peak; both run on the same
        // 8x8x4 matrix unit, so FP16 gets the BF16 figure.
        peaks.put(Precision.FP16, Figure.of(362e12, Provenance.derived(
                "hardware-facts A.1 / D1, D4: FP16 is a listed D1 format; peak taken equal to the 362 TFLOPS BF16/CFP8 figure")
                .withNote("no separate FP16 peak is published")));
        // CFP8 (configurable FP8, 4/3 and 5/2 splits) is mapped to FP8. Its peak equals BF16: on D1, 8-bit
        // formats save bytes, not matrix time.
        peaks.put(Precision.FP8, Figure.of(362e12, Provenance.vendor("hardware-facts A.1 / D3, D4, D5")
                .withNote("CFP8 mapped to FP8; same peak as BF16")));
        return peaks;
    }

    /**
     * The die's SRAM as one tier: 354 nodes × 1.25 MB. Bandwidth basis: node-local SRAM ports aggregated
     * over the die, which is what compute on resident data sees (data on another node travels the on-die
     * mesh, 10 TB/s per direction, hardware-facts A.1).
     */
    static MemoryTier sram() {
        Figure capacity = Figure.range(440e6, NODES * SRAM_BYTES_PER_NODE, NODES * SRAM_BYTES_PER_NODE,
                Provenance.vendor("hardware-facts A.1 / D1, D3, D5: 354 nodes x 1.25 MB = 442.5 MB")
                        .withNote("D3 states 440 MB; the low end keeps it"));
        Figure bandwidth = Figure.range(NODES * 270e9, NODES * 400e9, NODES * 670e9, new Provenance(
                "walls estimate on D1 (HC34) per-node SRAM ports: 354 x 400 GB/s loads = 141.6 TB/s; "
                        + "low 354 x 270 GB/s stores = 95.6 TB/s; high 354 x (400 + 270) GB/s = 237.2 TB/s",
                Confidence.ANALYST_ESTIMATE,
                "per-node SRAM rates are not in hardware-facts; aggregated node-local bandwidth, not mesh bandwidth"));
        return new MemoryTier("D1 node SRAM (354 x 1.25 MB)", MemoryKind.SRAM, capacity, bandwidth);
    }

    static Figure power() {
        return Figure.of(400, Provenance.vendor("hardware-facts A.1 / D4, D14"));
    }

    /** TSMC N7 wafer price, USD: CSET's 2020 figure (hardware-facts D.1 / E1), the economics wall's N7 nominal. */
    static final double N7_WAFER_USD = 9_346;
    /** TSMC N7 wafer price at its 2018 launch, USD (hardware-facts D.1 / E5, rumor): the high end. */
    static final double N7_WAFER_USD_HIGH = 10_000;

    /**
     * Silicon cost of one known-good D1, the closest thing to a price for a die Tesla never sold: wafer price
     * over good dies, with the same dies-per-wafer, defect densities and negative-binomial clustering α the packaging
     * and economics walls use ({@link Foundry}), so that the spec's price and the walls' cost per good die agree.
     * At α = 2: 83.3 dies per 300 mm wafer; D0 0.09/cm² (E7) gives 60.1 % yield, 50.1 good, $186.7 at $9,346 a wafer
     * (E1); the high end, D0 0.15 (E9) and $10,000 (E5), 45.4 %, 37.9 good, $264.1. NRE (the Dojo program, >$1B
     * through 2024, D19) is not in it; the economics wall amortizes NRE over the volume built.
     */
    static Figure cost() {
        double wafer = Foundry.waferDiameterMm().nominal();
        double alpha = Foundry.clusteringAlpha().nominal();
        Figure d0 = Foundry.defectsPerCm2().forNode(silicon().processNode());
        double dies = Wafer.diesPerWafer(wafer, DIE_AREA_MM2);
        double yield = DefectYield.negativeBinomial(DIE_AREA_MM2, d0.nominal(), alpha);
        double yieldHigh = DefectYield.negativeBinomial(DIE_AREA_MM2, d0.high(), alpha);
        double nominal = N7_WAFER_USD / (dies * yield);
        double high = N7_WAFER_USD_HIGH / (dies * yieldHigh);
        return Figure.range(nominal, nominal, high, Provenance.derived(String.format(Locale.ROOT,
                "hardware-facts D.1, D.2: 300 mm wafer, dies/wafer = pi*150^2/645 - pi*300/sqrt(2*645) = %.1f; "
                        + "negative-binomial yield, alpha = %.0f (the walls' clustering, E10): D0 %.2f/cm2 (E7, TSMC N7)"
                        + " -> %.1f%% -> %.1f good, $9,346/wafer (E1) -> $%.1f; high: D0 %.2f (E9) -> %.1f%% -> %.1f good,"
                        + " $10,000/wafer (E5) -> $%.1f", dies, alpha, d0.nominal(), 100 * yield, dies * yield, nominal,
                d0.high(), 100 * yieldHigh, dies * yieldHigh, high))
                .withNote("silicon only; excludes packaging (tile level), test and the Dojo program's NRE (>$1B, D19)"));
    }

    static SiliconSpec silicon() {
        return new SiliconSpec("TSMC N7",
                Figure.of(DIE_AREA_MM2, Provenance.vendor("hardware-facts A.1 / D4, D5")), 1, "InFO_SoW");
    }
}
