package dev.walls.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.walls.core.error.NonFiniteResultException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    /** A record as results are: a primitive double among other fields. */
    public record Row(String name, double costUsd) {
    }

    /** A record with derived properties, declared out of name order, as SweepPoint's and Comparison's are. */
    public record Derived(double days, String name) {

        @com.fasterxml.jackson.annotation.JsonProperty("zeta")
        public boolean zeta() {
            return true;
        }

        @com.fasterxml.jackson.annotation.JsonProperty("alpha")
        public double alpha() {
            return days * 2;
        }

        @com.fasterxml.jackson.annotation.JsonProperty
        public String middle() {
            return name;
        }
    }

    /**
     * Components in declaration order, then derived properties by name: Jackson's own order for the latter follows
     * reflection's, which changed from one JVM to the next (a sweep's JSON differed between two runs).
     */
    @Test
    void aRecordsDerivedPropertiesFollowItsComponentsInNameOrder() {
        assertEquals("{\n  \"days\": 1.0,\n  \"name\": \"n\",\n  \"alpha\": 2.0,\n  \"middle\": \"n\",\n"
                + "  \"zeta\": true\n}\n", Json.write(new Derived(1, "n")));
    }

    @Test
    void finiteNumbersAreWrittenAsNumbers() {
        assertEquals("{\n  \"name\": \"a\",\n  \"costUsd\": 1.5\n}\n", Json.write(new Row("a", 1.5)));
    }

    @Test
    void aNumberThatIsNotFiniteIsRefusedWithItsPathNeverWrittenAsAString() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("system", "x");
        result.put("walls", Map.of("economics", List.of(1.0, Double.POSITIVE_INFINITY)));
        NonFiniteResultException e = assertThrows(NonFiniteResultException.class, () -> Json.write(result));
        assertEquals("the result walls.economics[1] is not finite: Infinity; check the magnitudes of what it is computed"
                + " from: the inputs of this command", e.getMessage());
        e = assertThrows(NonFiniteResultException.class, () -> Json.write(List.of(new Row("a", Double.NaN))));
        assertEquals("the result [0].costUsd is not finite: NaN; check the magnitudes of what it is computed from: the"
                + " inputs of this command", e.getMessage());
    }
}
