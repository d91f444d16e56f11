package dev.walls.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real launch of the command, {@code java -p <lib>:<classes> -m dev.walls.cli/dev.walls.cli.Main}, as the
 * {@code walls} script does it: the module graph users get, which surefire's class path does not reproduce.
 */
record Launch(int exitCode, String out, String err) {

    static Launch of(String... args) throws IOException, InterruptedException {
        return of(List.of(), args);
    }

    /** A launch with options for the JVM, such as a heap limit, ahead of the module. */
    static Launch of(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        String lib = System.getProperty("walls.modulePath");
        String classes = System.getProperty("walls.classes");
        if (lib == null || classes == null) {
            throw new IllegalStateException("walls.modulePath and walls.classes must be set by the build");
        }
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(javaBin.toString()));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-p", lib + java.io.File.pathSeparator + classes, "-m", "dev.walls.cli/dev.walls.cli.Main"));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("walls-out", ".txt");
        Path err = Files.createTempFile("walls-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("walls did not finish: " + cmd);
            }
            return new Launch(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
