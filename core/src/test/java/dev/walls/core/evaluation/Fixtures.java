package dev.walls.core.evaluation;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.model.WallContext;
import dev.walls.spi.model.WallModel;
import dev.walls.spi.system.AcceleratorSpec;
import dev.walls.spi.system.FabricSpec;
import dev.walls.spi.system.Level;
import dev.walls.spi.system.MemoryKind;
import dev.walls.spi.system.MemoryTier;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.Scaling;
import dev.walls.spi.system.SoftwareStack;
import dev.walls.spi.system.StackFeature;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.system.Topology;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.wall.WallAssessment;
import dev.walls.spi.wall.WallStatus;
import dev.walls.spi.workload.FfnKind;
import dev.walls.spi.workload.ModelShape;
import dev.walls.spi.workload.Workload;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Test systems, workloads and wall doubles with round numbers, so expected values can be computed by hand. */
public final class Fixtures {

    public static final double NODE_BYTES_PER_SECOND = 100e9;
    public static final double CLUSTER_BYTES_PER_SECOND = 10e9;
    public static final double PEAK = 100e12;
    public static final double HBM_BYTES = 80e9;

    private Fixtures() {
    }

    private static Provenance p() {
        return Provenance.estimate("test fixture");
    }

    /** A cluster of 8-accelerator nodes: 100 TFLOP/s 16-bit, 80 GB at 2 TB/s, 100 GB/s in a node, 10 GB/s across. */
    public static SystemSpec system(int accelerators, Set<StackFeature> features, double latencySeconds) {
        return system(accelerators, features, latencySeconds, latencySeconds);
    }

    /** The same cluster with one latency per hop inside a node and another per hop across nodes. */
    public static SystemSpec system(int accelerators, Set<StackFeature> features, double nodeLatencySeconds,
                                    double clusterLatencySeconds) {
        Map<Precision, Figure> peaks = new EnumMap<>(Precision.class);
        peaks.put(Precision.BF16, Figure.of(PEAK, p()));
        peaks.put(Precision.FP16, Figure.of(PEAK, p()));
        peaks.put(Precision.FP8, Figure.of(2 * PEAK, p()));
        AcceleratorSpec acc = new AcceleratorSpec("Test GPU", peaks,
                List.of(new MemoryTier("HBM", MemoryKind.HBM, Figure.of(HBM_BYTES, p()), Figure.of(2e12, p()))),
                Figure.of(500, p()), Figure.of(10_000, p()), Optional.empty());
        Level node = new Level("node", 8, Optional.of(new FabricSpec("switch", Topology.SWITCHED,
                Figure.of(NODE_BYTES_PER_SECOND, p()), Figure.of(nodeLatencySeconds, p()))), List.of(),
                Figure.of(0, p()), Figure.of(0, p()));
        Level cluster = new Level("cluster", 0, Optional.of(new FabricSpec("fat tree", Topology.FAT_TREE,
                Figure.of(CLUSTER_BYTES_PER_SECOND, p()), Figure.of(clusterLatencySeconds, p()))), List.of(),
                Figure.of(0, p()), Figure.of(0, p()));
        SoftwareStack stack = new SoftwareStack("test stack", Figure.of(1, p()), Figure.of(1, p()), Figure.of(1, p()),
                features);
        return new SystemSpec("test-cluster", "Test cluster", "fixture", acc, List.of(node, cluster), accelerators,
                new Scaling(8, 8, 65_536), stack, p());
    }

    public static SystemSpec system(int accelerators) {
        return system(accelerators, Set.of(StackFeature.values()), 0);
    }

    /** A GPT block (MHA, 4h GELU MLP), Megatron style. */
    public static Workload gpt(int layers, int hidden, int heads, int seq, int batch, int vocab) {
        return new Workload("test-gpt", "test GPT", new ModelShape(layers, hidden, heads, heads, 4 * hidden,
                FfnKind.GELU, vocab), seq, batch, 1e9, p());
    }

    /** A Llama-style block (GQA, SwiGLU). */
    public static Workload llama(int layers, int hidden, int heads, int kvHeads, int ffn, int seq, int batch) {
        return new Workload("test-llama", "test Llama", new ModelShape(layers, hidden, heads, kvHeads, ffn,
                FfnKind.SWIGLU, 128_000), seq, batch, 1e9, p());
    }

    /** A wall model that charges exactly what the breakdown charged to its wall, plus {@code extraSeconds}. */
    public static WallModel wall(Wall wall, double extraSeconds) {
        return new Answering(wall, context -> new WallAssessment(wall, WallStatus.OK,
                context.step().lossSeconds(wall) + extraSeconds, 0, wall.id() + " double", Map.of()));
    }

    /** A wall model that judges with a given function; one that returns null charges what the breakdown charged. */
    public static class Answering implements WallModel {

        private final Wall wall;
        private final Function<WallContext, WallAssessment> assess;

        public Answering(Wall wall, Function<WallContext, WallAssessment> assess) {
            this.wall = wall;
            this.assess = assess;
        }

        @Override
        public String id() {
            return "double-" + wall.id();
        }

        @Override
        public Wall wall() {
            return wall;
        }

        @Override
        public WallAssessment assess(WallContext context) {
            WallAssessment a = assess.apply(context);
            return a != null ? a : new WallAssessment(wall, WallStatus.OK, context.step().lossSeconds(wall), 0,
                    wall.id() + " double", Map.of());
        }
    }

    /** One double per wall. */
    public static List<WallModel> walls() {
        List<WallModel> list = new ArrayList<>();
        for (Wall w : Wall.values()) {
            list.add(wall(w, 0));
        }
        return list;
    }
}
