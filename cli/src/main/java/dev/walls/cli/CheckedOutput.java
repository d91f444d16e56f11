package dev.walls.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that remembers why a write failed. A {@link java.io.PrintWriter} swallows the error, so a full disk
 * ({@code walls compare ... > /dev/full}) would pass for a finished command; a reader that stopped reading
 * ({@code walls ... | head}) is no failure of the command, and is told apart.
 */
final class CheckedOutput extends FilterOutputStream {

    private IOException failure;

    CheckedOutput(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw remember(e);
        }
    }

    private IOException remember(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /** Why the output could not be written, or null when it was, or when its reader only stopped reading. */
    String failure() {
        if (failure == null || isBrokenPipe(failure.getMessage())) {
            return null;
        }
        return failure.getMessage() != null ? failure.getMessage() : failure.toString();
    }

    /**
     * Whether a write failed because the reader went away. The operating system words that in the user's language
     * ("Datenübergabe unterbrochen (broken pipe)"), so the words to look for are taken from a pipe of our own whose
     * reader is closed, as well as the English ones.
     */
    static boolean isBrokenPipe(String message) {
        if (message == null) {
            return false;
        }
        if (message.contains("Broken pipe")) {
            return true;
        }
        String local = localBrokenPipe();
        return local != null && message.contains(local);
    }

    private static String localBrokenPipe() {
        try {
            java.nio.channels.Pipe pipe = java.nio.channels.Pipe.open();
            pipe.source().close();
            try (java.nio.channels.Pipe.SinkChannel sink = pipe.sink()) {
                sink.write(java.nio.ByteBuffer.wrap(new byte[] {0}));
            }
        } catch (IOException e) {
            return e.getMessage();
        }
        return null;
    }
}
