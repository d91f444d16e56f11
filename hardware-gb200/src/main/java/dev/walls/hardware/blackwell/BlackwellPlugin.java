package dev.walls.hardware.blackwell;

import dev.walls.spi.SpiVersion;
import dev.walls.spi.WallsPlugin;
import dev.walls.spi.system.SystemSpec;
import java.util.List;

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

    @Override
    public String description() {
        return "NVIDIA GB200 NVL72 and GB300 NVL72 racks and SuperPOD-style clusters of them";
    }

    @Override
    public List<SystemSpec> systems() {
        return List.of(Gb200Nvl72System.spec(), Gb300Nvl72System.spec());
    }
}
