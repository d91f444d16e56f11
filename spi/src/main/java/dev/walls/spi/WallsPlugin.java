package dev.walls.spi;

import dev.walls.spi.kernel.EvaluationKernel;
import dev.walls.spi.model.WallModel;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.workload.Workload;
import java.util.List;

/**
 * The one entry point of a plugin: it returns plain objects, and the core wires them.
 *
 * <p>A plugin module declares {@code provides dev.walls.spi.WallsPlugin with ...;} and overrides only the
 * methods for what it contributes; the rest return empty lists. Plugins never see the dependency-injection
 * container, and they depend on this SPI module only.
 *
 * <p>Ids must be unique across all loaded plugins: a plugin whose system or workload id is already taken is
 * reported and not loaded.
 */
public interface WallsPlugin {

    /** Returns a stable id, e.g. {@code "hardware-dojo"}; lower-case letters, digits and dashes. */
    String id();

    /**
     * Returns the SPI version the plugin was compiled against. Implementations return
     * {@link SpiVersion#CURRENT}; the constant is inlined at compile time.
     */
    String spiVersion();

    /** Returns a one-line description of what the plugin adds. */
    default String description() {
        return "";
    }

    /** Returns the systems the plugin defines, each at its default size. */
    default List<SystemSpec> systems() {
        return List.of();
    }

    /** Returns the training workloads the plugin defines. */
    default List<Workload> workloads() {
        return List.of();
    }

    /** Returns the wall models the plugin provides. */
    default List<WallModel> wallModels() {
        return List.of();
    }

    /** Returns the evaluation kernels the plugin provides (e.g. an optimized one); each must match the reference. */
    default List<EvaluationKernel> kernels() {
        return List.of();
    }
}
