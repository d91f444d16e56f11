package dev.walls.spi.workload;

import dev.walls.spi.figure.Provenance;
import java.util.Objects;

/**
 * A training job: a model, the sequences it trains on and how many tokens it sees.
 *
 * @param id                  stable id, e.g. {@code "gpt3-175b"}
 * @param name                human name
 * @param model               the transformer
 * @param sequenceLength      tokens per sequence; positive
 * @param globalBatchSequences sequences per optimizer step; positive
 * @param trainingTokens      tokens of the whole run; positive
 * @param provenance          where the shape and recipe come from
 */
public record Workload(String id, String name, ModelShape model, int sequenceLength, int globalBatchSequences,
                       double trainingTokens, Provenance provenance) {

    public Workload {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(provenance, "provenance");
        if (!id.matches("[a-z0-9][a-z0-9.-]*")) {
            throw new IllegalArgumentException("workload id '" + id + "' must be lower-case letters, digits, dots and dashes");
        }
        if (sequenceLength <= 0) {
            throw new IllegalArgumentException("sequenceLength must be positive, got " + sequenceLength);
        }
        if (globalBatchSequences <= 0) {
            throw new IllegalArgumentException("globalBatchSequences must be positive, got " + globalBatchSequences);
        }
        if (!(trainingTokens > 0) || Double.isInfinite(trainingTokens)) {
            throw new IllegalArgumentException("trainingTokens must be positive and finite, got " + trainingTokens);
        }
    }

    /** Returns the tokens of one optimizer step. */
    public double tokensPerStep() {
        return (double) sequenceLength * globalBatchSequences;
    }

    /** Returns the optimizer steps of the whole run. */
    public double steps() {
        return trainingTokens / tokensPerStep();
    }

    /** Returns a copy with another global batch (the validation rows fix their own). */
    public Workload withGlobalBatch(int sequences) {
        return new Workload(id, name, model, sequenceLength, sequences, trainingTokens, provenance);
    }
}
