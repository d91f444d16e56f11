/**
 * The optimized evaluation kernel: the reference kernel's arithmetic, restructured for millions of layouts per
 * second per core.
 *
 * @provides dev.walls.spi.WallsPlugin the {@code FastKernelPlugin} plugin
 */
module dev.walls.kernel.fast {
    requires dev.walls.spi;

    provides dev.walls.spi.WallsPlugin with dev.walls.kernel.fast.FastKernelPlugin;
}
