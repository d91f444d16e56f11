package dev.walls.hardware.teslaai;

import dev.walls.spi.figure.Confidence;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.AcceleratorSpec;
import dev.walls.spi.system.FabricSpec;
import dev.walls.spi.system.Level;
import dev.walls.spi.system.LevelKind;
import dev.walls.spi.system.Topology;
import java.util.List;
import java.util.Optional;

/**
 * A data-center board of several AI5 or AI6 chips. Tesla describes the data-center part as "many AI5/AI6
 * SoCs on one board" (Dojo 3, T13) and "dual AI5 ≈ Blackwell-class" (T14), nothing more; walls chooses 8
 * chips per board (an HGX-sized board, i.e. about four Blackwell GPUs' worth) and says so. Anything from 2
 * (one Blackwell's worth) to 16 fits the record.
 */
final class TeslaBoard {

    /** Chips per board: a walls choice (see class comment). */
    static final int CHIPS = 8;

    private TeslaBoard() {
    }

    static Level level(AcceleratorSpec chip) {
        return new Level("board", CHIPS, Optional.of(fabric()), List.of(), power(chip.powerWatts()),
                cost(chip.costUsd()), LevelKind.OTHER, Optional.empty());
    }

    /**
     * On-board chip-to-chip links, not public: low a PCIe Gen5 x16 port (64 GB/s per direction), nominal
     * ~16 lanes of 112 Gb/s SerDes (~200 GB/s), high NVLink5 parity (900 GB/s, B.1 / N2).
     */
    static FabricSpec fabric() {
        Figure bandwidth = Figure.range(64e9, 200e9, 900e9, new Provenance(
                "walls estimate: PCIe Gen5 x16 (64 GB/s) / 16 x 112 Gb/s SerDes (~200 GB/s) / NVLink5 parity 900 GB/s "
                        + "(hardware-facts B.1 / N2) per chip per direction",
                Confidence.ANALYST_ESTIMATE, "AI5/AI6 chip-to-chip I/O is not public"));
        Figure latency = Figure.range(0.5e-6, 1e-6, 3e-6, new Provenance("walls estimate: one on-board switch hop",
                Confidence.ANALYST_ESTIMATE, "not in hardware-facts"));
        return new FabricSpec("on-board chip-to-chip links (switched)", Topology.SWITCHED, bandwidth, latency);
    }

    /** Board power beyond its chips: (chip-to-server multiplier − 1) × chips, 1.56 / 1.8 / 2.03 (E16). */
    static Figure power(Figure chipWatts) {
        return Figure.range(0.56 * CHIPS * chipWatts.low(), 0.80 * CHIPS * chipWatts.nominal(),
                1.03 * CHIPS * chipWatts.high(), new Provenance(
                        "hardware-facts D.5 / E16: chip-to-server power multiplier 1.56 (TPU v4-class) / 1.8 (default) / "
                                + "2.03 (A100), minus the chips, x 8 chips",
                        Confidence.DERIVED, "GPU-server multipliers applied to a Tesla board"));
    }

    /**
     * Board cost beyond its chips: server overhead o = 0.54 / 0.64 / 0.69 × chips (E16) plus the board's share
     * of the scale-out network, s / (1 − s) × (1 + o) × chips with s = 9% / 13% / 19% (E17, E16). The network
     * is carried here because the open-ended cluster level has one unit whatever the size.
     */
    static Figure cost(Figure chipUsd) {
        return Figure.range(CHIPS * chipUsd.low() * boardFactor(0.54, 0.09),
                CHIPS * chipUsd.nominal() * boardFactor(0.64, 0.13), CHIPS * chipUsd.high() * boardFactor(0.69, 0.19),
                new Provenance("hardware-facts D.5, D.6 / E16, E17: server-to-chip cost overhead 1.54 / 1.64 / 1.69 and "
                        + "network share 9% / 13% / 19% applied to the board's chips",
                        Confidence.DERIVED, "GPU-cluster cost ratios applied to a Tesla board"));
    }

    private static double boardFactor(double overhead, double networkShare) {
        return overhead + networkShare / (1 - networkShare) * (1 + overhead);
    }
}
