package dev.walls.hardware.dojo;

import dev.walls.spi.figure.Confidence;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.FabricSpec;
import dev.walls.spi.system.Level;
import dev.walls.spi.system.LevelKind;
import dev.walls.spi.system.Topology;
import java.util.List;
import java.util.Optional;

/**
 * The ExaPOD: 10 cabinets, 120 tiles, 3,000 D1, joined beyond the cabinet by the Z-plane: TTP over Ethernet
 * from every DIP. The level is open-ended, so several ExaPODs (7 were planned, D10, D17) can be described.
 */
public final class ExaPod {

    /** Cabinets per ExaPOD (hardware-facts A.4 / D10, D22). */
    public static final int CABINETS = 10;
    /** D1 dies per ExaPOD (hardware-facts A.4 / D4, D5). */
    public static final int D1_PER_EXAPOD = CABINETS * Cabinet.D1_PER_CABINET;
    /** TTPoE bandwidth per DIP, bytes per second (hardware-facts A.3 / D12, D13: 50 GB/s, ~400 GbE). */
    public static final double TTPOE_BYTES_PER_SECOND_PER_DIP = 50e9;

    private ExaPod() {
    }

    /** Returns the open-ended ExaPOD level of the Dojo hierarchy. */
    public static Level level() {
        return new Level("ExaPOD (Z-plane)", 0, Optional.of(fabric()), List.of(),
                Figure.of(0, Provenance.derived("Z-plane switch power is not public; DIPs and hosts are in the tray")),
                Figure.of(0, Provenance.derived("Z-plane switch cost is not public; the Dojo program's NRE (>$1B, D19) "
                        + "is for the economics wall to amortize, not a per-system cost")),
                                LevelKind.OTHER, Optional.empty());
    }

    /**
     * The Z-plane per D1: 20 DIPs × 50 GB/s per tray shared by its 150 dies = 6.7 GB/s (nominal). Low: one
     * ~97.65 Gb/s TTPoE link per DIP as measured at Hot Chips 2024 (D18). High: if the tile mesh also runs
     * across cabinets, the cabinet-level cut figure.
     */
    static FabricSpec fabric() {
        double perD1 = SystemTray.DIPS * TTPOE_BYTES_PER_SECOND_PER_DIP / SystemTray.D1_PER_TRAY;
        double lowPerD1 = SystemTray.DIPS * (97.65e9 / 8) / SystemTray.D1_PER_TRAY;
        Figure bandwidth = Figure.range(lowPerD1, perD1, 0.18e12, Provenance.derived(
                "hardware-facts A.3 / D12, D13, D18: 20 DIP x 50 GB/s / 150 D1 = 6.7 GB/s per D1; low 20 x 97.65 Gb/s "
                        + "/ 150 = 1.6 GB/s (D18 per-link rate); high 0.18 TB/s if the mesh spans cabinets (walls estimate)")
                .withNote("the Z-plane turns ~30 mesh hops into 4 (D2); cross-cabinet mesh links are not published"));
        Figure latency = Figure.range(2e-6, 5e-6, 20e-6, new Provenance(
                "walls estimate: TTPoE over switched Ethernet through DIPs (D18 describes a hardware transport)",
                Confidence.ANALYST_ESTIMATE, "not in hardware-facts"));
        return new FabricSpec("Ethernet Z-plane via DIPs (TTPoE, 50 GB/s per DIP)", Topology.FAT_TREE, bandwidth,
                latency);
    }
}
