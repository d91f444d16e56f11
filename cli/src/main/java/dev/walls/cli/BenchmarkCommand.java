package dev.walls.cli;

import dev.walls.core.TrainingJob;
import dev.walls.core.Walls;
import dev.walls.core.error.InputException;
import dev.walls.core.error.PluginFaultException;
import dev.walls.core.output.Formats;
import dev.walls.core.output.Json;
import dev.walls.core.search.Objective;
import dev.walls.core.search.SearchProgress;
import dev.walls.core.search.SearchResult;
import dev.walls.core.search.Template;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.workload.Workload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code walls benchmark}: the same search with every kernel, in one JVM, warmed up, so that speed is read as
 * ratios measured in one run (JMH in {@code benchmarks/} measures the kernels alone).
 */
@Command(name = "benchmark", description = {"Time the same strategy search with each evaluation kernel in one run.",
        "After warm-up: layouts per second of the sweep, whole-search time, and each kernel's speed relative to the",
        "reference."})
final class BenchmarkCommand extends Subcommand {

    /**
     * About the longest the warm-up waits for the JIT to go quiet before it times the searches anyway, and says so: it
     * looks after each round of searches, so the last round may end past it.
     */
    private static final int MAX_SETTLE_SECONDS = 60;

    /** Most searches --warmup or --iterations may ask for: a day's worth of the default search on the reference. */
    private static final int MAX_SEARCHES = 1_000_000;

    @Option(names = "--system", defaultValue = "dgx-a100-80gb", paramLabel = "SYSTEM", description = "Default: ${DEFAULT-VALUE}.")
    String system;

    @Option(names = "--workload", defaultValue = "gpt3-175b", paramLabel = "WORKLOAD", description = "Default: ${DEFAULT-VALUE}.")
    String workload;

    @Option(names = "--accelerators", converter = PositiveCount.class, defaultValue = "4096", paramLabel = "N", description = "Default: ${DEFAULT-VALUE}.")
    int accelerators;

    @Option(names = "--warmup", defaultValue = "10", paramLabel = "K", description = "Untimed searches per kernel first. Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--warmup-seconds", defaultValue = "5", paramLabel = "S",
            description = {"Keep warming each kernel up for at least this long: the JIT settles both kernels only after",
                    "a few seconds (after 2 s both still ran a third slower). Default: ${DEFAULT-VALUE}."})
    double warmupSeconds;

    @Option(names = "--settle-seconds", defaultValue = "1", paramLabel = "S",
            description = {"After warm-up, keep searching with each kernel in turn until the JIT compiler has compiled",
                    "nothing for S seconds (for about " + MAX_SETTLE_SECONDS + " s more at most): on two cores a compiler thread",
                    "at work takes the core a timed search's second thread needs. 0 skips it. Default: ${DEFAULT-VALUE}."})
    double settleSeconds;

    @Option(names = "--iterations", defaultValue = "11", paramLabel = "K", description = "Timed searches per kernel. Default: ${DEFAULT-VALUE}.")
    int iterations;

