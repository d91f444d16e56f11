package dev.walls.cli;

/** The exit codes of {@code walls}: scripts tell a user's mistake from a bug by them. */
public final class ExitCode {

    /** Everything asked for was done. */
    public static final int OK = 0;
    /**
     * walls itself failed (a bug: the message says how to get the stack trace), a plugin did (the message names it), or
     * the output could not be written.
     */
    public static final int INTERNAL_ERROR = 1;
    /** The input was wrong: a bad flag, spec file, id or strategy. Nothing was computed. */
    public static final int INPUT_ERROR = 2;
    /**
     * The command ran, but the result says no: a validation target missed, nothing feasible found, a layout that does
     * not fit memory or that a wall blocks (a die beyond the reticle, a run that outlasts its hardware), a comparison
     * in which no system can run. The answer is printed all the same.
     */
    public static final int NOT_MET = 3;

    private ExitCode() {
    }
}
