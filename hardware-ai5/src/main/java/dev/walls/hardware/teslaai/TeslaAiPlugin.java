package dev.walls.hardware.teslaai;

import dev.walls.spi.SpiVersion;
import dev.walls.spi.WallsPlugin;
import dev.walls.spi.system.SystemSpec;
import java.util.List;

/** Tesla AI4 as the known reference, AI5 and AI6 with ranges, and data-center clusters of them. */
public final class TeslaAiPlugin implements WallsPlugin {

    @Override
    public String id() {
        return "hardware-teslaai";
    }

    @Override
    public String spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public String description() {
        return "Tesla AI5 and AI6 data-center clusters (claims and rumors as ranges; AI4 as the reference)";
    }

    @Override
    public List<SystemSpec> systems() {
        return List.of(Ai5ClusterSystem.spec(), Ai6ClusterSystem.spec());
    }
}
