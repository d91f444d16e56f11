package dev.walls.hardware.blackwell;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.SiliconSpec;

/** How a Blackwell GPU package is built; B200 and B300 share it. */
final class BlackwellSilicon {

    private BlackwellSilicon() {
    }

    /**
     * Two compute dies on TSMC 4NP in a CoWoS-L package. Per-die area is not published: secondary estimates
     * range from ~530 mm² (N27) to near-reticle ~800 mm² (N20); nominal at the near-reticle reading.
     */
    static SiliconSpec spec() {
        Figure dieArea = Figure.range(530, 800, 800, Provenance.estimate(
                "hardware-facts B.1 / N20 (~800 mm2, near reticle) vs N27 (~530 mm2)")
                .withNote("per-die area not published (G.4)"));
        return new SiliconSpec("TSMC 4NP", dieArea, 2, "CoWoS-L");
    }
}
