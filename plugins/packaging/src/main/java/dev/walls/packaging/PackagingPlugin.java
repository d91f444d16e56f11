package dev.walls.packaging;

import dev.walls.spi.SpiVersion;
import dev.walls.spi.WallsPlugin;
import dev.walls.spi.model.WallModel;
import java.util.List;

/** The packaging wall: dies per wafer, yield, known-good-die assembly, reticle and interposer limits, power density, units of repair and goodput. */
public final class PackagingPlugin implements WallsPlugin {

    /** Called by the service loader. */
    public PackagingPlugin() {
    }

    @Override
    public String id() {
        return "packaging";
    }

    @Override
    public String spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public String description() {
        return "standard-packaging: reticle, yield, known-good-die assembly, power density and goodput";
    }

    @Override
    public List<WallModel> wallModels() {
        return List.of(new PackagingWall());
    }
}
