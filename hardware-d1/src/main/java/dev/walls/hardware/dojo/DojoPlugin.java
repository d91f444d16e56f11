package dev.walls.hardware.dojo;

import dev.walls.spi.SpiVersion;
import dev.walls.spi.WallsPlugin;
import dev.walls.spi.system.SystemSpec;
import java.util.List;

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

    @Override
    public String description() {
        return "Tesla Dojo V1: D1 die, training tile, system tray, cabinet, ExaPOD";
    }

    @Override
    public List<SystemSpec> systems() {
        return List.of(DojoTileSystem.spec(), DojoExaPodSystem.spec());
    }
}
