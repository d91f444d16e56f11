package dev.walls.hardware.teslaai;

import dev.walls.spi.figure.Confidence;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.AcceleratorSpec;
import dev.walls.spi.system.MemoryKind;
import dev.walls.spi.system.MemoryTier;
import dev.walls.spi.system.Precision;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tesla AI4 (the HW4 FSD computer's SoC): the known reference Tesla's AI5 claims are multiples of. Not a
 * training part and not offered as a system; nearly everything about it is community estimate.
 *
 * <p>Unit: one SoC. Its 16 GB (T20) sits on the SoC's own eight GDDR6 devices, and the community's
 * ~400–500 TOPS is for the two-SoC computer, so one SoC is ~200–250 TOPS; on that basis Tesla's "8–10×"
 * lands on the rumored 2,000–2,500 TOPS of AI5 (T25).
 */
public final class Ai4 {

    /** INT8 per SoC, ops/s: nominal 250 TOPS (see class comment). */
    static final double INT8_LOW = 200e12;
    static final double INT8_NOMINAL = 250e12;
    static final double INT8_HIGH = 500e12;
    /** Memory per SoC, bytes (hardware-facts C / T20: 16 GB). */
    static final double MEMORY_BYTES = 16e9;
    /** GDDR6 bandwidth per SoC, bytes/s: 8 devices × 32 bit × 12 Gb/s (nominal) or 14 Gb/s (high). */
    static final double BANDWIDTH_NOMINAL = 8 * 32 * 12e9 / 8;
    static final double BANDWIDTH_HIGH = 8 * 32 * 14e9 / 8;

    private Ai4() {
    }

    /** Returns AI4 as an accelerator (inference only: INT8 is its only published kind of throughput). */
    public static AcceleratorSpec accelerator() {
        Figure int8 = Figure.range(INT8_LOW, INT8_NOMINAL, INT8_HIGH, new Provenance(
                "hardware-facts C / T21: ~400-500 TOPS per two-SoC HW4 computer -> 200-250 per SoC; nominal 250 = "
                        + "T25's 2,000-2,500 TOPS for AI5 / Tesla's 8-10x (T1, T12); high 500 if T21's figure is per SoC",
                Confidence.RUMOR, "AI4 compute is not disclosed"));
        Figure capacity = Figure.of(MEMORY_BYTES, Provenance.measured("hardware-facts C / T20 (teardown: 16 GB)")
                .withNote("per SoC: eight 16 Gbit GDDR6 devices per SoC in the HW4 teardowns"));
        Figure bandwidth = Figure.range(BANDWIDTH_NOMINAL, BANDWIDTH_NOMINAL, BANDWIDTH_HIGH, new Provenance(
                "walls estimate: 8 GDDR6 x 32 bit x 12 Gb/s = 384 GB/s (part numbers in HW4 teardown notes); "
                        + "high at 14 Gb/s = 448 GB/s",
                Confidence.ANALYST_ESTIMATE, "no AI4 bandwidth in hardware-facts"));
        Figure power = Figure.range(40, 80, 160, new Provenance("walls estimate: automotive SoC, liquid-cooled computer",
                Confidence.ANALYST_ESTIMATE, "no AI4 power in hardware-facts"));
        Figure cost = Figure.range(150, 300, 600, new Provenance(
                "walls estimate: Samsung 7 nm SoC (T19) + 8 GDDR6 devices at ~$10-13 each",
                Confidence.ANALYST_ESTIMATE, "no AI4 cost is public"));
        return new AcceleratorSpec("Tesla AI4 (HW4 SoC, Samsung 7 nm per T19)", Map.of(Precision.INT8, int8),
                List.of(new MemoryTier("GDDR6", MemoryKind.DRAM, capacity, bandwidth)), power, cost,
                Optional.empty(), "AI4");
    }
}