    /**
     * One kernel's figures.
     *
     * @param kernel                    kernel id
     * @param strategiesPerSecond       median layouts per second of the sweep
     * @param sweepSeconds              median seconds of the sweep
     * @param searchSeconds             median seconds of the whole search, winners evaluated in full
     * @param strategies                layouts per search
     * @param speedupOverReference      strategiesPerSecond over the reference kernel's
     * @param failure                   why a plugin's kernel could not be measured (its figures are then NaN), or null
     */
    record KernelFigures(String kernel, double strategiesPerSecond, double sweepSeconds, double searchSeconds,
                         long strategies, double speedupOverReference, String failure) {

        /** A kernel that failed: no figures, the reason. */
        static KernelFigures failed(String kernel, String failure) {
            return new KernelFigures(kernel, Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN, failure);
        }

        /** The figures as a JSON object; the record itself stays private to the CLI module. */
        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kernel", kernel);
            // JSON holds no NaN: a failed kernel's figures are null, and why it failed is said
            boolean measured = failure == null;
            m.put("strategiesPerSecond", measured ? strategiesPerSecond : null);
            m.put("sweepSeconds", measured ? sweepSeconds : null);
            m.put("searchSeconds", measured ? searchSeconds : null);
            m.put("strategies", measured ? strategies : null);
            m.put("speedupOverReference", measured ? speedupOverReference : null);
            if (!measured) {
                m.put("failure", failure);
            }
            return m;
        }
    }

    @Override
    public Integer call() {
        // each flag on its own: a message listing all three leaves the user to find which one was wrong
        if (warmup < 0 || warmup > MAX_SEARCHES) {
            throw new InputException("--warmup must be between 0 and " + MAX_SEARCHES + ", got " + warmup);
        }
        if (iterations < 1 || iterations > MAX_SEARCHES) {
            throw new InputException("--iterations must be between 1 and " + MAX_SEARCHES + ", got " + iterations);
        }
        if (!(warmupSeconds >= 0) || warmupSeconds > 600) {
            throw new InputException("--warmup-seconds must be between 0 and 600, got " + warmupSeconds);
        }
        if (!(settleSeconds == 0 || settleSeconds >= 0.001 && settleSeconds <= MAX_SETTLE_SECONDS)) {
            throw new InputException("--settle-seconds must be 0 (no wait) or between 0.001 and " + MAX_SETTLE_SECONDS
                    + ", got " + settleSeconds);
        }
        Walls walls = root.walls(true);
        TrainingJob job = walls.train(workload).on(system).accelerators(accelerators);
        Workload w = job.workload();
        SystemSpec s = job.system();
        List<String> kernels = new ArrayList<>(walls.kernelIds());
        Map<String, double[][]> samples = new LinkedHashMap<>();
        Map<String, Long> strategies = new LinkedHashMap<>();
        // A plugin's kernel that breaks is its row's failure; the other kernels are still measured.
        Map<String, String> failed = new LinkedHashMap<>();
        long warmupStart = System.nanoTime();
        for (String k : kernels) {
            long until = System.nanoTime() + (long) (warmupSeconds * 1e9);
            for (int i = 0; i < warmup || System.nanoTime() < until; i++) {
                if (!warm(walls, s, w, k, failed)) {
                    break;
                }
            }
        }
        Boolean jitQuiet = settle(walls, s, w, kernels, failed);
        double warmedSeconds = (System.nanoTime() - warmupStart) / 1e9;
        // Interleave the kernels' timed runs so that a busy neighbour on the machine slows both alike.
        for (int i = 0; i < iterations; i++) {
            for (String k : kernels) {
                if (failed.containsKey(k)) {
                    continue;
                }
                long start = System.nanoTime();
                SearchResult r;
                try {
                    r = walls.search(s, w, Template.OPEN, Objective.TIME, 5, false, k, SearchProgress.NONE);
                } catch (PluginFaultException e) {
                    failed.put(k, e.getMessage());
                    continue;
                }
                double whole = (System.nanoTime() - start) / 1e9;
                samples.computeIfAbsent(k, x -> new double[3][iterations]);
                samples.get(k)[0][i] = r.strategiesPerSecond();
                samples.get(k)[1][i] = r.elapsedSeconds();
                samples.get(k)[2][i] = whole;
                strategies.put(k, r.strategiesEvaluated());
            }
        }
        double reference = median(samples.get(Walls.REFERENCE_KERNEL)[0]);
        List<KernelFigures> figures = new ArrayList<>();
        for (String k : kernels) {
            if (failed.containsKey(k)) {
                figures.add(KernelFigures.failed(k, failed.get(k)));
                continue;
            }
            double[][] x = samples.get(k);
            figures.add(new KernelFigures(k, median(x[0]), median(x[1]), median(x[2]), strategies.get(k),
                    median(x[0]) / reference, null));
        }
        var out = out();
        switch (format.format()) {
            case JSON -> {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("system", s.id());
                json.put("accelerators", s.accelerators());
                json.put("workload", w.id());
                json.put("threads", Runtime.getRuntime().availableProcessors());
                json.put("warmupElapsedSeconds", warmedSeconds);
                json.put("jitQuiet", jitQuiet);
                json.put("kernels", figures.stream().map(KernelFigures::json).toList());
                out.print(Json.write(json));
            }
            case CSV -> {
                Csv csv = new Csv("kernel", "strategiesPerSecond", "sweepSeconds", "searchSeconds", "strategies",
                        "speedupOverReference", "failure");
                figures.forEach(f -> {
                    if (f.failure() != null) {
                        csv.row(f.kernel(), "", "", "", "", "", f.failure());
                    } else {
                        csv.row(f.kernel(), f.strategiesPerSecond(), f.sweepSeconds(), f.searchSeconds(), f.strategies(),
                                f.speedupOverReference(), "");
                    }
                });
                out.print(csv);
            }
            case TABLE -> {
                out.println(String.format(Locale.ROOT,
                        "%s on %,d × %s, %,d layouts per search, %d threads, median of %d after %s of warm-up (at least %d searches per kernel%s)",
                        w.id(), s.accelerators(), s.id(), strategies.get(Walls.REFERENCE_KERNEL),
                        Runtime.getRuntime().availableProcessors(), iterations, Formats.seconds(warmedSeconds), warmup,
                        jitQuiet == null ? "" : jitQuiet ? ", the JIT then quiet for " + Formats.seconds(settleSeconds)
                                : "; the JIT was still compiling: the figures may be low"));
                Table t = new Table("kernel", "layouts/s", "sweep", "whole search", "vs reference");
                figures.forEach(f -> {
                    if (f.failure() != null) {
                        t.row(f.kernel(), "failed", "-", "-", "-");
                    } else {
                        t.row(f.kernel(), String.format(Locale.ROOT, "%,.0f", f.strategiesPerSecond()),
                                Formats.seconds(f.sweepSeconds()), Formats.seconds(f.searchSeconds()),
                                String.format(Locale.ROOT, "%.1f×", f.speedupOverReference()));
                    }
                });
                out.print(t);
            }
        }
        out.flush();
        if (!failed.isEmpty()) {
            // the figures of the others stand; the broken kernel is its plugin's to fix, and the exit code says so
            var err = err();
            failed.forEach((k, why) -> err.println("walls: plugin error: " + why));
            err.println("walls: the kernel" + (failed.size() > 1 ? "s' plugins are" : "'s plugin is") + " at fault, not"
                    + " your input: report it to its author; the other kernels were measured");
            err.flush();
            return ExitCode.INTERNAL_ERROR;
        }
        return ExitCode.OK;
    }

    /** One untimed search; false (and the kernel's failure noted) when its plugin's kernel breaks. */
    private static boolean warm(Walls walls, SystemSpec s, Workload w, String kernel, Map<String, String> failed) {
        try {
            walls.search(s, w, Template.OPEN, Objective.TIME, 5, false, kernel, SearchProgress.NONE);
            return true;
        } catch (PluginFaultException e) {
            failed.put(kernel, e.getMessage());
            return false;
        }
    }

    /**
     * Searches with each kernel in turn until the JIT has compiled nothing for {@code --settle-seconds}; returns
     * whether it went quiet, or null when the wait was skipped or the JVM does not report compilation time.
     */
    private Boolean settle(Walls walls, SystemSpec s, Workload w, List<String> kernels, Map<String, String> failed) {
        JitActivity jit = new JitActivity();
        if (settleSeconds == 0 || !jit.measurable()) {
            return null;
        }
        long quietFor = (long) (settleSeconds * 1e9);
        long deadline = System.nanoTime() + (long) (MAX_SETTLE_SECONDS * 1e9);
        long compiled = jit.compilingMillis();
        long quietSince = System.nanoTime();
        while (System.nanoTime() - quietSince < quietFor) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            for (String k : kernels) {
                if (!failed.containsKey(k)) {
                    warm(walls, s, w, k, failed);
                }
            }
            long now = jit.compilingMillis();
            if (now != compiled) {
                compiled = now;
                quietSince = System.nanoTime();
            }
        }
        return true;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
