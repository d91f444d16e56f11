package dev.walls.standard;

import dev.walls.spi.SpiVersion;
import dev.walls.spi.WallsPlugin;

/** The standard models of the five walls for transformer training. */
public final class StandardWallsPlugin implements WallsPlugin {

    @Override
    public String id() {
        return "standard-walls";
    }

    @Override
    public String spiVersion() {
        return SpiVersion.CURRENT;
    }
}
