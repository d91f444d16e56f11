package dev.walls.core.inject;

import dev.walls.core.plugin.PluginSet;
import dev.walls.spi.kernel.EvaluationKernel;
import dev.walls.spi.model.WallModel;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.workload.Workload;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
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

    /** Returns ids sorted by how close they are to a typo, for "did you mean" hints. */
    public static List<String> nearest(String typo, List<String> ids, int max) {
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(Comparator.comparingInt((String id) -> distance(typo, id)).thenComparing(Comparator.naturalOrder()));
        List<String> out = new ArrayList<>();
        for (String id : sorted) {
            if (out.size() >= max || distance(typo, id) > Math.max(3, typo.length() / 2)) {
                break;
            }
            out.add(id);
        }
        return out;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
