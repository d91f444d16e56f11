package dev.walls.standard;

import dev.walls.spi.SpiVersion;
import dev.walls.spi.WallsPlugin;
import dev.walls.spi.model.WallModel;
import java.util.List;

/** The standard memory, interconnect and software wall models for transformer training. */
public final class StandardWallsPlugin implements WallsPlugin {

    @Override
    public String id() {
        return "standard-walls";
    }

    @Override
    public String spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public String description() {
        return "memory, interconnect and software walls of transformer training (Megatron-style 4D parallelism)";
    }

    @Override
    public List<WallModel> wallModels() {
        return List.of(new MemoryWall(), new InterconnectWall(), new SoftwareWall());
    }
}
