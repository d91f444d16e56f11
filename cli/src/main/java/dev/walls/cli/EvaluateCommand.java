package dev.walls.cli;

import dev.walls.core.TrainingJob;
import dev.walls.core.Walls;
import dev.walls.core.output.Formats;
import dev.walls.core.output.Json;
import dev.walls.core.search.RunFigures;
import dev.walls.spi.result.Evaluation;
import dev.walls.spi.result.MemoryBreakdown;
import dev.walls.spi.result.MemoryPart;
import dev.walls.spi.result.PipelineStage;
import dev.walls.spi.result.StepPart;
import dev.walls.spi.result.TierPlacement;
import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.wall.Si;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.wall.WallAssessment;
import dev.walls.spi.workload.Workload;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code walls evaluate}: one layout of a workload on a system, through every wall. */
@Command(name = "evaluate", description = "Evaluate one layout of a workload on a system: step time, MFU, memory, each wall's status and loss.")
final class EvaluateCommand extends Subcommand {

    @Mixin
    MetricsOptions metrics;

    @Mixin
    JobOptions target;

    @Option(names = "--accelerators", converter = PositiveCount.class, paramLabel = "N", description = "Resize the system to N accelerators.")
    int accelerators;

    @Option(names = "--strategy", paramLabel = "LAYOUT", defaultValue = "",
            description = {"tp=8,pp=8,dp=16,cp=1,vpp=1,mb=1,recompute=selective,sp=true,zero=1,precision=bf16;",
                    "keys left out take defaults (dp fills the system, sp is on when tp > 1)."})
    String strategy;

    @Override
    public Integer call() {
        Walls walls = root.walls(true, metrics.registry());
        TrainingJob job = walls.train(target.workload).on(target.system).strategy(strategy);
        if (accelerators > 0) {
            job = job.accelerators(accelerators);
        }
        Evaluation e = job.evaluate();
        PrintWriter out = spec.commandLine().getOut();
        switch (format.format()) {
            case JSON -> out.print(Json.write(e));
            case CSV -> {
                Csv csv = new Csv(header());
                csv.row(row(e));
                out.print(csv);
            }
            case TABLE -> print(out, e, workloadLine(walls.workload(target.workload), e,
                    walls.system(target.system).accelerator().peak(e.strategy().precision()).map(f -> f.nominal())
                            .orElse(0.0)));
        }
        out.flush();
        metrics.report(err());
        if (!e.fits() && strategy.isBlank()) {
            err().println("walls: every key of the layout is at its default (dp fills the system); `walls search --system "
                    + target.system + " --workload " + target.workload + (accelerators > 0 ? " --accelerators "
                    + accelerators : "") + "` finds the fastest layout that fits");
            err().flush();
        }
        // The result is printed either way; a layout that does not fit memory, or that a wall blocks, cannot run, as
        // a search that finds nothing feasible says with the same code, and why, on stderr, as the search does.
        if (RunFigures.runs(e)) {
            return ExitCode.OK;
        }
        err().println("walls: this layout cannot run: " + whyNot(e));
        err().flush();
        return ExitCode.NOT_MET;
    }

    /** The wall that stops a layout, in its own words: memory first, since nothing else matters if it does not fit. */
    static String whyNot(Evaluation e) {
        Wall wall = e.fits() ? e.blockingWall().orElse(Wall.MEMORY) : Wall.MEMORY;
        return "the " + wall.id() + " wall blocks it: " + e.walls().get(wall).finding();
    }

    static String[] header() {
        return new String[] {"system", "workload", "accelerators", "strategy", "stepTimeSeconds", "tokensPerSecond", "mfu",
                "memoryPerRankBytes", "fits", "memoryStatus", "memoryLossSeconds", "interconnectStatus",
                "interconnectLossSeconds", "packagingStatus", "packagingLossSeconds", "softwareStatus",
                "softwareLossSeconds", "economicsStatus", "economicsLossSeconds", "bindingWall", "economicsLossUsd",
                "runHours", "runCostUsd"};
    }

    static Object[] row(Evaluation e) {
        Object[] r = new Object[header().length];
        int i = 0;
        r[i++] = e.system();
        r[i++] = e.workload();
        r[i++] = e.accelerators();
        r[i++] = e.strategy().toString();
        r[i++] = e.stepTimeSeconds();
        r[i++] = e.tokensPerSecond();
        r[i++] = e.mfu();
        r[i++] = e.memoryPerRankBytes();
        r[i++] = e.fits();
        for (Wall w : Wall.values()) {
            WallAssessment a = e.walls().get(w);
            r[i++] = a.status().name();
            r[i++] = a.lossSeconds();
        }
        r[i++] = e.bindingWall().id();
        // the economics wall's loss is money, and its run figures are what the table's days and cost come from
        WallAssessment economics = e.walls().get(Wall.ECONOMICS);
        r[i++] = economics.lossUsd();
        r[i++] = economics.metrics().getOrDefault("runHours", Double.NaN);
        r[i] = economics.metrics().getOrDefault("runCostUsd", Double.NaN);
        return r;
    }

