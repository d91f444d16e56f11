package dev.walls.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScaleTest {

    @Test
    void anAxisTurnsLogarithmicOnlyWhenTheBarsSpanMoreThanTwentyTimes() {
        assertFalse(Scale.of(List.of(1.0, 20.0), List.of()).log(), "20× reads on a linear axis");
        assertTrue(Scale.of(List.of(1.0, 20.01), List.of()).log());
        assertTrue(Scale.of(List.of(1.1, 58.1, 3.3), List.of()).log());
        // the whiskers' ends do not decide it, only the bars do
        assertFalse(Scale.of(List.of(1.1, 3.3), List.of(0.69, 22.7)).log());
        assertEquals("days to train (log scale: the values span 53×)",
                Scale.of(List.of(1.1, 58.1), List.of()).label("days to train"));
        assertEquals("days to train", Scale.of(List.of(1.1, 3.3), List.of()).label("days to train"));
    }

    @Test
    void oneValueZeroOrOneNobodyCanStateKeepALinearAxis() {
        assertFalse(Scale.of(List.of(5.0), List.of()).log());
        assertFalse(Scale.of(List.of(0.0, 100.0), List.of()).log(), "no log of zero");
        assertFalse(Scale.of(List.of(Double.NaN, 1.0, 2.0), List.of()).log());
        assertTrue(Scale.of(List.of(Double.NaN, 1.0, 200.0), List.of()).log(), "a value nobody can state is left out");
        Scale none = Scale.of(List.of(Double.NaN), List.of());
        assertEquals(0, none.min());
        assertTrue(none.max() > 0);
    }

    @Test
    void aLogAxisRunsFromPowerToPowerOfTenAroundEveryEnd() {
        Scale s = Scale.of(List.of(1.1, 58.1), List.of(0.69, 197.2));
        assertEquals(0.1, s.min());
        assertEquals(1000, s.max());
        assertEquals(List.of(0.1, 1.0, 10.0, 100.0, 1000.0), s.ticks());
        assertEquals(0, s.fraction(0.1));
        assertEquals(0.5, s.fraction(10), 1e-12);
        assertEquals(1, s.fraction(5000), "clamped");
        Scale narrow = Scale.of(List.of(2.0, 50.0), List.of());
        assertEquals(List.of(1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0), narrow.ticks(), "2 and 5 within one or two decades");
    }

    @Test
    void aLinearAxisRunsFromZeroToARoundValueInRoundSteps() {
        Scale s = Scale.of(List.of(0.296, 0.591), List.of());
        assertEquals(List.of(0.0, 0.2, 0.4, 0.6), s.ticks(), "no 0.6000000000000001");
        Scale days = Scale.of(List.of(1.1, 3.3), List.of(0.69, 22.7));
        assertEquals(0, days.min());
        assertEquals(25, days.max());
        assertEquals(List.of(0.0, 5.0, 10.0, 15.0, 20.0, 25.0), days.ticks());
    }
}
