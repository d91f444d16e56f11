package dev.walls.core.plugin;

import dev.walls.spi.WallsPlugin;
import dev.walls.spi.kernel.EvaluationKernel;
import dev.walls.spi.model.WallModel;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.workload.Workload;
import java.util.List;

/**
 * What a plugin returned when it was loaded, kept: the loader checks these contributions (ids, magnitudes), so the
 * catalog must be wired from the same lists, never from a second call that could throw or return something else.
 */
record CapturedPlugin(String id, String spiVersion, String description, List<SystemSpec> systems,
                      List<Workload> workloads, List<WallModel> wallModels, List<EvaluationKernel> kernels)
        implements WallsPlugin {

    CapturedPlugin {
        systems = List.copyOf(systems);
        workloads = List.copyOf(workloads);
        wallModels = List.copyOf(wallModels);
        kernels = List.copyOf(kernels);
    }
}
