package dev.walls.spi.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The domain checks records run on their figures, at both ends of a range. */
class FigureChecksTest {

    private static final Provenance P = Provenance.vendor("test");

    @Test
    void aFractionExcludesZeroAndIncludesOne() {
        Figure one = Figure.of(1, P);
        assertSame(one, one.requireFraction("yield"));
        Figure.range(1e-9, 0.5, 1, P).requireFraction("yield");
        assertEquals("yield must be a fraction in (0, 1], got 0.0",
                assertThrows(IllegalArgumentException.class, () -> Figure.range(0, 0.5, 0.9, P).requireFraction("yield"))
                        .getMessage());
        assertEquals("yield must be a fraction in (0, 1], got 1.5",
                assertThrows(IllegalArgumentException.class, () -> Figure.range(0.5, 0.9, 1.5, P).requireFraction("yield"))
                        .getMessage());
    }

    @Test
    void aShareIncludesBothEnds() {
        Figure.range(0, 0.5, 1, P).requireShare("share");
        assertEquals("share must be a share in [0, 1], got -0.1",
                assertThrows(IllegalArgumentException.class, () -> Figure.range(-0.1, 0, 0, P).requireShare("share"))
                        .getMessage());
        assertEquals("share must be a share in [0, 1], got 3.0",
                assertThrows(IllegalArgumentException.class, () -> Figure.of(3, P).requireShare("share")).getMessage());
    }

    @Test
    void aWholeOverAPartOfItIsAtLeastOne() {
        Figure one = Figure.of(1, P);
        assertSame(one, one.requireAtLeastOne("pue"));
        Figure.range(1, 1.25, 1.6, P).requireAtLeastOne("pue");
        assertEquals("pue must be at least 1 (a whole over a part it contains), got 0.9",
                assertThrows(IllegalArgumentException.class, () -> Figure.range(0.9, 1.1, 1.2, P).requireAtLeastOne("pue"))
                        .getMessage());
    }

    @Test
    void aCountIsWholeAndFitsAnInt() {
        Figure.range(0, 40, Integer.MAX_VALUE, P).requireCount("dies");
        assertEquals("dies must be a whole count from 0 to 2147483647, got 2.5",
                assertThrows(IllegalArgumentException.class, () -> Figure.range(2, 2.5, 3, P).requireCount("dies"))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> Figure.of(1e12, P).requireCount("dies"));
        assertThrows(IllegalArgumentException.class, () -> Figure.of(-1, P).requireCount("dies"));
    }
}