    /**
     * "R1 dense 70B: 70.6B parameters in its weight matrices (norms and biases aside), 449 GFLOP of model FLOPs per token
     * trained (forward and backward, no recompute), 8,192 tokens × 1,024 sequences per step, 2.00T tokens": the
     * workload as walls reads it, which for a spec file is printed nowhere else. The FLOPs are the evaluation's own
     * (those its MFU counts): its MFU times the system's peak over its tokens per second.
     */
    static String workloadLine(Workload w, Evaluation e, double peakPerAccelerator) {
        double flopsPerToken = e.mfu() * e.accelerators() * peakPerAccelerator / e.tokensPerSecond();
        return String.format(Locale.ROOT, "%s: %.1fB parameters in its weight matrices (norms and biases aside)%s, "
                        + "%,d tokens × %,d sequences per step, %.3gT tokens", w.name(),
                w.model().matmulParameters() / 1e9,
                peakPerAccelerator > 0 && Double.isFinite(flopsPerToken) ? ", " + Si.format(flopsPerToken, "FLOP")
                        + " of model FLOPs per token trained (forward and backward, no recompute)" : "",
                w.sequenceLength(), w.globalBatchSequences(), w.trainingTokens() / 1e12);
    }

    static void print(PrintWriter out, Evaluation e) {
        print(out, e, null);
    }

    /** Prints an evaluation as a table; {@code workloadLine}, when not null, under its first line. */
    static void print(PrintWriter out, Evaluation e, String workloadLine) {
        Strategy s = e.strategy();
        out.println(e.workload() + " on " + e.system() + " (" + e.accelerators() + " accelerators), " + s);
        if (workloadLine != null) {
            out.println(workloadLine);
        }
        out.println(String.format(Locale.ROOT, "step %s, %s tokens/s, MFU %s, memory per rank %s (%s)",
                Formats.seconds(e.stepTimeSeconds()), Si.format(e.tokensPerSecond(), ""), Formats.percent(e.mfu()),
                Formats.bytes(e.memoryPerRankBytes()), e.fits() ? "fits" : "DOES NOT FIT"));
        out.println();
        Table walls = new Table("wall", "status", "loss", "share of step", "finding");
        for (Wall w : Wall.values()) {
            WallAssessment a = e.walls().get(w);
            walls.row(w.id() + (w == e.bindingWall() ? " *" : ""), a.status().name(), Formats.loss(a),
                    w == Wall.ECONOMICS ? "-" : Formats.percent(a.lossSeconds() / e.stepTimeSeconds()), a.finding());
        }
        out.print(walls);
        out.println("* binding wall: " + e.bindingWall().id());
        out.println();
        Table step = new Table("step time", "wall", "time", "share", "detail");
        step.row("ideal compute", "-", Formats.seconds(e.step().idealComputeSeconds()),
                Formats.percent(e.step().idealComputeSeconds() / e.stepTimeSeconds()), "model FLOPs at dense peak");
        for (StepPart p : e.step().parts()) {
            step.row(p.name(), p.wall().id(), Formats.seconds(p.seconds()),
                    Formats.percent(p.seconds() / e.stepTimeSeconds()), p.detail());
        }
        out.print(step);
        out.println();
        MemoryBreakdown memory = e.memory();
        // the footprint is the busiest pipeline stage's; say so when that is not the first (the usual one)
        Table mem = new Table(memory.busiestStage() == PipelineStage.LAST ? "memory per rank (last pipeline stage)"
                : "memory per rank", "bytes");
        for (MemoryPart p : memory.parts()) {
            mem.row(p.name(), Formats.bytes(p.bytes()));
        }
        mem.row("total", Formats.bytes(memory.totalBytes()));
        mem.row("capacity", Formats.bytes(memory.capacityBytes()));
        // with more than one tier, where the footprint lands: the fastest tier first, the spill streamed each step
        if (memory.tiers().size() > 1) {
            for (TierPlacement t : memory.tiers()) {
                mem.row("in " + t.name(), Formats.bytes(t.bytes()) + " of " + Formats.bytes(t.capacityBytes()));
            }
            mem.row("spilled", Formats.bytes(memory.spilledBytes()));
        }
        out.print(mem);
    }
}
