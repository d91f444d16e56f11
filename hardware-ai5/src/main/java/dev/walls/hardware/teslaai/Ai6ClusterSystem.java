package dev.walls.hardware.teslaai;

import dev.walls.spi.figure.Confidence;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.Scaling;
import dev.walls.spi.system.SystemSpec;
import java.util.List;

/**
 * System {@code ai6-cluster}: boards of 8 AI6 on Ethernet. Default 576 AI6 (72 boards): at AI6 ≈ 2× AI5 ≈
 * one Blackwell (T5, T14) that is again one 576-GPU GB200 scalable unit's worth (N12).
 */
public final class Ai6ClusterSystem {

    /** The system id. */
    public static final String ID = "ai6-cluster";
    /** Default size: a walls choice (see class comment). */
    static final int DEFAULT_CHIPS = 576;

    private Ai6ClusterSystem() {
    }

    /** Returns the system at its default size. */
    public static SystemSpec spec() {
        var chip = Ai6.accelerator();
        return new SystemSpec(ID, "Tesla AI6 data-center cluster",
                "Boards of 8 AI6 chips (Samsung SF2, ~2x AI5) joined by TTPoE Ethernet; AI6 is meant for vehicles, "
                        + "Optimus and data-center training. Every figure is a claim, rumor or estimate with a range.",
                chip, List.of(TeslaBoard.level(chip), TeslaEthernetCluster.level()), DEFAULT_CHIPS,
                new Scaling(TeslaBoard.CHIPS, TeslaBoard.CHIPS, TeslaEthernetCluster.MAX_CHIPS),
                TeslaAiStack.stack(),
                new Provenance("walls estimate on hardware-facts C / T5, T13, T14, N12, D20: 8 chips per board, default "
                        + "576 = 576 Blackwell GPUs' worth at AI6 = 2x AI5", Confidence.ANALYST_ESTIMATE,
                        "Tesla has not described an AI6 data-center configuration"));
    }
}
