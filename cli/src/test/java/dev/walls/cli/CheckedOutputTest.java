package dev.walls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Output the PrintWriter could not write is reported, unless its reader only stopped reading. */
class CheckedOutputTest {

    private static OutputStream failing(String why) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(why);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException(why);
            }
        };
    }

    private static String afterPrinting(CheckedOutput out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        w.println("a result");
        w.flush();
        assertTrue(w.checkError(), "the PrintWriter swallowed the failure");
        return out.failure();
    }

    @Test
    void aFullDiskIsAFailure() {
        assertEquals("No space left on device", afterPrinting(new CheckedOutput(failing("No space left on device"))));
    }

    @Test
    void aReaderThatStoppedReadingIsNot() {
        assertNull(afterPrinting(new CheckedOutput(failing("Broken pipe"))));
    }

    @Test
    void aReaderThatStoppedReadingIsToldApartInTheSystemsOwnWords() throws IOException {
        // the words the operating system uses in this locale (German: "Datenübergabe unterbrochen")
        java.nio.channels.Pipe pipe = java.nio.channels.Pipe.open();
        pipe.source().close();
        String local;
        try (java.nio.channels.Pipe.SinkChannel sink = pipe.sink()) {
            sink.write(java.nio.ByteBuffer.wrap(new byte[] {1}));
            throw new AssertionError("a pipe without a reader took a write");
        } catch (IOException e) {
            local = e.getMessage();
        }
        assertNull(afterPrinting(new CheckedOutput(failing(local))));
        assertTrue(CheckedOutput.isBrokenPipe(local));
        assertTrue(!CheckedOutput.isBrokenPipe("No space left on device"));
    }

    @Test
    void writtenOutputIsNoFailureAndArrivesWhole() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CheckedOutput out = new CheckedOutput(bytes);
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        w.print("× 1,024");
        w.flush();
        assertNull(out.failure());
        assertEquals("× 1,024", bytes.toString(StandardCharsets.UTF_8));
    }
}
