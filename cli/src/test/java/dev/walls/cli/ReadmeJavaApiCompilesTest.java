package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java API block, compiled as written against the modules under test: {@link JavaApiExampleTest} runs a
 * copy of it, which a slip in the README itself (two locals of one name) did not reach.
 */
class ReadmeJavaApiCompilesTest {

    private static final Path ROOT = Path.of(System.getProperty("walls.repoRoot", ".."));

    /** The packages the block's types come from: what a reader imports to run it. */
    private static final List<String> IMPORTS = List.of("dev.walls.core.*", "dev.walls.core.compare.*",
            "dev.walls.core.report.*", "dev.walls.core.search.*", "dev.walls.core.sweep.*",
            "dev.walls.core.validation.*", "dev.walls.spi.result.*", "java.nio.file.*", "java.util.List");

    @TempDir
    Path temp;

    @Test
    void theReadmesJavaBlockCompiles() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("```java\n");
        assertTrue(start >= 0, "the README has a Java block");
        String block = readme.substring(start + "```java\n".length(), readme.indexOf("\n```", start));
        StringBuilder source = new StringBuilder();
        IMPORTS.forEach(i -> source.append("import ").append(i).append(";\n"));
        source.append("class ReadmeBlock {\n    static void run() throws Exception {\n").append(block)
                .append("\n    }\n}\n");
        Path file = temp.resolve("ReadmeBlock.java");
        Files.writeString(file, source);

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "javac").toString(), "-d",
                temp.resolve("out").toString(), "-proc:none"));
        String modules = System.getProperty("jdk.module.path", "");
        if (!modules.isEmpty()) {
            command.addAll(List.of("--module-path", modules, "--add-modules", "ALL-MODULE-PATH"));
        }
        command.addAll(List.of("-classpath", System.getProperty("java.class.path", "") + File.pathSeparator,
                file.toString()));
        Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(javac.waitFor(120, TimeUnit.SECONDS), "javac finished");
        assertEquals(0, javac.exitValue(), "the README's Java block does not compile:\n" + output + "\n" + source);
    }
}
