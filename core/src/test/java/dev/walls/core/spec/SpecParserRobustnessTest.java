package dev.walls.core.spec;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mangled spec files — bytes flipped, lines cut, swapped or duplicated, values replaced by junk — must give either a
 * spec or one {@link SpecException} naming the file; never another exception. Seeded, so every failure reproduces.
 */
class SpecParserRobustnessTest {

    private static final String[] JUNK = {"", "-1", "NaN", "1e999", "0", "{", "[", "]", ":", "'", "\"", "null", "~",
            "80 gb", "3 TB", "1,5 GB", "*anchor", "&a", "!!binary x", "\t", "999999999999999999999", "true", "- x"};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void mangledSystemSpecsAreRefusedCleanly(long seed) throws IOException {
        String original = Files.readString(Path.of("..", "examples", "h100-like-cluster.yaml"));
        Random random = new Random(seed);
        for (int i = 0; i < 250; i++) {
            String mangled = mangle(original, random);
            for (boolean json : new boolean[] {false, true}) {
                try {
                    SystemSpecReader.read(SpecParser.parse("case-" + seed + "-" + i + (json ? ".json" : ".yaml"), mangled, json));
                } catch (SpecException e) {
                    assertTrue(e.getMessage().startsWith("case-" + seed + "-" + i), e.getMessage());
                } catch (RuntimeException e) {
                    fail("seed " + seed + " case " + i + " threw " + e + " for:\n" + mangled, e);
                }
            }
        }
    }

    private static String mangle(String text, Random random) {
        String[] lines = text.split("\n", -1);
        int kind = random.nextInt(5);
        int at = random.nextInt(lines.length);
        switch (kind) {
            case 0 -> {
                char[] chars = text.toCharArray();
                for (int k = 0; k < 1 + random.nextInt(4); k++) {
                    chars[random.nextInt(chars.length)] = (char) (32 + random.nextInt(95));
                }
                return new String(chars);
            }
            case 1 -> {
                return text.substring(0, random.nextInt(text.length()));
            }
            case 2 -> {
                int other = random.nextInt(lines.length);
                String t = lines[at];
                lines[at] = lines[other];
                lines[other] = t;
            }
            case 3 -> lines[at] = lines[at] + "\n" + lines[at];
            default -> {
                int colon = lines[at].indexOf(':');
                if (colon > 0) {
                    lines[at] = lines[at].substring(0, colon + 1) + " " + JUNK[random.nextInt(JUNK.length)];
                }
            }
        }
        return String.join("\n", lines);
    }
}
