package dev.walls.packaging;

import dev.walls.spi.SpiVersion;
import dev.walls.spi.WallsPlugin;

/** The packaging wall: dies per wafer, yield, known-good-die assembly, reticle and interposer limits, power density, units of repair and goodput. */
public final class PackagingPlugin implements WallsPlugin {

    @Override
    public String id() {
        return "packaging";
    }

    @Override
    public String spiVersion() {
        return SpiVersion.CURRENT;
    }
}
