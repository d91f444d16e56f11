package dev.walls.economics;

import dev.walls.spi.SpiVersion;
import dev.walls.spi.WallsPlugin;

/** The economics wall: cost per good die and package, system capital cost, NRE, energy, depreciation, cost per run and break-even volume. */
public final class EconomicsPlugin implements WallsPlugin {

    @Override
    public String id() {
        return "economics";
    }

    @Override
    public String spiVersion() {
        return SpiVersion.CURRENT;
    }
}
