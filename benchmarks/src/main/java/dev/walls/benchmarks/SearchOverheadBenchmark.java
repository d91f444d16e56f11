package dev.walls.benchmarks;

import dev.walls.core.Walls;
import dev.walls.core.search.Objective;
import dev.walls.core.search.SearchProgress;
import dev.walls.core.search.SearchResult;
import dev.walls.core.search.StrategySearch;
import dev.walls.core.search.Template;
import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.kernel.EvaluationKernel;
import dev.walls.spi.kernel.LayoutGrid;
import dev.walls.spi.kernel.LayoutScores;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.workload.Workload;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The search {@link KernelBenchmark} measures, on one thread, with each kernel and with {@code none}: a kernel that
 * scores nothing (it marks each grid's first layout feasible and the rest invalid). What {@code none} costs per
 * layout is the search's own share (enumerating the grids, handing them over, reading the scores, keeping the best),
 * the floor under any kernel's figure.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SearchOverheadBenchmark -f 1 -wi 2 -i 3}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Dguice_bytecode_gen_option=DISABLED", "-Xms1g", "-Xmx1g"})
public class SearchOverheadBenchmark {

    /** The search of {@link KernelBenchmark}, on one thread, with a kernel. */
    @State(Scope.Benchmark)
    public static class Search {
        @Param({"none", "fast", "reference"})
        public String kernel;

        /** The search, as {@link SearchCase} reads it. */
        @Param({SearchCase.DEFAULT})
        public String search;

        StrategySearch sweep;
        SystemSpec system;
        Workload workload;

        @Setup(Level.Trial)
        public void stage() {
            Walls walls = Walls.create();
            SearchCase c = SearchCase.of(walls, search);
            system = c.system();
            workload = c.workload();
            EvaluationKernel k = kernel.equals("none") ? new NoKernel() : walls.kernel(kernel);
            sweep = new StrategySearch(walls.evaluator(), k, new SimpleMeterRegistry(), 1);
        }
    }

    /** Counts layouts, so that JMH reports layouts per second beside searches per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Layouts {
        public long layouts;
    }

    @Benchmark
    public SearchResult search(Search s, Layouts counter) {
        SearchResult r = s.sweep.search(s.system, s.workload, Template.OPEN, Objective.TIME, 5, false,
                SearchProgress.NONE);
        counter.layouts += r.strategiesEvaluated();
        return r;
    }

    /** Scores nothing: the first layout of each grid fits (its step time grows with the grid), the rest are invalid. */
    static final class NoKernel implements EvaluationKernel {
        @Override
        public String id() {
            return "none";
        }

        @Override
        public void evaluate(CostTable table, int[] strategy, double[] out) {
            throw new UnsupportedOperationException("scores grids only");
        }

        @Override
        public void score(CostTable table, LayoutGrid grid, LayoutScores scores) {
            int n = grid.size();
            scores.ensureCapacity(n);
            Arrays.fill(scores.verdicts(), 0, n, LayoutScores.INVALID);
            if (n > 0) {
                scores.verdicts()[0] = LayoutScores.FITS;
                scores.stepSeconds()[0] = n;
                scores.memoryBytes()[0] = 1;
                scores.capacityBytes(1);
            }
        }
    }
}
