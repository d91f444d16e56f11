package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.core.Walls;
import dev.walls.core.compare.Comparison;
import dev.walls.core.compare.ComparisonRange;
import dev.walls.core.compare.RangeDriver;
import dev.walls.core.compare.Sizing;
import dev.walls.core.range.InputSpace;
import dev.walls.core.range.UncertainInput;
import dev.walls.core.search.SearchOptions;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Figures;
import dev.walls.spi.figure.RangePoint;
import dev.walls.spi.result.Evaluation;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.workload.Workload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A comparison's ranges: each input moved alone, then the ends that help, and those that hurt, each result. */
class CompareRangesTest {

    private static final double SECONDS_PER_DAY = 86_400;

    /** Two uncertain figures that pull cost opposite ways at each end: a faster chip is also a dearer one. */
    private static final String TWO_RANGES = """
            kind: system
            id: two-ranges
            name: Two-range cluster
            source: test fixture
            confidence: analyst estimate
            accelerators: 1024
            scaling: {min: 8, step: 8, max: 1024}
            accelerator:
              name: X
              peak:
                bf16: {value: 989 TFLOPS, low: 700 TFLOPS, high: 1200 TFLOPS}
              memory:
                - {name: HBM3, kind: hbm, capacity: 80 GB, bandwidth: 3.35 TB/s}
              power: 700 W
              cost: {value: USD 25000, low: USD 15000, high: USD 40000}
            levels:
              - name: node
                accelerators: 8
                fabric: {name: NVLink, topology: switched, bandwidth: 450 GB/s, latency: 3 us}
                power: 4600 W
                cost: USD 50000
              - name: cluster
                accelerators: 0
                fabric: {name: InfiniBand, topology: rail-optimized, bandwidth: 400 Gb/s, latency: 5 us}
            software:
              name: CUDA + Megatron-Core
              matmulEfficiency: 0.8
              memoryBoundEfficiency: 0.7
              collectiveEfficiency: 0.8
              features: [pipeline-parallel, interleaved-pipeline, sequence-parallel, context-parallel,
                         distributed-optimizer, zero3, flash-attention, tp-comm-overlap, selective-recompute]
            """;

    private static final Walls walls = TestWalls.create();

    @TempDir
    Path temp;

    @Test
    void eachResultsBoundsSetEveryInputAtTheEndThatHelpsOrHurtsIt() throws IOException {
        // Every assumption pinned to its nominal value: the system's two figures are the only ranges left.
        Walls.Builder builder = Walls.builder();
        walls.assumptions().forEach((path, f) -> {
            if (f.isUncertain()) {
                builder.assume(path, f.nominal());
            }
        });
        Walls pinned = builder.build();
        Path spec = Files.writeString(temp.resolve("two-ranges.yaml"), TWO_RANGES);
        SystemSpec system = pinned.system(spec.toString());
        Workload gpt3 = pinned.workload("gpt3-175b");
        Comparison row = pinned.compare(List.of(system), gpt3, Sizing.AS_GIVEN, SearchOptions.DEFAULT).get(0);
        ComparisonRange range = row.range();

        InputSpace space = InputSpace.of(system.withAccelerators(row.accelerators()), pinned.wallModels().values());
        assertEquals(List.of("system.accelerator.peakFlopsPerSecond.bf16", "system.accelerator.costUsd"),
                space.inputs().stream().map(UncertainInput::name).toList());
        assertEquals(2, range.uncertainInputs());
        UncertainInput peak = space.inputs().get(0);
        UncertainInput price = space.inputs().get(1);

        Evaluation fastDear = at(pinned, space, row, Map.of(peak, RangePoint.HIGH, price, RangePoint.HIGH));
        Evaluation slowCheap = at(pinned, space, row, Map.of(peak, RangePoint.LOW, price, RangePoint.LOW));
        Evaluation fastCheap = at(pinned, space, row, Map.of(peak, RangePoint.HIGH, price, RangePoint.LOW));
        Evaluation slowDear = at(pinned, space, row, Map.of(peak, RangePoint.LOW, price, RangePoint.HIGH));
        double steps = gpt3.steps();
        assertEquals(steps * fastDear.stepTimeSeconds() / SECONDS_PER_DAY, range.timeToTrainDays().low(), 0);
        assertEquals(steps * slowCheap.stepTimeSeconds() / SECONDS_PER_DAY, range.timeToTrainDays().high(), 0);
        assertEquals(cost(fastCheap), range.costUsd().low(), 0);
        assertEquals(cost(slowDear), range.costUsd().high(), 0);
        // Every figure at its low end, then its high end, brackets the cost more narrowly: the two figures cancel.
        assertTrue(range.costUsd().low() < Math.min(cost(fastDear), cost(slowCheap)));
        assertTrue(range.costUsd().high() > Math.max(cost(fastDear), cost(slowCheap)));

        assertEquals(2, range.drivers().size());
        RangeDriver priceAlone = range.drivers().stream().filter(d -> d.input().equals(price.name())).findFirst().orElseThrow();
        assertEquals(row.timeToTrainDays(), priceAlone.timeToTrainDays().low(), 0, "a price does not move the time");
        assertEquals(row.timeToTrainDays(), priceAlone.timeToTrainDays().high(), 0);
        assertEquals(cost(at(pinned, space, row, Map.of(price, RangePoint.LOW))), priceAlone.costUsd().low(), 0);
        assertEquals(List.of(), range.refusedEnds());
    }

