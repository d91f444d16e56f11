package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.core.TrainingJob;
import dev.walls.core.Walls;
import dev.walls.core.error.InputException;
import dev.walls.core.output.Json;
import dev.walls.core.search.Objective;
import dev.walls.spi.result.Evaluation;
import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.workload.Workload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes a caller of the Java API can make, each refused with what to do instead. */
class JavaApiMistakesTest {

    private static final Walls walls = TestWalls.create();

    @Test
    void aReportIsRefusedWhatItCannotShowOrWhereItCannotGo(@TempDir Path temp) {
        assertEquals("name at least one system to compare",
                assertThrows(InputException.class, () -> walls.train("llama3-8b").report()).getMessage());
        assertThrows(NullPointerException.class, () -> walls.train("llama3-8b").report((String) null));
        var rows = walls.train("llama3-8b").compare("dgx-h100:64");
        InputException other = assertThrows(InputException.class,
                () -> dev.walls.core.report.Report.of(walls.workload("gpt3-175b"), rows));
        assertTrue(other.getMessage().contains("report one comparison at a time"), other.getMessage());
        var report = dev.walls.core.report.Report.of(walls.workload("llama3-8b"), rows);
        assertEquals(temp + " is a folder; name a file for the report",
                assertThrows(InputException.class, () -> report.writeTo(temp)).getMessage());
        Path nowhere = temp.resolve("missing").resolve("r.html");
        assertTrue(assertThrows(InputException.class, () -> report.writeTo(nowhere)).getMessage()
                .endsWith(": no such folder " + nowhere.getParent()));
    }

    @Test
    void pinnedKeysConstrainASearchAndAnEvaluationRefusesThem() {
        // a layout that evaluates fine at its defaults: pin() must still not be taken for strategy()
        TrainingJob pinned = walls.train("megatron-gpt-1.7b").on("dgx-h100").accelerators(64).pin("tp=8");
        String message = assertThrows(InputException.class, pinned::evaluate).getMessage();
        assertEquals("the keys given to pin() constrain search(), not evaluate(): give the layout with strategy(\"...\")",
                message);
        assertEquals(8, pinned.search().best().strategy().tp(), "the pin holds for the search");
    }

    @Test
    void aLayoutGivenToStrategyIsNotSilentlyDroppedByASearch() {
        TrainingJob laidOut = walls.train("megatron-gpt-1.7b").on("dgx-h100").accelerators(64).strategy("tp=8,pp=2");
        String message = assertThrows(InputException.class, laidOut::search).getMessage();
        // only the keys written: pinning the defaults too would narrow the search to layouts that may not fit
        assertEquals("the layout given to strategy() is what evaluate() runs, a search would not keep"
                + " it: pin the keys to keep with pin(\"tp=8,pp=2\") instead", message);
        assertEquals(8, laidOut.evaluate().strategy().tp(), "the layout still evaluates");
    }

    @Test
    void theAdviceAfterStrategyThenSearchFindsALayoutWhenFollowed() {
        TrainingJob job = walls.train("gpt3-175b").on("dgx-h100").accelerators(1024);
        String message = assertThrows(InputException.class, () -> job.strategy("tp=8").search()).getMessage();
        assertTrue(message.endsWith("pin the keys to keep with pin(\"tp=8\") instead"), message);
        var followed = job.pin("tp=8").search();
        assertTrue(followed.strategiesFeasible() > 0 && followed.best().fits(), followed.best().toString());
        assertEquals(8, followed.best().strategy().tp());
    }

    @Test
    void providerOfNamesThePluginAndRefusesAnIdNobodyDefines() {
        assertEquals("model-zoo", walls.providerOf("gpt3-175b"));
        assertEquals("reference-gpus", walls.providerOf("dgx-h100"));
        assertEquals("spec file", walls.providerOf("../examples/gpt-7b.yaml"));
        String message = assertThrows(InputException.class, () -> walls.providerOf("zzz")).getMessage();
        assertTrue(message.startsWith("unknown system or workload 'zzz'"), message);
        String near = assertThrows(InputException.class, () -> walls.providerOf("gpt3-175")).getMessage();
        assertTrue(near.contains("did you mean gpt3-175b"), near);
    }

    /** A null kernel is the default one, as Walls.search documents it and as --kernel left out means. */
    @Test
    void aNullKernelIsTheDefaultOne() {
        assertEquals(walls.defaultKernelId(), walls.kernel(null).id());
        TrainingJob job = walls.train("megatron-gpt-1.7b").on("dgx-h100").accelerators(64);
        assertEquals(job.search().best(), job.kernel(null).search().best());
    }

