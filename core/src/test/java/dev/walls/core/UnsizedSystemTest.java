package dev.walls.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link TrainingJob#unsized}: the system a {@code SYSTEM:N} names, as compare, sweep and report read it. */
class UnsizedSystemTest {

    @Test
    void theSizeAfterTheLastColonIsDroppedAndNothingElse() {
        assertEquals("dgx-h100", TrainingJob.unsized("dgx-h100:1024"));
        assertEquals("dgx-h100", TrainingJob.unsized("dgx-h100"));
        assertEquals("specs/my:chip.yaml", TrainingJob.unsized("specs/my:chip.yaml:512"));
        assertEquals("C:\\specs\\x.yaml", TrainingJob.unsized("C:\\specs\\x.yaml"), "a drive letter is not a size");
        assertEquals("spec.yaml:big", TrainingJob.unsized("spec.yaml:big"));
        assertEquals(":64", TrainingJob.unsized(":64"), "no system before the size");
    }
}
