package dev.walls.zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.spi.workload.FfnKind;
import dev.walls.spi.workload.Workload;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ModelZooPluginTest {

    private final Map<String, Workload> zoo = new ModelZooPlugin().workloads().stream()
            .collect(Collectors.toMap(Workload::id, Function.identity()));

    @ParameterizedTest
    @CsvSource({
            // id, parameters the papers name (billions), tolerance: norms and biases are not counted
            "gpt3-175b, 174.6, 0.01",
            "megatron-gpt-1.7b, 1.7, 0.06",
            "megatron-gpt-39b, 39.1, 0.02",
            "megatron-gpt-530b, 529.6, 0.01",
            "megatron-gpt-1t, 1008, 0.01",
            "llama3-8b, 8.0, 0.06",
            "llama3-70b, 70.6, 0.02",
            "llama3-405b, 405.8, 0.01",
            "nemotron4-15b, 15.7, 0.06",
            "nemotron4-340b, 341.0, 0.02",
            "megatron-core-gpt-1.7b, 1.7, 0.04",
            "megatron-core-gpt-7.1b, 7.1, 0.02",
            "megatron-core-gpt-16b, 16, 0.02",
            "megatron-core-gpt-462b, 462, 0.01"})
    void shapesReproduceThePublishedParameterCounts(String id, double billions, double tolerance) {
        Workload w = zoo.get(id);
        assertTrue(w != null, "missing " + id);
        assertEquals(billions, w.model().matmulParameters() / 1e9, billions * tolerance, id);
    }

    @Test
    void llama3AndNemotron4HaveAnOutputLayerOfTheirOwnAndGpt3ReusesItsEmbedding() {
        for (String id : new String[] {"llama3-8b", "llama3.1-70b", "llama3-405b", "nemotron4-15b", "nemotron4-340b",
                "megatron-core-gpt-1.7b"}) {
            assertEquals(2, zoo.get(id).model().embeddingMatrices(), id);
            assertTrue(zoo.get(id).provenance().note().contains("output layer untied"), id);
        }
        for (String id : new String[] {"gpt3-175b", "megatron-gpt-1.7b", "megatron-gpt-1t"}) {
            assertEquals(1, zoo.get(id).model().embeddingMatrices(), id);
        }
    }

    @Test
    void gpt3IsTheBriefsRecipe() {
        Workload w = zoo.get("gpt3-175b");
        assertEquals(96, w.model().layers());
        assertEquals(12288, w.model().hidden());
        assertEquals(49152, w.model().ffnHidden());
        assertEquals(FfnKind.GELU, w.model().ffnKind());
        assertEquals(2048 * 1536, w.tokensPerStep(), 0);
        assertEquals(300e9, w.trainingTokens());
    }

    @Test
    void llama3TrainsOnSixteenMillionTokenBatchesOfEightKTokens() {
        Workload w = zoo.get("llama3-405b");
        assertEquals(8192, w.sequenceLength());
        assertEquals(16.0, w.tokensPerStep() / 1024 / 1024, 0.01);
        assertEquals(15.6e12, w.trainingTokens());
        assertEquals(8, w.model().kvHeads());
        assertEquals(FfnKind.SWIGLU, w.model().ffnKind());
        assertTrue(zoo.containsKey("llama3.1-8b") && zoo.containsKey("llama3.1-70b") && zoo.containsKey("llama3.1-405b"));
    }

    @Test
    void everyWorkloadCitesItsSource() {
        for (Workload w : zoo.values()) {
            assertTrue(!w.provenance().source().isBlank(), w.id());
        }
        assertEquals(RELU2_NEMOTRONS, zoo.values().stream().filter(w -> w.model().ffnKind() == FfnKind.RELU2).count());
    }

    private static final long RELU2_NEMOTRONS = 2;
}
