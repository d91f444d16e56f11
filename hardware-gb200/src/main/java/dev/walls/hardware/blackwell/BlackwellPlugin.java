package dev.walls.hardware.blackwell;

import dev.walls.spi.SpiVersion;
import dev.walls.spi.WallsPlugin;

/** NVIDIA Blackwell: B200 in GB200 superchips, the NVL72 rack and clusters of racks; GB300 NVL72. */
public final class BlackwellPlugin implements WallsPlugin {

    @Override
    public String id() {
        return "hardware-blackwell";
    }

    @Override
    public String spiVersion() {
        return SpiVersion.CURRENT;
    }
}