    @Test
    void aSettingAtWhichTheLayoutNoLongerFitsIsLeftOutOfTheBounds() throws IOException {
        Path fixed = Files.writeString(temp.resolve("fixed.yaml"), TWO_RANGES);
        // Down to 1 kB of HBM, the layout cannot run: its time there is no best case.
        Path tiny = Files.writeString(temp.resolve("tiny.yaml"), TWO_RANGES.replace("id: two-ranges", "id: tiny-low")
                .replace("capacity: 80 GB", "capacity: {value: 80 GB, low: 1 kB}"));
        Workload gpt3 = walls.workload("gpt3-175b");
        List<Comparison> rows = walls.compare(List.of(walls.system(fixed.toString()), walls.system(tiny.toString())), gpt3,
                Sizing.AS_GIVEN, SearchOptions.DEFAULT);
        ComparisonRange without = rows.get(0).range();
        ComparisonRange with = rows.get(1).range();
        assertEquals(rows.get(0).strategy(), rows.get(1).strategy());
        assertEquals(without.uncertainInputs() + 1, with.uncertainInputs());
        assertEquals(without.timeToTrainDays(), with.timeToTrainDays());
        assertEquals(without.costUsd(), with.costUsd());
        RangeDriver capacity = with.drivers().stream().filter(d -> d.input().endsWith("capacityBytes")).findFirst().orElseThrow();
        assertEquals("system.accelerator.memory[0].capacityBytes", capacity.input());
        assertEquals(List.of(false, true), List.of(capacity.fitsAtLowEnd(), capacity.fitsAtHighEnd()));
        assertEquals(rows.get(1).timeToTrainDays(), capacity.timeToTrainDays().low(), 0);
        assertEquals(rows.get(1).timeToTrainDays(), capacity.timeToTrainDays().high(), 0);
        assertTrue(!with.fitsAtBothEnds() && without.fitsAtBothEnds());
    }

