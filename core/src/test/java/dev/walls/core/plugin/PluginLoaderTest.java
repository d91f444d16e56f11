package dev.walls.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.core.error.InputException;
import dev.walls.fixture.FixturePlugin;
import dev.walls.spi.WallsPlugin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginLoaderTest {

    @TempDir
    Path temp;

    private Path plugins() throws IOException {
        return Files.createDirectories(temp.resolve("plugins"));
    }

    private static FixturePlugin good(String module, String pkg, String pluginId, String systemId) {
        return FixturePlugin.module(module).source(pkg + ".FixturePlugin",
                FixturePlugin.pluginClass(pkg, pluginId, systemId, "SpiVersion.CURRENT"));
    }

    private static PluginSet load(Path folder) {
        return PluginLoader.load(List.of(folder));
    }

    private static List<String> ids(PluginSet set) {
        return set.loaded().stream().map(LoadedPlugin::id).collect(Collectors.toList());
    }

    /** The reason the jar of this file name failed (a failure names the jar by its path). */
    private static String failureOf(PluginSet set, String jar) {
        return set.failures().stream().filter(f -> Path.of(f.source()).getFileName().toString().equals(jar))
                .map(PluginFailure::reason).findFirst()
                .orElseThrow(() -> new AssertionError("no failure reported for " + jar + "; failures: " + set.failures()));
    }

    @Test
    void loadsAPluginJarBuiltAtTestTimeInItsOwnLayer() throws IOException {
        Path dir = plugins();
        good("org.example.fixture", "org.example.fixture", "fixture", "fixture-x1").jar(dir, "fixture.jar");

        PluginSet set = load(dir);

        LoadedPlugin p = set.loaded().stream().filter(l -> l.id().equals("fixture")).findFirst().orElseThrow();
        assertEquals("org.example.fixture", p.module());
        assertEquals(List.of("fixture-x1"), p.systems());
        assertTrue(p.origin().endsWith("fixture.jar"), p.origin());
        assertTrue(set.failures().isEmpty(), set.failures().toString());
        assertTrue(ModuleLayer.boot().findModule("org.example.fixture").isEmpty(), "a plugin jar gets a layer of its own");
    }

    @Test
    void reportsEachBrokenJarByNameAndStillLoadsTheOthers() throws IOException {
        Path dir = plugins();
        good("org.example.good", "org.example.good", "good", "good-x1").jar(dir, "a-good.jar");
        good("org.example.dup", "org.example.dup", "dup", "good-x1").jar(dir, "d-duplicate-system.jar");
        FixturePlugin.module("org.example.thrower")
                .source("org.example.thrower.FixturePlugin",
                        FixturePlugin.pluginClass("org.example.thrower", "thrower", "thrower-x1", "SpiVersion.CURRENT")
                                .replace("public List<SystemSpec> systems() {",
                                        "public List<SystemSpec> systems() { if (true) throw new IllegalStateException(\"no licence server\");"))
                .jar(dir, "e-throwing.jar");
        FixturePlugin.module("org.example.old")
                .source("org.example.old.FixturePlugin",
                        FixturePlugin.pluginClass("org.example.old", "old", "old-x1", "\"0.9\""))
                .jar(dir, "f-old-spi.jar");
        FixturePlugin.module("org.example.split")
                .source("org.example.split.FixturePlugin",
                        FixturePlugin.pluginClass("org.example.split", "split", "split-x1", "SpiVersion.CURRENT"))
                .smuggle("dev.walls.spi.figure.Intruder", "package dev.walls.spi.figure; public class Intruder {}")
                .jar(dir, "g-split-package.jar");
        Files.writeString(dir.resolve("h-not-a-zip.jar"), "this is not a jar");
        good("org.example.shouty", "org.example.shouty", "QA Bad!", "shouty-x1").jar(dir, "i-bad-id.jar");

        PluginSet set = load(dir);

        assertTrue(ids(set).contains("good"), ids(set).toString());
        assertTrue(failureOf(set, "d-duplicate-system.jar").contains("good-x1"));
        assertTrue(failureOf(set, "d-duplicate-system.jar").contains("already defined by plugin 'good'"));
        assertTrue(failureOf(set, "e-throwing.jar").contains("no licence server"));
        assertTrue(failureOf(set, "f-old-spi.jar").contains("SPI 0.9"));
        assertTrue(failureOf(set, "g-split-package.jar").contains("dev.walls.spi.figure"),
                failureOf(set, "g-split-package.jar"));
        assertFalse(failureOf(set, "h-not-a-zip.jar").contains("a library it needs"),
                "a jar that is not a zip is not missing a library: " + failureOf(set, "h-not-a-zip.jar"));
        assertEquals("plugin 'QA Bad!' has an id that is not lower-case letters, digits and dashes",
                failureOf(set, "i-bad-id.jar"));
        assertTrue(!ids(set).contains("dup") && !ids(set).contains("thrower") && !ids(set).contains("old")
                && !ids(set).contains("split"));
    }

    @Test
    void aPluginThatThrowsAnErrorOrReturnsNullIsReportedAndTheOthersStillLoad() throws IOException {
        Path dir = plugins();
        good("org.example.good", "org.example.good", "good", "good-x1").jar(dir, "a-good.jar");
        thrower("org.example.overflow", "throw new StackOverflowError();").jar(dir, "b-overflow.jar");
        thrower("org.example.asserts", "throw new AssertionError(\"a broken invariant\");").jar(dir, "c-assert.jar");
        thrower("org.example.nothing", "return null;").jar(dir, "d-null.jar");

        PluginSet set = load(dir);

        assertEquals(List.of("good"), ids(set).stream().filter(i -> !builtIn(i)).toList());
        assertTrue(failureOf(set, "b-overflow.jar").contains("StackOverflowError"), failureOf(set, "b-overflow.jar"));
        assertTrue(failureOf(set, "c-assert.jar").contains("a broken invariant"), failureOf(set, "c-assert.jar"));
        assertTrue(failureOf(set, "d-null.jar").endsWith("systems() returned null; return an empty list for nothing"),
                failureOf(set, "d-null.jar"));
    }

    @Test
    void theCatalogIsWiredFromWhatThePluginReturnedWhenItWasLoaded() throws IOException {
        Path dir = plugins();
        // A plugin whose second answer differs from its first: the checked ids must be the ones used.
        edited("org.example.fickle", "fickle-x1", "public List<SystemSpec> systems() {",
                "private int calls; public List<SystemSpec> systems() { if (calls++ > 0) "
                        + "throw new IllegalStateException(\"asked twice\");").jar(dir, "fickle.jar");

        PluginSet set = load(dir);

        WallsPlugin fickle = set.plugins().get(ids(set).indexOf("fickle"));
        assertEquals("fickle-x1", fickle.systems().get(0).id());
        assertEquals("fickle-x1", fickle.systems().get(0).id());
    }

    @Test
    void aPluginSystemOfAbsurdMagnitudeIsRefusedAsASpecFileWouldBe() throws IOException {
        Path dir = plugins();
        edited("org.example.tiny", "tiny-x1", "Figure.of(800, p)", "Figure.of(1e-300, p)").jar(dir, "tiny.jar");

        PluginSet set = load(dir);

        assertEquals("plugin 'tiny' defines system 'tiny-x1' whose accelerator.powerWatts 1e-300 W is outside the "
                + "plausible range 0.001 W .. 10 GW", failureOf(set, "tiny.jar"));
    }

    @Test
    void aPluginWorkloadBeyondAnyModelIsRefusedAsASpecFileWouldBe() throws IOException {
        Path dir = plugins();
        String huge = "public List<dev.walls.spi.workload.Workload> workloads() { return List.of(new "
                + "dev.walls.spi.workload.Workload(\"huge\", \"huge\", new dev.walls.spi.workload.ModelShape("
                + "2000000000, 1024, 8, 8, 4096, dev.walls.spi.workload.FfnKind.GELU, 1000), 1024, 64, 1e9, "
                + "Provenance.vendor(\"x\"))); }\n    public List<SystemSpec> systems() {";
        edited("org.example.huge", "huge-x1", "public List<SystemSpec> systems() {", huge).jar(dir, "huge.jar");

        PluginSet set = load(dir);

        assertEquals("plugin 'huge' defines workload 'huge' whose layers 2000000000 is above the 100000 any model could "
                + "need", failureOf(set, "huge.jar"));
    }

    @Test
    void aPluginMemoryOfAbsurdSizeIsRefusedWithItsUnit() throws IOException {
        Path dir = plugins();
        edited("org.example.tinyhbm", "tinyhbm-x1", "Figure.of(96e9, p)", "Figure.of(1e-3, p)").jar(dir, "tinyhbm.jar");

        PluginSet set = load(dir);

        assertEquals("plugin 'tinyhbm' defines system 'tinyhbm-x1' whose accelerator.memory[0].capacityBytes 0.001 B is "
                + "outside the plausible range 1 kB .. 1 EB", failureOf(set, "tinyhbm.jar"));
    }

    /** Two folders may hold jars of one file name: a failure names each jar by its path, not by the name they share. */
    @Test
    void anIdTakenByAJarOfTheSameNameInAnotherFolderNamesBothPaths() throws IOException {
        Path a = Files.createDirectories(temp.resolve("a"));
        Path b = Files.createDirectories(temp.resolve("b"));
        good("org.example.good", "org.example.good", "good", "good-x1").jar(a, "good.jar");
        good("org.example.good", "org.example.good", "good", "good-x1").jar(b, "good.jar");

        PluginSet set = PluginLoader.load(List.of(a, b));

        assertEquals(1, set.failures().size(), set.failures().toString());
        PluginFailure f = set.failures().get(0);
        assertEquals(b.resolve("good.jar").toString(), f.source());
        assertEquals("plugin 'good' has the id of a plugin already loaded from " + a.resolve("good.jar"), f.reason());
    }

    /**
     * An application that embeds walls on the class path (most Maven applications) has no dev.walls.spi module for
     * a plugin's layer to read: its plugins load all the same, each jar by a class loader of its own.
     */
    @Test
    void pluginsLoadWhenTheHostRunsWallsOnTheClassPath() throws IOException, InterruptedException {
        Path dir = plugins();
        good("org.example.good", "org.example.good", "good", "good-x1").jar(dir, "a-good.jar");
        thrower("org.example.thrower", "throw new IllegalStateException(\"no licence server\");").jar(dir, "b-thrower.jar");
        good("org.example.other", "org.example.other", "other", "other-x1").jar(dir, "c-other.jar");

        List<String> lines = onTheClassPath(dir);

        assertEquals(List.of("walls is a named module: false",
                "loaded good from a-good.jar: system good-x1 of 64 Fixture X1",
                "loaded other from c-other.jar: system other-x1 of 64 Fixture X1",
                "failed b-thrower.jar: its plugin org.example.thrower.FixturePlugin failed: no licence server"), lines);
    }

    /** The class-path loading of {@link #pluginsLoadWhenTheHostRunsWallsOnTheClassPath}, run here: each jar alone. */
    @Test
    void onTheClassPathEachBrokenJarIsReportedAndTheOthersStillLoad() throws IOException {
        Path dir = plugins();
        good("org.example.good", "org.example.good", "good", "good-x1").jar(dir, "a-good.jar");
        good("org.example.dup", "org.example.dup", "dup", "good-x1").jar(dir, "d-duplicate-system.jar");
        FixturePlugin.module("org.example.old")
                .source("org.example.old.FixturePlugin",
                        FixturePlugin.pluginClass("org.example.old", "old", "old-x1", "\"0.9\""))
                .jar(dir, "f-old-spi.jar");
        FixturePlugin.module("org.example.split")
                .source("org.example.split.FixturePlugin",
                        FixturePlugin.pluginClass("org.example.split", "split", "split-x1", "SpiVersion.CURRENT"))
                .smuggle("dev.walls.spi.figure.Intruder", "package dev.walls.spi.figure; public class Intruder {}")
                .jar(dir, "g-split-package.jar");
        Files.writeString(dir.resolve("h-not-a-zip.jar"), "this is not a jar");
        FixturePlugin.module("org.example.none")
                .moduleInfo("module org.example.none { requires dev.walls.spi; }\n")
                .source("org.example.none.FixturePlugin",
                        FixturePlugin.pluginClass("org.example.none", "none", "none-x1", "SpiVersion.CURRENT"))
                .jar(dir, "i-provides-nothing.jar");

        PluginSet set = PluginLoader.load(List.of(dir), false);

        LoadedPlugin good = set.loaded().stream().filter(l -> l.id().equals("good")).findFirst().orElseThrow();
        assertEquals(List.of("good-x1"), good.systems());
        assertEquals(dir.resolve("a-good.jar").toString(), good.origin());
        assertEquals("unnamed", good.module(), "on the class path a plugin lives in an unnamed module");
        assertTrue(failureOf(set, "d-duplicate-system.jar").contains("already defined by plugin 'good'"));
        assertTrue(failureOf(set, "f-old-spi.jar").contains("SPI 0.9"), failureOf(set, "f-old-spi.jar"));
        assertEquals("its package dev.walls.spi.figure is one of walls' own; a plugin keeps its classes in packages of "
                + "its own", failureOf(set, "g-split-package.jar"));
        assertTrue(failureOf(set, "h-not-a-zip.jar").startsWith("cannot be read as a module"),
                failureOf(set, "h-not-a-zip.jar"));
        assertTrue(failureOf(set, "i-provides-nothing.jar").startsWith("provides no dev.walls.spi.WallsPlugin"),
                failureOf(set, "i-provides-nothing.jar"));
        assertEquals(5, set.failures().size(), set.failures().toString());
    }

    /** Runs {@link ClassPathHost} on the class path in a JVM of its own and returns the lines it printed. */
    private static List<String> onTheClassPath(Path folder) throws IOException, InterruptedException {
        // the module path this test runs on (walls' classes and libraries), and the test classes, as a class path
        List<String> entries = new java.util.ArrayList<>();
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property, "");
            for (String e : value.split(java.io.File.pathSeparator)) {
                if (!e.isEmpty()) {
                    entries.add(e);
                }
            }
        }
        entries.add(Path.of("target", "test-classes").toAbsolutePath().toString());
        Path out = Files.createTempFile("class-path-host", ".txt");
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", String.join(java.io.File.pathSeparator, entries), ClassPathHost.class.getName(),
                    folder.toString()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the class-path host did not finish");
            }
            List<String> lines = Files.readAllLines(out);
            assertEquals(0, p.exitValue(), String.join("\n", lines));
            return lines;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    @Test
    void aFolderNamedTwiceIsLoadedOnce() throws IOException {
        Path dir = plugins();
        good("org.example.good", "org.example.good", "good", "good-x1").jar(dir, "good.jar");

        PluginSet set = PluginLoader.load(List.of(dir, dir.resolve("..").resolve(dir.getFileName())));

        assertTrue(set.failures().isEmpty(), set.failures().toString());
        assertEquals(1, ids(set).stream().filter("good"::equals).count());
    }

    /** A plugin whose systems() runs {@code statement} first. */
    private static FixturePlugin thrower(String module, String statement) {
        return edited(module, "x-" + module.hashCode(), "public List<SystemSpec> systems() {",
                "public List<SystemSpec> systems() { if (true) " + statement);
    }

    /** The fixture plugin of a module (its id the module's last name), with one piece of its source replaced. */
    private static FixturePlugin edited(String module, String systemId, String from, String to) {
        String id = module.substring(module.lastIndexOf('.') + 1);
        return FixturePlugin.module(module).source(module + ".FixturePlugin",
                FixturePlugin.pluginClass(module, id, systemId, "SpiVersion.CURRENT").replace(from, to));
    }

    private static boolean builtIn(String id) {
        return PluginLoader.load(List.of()).loaded().stream().anyMatch(l -> l.id().equals(id));
    }

    @Test
    void reportsAPluginThatRequiresAModuleNobodyHas() throws IOException {
        Path dir = plugins();
        // Compile against a module that exists at build time, then ship the jar without it.
        Path libs = temp.resolve("libs");
        FixturePlugin.module("com.example.nowhere")
                .moduleInfo("module com.example.nowhere { exports com.example.nowhere; }\n")
                .source("com.example.nowhere.Thing", "package com.example.nowhere; public class Thing {}")
                .jar(libs, "nowhere.jar");
        FixturePlugin.module("org.example.orphan")
                .moduleInfo("module org.example.orphan {\n requires dev.walls.spi;\n requires com.example.nowhere;\n"
                        + " provides dev.walls.spi.WallsPlugin with org.example.orphan.FixturePlugin;\n}\n")
                .source("org.example.orphan.FixturePlugin",
                        FixturePlugin.pluginClass("org.example.orphan", "orphan", "orphan-x1", "SpiVersion.CURRENT"))
                .extraModulePath(libs.resolve("nowhere.jar"))
                .jar(dir, "orphan.jar");
        good("org.example.fine", "org.example.fine", "fine", "fine-x1").jar(dir, "fine.jar");

        PluginSet set = load(dir);

        assertTrue(failureOf(set, "orphan.jar").contains("com.example.nowhere"), failureOf(set, "orphan.jar"));
        assertTrue(failureOf(set, "orphan.jar").endsWith("each plugin jar is loaded alone, so a library it needs goes "
                + "inside its jar"), failureOf(set, "orphan.jar"));
        assertTrue(ids(set).contains("fine"));
    }

    @Test
    void aMissingPluginFolderIsTheUsersMistake() {
        InputException e = assertThrows(InputException.class, () -> load(temp.resolve("nope")));
        assertTrue(e.getMessage().contains("no such directory"), e.getMessage());
    }

    @Test
    void loadOrderIsDeterministic() throws IOException {
        Path dir = plugins();
        good("org.example.zz", "org.example.zz", "zz", "zz-x1").jar(dir, "z.jar");
        good("org.example.aa", "org.example.aa", "aa", "aa-x1").jar(dir, "a.jar");
        List<String> first = ids(load(dir));
        List<String> second = ids(load(dir));
        assertEquals(first, second);
        assertTrue(first.contains("aa") && first.indexOf("aa") < first.indexOf("zz"), "jars load in file-name order: " + first);
    }
}
