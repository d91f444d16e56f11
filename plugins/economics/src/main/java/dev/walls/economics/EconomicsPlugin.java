package dev.walls.economics;

import dev.walls.spi.SpiVersion;
import dev.walls.spi.WallsPlugin;
import dev.walls.spi.model.WallModel;
import java.util.List;

/** The economics wall: cost per good die and package, system capital cost, NRE, energy, depreciation, cost per run and break-even volume. */
public final class EconomicsPlugin implements WallsPlugin {

    /** Called by the service loader. */
    public EconomicsPlugin() {
    }

    @Override
    public String id() {
        return "economics";
    }

    @Override
    public String spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public String description() {
        return "standard-economics: capital, TCO, cost per run and per useful EFLOP, NRE and break-even volume";
    }

    @Override
    public List<WallModel> wallModels() {
        return List.of(new EconomicsWall());
    }
}
