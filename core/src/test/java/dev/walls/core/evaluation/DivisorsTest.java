package dev.walls.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DivisorsTest {

    @Test
    void divisorsAreSortedAndComplete() {
        assertEquals(List.of(1, 2, 3, 4, 6, 12), Divisors.of(12));
        assertEquals(List.of(1, 7), Divisors.of(7));
        assertEquals(List.of(1), Divisors.of(1));
        assertEquals(List.of(1, 2, 4, 8, 16), Divisors.of(16), "a square's root appears once");
    }

    @Test
    void aRefusalListsThemInOrder() {
        assertEquals("1, 2, 3, 6, 7, 9, 14, 18, 21, 42, 63, 126", Divisors.listed(126));
    }
}
