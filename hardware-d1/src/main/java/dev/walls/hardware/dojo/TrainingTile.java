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
 * The Dojo training tile: 25 D1 dies (5 × 5) and 40 I/O dies on one TSMC InFO_SoW carrier, with its voltage
 * regulators and cold plate: the smallest unit that can be built, powered, cooled and replaced.
 */
public final class TrainingTile {

    /** D1 dies per tile (hardware-facts A.2 / D2, D6). */
    public static final int D1_PER_TILE = 25;
    /** Tile power including the on-tile VRMs, in watts (hardware-facts A.2 / D2, D14, D15). */
    public static final double TILE_POWER_WATTS = 15_000;
    /** Off-tile bandwidth, all four edges, in bytes per second (hardware-facts A.2 / D2, D6). */
    public static final double OFF_TILE_BYTES_PER_SECOND = 36e12;
    /** Off-tile bandwidth of one tile edge, in bytes per second (hardware-facts A.2 / D2, D6). */
    public static final double TILE_EDGE_BYTES_PER_SECOND = 9e12;
    /** On-tile bisection bandwidth, in bytes per second (hardware-facts A.2 / D6). */
    public static final double BISECTION_BYTES_PER_SECOND = 10e12;

    private TrainingTile() {
    }

    /** Returns the tile level of the Dojo hierarchy. */
    public static Level level() {
        return new Level("training tile", D1_PER_TILE, Optional.of(fabric()), List.of(), power(), cost(),
                LevelKind.TILE, Optional.empty());
    }

    /**
     * The die-to-die mesh on the tile. Each D1 edge carries 4 TB/s bidirectional, 2 TB/s per direction
     * (576 SerDes lanes × 112 Gb/s ≈ 8 TB/s per direction over 4 edges); the 10 TB/s bisection is 5 such
     * links. What one die injects depends on the collective's embedding in the mesh: one link for a single
     * ring (2 TB/s), two for a bidirectional ring (4 TB/s, nominal), all four for a 2D algorithm (8 TB/s).
     */
    static FabricSpec fabric() {
        Figure bandwidth = Figure.range(2e12, 4e12, 8e12, Provenance.derived(
                "hardware-facts A.1, A.2 / D4, D5, D6, D14: 4 TB/s per D1 edge bidirectional = 2 TB/s per direction "
                        + "(576 x 112 Gb/s = 8 TB/s per direction over 4 edges; bisection 10 TB/s = 5 links x 2 TB/s); "
                        + "low 1 link (single ring), nominal 2 links (bidirectional ring), high 4 links (2D algorithm)")
                .withNote("Dojo bandwidth units are inconsistent in secondary sources (G.1); SerDes arithmetic supports TB/s"));
        return new FabricSpec("D1-to-D1 2D mesh on the InFO_SoW tile", Topology.MESH_2D, bandwidth, hopLatency());
    }

    /** Latency of one die-to-die hop; not published, so a wide walls estimate. */
    static Figure hopLatency() {
        return Figure.range(50e-9, 100e-9, 500e-9, new Provenance(
                "walls estimate: short-reach SerDes hop on the wafer carrier, router included",
                Confidence.ANALYST_ESTIMATE, "not in hardware-facts; no Dojo hop latency is published"));
    }

    /**
     * Power of a tile beyond its 25 dies: 15 kW − 25 × 400 W = 5 kW of VRM loss, I/O dies and overhead, the
     * split the analyst estimate of D14 gives (~10 kW D1 + ~5 kW VRMs/overhead).
     */
    static Figure power() {
        return Figure.of(TILE_POWER_WATTS - D1_PER_TILE * D1Die.power().nominal(), Provenance.derived(
                "hardware-facts A.2 / D2, D14: 15 kW per tile - 25 x 400 W = 5 kW (D14: ~5 kW VRMs/overhead)"));
    }

    /**
     * Cost of a tile beyond its 25 known-good dies (carrier, 40 I/O dies, VRMs, cold plate, assembly yield).
     * Nothing is published. Tesla's claim that a tile costs less than one GPU box (D10), at the DGX A100
     * list price of $199k (N22), bounds it from above; a bottom-up estimate bounds it from below; the
     * nominal is their geometric mean.
     */
    static Figure cost() {
        double high = 199_000 - D1_PER_TILE * D1Die.cost().nominal();
        double low = 25_000;
        return Figure.range(low, Math.sqrt(low * high), high, new Provenance(
                "walls estimate: high = $199k DGX A100 (N22) per Tesla's 'tile < one GPU box' (A.5 / D10) - 25 x $187 D1; "
                        + "low = $25k bottom-up (a ~$12k advanced-packaging wafer, E15, as proxy for the InFO_SoW carrier, "
                        + "+ 40 I/O dies, VRMs, cold plate); nominal = geometric mean",
                Confidence.ANALYST_ESTIMATE, "no tile cost is public; treat as an order of magnitude"));
    }
}
