package dev.walls.hardware.dojo;

import dev.walls.spi.SpiVersion;
import dev.walls.spi.WallsPlugin;

/** Tesla Dojo: the D1 die, the training tile, system tray, cabinet and ExaPOD. */
public final class DojoPlugin implements WallsPlugin {

    @Override
    public String id() {
        return "hardware-dojo";
    }

    @Override
    public String spiVersion() {
        return SpiVersion.CURRENT;
    }
}
