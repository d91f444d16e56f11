package dev.walls.hardware.teslaai;

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
 * The open-ended Ethernet scale-out joining boards, with Tesla's TTP over Ethernet (D18). Switch power and
 * cost are carried per board ({@link TeslaBoard}).
 */
final class TeslaEthernetCluster {

    /** Largest cluster walls describes: above Tesla's ~81k H100-equivalent fleet (A.5 / T22), in whole boards. */
    static final int MAX_CHIPS = 131_072;

    private TeslaEthernetCluster() {
    }

    static Level level() {
        Figure bandwidth = Figure.range(97.65e9 / 8, 50e9, 100e9, new Provenance(
                "walls estimate per chip per direction: low one ~97.65 Gb/s TTPoE link (hardware-facts A.3 / D18); "
                        + "nominal 400 GbE (as a Dojo DIP's 50 GB/s, D12, and GB200's ConnectX-7, N11); high 800 GbE (N17)",
                Confidence.ANALYST_ESTIMATE, "AI5/AI6 data-center networking is not public"));
        Figure latency = Figure.range(2e-6, 5e-6, 20e-6, new Provenance(
                "walls estimate: TTPoE over switched Ethernet (D18)", Confidence.ANALYST_ESTIMATE, "not in hardware-facts"));
        FabricSpec fabric = new FabricSpec("Ethernet scale-out (TTPoE)", Topology.FAT_TREE, bandwidth, latency);
        return new Level("cluster", 0, Optional.of(fabric), List.of(),
                Figure.of(0, Provenance.derived("switch power carried per board")),
                Figure.of(0, Provenance.derived("switch cost carried per board")), LevelKind.OTHER, Optional.empty());
    }
}
