package dev.walls.zoo;

import dev.walls.spi.SpiVersion;
import dev.walls.spi.WallsPlugin;

/** Published transformer workloads: GPT-3, the Megatron GPT family, Llama 3/3.1, Nemotron-4. */
public final class ModelZooPlugin implements WallsPlugin {

    @Override
    public String id() {
        return "model-zoo";
    }

    @Override
    public String spiVersion() {
        return SpiVersion.CURRENT;
    }
}
