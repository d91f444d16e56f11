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

}
