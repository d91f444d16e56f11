package dev.walls.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FiniteResultsTest {

    public record Part(String detail, double seconds) {
    }

    public record Result(double stepSeconds, List<Part> parts, Map<String, Double> metrics, Optional<Part> extra) {
    }

    @Test
    void findsTheFirstNumberThatIsNotFiniteWithItsPath() {
        Result r = new Result(1, List.of(new Part("ok", 2), new Part("ok", Double.NEGATIVE_INFINITY)), Map.of(),
                Optional.empty());
        assertEquals(Optional.of(new FiniteResults.Found("parts[1].seconds", "-Infinity")), FiniteResults.firstNonFinite(r));
        r = new Result(1, List.of(), Map.of("costUsd", Double.NaN), Optional.empty());
        assertEquals(Optional.of(new FiniteResults.Found("metrics.costUsd", "NaN")), FiniteResults.firstNonFinite(r));
    }

    @Test
    void readsTextOnlyWhenAskedSinceAFileNameMayHoldTheWord() {
        Result r = new Result(1, List.of(), Map.of(), Optional.of(new Part("costs NaN s", 1)));
        assertEquals(Optional.empty(), FiniteResults.firstNonFinite(r));
        assertEquals(Optional.of(new FiniteResults.Found("extra.detail", "'costs NaN s'")),
                FiniteResults.firstNonFiniteWithText(r));
        assertEquals(Optional.empty(), FiniteResults.firstNonFiniteWithText(new Part("InfiniBand at 400 Gb/s", 1)));
    }
}
