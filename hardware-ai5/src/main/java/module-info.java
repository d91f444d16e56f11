/**
 * Tesla AI4 as the known reference, AI5 and AI6 with ranges, and data-center clusters of them.
 *
 * @provides dev.walls.spi.WallsPlugin the {@code TeslaAiPlugin} plugin
 */
module dev.walls.hardware.teslaai {
    requires dev.walls.spi;

    provides dev.walls.spi.WallsPlugin with dev.walls.hardware.teslaai.TeslaAiPlugin;
}
