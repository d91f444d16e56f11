package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.core.output.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, run as a user runs it: through the {@code walls} launcher script at the repository
 * root, after the build has packaged the CLI (so the launcher does not rebuild).
 */
class ReadmeCommandIT {

    private static final Path ROOT = Path.of(System.getProperty("walls.repoRoot", ".."));

    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err) {
    }

    private Run walls(String... args) throws IOException, InterruptedException {
        return walls(null, args);
    }

    /** Runs the launcher; with {@code path}, that folder comes first on the PATH (to stand in for {@code java}). */
    private Run walls(Path path, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", ROOT.resolve("walls").toString()));
        cmd.addAll(List.of(args));
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        if (path != null) {
            builder.environment().merge("PATH", path.toString(), (old, first) -> first + java.io.File.pathSeparator + old);
            builder.environment().remove("WALLS_JAVA_OPTS");
        }
        Process p = builder.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("walls did not finish: " + cmd);
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReadmeComparisonRunsThroughTheLauncher() throws Exception {
        Run run = walls("compare", "--workload", "gpt3-175b", "dojo-exapod", "gb200-nvl72:2304", "ai6-cluster:2304", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.err().contains("building the CLI"), "the packaged CLI is reused: " + run.err());
        List<Map<String, Object>> rows = (List<Map<String, Object>>) Json.read(run.out());
        assertEquals(List.of("dojo-exapod", "gb200-nvl72", "ai6-cluster"), rows.stream().map(r -> r.get("system")).toList());
        for (Map<String, Object> r : rows) {
            assertTrue(((String) r.get("verdict")).startsWith(((String) r.get("name")) + ":"), (String) r.get("verdict"));
        }
        Run table = walls("compare", "--workload", "gpt3-175b", "dojo-exapod", "gb200-nvl72:2304", "ai6-cluster:2304");
        assertEquals(0, table.exitCode(), table.err());
        // Results are deterministic, so the README shows exactly what the command prints.
        assertEquals(readmeBlockAfter("gb200-nvl72:2304 ai6-cluster:2304` prints the following"), table.out());
    }

    /** The first fenced block after the README line that contains {@code marker}, with its line ends. */
    private static String readmeBlockAfter(String marker) throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int at = 0;
        while (at < lines.size() && !lines.get(at).contains(marker)) {
            at++;
        }
        while (at < lines.size() && !lines.get(at).equals("```")) {
            at++;
        }
        StringBuilder block = new StringBuilder();
        for (int i = at + 1; i < lines.size() && !lines.get(i).equals("```"); i++) {
            block.append(lines.get(i)).append('\n');
        }
        assertTrue(block.length() > 0, "the README has a block after '" + marker + "'");
        return block.toString();
    }

    @Test
    void oneShotCommandsRunOnTheQuickCompilerAndTheBenchmarkOnTheFullJit() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path java = Files.writeString(bin.resolve("java"), "#!/usr/bin/env bash\necho \"$@\"\n");
        assertTrue(java.toFile().setExecutable(true));
        String search = walls(bin, "--plugin-path", "plugins", "search", "--system", "dgx-h100").out();
        assertTrue(search.startsWith("-XX:TieredStopAtLevel=1 "), search);
        assertTrue(search.contains(" --plugin-path plugins search --system dgx-h100"), search);
        String benchmark = walls(bin, "--assume", "economics.operating.pue=1.3", "--debug", "benchmark").out();
        assertFalse(benchmark.contains("TieredStopAtLevel"), benchmark);
        String assumeLikeCommand = walls(bin, "--assume", "benchmark", "systems").out();
        assertTrue(assumeLikeCommand.contains("TieredStopAtLevel=1"), "an option's value is not the command: " + assumeLikeCommand);
    }

    @Test
    void onAFreshCloneTheLauncherBuildsOnceThenRuns() throws Exception {
        // The launcher alone in an empty checkout, with stand-ins for Maven (which "builds" the CLI) and java.
        Path checkout = Files.createDirectories(temp.resolve("checkout"));
        Files.copy(ROOT.resolve("walls"), checkout.resolve("walls"));
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path log = temp.resolve("mvn.log");
        Path mvn = Files.writeString(bin.resolve("mvn"), "#!/usr/bin/env bash\necho \"$@\" >> " + log
                + "\nmkdir -p cli/target/lib && touch cli/target/walls-cli-0.1.0.jar\n");
        Path javaStub = Files.writeString(bin.resolve("java"), "#!/usr/bin/env bash\necho java \"$@\"\n");
        assertTrue(mvn.toFile().setExecutable(true) && javaStub.toFile().setExecutable(true));
        List<String> cmd = List.of("bash", checkout.resolve("walls").toString(), "systems");
        for (int run = 0; run < 2; run++) {
            ProcessBuilder builder = new ProcessBuilder(cmd).directory(checkout.toFile());
            builder.environment().merge("PATH", bin.toString(), (old, first) -> first + java.io.File.pathSeparator + old);
            builder.environment().remove("WALLS_JAVA_OPTS");
            Process p = builder.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), err);
            assertTrue(out.startsWith("java ") && out.trim().endsWith("-m dev.walls.cli/dev.walls.cli.Main systems"), out);
            assertEquals(run == 0 ? "walls: building the CLI once (mvn -DskipTests package)...\n" : "", err, "run " + run);
        }
        assertEquals(List.of("-q -B -DskipTests package"), Files.readAllLines(log), "Maven ran once");
    }

    @Test
    void aFailedFirstBuildShowsMavensOutputAndStops() throws Exception {
        Path checkout = Files.createDirectories(temp.resolve("broken"));
        Files.copy(ROOT.resolve("walls"), checkout.resolve("walls"));
        Path bin = Files.createDirectories(temp.resolve("failing-bin"));
        Path mvn = Files.writeString(bin.resolve("mvn"), "#!/usr/bin/env bash\necho '[ERROR] COMPILATION ERROR'\nexit 1\n");
        assertTrue(mvn.toFile().setExecutable(true));
        ProcessBuilder builder = new ProcessBuilder("bash", checkout.resolve("walls").toString(), "systems").directory(checkout.toFile());
        builder.environment().merge("PATH", bin.toString(), (old, first) -> first + java.io.File.pathSeparator + old);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.waitFor());
        assertEquals("", out);
        assertTrue(err.contains("[ERROR] COMPILATION ERROR") && err.contains("walls: the build failed"), err);
    }

    @Test
    void aBadSpecThroughTheLauncherIsOneMessageAndExitTwo() throws Exception {
        Path bad = Files.writeString(temp.resolve("bad.yaml"), "id: chip\naccelerators: 8\naccelerator: {name: X, peak: {bf16: 1 TOPS}}\n");
        Run run = walls("describe", bad.toString());
        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.err().startsWith("walls: " + bad + ":"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }
}
