package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.core.Walls;
import dev.walls.core.compare.Comparison;
import dev.walls.core.error.InputException;
import dev.walls.core.output.Json;
import dev.walls.core.search.Objective;
import dev.walls.core.search.SearchResult;
import dev.walls.core.sweep.PointStatus;
import dev.walls.core.sweep.Sizes;
import dev.walls.core.sweep.Sweep;
import dev.walls.core.sweep.SweepOptions;
import dev.walls.core.sweep.SweepPoint;
import dev.walls.core.sweep.Variation;
import dev.walls.spi.result.Evaluation;
import dev.walls.spi.wall.Wall;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Java API of {@code walls sweep}: each point is the search {@code --exact} would find at its size, evaluated as
 * {@code evaluate} would; a size with no layout that runs says so and is never moved to another size unasked.
 */
class SweepApiTest {

    private static final Walls walls = TestWalls.create();

    @Test
    void eachPointIsTheExactSearchAtItsSizeAndEvaluatesAlike() {
        Sweep sweep = walls.train("llama3-8b").sweep(List.of(64, 16), "dgx-h100");
        assertEquals(List.of(16, 64), sweep.sizes());
        assertEquals("llama3-8b", sweep.workload());
        assertEquals("time", sweep.objective());
        assertEquals(2, sweep.points().size());
        for (SweepPoint p : sweep.points()) {
            int n = p.requestedAccelerators();
            assertEquals(PointStatus.RUNS, p.status(), p.reason());
            assertEquals(n, p.accelerators());
            assertNull(p.reason());
            SearchResult search = walls.train("llama3-8b").on("dgx-h100").accelerators(n).exact().top(1).search();
            assertEquals(search.best().strategy(), p.strategy(), "the layout --exact finds at " + n);
            assertEquals(search.best().stepTimeSeconds(), p.stepTimeSeconds());
            Evaluation e = walls.train("llama3-8b").on("dgx-h100").accelerators(n).strategy(p.strategy()).evaluate();
            assertEquals(e.stepTimeSeconds(), p.stepTimeSeconds(), "evaluate gives the point's step at " + n);
            assertEquals(e.walls().get(Wall.ECONOMICS).metrics().get("runCostUsd"), p.costUsd());
            assertEquals(e.tokensPerSecond(), p.tokensPerSecond());
            assertEquals(e.mfu(), p.mfu());
            assertEquals(e.bindingWall(), p.bindingWall());
            assertEquals(e.walls(), p.walls());
            assertEquals(walls.train("llama3-8b").workload().steps() * e.stepTimeSeconds() / 86_400, p.timeToTrainDays(),
                    1e-9 * p.timeToTrainDays());
        }
    }

    /**
     * With a deadline each point is what {@code search --exact --max-days} finds at its size, by either objective:
     * the best run within it, or the fastest, marked late, where none meets it. Llama 3 70B on 64, 128 and 256 H100s
     * takes about 1,627, 817 and 412 days, so 1,000 days leaves 64 late.
     */
    @Test
    void withADeadlineEachPointIsTheExactSearchWithinItAtItsSize() {
        for (Objective objective : Objective.values()) {
            Sweep sweep = walls.train("llama3-70b").objective(objective).maxDays(1000).sweep(List.of(64, 128, 256),
                    "dgx-h100");
            assertEquals(1000.0, sweep.maxDays());
            for (SweepPoint p : sweep.points()) {
                int n = p.requestedAccelerators();
                SearchResult search = walls.train("llama3-70b").on("dgx-h100").accelerators(n).exact().top(1)
                        .objective(objective).maxDays(1000).search();
                String at = objective + " at " + n;
                assertEquals(PointStatus.RUNS, p.status(), at);
                assertEquals(search.best().strategy(), p.strategy(), at);
                assertEquals(search.best().stepTimeSeconds(), p.stepTimeSeconds(), at);
                assertEquals(search.withinMaxDays(), p.withinMaxDays(), at);
                assertEquals(search.figures(search.best()).orElseThrow().timeToTrainDays(), p.timeToTrainDays(), at);
            }
            assertEquals(List.of(false, true, true), sweep.points().stream().map(SweepPoint::withinMaxDays).toList());
            assertEquals(sweep.points().subList(0, 1), sweep.late());
        }
        Sweep none = walls.train("llama3-70b").sweep(List.of(64), "dgx-h100");
        assertNull(none.maxDays());
        assertTrue(none.points().get(0).withinMaxDays(), "no deadline to miss");
    }

