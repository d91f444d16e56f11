package dev.walls.zoo;

import dev.walls.spi.SpiVersion;
import dev.walls.spi.WallsPlugin;
import dev.walls.spi.workload.Workload;
import java.util.List;

/** Published transformer workloads: GPT-3, the Megatron GPT families, Llama 3/3.1, Nemotron-4. */
public final class ModelZooPlugin implements WallsPlugin {

    @Override
    public String id() {
        return "model-zoo";
    }

    @Override
    public String spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public String description() {
        return "GPT-3 175B, Megatron GPT 1.7B-1T, Megatron-Core GPT 1.7B-462B, Llama 3/3.1 8B-405B, Nemotron-4 15B/340B";
    }

    @Override
    public List<Workload> workloads() {
        return Models.all();
    }
}
