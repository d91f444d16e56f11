package dev.walls.kernel.fast;

import dev.walls.spi.SpiVersion;
import dev.walls.spi.WallsPlugin;

/** Contributes the optimized evaluation kernel. */
public final class FastKernelPlugin implements WallsPlugin {

    @Override
    public String id() {
        return "fast-kernel";
    }

    @Override
    public String spiVersion() {
        return SpiVersion.CURRENT;
    }
}