    /** Every result is unmodifiable: a comparison's rows too. */
    @Test
    void theRowsOfAComparisonCannotBeChanged() {
        List<dev.walls.core.compare.Comparison> rows = walls.train("megatron-gpt-1.7b").compare("dgx-h100:64");
        assertEquals(1, rows.size());
        assertThrows(UnsupportedOperationException.class, () -> rows.add(null));
        assertThrows(UnsupportedOperationException.class, () -> rows.remove(0));
    }

    @Test
    void aPinnedFeatureTheStackLacksIsNamed() {
        TrainingJob dojo = walls.train("gpt3-175b").on("dojo-exapod").accelerators(2304);
        String sp = assertThrows(InputException.class, () -> dojo.pin("sp=true").search()).getMessage();
        assertTrue(sp.contains(": the pinned sp=true needs sequence parallelism, which "
                + walls.system("dojo-exapod").software().name() + " does not support"), sp);
        String zero = assertThrows(InputException.class, () -> dojo.pin("zero=3").search()).getMessage();
        assertTrue(zero.contains(": the pinned zero=3 needs ZeRO-3 / FSDP"), zero);
        TrainingJob h100 = walls.train("gpt3-175b").on("dgx-h100").accelerators(1024);
        String inPipeline = assertThrows(InputException.class, () -> h100.pin("zero=3,pp=8").search()).getMessage();
        assertTrue(inPipeline.contains(": the pinned zero=3 with pp>1 needs gradient sharding inside a pipeline"),
                inPipeline);
        // unpinned, the search leaves ZeRO-2 and -3 to layouts without a pipeline
        List<Evaluation> top = h100.pin("zero=3").search(Objective.TIME, 100).top();
        assertEquals(100, top.size());
        for (Evaluation ranked : top) {
            assertEquals(1, ranked.strategy().pp(), ranked.strategy().toString());
        }
    }

    @Test
    void aStackSpecThatShardsInsideAPipelineGetsZeroThreeWithPipelineStages(@TempDir Path temp) throws IOException {
        String example = Files.readString(Path.of("..", "examples", "h100-like-cluster.yaml"));
        assertTrue(example.contains(" zero3,"), "the example lists zero3");
        Path spec = temp.resolve("torchtitan-cluster.yaml");
        Files.writeString(spec, example.replace(" zero3,", " zero3, zero3-with-pipeline,"));
        Strategy best = walls.train("gpt3-175b").on(spec.toString()).accelerators(1024).pin("zero=3,pp=8").search()
                .best().strategy();
        assertEquals(3, best.zeroStage());
        assertEquals(8, best.pp());
    }

    @Test
    void aSystemSpecWritesAsJsonWithItsOptionalParts() {
        String json = Json.write(walls.system("gb200-nvl72"));
        assertTrue(json.contains("\"silicon\": {") && json.contains("\"dieAreaMm2\""), json);
        assertEquals(Json.write(walls.systems()), Json.write(walls.systems()));
    }

    @Test
    void nullArgumentsAreNamed() {
        assertEquals("idOrSpecFile", assertThrows(NullPointerException.class, () -> walls.system(null)).getMessage());
        assertEquals("idOrSpecFile", assertThrows(NullPointerException.class, () -> walls.workload(null)).getMessage());
        assertEquals("csv", assertThrows(NullPointerException.class, () -> walls.validate(null)).getMessage());
        TrainingJob job = walls.train("gpt3-175b");
        assertEquals("a system", assertThrows(NullPointerException.class, () -> job.compare("dgx-h100", null)).getMessage());
        assertEquals("strategy", assertThrows(NullPointerException.class, () -> job.strategy((Strategy) null)).getMessage());
        assertEquals("folder", assertThrows(NullPointerException.class, () -> Walls.builder().pluginPath(null)).getMessage());
        assertEquals("keys", assertThrows(NullPointerException.class, () -> job.pin(null)).getMessage());
        assertEquals("budget", assertThrows(NullPointerException.class,
                () -> dev.walls.core.compare.Sizing.budget(null)).getMessage());
        assertEquals("template", assertThrows(NullPointerException.class, () -> walls.search(walls.system("dgx-h100"),
                walls.workload("gpt3-175b"), null, Objective.TIME, 1, false, null,
                dev.walls.core.search.SearchProgress.NONE)).getMessage());
    }

    @Test
    void aMissingWorkloadOrSystemIsNamed() {
        assertEquals("workload", assertThrows(NullPointerException.class, () -> walls.train((String) null)).getMessage());
        assertEquals("workload", assertThrows(NullPointerException.class, () -> walls.train((Workload) null)).getMessage());
        TrainingJob job = walls.train("gpt3-175b");
        assertEquals("system", assertThrows(NullPointerException.class, () -> job.on((String) null)).getMessage());
        assertEquals("system", assertThrows(NullPointerException.class, () -> job.on((SystemSpec) null)).getMessage());
        assertEquals("no system given: call on(\"gb200-nvl72\") or pass --system",
                assertThrows(InputException.class, job::search).getMessage());
    }
}
