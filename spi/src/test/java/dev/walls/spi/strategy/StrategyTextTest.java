package dev.walls.spi.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A strategy's text form reads back to the same strategy, before and after dp is derived. */
class StrategyTextTest {

    @Test
    void aLayoutWhoseDpIsStillToBeDerivedLeavesDpOutInsteadOfShowingZero() {
        Strategy open = Strategy.parse("tp=1,pp=3");
        assertFalse(open.toString().contains("dp="), open.toString());
        assertEquals(open, Strategy.parse(open.toString()));
    }

    @Test
    void aResolvedLayoutReadsBackEqual() {
        Strategy resolved = Strategy.parse("tp=8,pp=4,recompute=selective,zero=1").resolve(512);
        assertEquals("tp=8,pp=4,dp=16,cp=1,vpp=1,mb=1,recompute=selective,sp=true,zero=1,precision=bf16",
                resolved.toString());
        assertEquals(resolved, Strategy.parse(resolved.toString()));
    }

    @Test
    void dpWrittenAsZeroIsAMistakeWhileDpLeftOutIsDerived() {
        assertEquals("dp must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> Strategy.parse("tp=8,dp=0")).getMessage());
        assertEquals(0, Strategy.parse("tp=8").dp(), "left out: derived from the system later");
    }

    @Test
    void anEmptyPartIsNamedByItsPlace() {
        assertEquals("strategy part 2, after 'tp=8', is empty; write key=value parts separated by single commas",
                assertThrows(IllegalArgumentException.class, () -> Strategy.parse("tp=8, ,pp=2")).getMessage());
        assertEquals(Strategy.DEFAULT, Strategy.parse(" "), "no strategy at all is every default");
    }
}
