/**
 * Tesla Dojo: the D1 die, the training tile, system tray, cabinet and ExaPOD.
 *
 * @provides dev.walls.spi.WallsPlugin the {@code DojoPlugin} plugin
 */
module dev.walls.hardware.dojo {
    requires dev.walls.spi;

    provides dev.walls.spi.WallsPlugin with dev.walls.hardware.dojo.DojoPlugin;
}
