package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every number a user writes in a spec file, replaced in turn by zero, a negative, a tiny, a huge and a fractional
 * value: walls either answers in finite numbers or refuses the file with one line that names it, exit 2; never an
 * internal error, and never a NaN or infinity in the answer.
 */
class SpecValuesTest {

    /** A number written as a value: after "key: ", "[", ", " or "USD ", up to a unit, a separator or the line's end. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<=(: |\\[|, |USD ))-?[0-9]+(\\.[0-9]+)?(e-?[0-9]+)?(?=[ ,}\\]\\n])");
    private static final String[] VALUES = {"0", "-1", "1e-9", "1e30", "2.5"};

    @Test
    void everyNumberOfTheExampleSystemAtEveryValue(@TempDir Path dir) throws IOException {
        sweep(dir, Path.of("../examples/h100-like-cluster.yaml"), ":64");
    }

    @Test
    void everyNumberOfTheWaferScaleExampleAtEveryValue(@TempDir Path dir) throws IOException {
        sweep(dir, Path.of("../examples/sram-wafer-scale-cluster.yaml"), ":150");
    }

    @Test
    void everyNumberOfTheExampleWorkloadAtEveryValue(@TempDir Path dir) throws IOException {
        sweep(dir, Path.of("../examples/gpt-7b.yaml"), null);
    }

    /** Sweeps a system spec evaluated at {@code size} (":N"), or with {@code size} null a workload spec. */
    private static void sweep(Path dir, Path example, String size) throws IOException {
        boolean system = size != null;
        String text = Files.readString(example);
        Matcher m = NUMBER.matcher(text);
        List<String> problems = new ArrayList<>();
        int numbers = 0;
        while (m.find()) {
            numbers++;
            int line = text.substring(0, m.start()).split("\n", -1).length;
            for (String value : VALUES) {
                Path spec = dir.resolve("line" + line + "-" + m.start() + "-" + value + ".yaml");
                Files.writeString(spec, text.substring(0, m.start()) + value + text.substring(m.end()));
                CliRun run = system
                        ? CliRun.of("compare", "--workload", "llama3-8b", spec + size, "--format", "json")
                        : CliRun.of("compare", "--workload", spec.toString(), "dgx-h100:64", "--format", "json");
                String err = run.err().strip();
                String where = example.getFileName() + " line " + line + ": " + m.group() + " -> " + value;
                // answered: yes (0) or no (3, nothing fits)
                if (run.exitCode() == ExitCode.OK || run.exitCode() == ExitCode.NOT_MET) {
                    if (run.out().contains("NaN") || run.out().contains("Infinity")) {
                        problems.add(where + ": a NaN or infinity in the answer");
                    }
                } else if (run.exitCode() != 2 || !err.startsWith("walls: " + spec) || err.lines().count() != 1) {
                    problems.add(where + ": exit " + run.exitCode() + ", '" + err + "'");
                }
            }
        }
        assertTrue(numbers >= (system ? 20 : 5), "numbers found in " + example + ": " + numbers);
        assertEquals(List.of(), problems);
    }
}
