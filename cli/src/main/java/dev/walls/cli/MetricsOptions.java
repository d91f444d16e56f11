package dev.walls.cli;

import dev.walls.core.error.InputException;
import dev.walls.core.output.FileReplacement;
import dev.walls.core.output.Formats;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Option;

/** {@code --metrics} and {@code --metrics-file}: counts and timings of the work a command did. */
final class MetricsOptions {

    @Option(names = "--metrics", description = "Print strategies evaluated, rejected per wall and timings at the end (on stderr).")
    boolean print;

    @Option(names = "--metrics-file", paramLabel = "FILE", description = "Also write the metrics as Prometheus text to FILE.")
    Path file;

    @Option(names = "--force", description = "Overwrite an existing --metrics-file.")
    boolean force;

    private PrometheusMeterRegistry registry;

    /** Returns the registry to record in, or null when no metrics were asked for. */
    MeterRegistry registry() {
        if (!print && file == null) {
            return null;
        }
        if (file != null && file.toString().isEmpty()) {
            throw new InputException("--metrics-file: empty path; name a file");
        }
        if (file != null && Files.isDirectory(file)) {
            throw new InputException("--metrics-file " + file + " is a folder; name a file");
        }
        if (file != null && Files.exists(file) && !force) {
            throw new InputException("--metrics-file " + file + " exists; pass --force to overwrite it");
        }
        if (file != null && Files.exists(file) && !isMetricsText(file)) {
            // --force replaces metrics from an earlier run, never a file of the user's: a cases CSV, a spec, stdout
            throw new InputException("--metrics-file " + file + " exists and is not a metrics file walls wrote;"
                    + " --force overwrites only those");
        }
        Path folder = file == null ? null : file.toAbsolutePath().getParent();
        // checked before the work, not after it: a long search should not end in a refusal
        if (folder != null && !Files.isDirectory(folder)) {
            throw new InputException("--metrics-file " + file + ": no such folder " + folder);
        }
        if (folder != null && !Files.isWritable(folder)) {
            throw new InputException("--metrics-file " + file + ": the folder " + folder + " is not writable");
        }
        if (registry == null) {
            registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        }
        return registry;
    }

    /** Prints and writes what was recorded. */
    void report(PrintWriter err) {
        if (registry == null) {
            return;
        }
        if (print) {
            Table t = new Table("metric", "tags", "value");
            List<Meter> meters = new ArrayList<>(registry.getMeters());
            meters.sort(Comparator.comparing((Meter m) -> m.getId().getName()).thenComparing(m -> m.getId().getTags().toString()));
            for (Meter m : meters) {
                String tags = m.getId().getTags().stream().map(x -> x.getKey() + "=" + x.getValue())
                        .reduce((a, b) -> a + "," + b).orElse("");
                if (m instanceof Counter c) {
                    t.row(m.getId().getName(), tags, String.format(Locale.ROOT, "%.0f", c.count()));
                } else if (m instanceof Timer timer) {
                    t.row(m.getId().getName(), tags, timer.count() + " × " + Formats.seconds(timer.mean(TimeUnit.SECONDS))
                            + " (max " + Formats.seconds(timer.max(TimeUnit.SECONDS)) + ")");
                }
            }
            err.print(t);
            err.flush();
        }
        if (file != null) {
            // Without --force the file was absent when the command started; it is created only now, so refuse to
            // clobber one that appeared in the meantime rather than trusting that first look. With it, an earlier
            // metrics file is replaced whole, keeping its permissions.
            byte[] text = registry.scrape().getBytes(StandardCharsets.UTF_8);
            try {
                if (force) {
                    FileReplacement.write(file, text);
                } else {
                    FileReplacement.writeNew(file, text);
                }
            } catch (FileAlreadyExistsException e) {
                throw new InputException("--metrics-file " + file + ": appeared while the command ran; kept it (pass"
                        + " --force to overwrite it)");
            } catch (IOException e) {
                throw new OutputFailure("could not write the metrics file " + file + ": " + reason(e));
            }
        }
    }

    /** An empty regular file, or one whose first line is Prometheus text's: what an earlier --metrics-file wrote. */
    private static boolean isMetricsText(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.findFirst().map(l -> l.startsWith("# HELP ") || l.startsWith("# TYPE ")).orElse(true);
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
