package dev.walls.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ValidationSummaryTest {

    private static ValidationCase withError(int i, double errorPercent) {
        return new ValidationCase("c" + i, "S", "sys", 8, 1, 1, errorPercent, "tp=1", Map.of(), 0.4, "memory", 1, true,
                Map.of(), "memory", 8e10);
    }

    @Test
    void theSummaryDoesNotDependOnTheOrderOfTheCases() {
        Random r = new Random(7);
        List<ValidationCase> cases = new ArrayList<>();
        for (int i = 0; i < 104; i++) {
            // errors with many significant digits, as predictions give, so that the order of a sum shows in its bits
            cases.add(withError(i, (r.nextDouble() - 0.5) * 24 + r.nextDouble() * 1e-7));
        }
        ValidationSummary first = ValidationSummary.of(cases);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(cases, r);
            assertEquals(first, ValidationSummary.of(cases), "round " + round);
        }
    }
}
