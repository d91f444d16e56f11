package dev.walls.kernel.fast;

import dev.walls.spi.SpiVersion;
import dev.walls.spi.WallsPlugin;
import dev.walls.spi.kernel.EvaluationKernel;
import java.util.List;

/** Contributes the optimized evaluation kernel, {@code "fast"}. */
public final class FastKernelPlugin implements WallsPlugin {

    @Override
    public String id() {
        return "fast-kernel";
    }

    @Override
    public String spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public String description() {
        return "the reference kernel's training-step model, memoized per block and microbatch for fast sweeps";
    }

    @Override
    public List<EvaluationKernel> kernels() {
        return List.of(new FastKernel());
    }
}
