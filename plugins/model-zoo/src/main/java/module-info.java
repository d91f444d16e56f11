/**
 * Published transformer workloads: GPT-3, the Megatron GPT family, Llama 3/3.1, Nemotron-4.
 *
 * @provides dev.walls.spi.WallsPlugin the {@code ModelZooPlugin} plugin
 */
module dev.walls.zoo {
    requires dev.walls.spi;

    provides dev.walls.spi.WallsPlugin with dev.walls.zoo.ModelZooPlugin;
}
