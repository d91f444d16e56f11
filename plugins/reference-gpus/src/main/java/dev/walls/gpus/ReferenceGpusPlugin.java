package dev.walls.gpus;

import dev.walls.spi.SpiVersion;
import dev.walls.spi.WallsPlugin;

/** Reference NVIDIA GPU systems (DGX A100, DGX H100, Meta's H100 RoCE cluster) that published training runs used. */
public final class ReferenceGpusPlugin implements WallsPlugin {

    @Override
    public String id() {
        return "reference-gpus";
    }

    @Override
    public String spiVersion() {
        return SpiVersion.CURRENT;
    }
}
