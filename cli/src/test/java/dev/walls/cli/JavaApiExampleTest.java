package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.core.Walls;
import dev.walls.core.compare.Comparison;
import dev.walls.core.compare.RangeDriver;
import dev.walls.core.compare.Sizing;
import dev.walls.core.report.Report;
import dev.walls.core.search.Objective;
import dev.walls.core.search.SearchResult;
import dev.walls.spi.result.Evaluation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Java API example, kept compiling and running. */
class JavaApiExampleTest {

    @TempDir
    Path temp;

    @Test
    void theReadmeExampleRuns() throws Exception {
        TestWalls.withoutBytecodeGeneration();
        Walls walls = Walls.create();

        Evaluation e = walls.train("gpt3-175b")
                .on("gb200-nvl72").accelerators(2304)
                .strategy("tp=8,pp=12,mb=1,recompute=selective")
                .evaluate();
        assertTrue(e.stepTimeSeconds() > 0);
        assertEquals(2304, e.accelerators());

        SearchResult best = walls.train("llama3-70b").on("dgx-h100").accelerators(1024).search();
        assertTrue(best.best().fits());
        assertTrue(best.best().accelerators() <= 1024);
        // The example reports progress on stderr: caught here, so that it reads as a check rather than noise in the build.
        PrintStream stderr = System.err;
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        SearchResult cheapest;
        try {
            System.setErr(new PrintStream(progress, true, StandardCharsets.UTF_8));
            cheapest = walls.train("llama3-70b").on("dgx-h100").accelerators(1024)
                    .pin("tp=8").objective(Objective.COST).top(10).exact().kernel("fast")
                    .progress((done, total) -> System.err.print("\r" + done + "/" + total))
                    .search();
        } finally {
            System.setErr(stderr);
        }
        String reported = progress.toString(StandardCharsets.UTF_8);
        assertEquals("\r" + cheapest.strategiesEvaluated() + "/" + cheapest.strategiesEvaluated(),
                reported.substring(reported.lastIndexOf('\r')), "the last report is the whole sweep");
        assertEquals(10, cheapest.top().size());
        assertEquals("cost", cheapest.objective());
        assertEquals("fast", cheapest.kernel());
        for (Evaluation top : cheapest.top()) {
            assertEquals(1024, top.accelerators());
            assertEquals(8, top.strategy().tp());
        }
        // --objective cost --max-days 250: the cheapest run that trains within 250 days
        SearchResult inTime = walls.train("llama3-70b").on("dgx-h100").accelerators(1024)
                .objective(Objective.COST).maxDays(250).search();
        assertTrue(inTime.withinMaxDays());
        assertTrue(inTime.figures(inTime.best()).orElseThrow().timeToTrainDays() <= 250);
        assertEquals(512, inTime.best().accelerators(), "fewer accelerators than the fastest run, for less");

        List<Comparison> rows = walls.train("gpt3-175b").compare("dojo-exapod", "gb200-nvl72:2304");
        assertEquals(List.of("dojo-exapod", "gb200-nvl72"), rows.stream().map(Comparison::system).toList());
        for (Comparison c : rows) {
            assertTrue(c.verdict().startsWith(walls.system(c.system()).name() + ":"), c.verdict());
            assertTrue(c.range().timeToTrainDays().low() <= c.timeToTrainDays()
                    && c.timeToTrainDays() <= c.range().timeToTrainDays().high());
        }
        RangeDriver first = rows.get(1).range().drivers().get(0);
        assertTrue(first.costUsd().low() < first.costUsd().high(), first.toString());
        assertTrue(rows.get(1).range().costUsd().low() <= first.costUsd().low(), first.toString());
        List<Comparison> sameBudget = walls.train("gpt3-175b").objective(Objective.COST)
                .compare(Sizing.budget("USD 100M"), "dgx-h100", "gb200-nvl72");
        for (Comparison c : sameBudget) {
            assertTrue(c.sizedBy().startsWith("sized to a capital budget of $100.00M"), c.sizedBy());
        }
        // `walls report`: the same comparison as an HTML page
        Report report = walls.train("gpt3-175b").report("dojo-exapod", "gb200-nvl72:2304");
        Files.writeString(temp.resolve("walls-report.html"), "an older page");
        report.writeTo(temp.resolve("walls-report.html"));
        assertEquals(Report.of(walls.workload("gpt3-175b"), rows).withObjective(Objective.TIME).html(),
                Files.readString(temp.resolve("walls-report.html")), "the page of the rows compare() returned");
        try (var files = Files.list(temp)) {
            assertEquals(List.of("walls-report.html"), files.map(f -> f.getFileName().toString()).toList(),
                    "the page replaced the older one in one rename, leaving no part-written file");
        }
    }
}