    /**
     * With --allow-fewer a size where no layout of exactly that many runs (Llama 3 70B on 200 H100s) takes the best run
     * on fewer within the deadline, as the search up to that size finds it: by cost within 1,000 days, 128 H100s (about
     * 817 days), not the 192 by which it trains fastest. Within 500 days no run on fewer is in time: the fastest, late.
     */
    @Test
    void aPointOnFewerKeepsToTheDeadlineCheapestWithinIt() {
        SweepOptions fewer = SweepOptions.DEFAULT.allowingFewer();
        var job = walls.train("llama3-70b").objective(Objective.COST);
        SweepPoint cheapest = job.maxDays(1000).sweep(fewer, Sizes.of(200), "dgx-h100").points().get(0);
        SearchResult search = walls.train("llama3-70b").on("dgx-h100").accelerators(200).top(1)
                .objective(Objective.COST).maxDays(1000).search();
        assertEquals(PointStatus.FEWER, cheapest.status());
        assertEquals(search.best().accelerators(), cheapest.accelerators());
        assertEquals(search.best().strategy(), cheapest.strategy());
        assertTrue(cheapest.withinMaxDays() && cheapest.timeToTrainDays() <= 1000, cheapest.toString());
        SweepPoint fastest = walls.train("llama3-70b").sweep(fewer, Sizes.of(200), "dgx-h100").points().get(0);
        assertTrue(fastest.accelerators() > cheapest.accelerators() && fastest.costUsd() > cheapest.costUsd(),
                "the deadline let the cost objective choose a slower, cheaper run: " + fastest.accelerators() + " vs "
                        + cheapest.accelerators());

        SweepPoint late = job.maxDays(500).sweep(fewer, Sizes.of(200), "dgx-h100").points().get(0);
        assertEquals(PointStatus.FEWER, late.status());
        assertFalse(late.withinMaxDays());
        assertEquals(fastest.strategy(), late.strategy(), "the fastest on fewer");
        assertEquals(fastest.accelerators(), late.accelerators());
    }

    /** A point and a comparison row on the same layout report the same figures: they are worked out in one place. */
    @Test
    void aPointAgreesWithACompareRowOnTheSameLayout() {
        Comparison row = walls.train("llama3-8b").compare("dgx-h100:64").get(0);
        assertEquals(64, row.accelerators(), "the comparison's best uses all 64, so the exact point is the same layout");
        SweepPoint p = walls.train("llama3-8b").sweep(Sizes.of(64), "dgx-h100").points().get(0);
        assertEquals(row.strategy(), p.strategy());
        assertEquals(row.timeToTrainDays(), p.timeToTrainDays());
        assertEquals(row.costUsd(), p.costUsd());
        assertEquals(row.capexUsd(), p.capexUsd());
        assertEquals(row.powerWatts(), p.powerWatts());
        assertEquals(row.mfu(), p.mfu());
        assertEquals(row.mfuAt16BitPeak(), p.mfuAt16BitPeak());
        assertEquals(row.stepTimeSeconds(), p.stepTimeSeconds());
        assertNull(p.range(), "ranges are off by default");
        SweepPoint ranged = walls.train("llama3-8b").sweep(SweepOptions.DEFAULT.withRanges(), Sizes.of(64), "dgx-h100")
                .points().get(0);
        assertEquals(row.range(), ranged.range(), "with ranges, the comparison's own");
    }

    /**
     * What the physics guarantees, and only that: more accelerators are more hardware (capital and power never fall),
     * and a layout on exactly N accelerators is never faster than the best on any count up to N (a superset). Step
     * time itself need not fall with size (layouts are discrete, failures grow with the count), so it is not asserted.
     */
    @Test
    void capitalAndPowerGrowWithSizeAndNoExactPointBeatsTheSearchUpToIt() {
        Sweep sweep = walls.train("llama3-8b").sweep(Sizes.parse("8..128"), "dgx-h100");
        List<SweepPoint> running = sweep.running();
        assertEquals(5, running.size(), sweep.points().toString());
        for (int i = 1; i < running.size(); i++) {
            assertTrue(running.get(i).capexUsd() >= running.get(i - 1).capexUsd(), running.get(i).toString());
            assertTrue(running.get(i).powerWatts() >= running.get(i - 1).powerWatts(), running.get(i).toString());
        }
        for (SweepPoint p : running) {
            SearchResult upTo = walls.train("llama3-8b").on("dgx-h100").accelerators(p.requestedAccelerators()).top(1)
                    .search();
            assertTrue(upTo.best().stepTimeSeconds() <= p.stepTimeSeconds(), p.requestedAccelerators() + ": "
                    + upTo.best().stepTimeSeconds() + " > " + p.stepTimeSeconds());
        }
    }

