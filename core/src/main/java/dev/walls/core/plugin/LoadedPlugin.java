package dev.walls.core.plugin;

import java.util.List;
import java.util.Objects;

/**
 * A plugin that loaded, and what it contributes.
 *
 * @param id          the plugin's id
 * @param description what it adds, in a line
 * @param module      the JPMS module it lives in (or {@code "unnamed"} on the class path)
 * @param version     the module's version, or {@code "unversioned"}
 * @param spiVersion  the SPI version it was compiled against
 * @param origin      {@code "built-in"}, or the jar file it came from
 * @param systems     ids of the systems it defines
 * @param workloads   ids of the workloads it defines
 * @param wallModels  ids of the wall models it provides
 * @param kernels     ids of the evaluation kernels it provides
 */
public record LoadedPlugin(String id, String description, String module, String version, String spiVersion,
                           String origin, List<String> systems, List<String> workloads, List<String> wallModels,
                           List<String> kernels) {

    public LoadedPlugin {
        Objects.requireNonNull(id, "id");
        systems = List.copyOf(systems);
        workloads = List.copyOf(workloads);
        wallModels = List.copyOf(wallModels);
        kernels = List.copyOf(kernels);
    }
}
