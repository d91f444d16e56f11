package dev.walls.core.error;

/**
 * A number walls would show came out as NaN or an infinity: an input passed its checks but is absurd in magnitude,
 * and overflowed on the way. The message names the result and the inputs that feed it; the command line prints it
 * as one line and exits with 2, as for any input mistake.
 *
 * <p>An {@link InputException}, so that a caller that catches input mistakes catches this one too; a hint about the
 * layout (an evaluation with every key at its default) is not added to it, since the layout is not to blame.
 */
public final class NonFiniteResultException extends InputException {

    private static final long serialVersionUID = 1L;

    /**
     * @param problem what is not finite, e.g. {@code the result walls.economics.metrics.runCostUsd is Infinity}
     * @param inputs  the inputs that feed it, e.g. {@code the system 'dgx-h100', the workload 'w' and ...}
     */
    public NonFiniteResultException(String problem, String inputs) {
        super(problem + "; check the magnitudes of what it is computed from: " + inputs);
    }
}
