package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.core.search.SearchProgress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The search's progress bar: silent for the first second, then counting from where the search stood. */
class ProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong now = new AtomicLong(1_000);

    @Test
    void aSearchShorterThanASecondDrawsNothing() {
        try (Progress p = new Progress(true, err, now::get)) {
            p.listener().update(10, 1_000);
            now.addAndGet(999_000_000L);
            p.listener().update(999, 1_000);
        }
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theBarAppearsAfterASecondAndCountsThatSecondAsElapsed() {
        try (Progress p = new Progress(true, err, now::get)) {
            p.listener().update(100_000, 4_000_000);
            now.addAndGet(2_000_000_000L);
            p.listener().update(1_000_000, 4_000_000);
            p.listener().update(4_000_000, 4_000_000);
        }
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        String last = drawn.substring(drawn.lastIndexOf('\r') + 1);
        assertTrue(last.startsWith("layouts 100% ["), drawn);
        assertTrue(last.contains("] 4000000/4000000 (0:00:02 / 0:00:00) "), "two seconds had passed when it appeared: " + last);
        // the library shows the speed once a second of its own has passed, as "?/s" before
        assertTrue(last.matches("(?s).* ([0-9,]+|\\?)/s\\s*"), "the speed in layouts per second: " + last);
    }

    @Test
    void compareSearchesOneSystemAfterAnotherAndTheBarNeverStepsBack() {
        try (Progress p = new Progress(true, err, now::get)) {
            now.addAndGet(2_000_000_000L);
            p.listener().update(300, 1_000);
            p.listener().update(1_000, 1_000);
            // the next system's search starts from zero with its own total
            p.listener().update(12, 3_000);
            p.listener().update(3_000, 3_000);
        }
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        String last = drawn.substring(drawn.lastIndexOf('\r') + 1);
        assertTrue(last.contains("] 4000/4000 "), "both searches' layouts: " + last);
        assertTrue(!drawn.contains("-"), "no negative count, speed or ETA: " + drawn);
    }

    @Test
    void quietOrNoTerminalListensToNothing() {
        assertSame(SearchProgress.NONE, new Progress(false, err, now::get).listener());
        assertSame(SearchProgress.NONE, Progress.forTerminal(true).listener());
    }
}
