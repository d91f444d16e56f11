package dev.walls.spi.figure;

/**
 * A number that must be finite — a cost table entry, a wall's loss, a part of the step or of memory — came out as NaN
 * or an infinity. The code that computed it is rarely wrong: an input far outside anything physical overflowed on
 * the way. The SPI's own checks throw it, so that the host can tell it from a broken rule and name the inputs that
 * feed the number; plugins need not throw it themselves.
 */
public class NonFiniteException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public NonFiniteException(String message) {
        super(message);
    }

    /**
     * Returns {@code value} when it is finite and not negative. A NaN or an infinity is refused with this exception (an
     * input overflowed), a negative value with a plain {@link IllegalArgumentException} (a broken rule).
     *
     * @param what names the number in the message, e.g. {@code step part 'pipeline-bubble'}
     */
    public static double requireFiniteNonNegative(double value, String what) {
        // The message is built only on the way out: every step and memory part of every evaluation passes here.
        if (!Double.isFinite(value)) {
            throw new NonFiniteException(what + " must be finite and not negative, got " + value);
        }
        if (value < 0) {
            throw new IllegalArgumentException(what + " must be finite and not negative, got " + value);
        }
        return value;
    }
}
