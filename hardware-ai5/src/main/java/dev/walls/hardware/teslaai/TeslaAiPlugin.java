package dev.walls.hardware.teslaai;

import dev.walls.spi.SpiVersion;
import dev.walls.spi.WallsPlugin;

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
}
