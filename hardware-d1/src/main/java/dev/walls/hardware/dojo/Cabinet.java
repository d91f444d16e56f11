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

/** A Dojo cabinet: two system trays (300 D1) and a host assembly. */
public final class Cabinet {

    /** System trays per cabinet (hardware-facts A.4 / D10). */
    public static final int TRAYS = 2;
    /** D1 dies per cabinet. */
    public static final int D1_PER_CABINET = TRAYS * SystemTray.D1_PER_TRAY;

    private Cabinet() {
    }

    /** Returns the cabinet level of the Dojo hierarchy. */
    public static Level level() {
        return new Level("cabinet", D1_PER_CABINET, Optional.of(fabric()), List.of(),
                Figure.of(0, Provenance.derived("host assembly power is counted in the tray overhead (A.4 / D10, D11)")),
                Figure.of(0, Provenance.derived("host assembly cost is counted in the tray estimate")),
                        LevelKind.OTHER, Optional.empty());
    }

    /**
     * The mesh continued across the two trays (D1, D2: "2D mesh chip → tile → tiles"). How the trays are
     * joined is not public. For traffic that must cross (a hierarchical collective's cross-tray step), a 2 × 3
     * tile tray facing its partner along 3 tile edges (27 TB/s) gives 27 / 150 = 0.18 TB/s per D1; along 2
     * edges, 0.12; if the joint is as wide as a tile's own injection, 1.44.
     */
    static FabricSpec fabric() {
        Figure bandwidth = Figure.range(0.12e12, 0.18e12, 1.44e12, new Provenance(
                "walls estimate on hardware-facts A.2 / D2, D6: tray-to-tray cut of 2-3 tile edges x 9 TB/s / 150 D1 "
                        + "= 0.12-0.18 TB/s per D1; high = full tile injection 36 / 25 = 1.44 TB/s",
                Confidence.ANALYST_ESTIMATE, "the tray-to-tray joint is not published"));
        Figure latency = Figure.range(100e-9, 300e-9, 2e-6, new Provenance(
                "walls estimate: tile-edge hops across the tray joint", Confidence.ANALYST_ESTIMATE,
                "not in hardware-facts"));
        return new FabricSpec("tile mesh across the cabinet's two trays", Topology.MESH_2D, bandwidth, latency);
    }
}
