package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.core.TrainingJob;
import dev.walls.core.Walls;
import dev.walls.core.error.PluginFaultException;
import dev.walls.fixture.FixturePlugin;
import dev.walls.spi.wall.Wall;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wall model from a plugin jar that breaks — throws, returns no verdict, judges another wall, returns a NaN metric —
 * is the plugin's fault, named with its plugin and jar, as a kernel's is: not the user's input, not a bug of walls.
 */
class PluginWallModelFaultTest {

    @TempDir
    static Path temp;

    private static Path jar;

    /** One plugin jar with a packaging wall model per way of breaking, and one that works. */
    @BeforeAll
    static void buildThePlugin() throws IOException {
        String model = """
                package org.example.faulty;

                import dev.walls.spi.kernel.CostTable;
                import dev.walls.spi.model.WallContext;
                import dev.walls.spi.model.WallModel;
                import dev.walls.spi.system.SystemSpec;
                import dev.walls.spi.wall.Wall;
                import dev.walls.spi.wall.WallAssessment;
                import dev.walls.spi.wall.WallStatus;
                import dev.walls.spi.workload.Workload;
                import java.util.Map;

                public final class FaultyModel implements WallModel {
                    private final String mode;
                    public FaultyModel(String mode) { this.mode = mode; }
                    public String id() { return "faulty-" + mode; }
                    public Wall wall() { return Wall.PACKAGING; }
                    public WallAssessment assess(WallContext c) {
                        switch (mode) {
                            case "iae": throw new IllegalArgumentException("index 7 out of range");
                            case "ise": throw new IllegalStateException("model failed");
                            case "null": return null;
                            case "wrong": return new WallAssessment(Wall.MEMORY, WallStatus.OK, 0, 0, "x", Map.of());
                            case "nan": return new WallAssessment(Wall.PACKAGING, WallStatus.OK, 0, 0, "x",
                                    Map.of("score", Double.NaN));
                            default: return new WallAssessment(Wall.PACKAGING, WallStatus.OK, 0, 0,
                                    "packaging assumed perfect", Map.of("score", 1.0));
                        }
                    }
                    public void stage(SystemSpec s, Workload w, CostTable.Builder t) {
                        if (mode.equals("stage")) throw new IllegalArgumentException("stage bug");
                    }
                }
                """;
        String plugin = FixturePlugin.pluginClass("org.example.faulty", "faulty", "faulty-x1", "SpiVersion.CURRENT")
                .replace("public List<SystemSpec> systems() {", "public List<dev.walls.spi.model.WallModel> wallModels() {"
                        + " return List.of(new FaultyModel(\"ok\"), new FaultyModel(\"iae\"), new FaultyModel(\"ise\"),"
                        + " new FaultyModel(\"null\"), new FaultyModel(\"wrong\"), new FaultyModel(\"nan\"),"
                        + " new FaultyModel(\"stage\")); }\n    public List<SystemSpec> systems() {");
        jar = FixturePlugin.module("org.example.faulty")
                .source("org.example.faulty.FixturePlugin", plugin)
                .source("org.example.faulty.FaultyModel", model)
                .jar(temp.resolve("plugins"), "faulty.jar");
    }

    private static TrainingJob job(String mode) {
        TestWalls.withoutBytecodeGeneration();
        Walls walls = Walls.builder().pluginPath(jar.getParent()).wallModel(Wall.PACKAGING, "faulty-" + mode).build();
        assertTrue(walls.pluginFailures().isEmpty(), walls.pluginFailures().toString());
        return walls.train("megatron-gpt-1.7b").on("dgx-h100").accelerators(64);
    }

    private static String named(String mode) {
        return "wall model 'faulty-" + mode + "' of plugin 'faulty' (" + jar + ") ";
    }

    private static final String JUDGING = "judging tp=8,pp=2,dp=4,cp=1,vpp=1,mb=1,recompute=none,sp=true,zero=1,"
            + "precision=bf16 of megatron-gpt-1.7b on 64 × dgx-h100";

    @Test
    void aWorkingPluginModelJudgesItsWallAndIsTheOneTheCallerSees() {
        TrainingJob job = job("ok");
        assertEquals("packaging assumed perfect",
                job.strategy("tp=8,pp=2").evaluate().walls().get(Wall.PACKAGING).finding());
        assertTrue(job.search().best().fits());
        // wallModels() gives the plugin's own model, not walls' guard around it
        Walls walls = Walls.builder().pluginPath(jar.getParent()).wallModel(Wall.PACKAGING, "faulty-ok").build();
        assertEquals("org.example.faulty.FaultyModel", walls.wallModels().get(Wall.PACKAGING).getClass().getName());
    }

    @Test
    void anIllegalArgumentFromAPluginModelIsItsFaultNotTheUsersInput() {
        TrainingJob job = job("iae");
        PluginFaultException e = assertThrows(PluginFaultException.class, () -> job.strategy("tp=8,pp=2").evaluate());
        assertEquals(named("iae") + "failed " + JUDGING + ": java.lang.IllegalArgumentException: index 7 out of range",
                e.getMessage());
        PluginFaultException searched = assertThrows(PluginFaultException.class, job::search);
        assertTrue(searched.getMessage().startsWith(named("iae") + "failed judging tp="), searched.getMessage());
    }

    @Test
    void anyOtherExceptionIsTheModelsFaultToo() {
        PluginFaultException e = assertThrows(PluginFaultException.class, () -> job("ise").strategy("tp=8,pp=2").evaluate());
        assertEquals(named("ise") + "failed " + JUDGING + ": java.lang.IllegalStateException: model failed", e.getMessage());
    }

    @Test
    void aModelThatStagesWithAnExceptionIsNamed() {
        TrainingJob job = job("stage");
        PluginFaultException e = assertThrows(PluginFaultException.class, () -> job.strategy("tp=8,pp=2").evaluate());
        assertEquals(named("stage") + "failed staging its figures for megatron-gpt-1.7b on 64 × dgx-h100: "
                + "java.lang.IllegalArgumentException: stage bug", e.getMessage());
        PluginFaultException searched = assertThrows(PluginFaultException.class, job::search);
        assertTrue(searched.getMessage().startsWith(named("stage") + "failed staging its figures"), searched.getMessage());
    }

    @Test
    void noVerdictAVerdictOnAnotherWallAndANaNMetricAreTheModelsFault() {
        assertEquals(named("null") + "returned no assessment (null) " + JUDGING + "; assess must return a verdict",
                assertThrows(PluginFaultException.class, () -> job("null").strategy("tp=8,pp=2").evaluate()).getMessage());
        assertEquals(named("wrong") + "returned an assessment of the memory wall " + JUDGING
                        + ", not of the packaging wall it models",
                assertThrows(PluginFaultException.class, () -> job("wrong").strategy("tp=8,pp=2").evaluate()).getMessage());
        assertEquals(named("nan") + "returned the metric 'score' = NaN " + JUDGING
                        + "; a wall's metrics must be finite numbers",
                assertThrows(PluginFaultException.class, () -> job("nan").strategy("tp=8,pp=2").evaluate()).getMessage());
    }
}