    @Test
    void aFigureTwoWallsBothHoldIsOneInputMovedAsOne() {
        Comparison row = walls.compare(List.of(walls.system("gb200-nvl72", 2304)), walls.workload("gpt3-175b"),
                Sizing.AS_GIVEN, SearchOptions.DEFAULT).get(0);
        InputSpace space = InputSpace.of(walls.system("gb200-nvl72", row.accelerators()), walls.wallModels().values());
        UncertainInput stacks = space.inputs().stream()
                .filter(i -> i.name().equals("packaging.assembly.maxHbmStacksPerPackage")).findFirst().orElseThrow();
        assertEquals(List.of("economics.packaging.maxHbmStacksPerPackage"), stacks.copies());
        assertTrue(space.inputs().stream().noneMatch(i -> i.name().equals("economics.packaging.maxHbmStacksPerPackage")));
        assertEquals(space.inputs().size(), row.range().uncertainInputs());
        // Moved, both walls hold the high end, as `--assume packaging.assembly.maxHbmStacksPerPackage=12` would leave them.
        InputSpace.Setting high = space.at(Map.of(stacks, RangePoint.HIGH));
        Map<String, Figure> moved = new HashMap<>();
        high.models().forEach(m -> m.assumptionSet().ifPresent(set -> Figures.in(set)
                .forEach(f -> moved.put(m.wall().id() + "." + f.path(), f.figure()))));
        assertEquals(stacks.figure().high(), moved.get("packaging.assembly.maxHbmStacksPerPackage").nominal());
        assertEquals(stacks.figure().high(), moved.get("economics.packaging.maxHbmStacksPerPackage").nominal());
    }

    @Test
    void theBoundsHoldNominalAndEveryInputMovedAlone() {
        Comparison row = walls.compare(List.of(walls.system("ai6-cluster", 2304)), walls.workload("gpt3-175b"),
                Sizing.AS_GIVEN, SearchOptions.DEFAULT).get(0);
        ComparisonRange range = row.range();
        assertTrue(range.uncertainInputs() > range.drivers().size() && !range.drivers().isEmpty(), range.toString());
        assertTrue(range.timeToTrainDays().low() <= row.timeToTrainDays() && row.timeToTrainDays() <= range.timeToTrainDays().high());
        assertTrue(range.costUsd().low() <= row.costUsd() && row.costUsd() <= range.costUsd().high());
        double previousSwing = Double.POSITIVE_INFINITY;
        for (RangeDriver d : range.drivers()) {
            assertTrue(range.timeToTrainDays().low() <= d.timeToTrainDays().low()
                    && d.timeToTrainDays().high() <= range.timeToTrainDays().high(), d.toString());
            assertTrue(range.costUsd().low() <= d.costUsd().low() && d.costUsd().high() <= range.costUsd().high(), d.toString());
            double swing = Math.max((d.timeToTrainDays().high() - d.timeToTrainDays().low()) / row.timeToTrainDays(),
                    (d.costUsd().high() - d.costUsd().low()) / row.costUsd());
            assertTrue(swing <= previousSwing, "drivers come largest swing first: " + d.input());
            previousSwing = swing;
        }
    }

    @Test
    void everyBuiltInRangeEndIsOneItsSpecAndModelsAccept() {
        for (SystemSpec system : walls.systems()) {
            InputSpace space = InputSpace.of(system, walls.wallModels().values());
            for (UncertainInput input : space.inputs()) {
                for (RangePoint end : List.of(RangePoint.LOW, RangePoint.HIGH)) {
                    assertEquals(List.of(), space.at(Map.of(input, end)).refused(), system.id() + " " + input.name() + " " + end);
                }
            }
            Map<UncertainInput, RangePoint> allLow = new HashMap<>();
            space.inputs().forEach(i -> allLow.put(i, RangePoint.LOW));
            assertEquals(List.of(), space.at(allLow).refused(), system.id() + " with every input low");
        }
    }

    private static Evaluation at(Walls pinned, InputSpace space, Comparison row, Map<UncertainInput, RangePoint> ends) {
        InputSpace.Setting s = space.at(ends);
        return pinned.evaluate(s.system(), pinned.workload("gpt3-175b"), row.strategy());
    }

    private static double cost(Evaluation e) {
        return e.walls().get(Wall.ECONOMICS).metrics().get("runCostUsd");
    }
}
