package dev.walls.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ValidationErrorTest {

    @Test
    void theErrorIsTheRelativeDifferenceInPercent() {
        assertEquals(10, ValidationCase.errorPercent(1.1, 1.0), 1e-12);
        assertEquals(-50, ValidationCase.errorPercent(1.0, 2.0), 1e-12);
    }

    @Test
    void aMeasuredTimeOfAbsurdMagnitudeIsMissedByAHundredPercentNotByInfinity() {
        assertEquals(-100, ValidationCase.errorPercent(3.47, 1e308));
        assertEquals(-100, ValidationCase.errorPercent(Double.MIN_VALUE, Double.MAX_VALUE));
    }
}
