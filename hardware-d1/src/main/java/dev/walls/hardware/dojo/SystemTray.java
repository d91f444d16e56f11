package dev.walls.hardware.dojo;

import dev.walls.spi.figure.Confidence;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.FabricSpec;
import dev.walls.spi.system.Level;
import dev.walls.spi.system.LevelKind;
import dev.walls.spi.system.MemoryKind;
import dev.walls.spi.system.MemoryTier;
import dev.walls.spi.system.Topology;
import java.util.List;
import java.util.Optional;

/**
 * The Dojo V1 system tray: 6 training tiles (150 D1) joined tile-edge to tile-edge, and 20 Dojo Interface
 * Processors whose HBM is the only large memory the dies can reach.
 */
public final class SystemTray {

    /** Training tiles per tray (hardware-facts A.4 / D10, D11). */
    public static final int TILES = 6;
    /** D1 dies per tray. */
    public static final int D1_PER_TRAY = TILES * TrainingTile.D1_PER_TILE;
    /** Dojo Interface Processors per tray (hardware-facts A.4 / D6: 20 DIP x 32 GB). */
    public static final int DIPS = 20;
    /** HBM per DIP in bytes (hardware-facts A.3 / D2, D13). */
    public static final double HBM_BYTES_PER_DIP = 32e9;
    /** HBM bandwidth per DIP in bytes per second (hardware-facts A.3 / D12). */
    public static final double HBM_BYTES_PER_SECOND_PER_DIP = 800e9;

    private SystemTray() {
    }

    /** Returns the tray level of the Dojo hierarchy. */
    public static Level level() {
        return new Level("system tray", D1_PER_TRAY, Optional.of(fabric()), List.of(dipHbm()), power(), cost(),
                LevelKind.OTHER, Optional.empty());
    }

    /**
     * The tile-to-tile mesh. Per D1 and direction: a tile's 36 TB/s off-tile bandwidth shared by its 25 dies
     * (1.44 TB/s, nominal); low if the 36 TB/s is a bidirectional total; high for a ring crossing one 9 TB/s
     * tile edge with one lane per die on that edge (9 / 5 = 1.8 TB/s).
     */
    static FabricSpec fabric() {
        Figure bandwidth = Figure.range(0.72e12, 1.44e12, 1.8e12, Provenance.derived(
                "hardware-facts A.2 / D2, D6: 36 TB/s off-tile / 25 D1 = 1.44 TB/s per D1; low 0.72 if 36 TB/s is "
                        + "bidirectional; high 9 TB/s per tile edge / 5 D1 on that edge = 1.8 TB/s")
                .withNote("direction of the 9 / 36 TB/s tile figures is not stated (G.1)"));
        Figure latency = Figure.range(100e-9, 200e-9, 1e-6, new Provenance(
                "walls estimate: tile-edge hop through the I/O dies", Confidence.ANALYST_ESTIMATE,
                "not in hardware-facts"));
        return new FabricSpec("tile-to-tile 2D mesh (9 TB/s per tile edge)", Topology.MESH_2D, bandwidth, latency);
    }

    /**
     * The DIPs' HBM as the tray's shared tier: 20 × 32 GB = 640 GB at 20 × 800 GB/s = 16 TB/s. Each DIP also
     * has ~900 GB/s of TTP bandwidth to the tiles (A.3), so the HBM's 800 GB/s is the binding figure.
     */
    static MemoryTier dipHbm() {
        Figure capacity = Figure.of(DIPS * HBM_BYTES_PER_DIP, Provenance.derived(
                "hardware-facts A.3, A.4 / D2, D6, D13: 20 DIP x 32 GB = 640 GB per tray")
                .withNote("20 DIPs per tray marked uncertain in A.4; consistent with 13 TB per ExaPOD (D6, D10)"));
        Figure bandwidth = Figure.of(DIPS * HBM_BYTES_PER_SECOND_PER_DIP, Provenance.derived(
                "hardware-facts A.3 / D12: 20 DIP x 800 GB/s = 16 TB/s per tray; DIP-to-tile TTP ~900 GB/s per DIP (D2) "
                        + "does not bind"));
        return new MemoryTier("DIP HBM (20 x 32 GB)", MemoryKind.HBM, capacity, bandwidth);
    }

    /**
     * Tray power beyond its tiles (DIP cards, hosts, pumps). The tray is "100+ kW" (D11) against 6 × 15 kW of
     * tiles, and an ExaPOD drew more than 2 MW (D10) against 1.8 MW of tiles: both say at least 10 kW per tray.
     */
    static Figure power() {
        return Figure.range(10_000, 10_000, 20_000, new Provenance(
                "hardware-facts A.4 / D11, D10: 100+ kW per tray - 6 x 15 kW = 10 kW; (>2 MW - 120 x 15 kW) / 20 trays "
                        + "= 10 kW; high 20 kW is a walls estimate",
                Confidence.DERIVED, "both sources give lower bounds"));
    }

    /**
     * Tray cost beyond its tiles: the DIPs' 640 GB of HBM at $7–15/GB, plus DIP silicon, PCIe cards, hosts
     * and chassis, which are a walls estimate.
     */
    static Figure cost() {
        double hbmGb = DIPS * HBM_BYTES_PER_DIP / 1e9;
        return Figure.range(hbmGb * 7 + 20_000, hbmGb * 10 + 40_000, hbmGb * 15 + 80_000, new Provenance(
                "HBM 640 GB x $7 / $10 / $15 per GB (hardware-facts D.4 / E9, E15) + DIP chips, PCIe cards, hosts, "
                        + "chassis $20k / $40k / $80k (walls estimate)",
                Confidence.ANALYST_ESTIMATE, "no Dojo tray cost is public"));
    }
}
