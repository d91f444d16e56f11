package dev.walls.core.inject;

import dev.walls.core.plugin.PluginSet;
import dev.walls.spi.kernel.EvaluationKernel;
import dev.walls.spi.model.WallModel;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.workload.Workload;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Everything the loaded plugins contribute, looked up by id, in a stable order. */
public final class Catalog {

    private final PluginSet plugins;
    private final Map<String, SystemSpec> systems;
    private final Map<String, Workload> workloads;
    private final List<WallModel> wallModels;
    private final List<EvaluationKernel> kernels;

    @Inject
    Catalog(PluginSet plugins, Map<String, SystemSpec> systems, Map<String, Workload> workloads, Set<WallModel> wallModels,
            Set<EvaluationKernel> kernels) {
        this.plugins = plugins;
        this.systems = new TreeMap<>(systems);
        this.workloads = new TreeMap<>(workloads);
        // Multibinder keeps binding order: plugin load order, which is itself deterministic.
        this.wallModels = List.copyOf(wallModels);
        this.kernels = List.copyOf(kernels);
    }

    /** Returns the evaluation kernels plugins provide, in plugin load order (the core's reference kernel is not among them). */
    public List<EvaluationKernel> kernels() {
        return kernels;
    }

    public PluginSet plugins() {
        return plugins;
    }

    /** Returns every system at its default size, sorted by id. */
    public List<SystemSpec> systems() {
        return List.copyOf(systems.values());
    }

    /** Returns every workload, sorted by id. */
    public List<Workload> workloads() {
        return List.copyOf(workloads.values());
    }

    public Optional<SystemSpec> system(String id) {
        return Optional.ofNullable(systems.get(id));
    }

    public Optional<Workload> workload(String id) {
        return Optional.ofNullable(workloads.get(id));
    }

    /** Returns every wall model in plugin load order. */
    public List<WallModel> wallModels() {
        return wallModels;
    }

    /** Returns the plugin id that defines a system or workload id, for messages. */
    public String providerOf(String id) {
        return plugins.loaded().stream()
                .filter(p -> p.systems().contains(id) || p.workloads().contains(id))
                .map(p -> p.id()).findFirst().orElse("spec file");
    }
}
