/**
 * NVIDIA Blackwell: B200 in GB200 superchips, the NVL72 rack and clusters of racks; GB300 NVL72.
 *
 * @provides dev.walls.spi.WallsPlugin the {@code BlackwellPlugin} plugin
 */
module dev.walls.hardware.blackwell {
    requires dev.walls.spi;

    provides dev.walls.spi.WallsPlugin with dev.walls.hardware.blackwell.BlackwellPlugin;
}
