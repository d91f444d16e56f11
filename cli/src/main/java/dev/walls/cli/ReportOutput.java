package dev.walls.cli;

import dev.walls.core.TrainingJob;
import dev.walls.core.error.InputException;
import dev.walls.core.output.FileReplacement;
import dev.walls.core.report.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where {@code walls report --output} writes its page, checked before the comparison runs, so that a long run never
 * ends in a refusal: an existing file is kept unless {@code --force}, and even then only a report walls wrote is
 * replaced, never a file of the user's (a spec, a cases CSV, a page written by hand); a file the command reads is never
 * the output; the folder must exist and be writable. {@code -} writes to standard output.
 */
final class ReportOutput {

    /** Where to look for the generator tag of a report walls wrote: its head, in the first lines. */
    private static final int HEAD_BYTES = 4096;

    private final String given;
    private final Path file;
    private final boolean force;

    private ReportOutput(String given, Path file, boolean force) {
        this.given = given;
        this.file = file;
        this.force = force;
    }

    /**
     * Checks {@code --output} before any work.
     *
     * @param output what the user gave: a file, or {@code -} for standard output
     * @param force  whether an existing report may be replaced
     * @param inputs the workload and systems as given (ids or spec files, systems with an optional {@code :N})
     * @throws InputException naming the flag and what is wrong
     */
    static ReportOutput check(String output, boolean force, List<String> inputs) {
        if (output.isEmpty()) {
            throw new InputException("--output: empty path; name a file such as walls-report.html, or - for standard output");
        }
        if (output.equals("-")) {
            return new ReportOutput(output, null, force);
        }
        Path file = Path.of(output);
        if (Files.isDirectory(file)) {
            throw new InputException("--output " + output + " is a folder; name a file such as "
                    + file.resolve("walls-report.html"));
        }
        for (String input : inputs) {
            if (sameFile(file, input) || sameFile(file, TrainingJob.unsized(input))) {
                throw new InputException("--output " + output + " is an input of this command (" + input
                        + "); name another file for the report");
            }
        }
        if (Files.exists(file)) {
            if (!force) {
                throw new InputException("--output " + output + " exists; pass --force to replace it");
            }
            if (!isReport(file)) {
                throw new InputException("--output " + output + " exists and is not a report walls wrote; --force"
                        + " replaces only those");
            }
            if (!Files.isWritable(file)) {
                throw new InputException("--output " + output + " is read-only; kept it");
            }
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new InputException("--output " + output + ": no such folder " + folder);
        }
        if (folder != null && !Files.isWritable(folder)) {
            throw new InputException("--output " + output + ": the folder " + folder + " is not writable");
        }
        return new ReportOutput(output, file, force);
    }

    /** Whether the page goes to standard output. */
    boolean toStandardOutput() {
        return file == null;
    }

    /** Where it goes, as the user wrote it. */
    String given() {
        return given;
    }

    /**
     * Writes the page and returns its size in bytes. A file is written whole or not at all: a new one is created only
     * now (one that appeared meanwhile is kept), and a report that is replaced is replaced in one rename, keeping its
     * permissions.
     *
     * @throws InputException when a file appeared at the path while the command ran
     * @throws OutputFailure  when the file cannot be written (exit 1: the input was fine)
     */
    long write(String html, PrintWriter stdout) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        if (file == null) {
            stdout.print(html);
            stdout.flush();
            return bytes.length;
        }
        if (!force || !Files.exists(file)) {
            try {
                FileReplacement.writeNew(file, bytes);
            } catch (FileAlreadyExistsException e) {
                throw new InputException("--output " + given + ": appeared while the command ran; kept it"
                        + (force ? "" : " (pass --force to replace a report walls wrote)"));
            } catch (IOException e) {
                throw new OutputFailure("could not write the report " + given + ": " + reason(e));
            }
            return bytes.length;
        }
        try {
            FileReplacement.write(file, bytes);
            return bytes.length;
        } catch (IOException e) {
            throw new OutputFailure("could not write the report " + given + ": " + reason(e));
        }
    }

    private static boolean sameFile(Path output, String input) {
        try {
            Path in = Path.of(input);
            return Files.exists(output) && Files.exists(in) ? Files.isSameFile(output, in)
                    : output.toAbsolutePath().normalize().equals(in.toAbsolutePath().normalize());
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** An empty file, or one whose head carries the generator tag of a page walls wrote. */
    private static boolean isReport(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (var in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
            return head.isEmpty() || head.contains("<meta name=\"generator\" content=\"" + Report.GENERATOR + " ");
        } catch (IOException e) {
            return false;
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