    /**
     * Llama 3 405B's 126 layers and power-of-two heads and batch make no layout of 1,000 accelerators: the point says
     * so and carries no figures; only when asked does it take the best layout on fewer, marked as such.
     */
    @Test
    void aSizeWithNoLayoutIsMissingUnlessFewerIsAllowed() {
        SweepPoint missing = walls.train("llama3-405b").sweep(List.of(1000), "dgx-h100").points().get(0);
        assertEquals(PointStatus.NO_LAYOUT, missing.status());
        assertFalse(missing.runs());
        assertEquals(1000, missing.requestedAccelerators());
        assertNull(missing.accelerators());
        assertNull(missing.timeToTrainDays());
        assertNull(missing.costUsd());
        assertNull(missing.strategy());
        assertNull(missing.evaluation());
        assertTrue(missing.walls().isEmpty());
        assertFalse(missing.fits());
        assertTrue(missing.reason().contains("pp one of the depths that hold the 126 layers in uneven stages (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 18, 21, 26, 32, 42, 63, 126)"),
                missing.reason());

        SweepPoint fewer = walls.train("llama3-405b").sweep(SweepOptions.DEFAULT.allowingFewer(), Sizes.of(1000),
                "dgx-h100").points().get(0);
        assertEquals(PointStatus.FEWER, fewer.status());
        assertTrue(fewer.runs());
        assertEquals(1000, fewer.requestedAccelerators());
        assertTrue(fewer.accelerators() < 1000, fewer.toString());
        assertTrue(fewer.reason().startsWith(missing.reason()), fewer.reason());
        assertTrue(fewer.reason().endsWith("the best layout that runs on fewer uses " + fewer.accelerators()
                + " of the 1000 accelerators"), fewer.reason());
        SearchResult upTo = walls.train("llama3-405b").on("dgx-h100").accelerators(1000).top(1).search();
        assertEquals(upTo.best().strategy(), fewer.strategy(), "the search up to 1,000 finds it");
        assertEquals(upTo.best().accelerators(), fewer.accelerators());
    }

    /**
     * The ExaPOD trains Llama 3 8B on 64 D1s only with more memory than they hold, and on 256 fits but at a cost the
     * economics wall blocks: both points cannot run, and keep their layout's figures as compare does.
     */
    @Test
    void pointsThatDoNotFitOrAreBlockedKeepTheirFiguresAndSayWhy() {
        Sweep sweep = walls.train("llama3-8b").sweep(List.of(64, 256), "dojo-exapod");
        SweepPoint tight = sweep.points().get(0);
        assertEquals(PointStatus.DOES_NOT_FIT, tight.status());
        assertFalse(tight.fits());
        assertFalse(tight.runs());
        assertEquals(64, tight.accelerators());
        assertNotNull(tight.timeToTrainDays());
        assertTrue(tight.reason().startsWith("no layout of exactly this size fits memory; the closest: the busiest rank"
                + " needs"), tight.reason());
        SweepPoint blocked = sweep.points().get(1);
        assertEquals(PointStatus.BLOCKED, blocked.status());
        assertTrue(blocked.fits());
        assertFalse(blocked.runs());
        assertEquals(Wall.ECONOMICS, blocked.bindingWall());
        assertTrue(blocked.reason().startsWith("the economics wall blocks the best layout of exactly this size: "),
                blocked.reason());
        assertTrue(sweep.running().isEmpty());
    }

    /**
     * PUE prices only the electricity: across its values the layout and the time stay, and the cost rises with it. A
     * varied value gives what walls built with that assumption give.
     */
    @Test
    void aVariedAssumptionMovesOnlyWhatItShould() {
        Sweep sweep = walls.train("llama3-8b").sweep(
                SweepOptions.DEFAULT.varying(Variation.of("economics.operating.pue", 1.5, 1.1)), Sizes.of(16, 64),
                "dgx-h100");
        assertEquals("economics.operating.pue", sweep.vary());
        assertEquals(List.of(1.5, 1.1), sweep.varyValues());
        List<SweepPoint> p = sweep.points();
        assertEquals(List.of(1.5, 1.5, 1.1, 1.1), p.stream().map(SweepPoint::varyValue).toList());
        for (int i = 0; i < 2; i++) {
            SweepPoint high = p.get(i);
            SweepPoint low = p.get(i + 2);
            assertEquals(high.requestedAccelerators(), low.requestedAccelerators());
            assertEquals(low.strategy(), high.strategy());
            assertEquals(low.stepTimeSeconds(), high.stepTimeSeconds());
            assertTrue(high.costUsd() > low.costUsd(), high.costUsd() + " vs " + low.costUsd());
        }
        SweepPoint assumed = walls.assume("economics.operating.pue", 1.1).train("llama3-8b")
                .sweep(Sizes.of(64), "dgx-h100").points().get(0);
        assertEquals(p.get(3).costUsd(), assumed.costUsd());
        Walls built = Walls.builder().assume("economics.operating.pue", 1.1).build();
        assertEquals(p.get(3).costUsd(), built.train("llama3-8b").sweep(Sizes.of(64), "dgx-h100").points().get(0)
                .costUsd());
    }

