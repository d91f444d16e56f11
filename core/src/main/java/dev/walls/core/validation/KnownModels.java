package dev.walls.core.validation;

import dev.walls.spi.workload.ModelShape;
import dev.walls.spi.workload.Workload;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What a cases row cannot say about its model: whether the output layer is tied to the embedding, and whether it
 * trains with dropout. A row whose shape is that of a known workload (Llama 3.1 70B, Nemotron-4 15B) takes that
 * workload's output layer and dropout; any other shape is left as it is (tied, with dropout).
 */
public final class KnownModels {

    private KnownModels() {
    }

    /** Returns the lookup over these workloads' models. */
    public static UnaryOperator<ModelShape> of(Collection<Workload> workloads) {
        List<ModelShape> known = workloads.stream().map(Workload::model).toList();
        return shape -> {
            ModelShape tied = shape.withTiedEmbeddings(true).withDropout(true);
            return known.stream().filter(m -> m.withTiedEmbeddings(true).withDropout(true).equals(tied)).findFirst()
                    .orElse(shape);
        };
    }
}
