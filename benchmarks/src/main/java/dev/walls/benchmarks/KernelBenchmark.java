package dev.walls.benchmarks;

import dev.walls.core.Walls;
import dev.walls.core.search.Objective;
import dev.walls.core.search.SearchProgress;
import dev.walls.core.search.SearchResult;
import dev.walls.core.search.Template;
import dev.walls.spi.kernel.EvaluationKernel;
import dev.walls.spi.kernel.KernelOutput;
import dev.walls.spi.kernel.KernelStrategy;
import dev.walls.spi.kernel.LayoutGrid;
import dev.walls.spi.kernel.LayoutScores;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.workload.Workload;
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
 * Layouts per second of each kernel on the space a {@code walls search} sweeps, read off the {@code layouts} counter;
 * by default {@code --system dgx-a100-80gb --accelerators 4096 --workload gpt3-175b} (332,358 layouts on 41
 * accelerator counts), any other with {@code -p search=SYSTEM:ACCELERATORS:WORKLOAD}:
 *
 * <ul>
 *   <li>{@code sweep}: one thread scores every layout as the search hands them to a kernel (a grid per block and
 *       microbatch), kernel alone;</li>
 *   <li>{@code layoutByLayout}: one thread evaluates every layout alone, every output slot, in the same order;</li>
 *   <li>{@code search}: the whole {@code Walls.search} (enumeration, kernel, top-K and Pareto bookkeeping on every
 *       core, then the winners through every wall) — what the CLI's elapsed time measures, plus the full
 *       evaluations.</li>
 * </ul>
 *
 * Run: {@code java -jar benchmarks/target/benchmarks.jar KernelBenchmark -f 1 -wi 2 -i 3} (about two minutes on 2
 * cores); without the name, the jar also runs {@link SearchOverheadBenchmark}. The other searches the README
 * reports: {@code -p search=dgx-h100:4096:gpt3-175b,gb200-nvl72:4608:llama3-405b,dojo-exapod:3000:gpt3-175b}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Dguice_bytecode_gen_option=DISABLED", "-Xms1g", "-Xmx1g"})
public class KernelBenchmark {

    /** The system, workload, staged tables and layouts, shared by every thread of a trial. */
    @State(Scope.Benchmark)
    public static class Space {
        @Param({"fast", "reference"})
        public String kernel;

        /** The search, as {@link SearchCase} reads it. */
        @Param({SearchCase.DEFAULT})
        public String search;

        Walls walls;
        SystemSpec system;
        Workload workload;
        EvaluationKernel evaluationKernel;
        SearchSpaceLayouts layouts;

        @Setup(Level.Trial)
        public void stage() {
            walls = Walls.create();
            SearchCase c = SearchCase.of(walls, search);
            system = c.system();
            workload = c.workload();
            evaluationKernel = walls.kernel(kernel);
            layouts = SearchSpaceLayouts.of(walls, system, workload);
            SearchResult r = walls.search(system, workload, Template.OPEN, Objective.TIME, 1, false, kernel,
                    SearchProgress.NONE);
            if (r.strategiesEvaluated() != layouts.count()) {
                throw new IllegalStateException("the benchmark's copy of the search space has " + layouts.count()
                        + " layouts, the search " + r.strategiesEvaluated() + ": update SearchSpaceLayouts");
            }
        }
    }

    /** Counts layouts, so that JMH reports layouts per second beside sweeps per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Layouts {
        public long layouts;
        final double[] out = new double[KernelOutput.SIZE];
        final int[] slots = new int[KernelStrategy.SIZE];
        final LayoutScores scores = new LayoutScores();
    }

    /** Every layout of the space through the kernel, as a search worker does: grid by grid, into reused scores. */
    @Benchmark
    public double sweep(Space space, Layouts counter) {
        LayoutGrid[] grids = space.layouts.grids;
        EvaluationKernel kernel = space.evaluationKernel;
        LayoutScores scores = counter.scores;
        double feasibleSeconds = 0;
        for (int i = 0; i < grids.length; i++) {
            kernel.score(space.layouts.gridTables[i], grids[i], scores);
            for (int j = grids[i].size() - 1; j >= 0; j--) {
                if (scores.verdicts()[j] == LayoutScores.FITS) {
                    feasibleSeconds += scores.stepSeconds()[j];
                }
            }
        }
        counter.layouts += space.layouts.count();
        return feasibleSeconds;
    }

    /** Every layout of the space through {@link EvaluationKernel#evaluate}, one at a time, every output slot. */
    @Benchmark
    public double layoutByLayout(Space space, Layouts counter) {
        int[][] all = space.layouts.layouts;
        EvaluationKernel kernel = space.evaluationKernel;
        double[] out = counter.out;
        int[] slots = counter.slots;
        double feasibleSeconds = 0;
        for (int i = 0; i < all.length; i++) {
            System.arraycopy(all[i], 0, slots, 0, KernelStrategy.SIZE);
            kernel.evaluate(space.layouts.tables[i], slots, out);
            if (out[KernelOutput.FITS] != 0) {
                feasibleSeconds += out[KernelOutput.STEP_SECONDS];
            }
        }
        counter.layouts += all.length;
        return feasibleSeconds;
    }

    /** The whole search, on every core, winners evaluated in full. */
    @Benchmark
    public SearchResult search(Space space, Layouts counter) {
        SearchResult r = space.walls.search(space.system, space.workload, Template.OPEN, Objective.TIME, 5, false,
                space.kernel, SearchProgress.NONE);
        counter.layouts += r.strategiesEvaluated();
        return r;
    }
}