    @Test
    void theSameSweepTwiceWritesTheSameJson() {
        Sweep a = walls.train("llama3-8b").objective(Objective.COST).sweep(List.of(8, 32), "dgx-h100", "dgx-a100-80gb");
        Sweep b = TestWalls.create().train("llama3-8b").objective(Objective.COST).sweep(List.of(8, 32), "dgx-h100",
                "dgx-a100-80gb");
        assertEquals(Json.write(a), Json.write(b));
    }

    @Test
    void progressCountsPoints() {
        List<String> told = new ArrayList<>();
        walls.train("llama3-8b").progress((done, total) -> told.add(done + "/" + total))
                .sweep(SweepOptions.DEFAULT.varying(Variation.of("economics.operating.pue", 1.2, 1.3)), Sizes.of(8, 16),
                        "dgx-h100");
        assertEquals(List.of("1/4", "2/4", "3/4", "4/4"), told);
    }

    @Test
    void mistakesAreRefusedClearly() {
        var job = walls.train("llama3-8b");
        assertThrows(NullPointerException.class, () -> job.sweep((Sizes) null, "dgx-h100"));
        assertThrows(NullPointerException.class, () -> job.sweep((List<Integer>) null, "dgx-h100"));
        assertThrows(NullPointerException.class, () -> job.sweep(Sizes.of(8), (String) null));
        assertThrows(NullPointerException.class, () -> job.sweep(null, Sizes.of(8), "dgx-h100"));
        assertEquals("name at least one system to sweep",
                assertThrows(InputException.class, () -> job.sweep(Sizes.of(8))).getMessage());
        assertEquals("'dgx-h100:64': a sweep sizes every system from --accelerators; give dgx-h100 without the size",
                assertThrows(InputException.class, () -> job.sweep(Sizes.of(8), "dgx-h100:64")).getMessage());
        assertTrue(assertThrows(InputException.class, () -> job.sweep(Sizes.of(8), "dgx-h100", "dgx-h100"))
                .getMessage().contains("is given twice"));
        assertTrue(assertThrows(InputException.class, () -> job.sweep(Sizes.of(8), "dgx-h10")).getMessage()
                .startsWith("unknown system 'dgx-h10'; did you mean dgx-h100"));
        assertTrue(assertThrows(InputException.class, () -> job.on("dgx-h100").sweep(Sizes.of(8), "dgx-h100"))
                .getMessage().contains("leave on() and accelerators() out"));
        assertTrue(assertThrows(InputException.class, () -> job.strategy("tp=8").sweep(Sizes.of(8), "dgx-h100"))
                .getMessage().contains("pin the keys to keep with pin(\"tp=8"));
        assertEquals("--accelerators: 16384 is above the largest size of gb200-nvl72 (it scales from 72 to 9216"
                        + " accelerators); sweep up to 9216, or sweep gb200-nvl72 on its own",
                assertThrows(InputException.class, () -> job.sweep(Sizes.parse("8192..16384"), "dgx-h100",
                        "gb200-nvl72")).getMessage());
        assertTrue(assertThrows(InputException.class, () -> job.sweep(Sizes.parse("8192..32768"), "gb200-nvl72"))
                .getMessage().startsWith("--accelerators: 16384, 32768 are above the largest size of gb200-nvl72"));
        // a system swept alone is not told to sweep it on its own
        assertEquals("--accelerators: 16384 is above the largest size of gb200-nvl72 (it scales from 72 to 9216"
                        + " accelerators); sweep up to 9216",
                assertThrows(InputException.class, () -> job.sweep(Sizes.parse("8192..16384"), "gb200-nvl72"))
                        .getMessage());
        assertEquals("--accelerators: 4 is below the smallest size of dgx-h100 (it scales from 8 to 16384"
                        + " accelerators); sweep from 8",
                assertThrows(InputException.class, () -> job.sweep(List.of(4), "dgx-h100")).getMessage());
        assertTrue(assertThrows(InputException.class, () -> job.sweep(List.of(4), "dgx-h100")).getMessage()
                .startsWith("--accelerators: 4 is below the smallest size of dgx-h100 (it scales from 8 to 16384"));
        assertTrue(assertThrows(InputException.class, () -> job.pin("tp=3").sweep(List.of(8), "dgx-h100")).getMessage()
                .startsWith("no layout of llama3-8b runs on dgx-h100 at any of the sizes (up to 8): the pinned tp=3"));
        assertTrue(assertThrows(InputException.class, () -> job.sweep(
                SweepOptions.DEFAULT.varying(Variation.of("economics.operating.pue", 1e9)), Sizes.of(8), "dgx-h100"))
                .getMessage().startsWith("--vary economics.operating.pue: 1e9 is outside the plausible range"));
        assertThrows(NullPointerException.class, () -> walls.assume(null, 1));
    }
}
