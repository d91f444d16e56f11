/**
 * Tesla AI4 as the known reference, AI5 and AI6 with ranges, and data-center clusters of them. Systems
 * {@code ai5-cluster} and {@code ai6-cluster}; figures cite hardware-facts section C or say they are walls estimates.
 *
 * @provides dev.walls.spi.WallsPlugin the {@code TeslaAiPlugin} plugin
 */
module dev.walls.hardware.teslaai {
    requires dev.walls.spi;

    provides dev.walls.spi.WallsPlugin with dev.walls.hardware.teslaai.TeslaAiPlugin;
}
