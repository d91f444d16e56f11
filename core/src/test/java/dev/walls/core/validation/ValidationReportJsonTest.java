package dev.walls.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationReportJsonTest {

    @Test
    void jacksonWritesCasesAndSummariesByComponentName() throws Exception {
        ValidationCase c = new ValidationCase("KOR22-T5-22B-full", "KOR22", "dgx-a100-80gb", 8, 1.5, 1.42,
                100 * (1.5 - 1.42) / 1.42, "tp=8", Map.of("precision", "bf16"), 0.4, "software", 5e10, true,
                Map.of("ideal", 1.0), "software", 8e10);
        ValidationSummary s = ValidationSummary.of(List.of(c));
        ValidationReport r = new ValidationReport("public.csv", List.of(c), s, Map.of("KOR22", s),
                Map.of("dgx-a100-80gb", s));
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(r));
        JsonNode first = json.get("cases").get(0);
        assertEquals("KOR22-T5-22B-full", first.get("id").asText());
        assertEquals(1.5, first.get("predictedSeconds").asDouble());
        assertEquals(1.42, first.get("measuredSeconds").asDouble());
        assertEquals(c.errorPercent(), first.get("errorPercent").asDouble(), 1e-12);
        assertEquals("software", first.get("slowestWall").asText());
        assertTrue(first.get("fits").asBoolean());
        assertEquals(8e10, first.get("memoryCapacityBytes").asDouble());
        assertTrue(first.has("cannotHaveRun") && !first.get("cannotHaveRun").asBoolean());
        assertEquals(1, json.get("summary").get("count").asInt());
        assertEquals(Math.abs(c.errorPercent()), json.get("summary").get("mape").asDouble(), 1e-12);
        assertEquals(Math.abs(c.errorPercent()), json.get("summary").get("maxAbsErrorPercent").asDouble(), 1e-12);
        assertTrue(json.get("bySource").has("KOR22") && json.get("bySystem").has("dgx-a100-80gb"));
    }
}
