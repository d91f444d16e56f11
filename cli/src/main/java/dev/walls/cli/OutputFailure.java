package dev.walls.cli;

/**
 * A result that was computed but could not be written where the user asked (a metrics file on a full disk): exit 1,
 * as for standard output that cannot be written, in one line and without a stack trace, since the input was fine.
 */
final class OutputFailure extends RuntimeException {

    OutputFailure(String message) {
        super(message);
    }
}
