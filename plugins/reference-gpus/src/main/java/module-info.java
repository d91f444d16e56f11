/**
 * Reference NVIDIA GPU systems (DGX A100, DGX H100, Meta's H100 RoCE cluster) that published training runs used.
 *
 * @provides dev.walls.spi.WallsPlugin the {@code ReferenceGpusPlugin} plugin
 */
module dev.walls.gpus {
    requires dev.walls.spi;

    provides dev.walls.spi.WallsPlugin with dev.walls.gpus.ReferenceGpusPlugin;
}
