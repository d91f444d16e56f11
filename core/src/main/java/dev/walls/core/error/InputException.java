package dev.walls.core.error;

/**
 * A mistake in what the user gave walls: a spec file, an id, a strategy, a plugin folder. Its message is
 * one sentence meant for the user; the command line prints it without a stack trace and exits with 2.
 */
public class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
