package dev.walls.hardware.teslaai;

import dev.walls.spi.figure.Confidence;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.Scaling;
import dev.walls.spi.system.SystemSpec;
import java.util.List;

/**
 * System {@code ai5-cluster}: boards of 8 AI5 on Ethernet. Default 1,152 AI5 (144 boards): at "dual AI5 ≈
 * one Blackwell" (T14) that is one 576-GPU GB200 scalable unit (N12), so the two compare at equal claimed
 * capability. Resizable in whole boards.
 */
public final class Ai5ClusterSystem {

    /** The system id. */
    public static final String ID = "ai5-cluster";
    /** Default size: a walls choice (see class comment). */
    static final int DEFAULT_CHIPS = 1_152;

    private Ai5ClusterSystem() {
    }

    /** Returns the system at its default size. */
    public static SystemSpec spec() {
        var chip = Ai5.accelerator();
        return new SystemSpec(ID, "Tesla AI5 data-center cluster",
                "Boards of 8 AI5 chips (half-reticle, ~144 GB LPDDR5X each) joined by TTPoE Ethernet; every figure is "
                        + "a claim, rumor or estimate with a range. Samsung builds a second version on SF2.",
                chip, List.of(TeslaBoard.level(chip), TeslaEthernetCluster.level()), DEFAULT_CHIPS,
                new Scaling(TeslaBoard.CHIPS, TeslaBoard.CHIPS, TeslaEthernetCluster.MAX_CHIPS),
                TeslaAiStack.stack(),
                new Provenance("walls estimate on hardware-facts C / T13, T14, N12: 8 chips per board (2-16 fit the "
                        + "record), default 1,152 = 576 Blackwell GPUs' worth at 'dual AI5 = Blackwell-class'",
                        Confidence.ANALYST_ESTIMATE, "Tesla has not described an AI5 data-center configuration in detail"));
    }
}
