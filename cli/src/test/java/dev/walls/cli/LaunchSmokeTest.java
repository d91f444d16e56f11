package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.core.output.Json;
import dev.walls.fixture.FixturePlugin;
import dev.walls.spi.SpiVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Launches walls the way users do — {@code java -p … -m …}, no JVM flags — because Guice fails there in ways
 * surefire's class path hides.
 */
class LaunchSmokeTest {

    @TempDir
    Path temp;

    @Test
    void theRealLaunchLoadsEveryBuiltInPluginOnTheModulePath() throws Exception {
        Launch run = Launch.of("plugins", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        for (String module : new String[] {"dev.walls.standard", "dev.walls.gpus", "dev.walls.zoo", "dev.walls.packaging", "dev.walls.kernel.fast",
                "dev.walls.economics", "dev.walls.hardware.dojo", "dev.walls.hardware.blackwell", "dev.walls.hardware.teslaai"}) {
            assertTrue(run.out().contains("," + module + ","), module + " missing from:\n" + run.out());
        }
        assertFalse(run.out().contains("failed"), run.out());
    }

    @Test
    void aPluginJarDroppedInAFolderAddsASystemWithoutRebuilding() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("plugins"));
        FixturePlugin.module("org.example.chip")
                .source("org.example.chip.FixturePlugin",
                        FixturePlugin.pluginClass("org.example.chip", "example-chip", "example-x1", "SpiVersion.CURRENT"))
                .jar(dir, "example-chip.jar");
        Files.writeString(dir.resolve("broken.jar"), "not a jar");

        Launch systems = Launch.of("--plugin-path", dir.toString(), "systems", "--format", "csv");
        assertEquals(0, systems.exitCode(), systems.err());
        assertTrue(systems.out().contains("example-x1,Fixture X1 cluster,Fixture X1,64,8,8,65536,example-chip"), systems.out());
        assertTrue(systems.err().contains("broken.jar"), "a broken jar is reported: " + systems.err());

        Launch plugins = Launch.of("plugins", "--plugin-path", dir.toString());
        assertTrue(plugins.out().contains("example-chip"), plugins.out());
        // the SPI version the jar was built against, as people read it
        assertTrue(plugins.out().lines().anyMatch(l -> l.startsWith("example-chip ") && l.contains(" " + SpiVersion.CURRENT
                + " ")), plugins.out());
        assertTrue(plugins.out().contains("broken.jar"), plugins.out());

        Launch run = Launch.of("--plugin-path", dir.toString(), "evaluate", "--system", "example-x1", "--accelerators",
                "512", "--workload", "gpt3-175b", "--strategy", "tp=8,pp=8", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        @SuppressWarnings("unchecked")
        Map<String, Object> e = (Map<String, Object>) Json.read(run.out());
        assertEquals("example-x1", e.get("system"));
        assertTrue(CliRun.number(e.get("stepTimeSeconds")) > 0);
    }

    @Test
    void outputIsUtf8WhateverTheLocaleSays() throws Exception {
        // an ASCII default charset, as LC_ALL=C gives: × and – must not become '?'
        Launch run = Launch.of(List.of("-Dfile.encoding=US-ASCII"), "describe", "gb200-nvl72");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(" × "), run.out());
        assertFalse(run.out().contains("?"), run.out());
    }

    @Test
    void aUsersMistakeIsOneLineAndExitCodeTwo() throws Exception {
        Launch run = Launch.of("describe", "no-such-system");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("walls: unknown system 'no-such-system'"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void anExhaustedHeapIsOneLineThatSaysHowToGiveJavaMore() throws Exception {
        Launch run = Launch.of(List.of("-Xmx96m"), "search", "--system", "dgx-h100", "--workload", "gpt3-175b",
                "--top", "10000", "--format", "json", "--quiet");
        assertEquals(ExitCode.INTERNAL_ERROR, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("walls: out of memory: the command needs more than Java's "), run.err());
        assertTrue(run.err().strip().endsWith("rerun with WALLS_JAVA_OPTS=-Xmx2g"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
