package dev.walls.spi.workload;

import java.util.Objects;

/**
 * The shape of a dense decoder-only transformer.
 *
 * @param layers    transformer layers; positive
 * @param hidden    model width h; positive, a multiple of {@code heads}
 * @param heads     query heads; positive
 * @param kvHeads   key/value heads (fewer than {@code heads} for grouped-query attention); divides {@code heads}
 * @param ffnHidden MLP inner width f; positive
 * @param ffnKind   MLP kind
 * @param vocab     vocabulary size; positive
 */
public record ModelShape(int layers, int hidden, int heads, int kvHeads, int ffnHidden, FfnKind ffnKind, int vocab) {

    public ModelShape {
        Objects.requireNonNull(ffnKind, "ffnKind");
        requirePositive(layers, "layers");
        requirePositive(hidden, "hidden");
        requirePositive(heads, "heads");
        requirePositive(kvHeads, "kvHeads");
        requirePositive(ffnHidden, "ffnHidden");
        requirePositive(vocab, "vocab");
        if (hidden % heads != 0) {
            throw new IllegalArgumentException("hidden (" + hidden + ") must be a multiple of heads (" + heads + ")");
        }
        if (heads % kvHeads != 0) {
            throw new IllegalArgumentException("kvHeads (" + kvHeads + ") must divide heads (" + heads + ")");
        }
    }

    private static void requirePositive(int value, String field) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be positive, got " + value);
        }
    }

    /** Returns the width of one attention head. */
    public int headDim() {
        return hidden / heads;
    }

    /** Returns the parameters of the weight matrices (attention, MLP, one embedding matrix), excluding norms and biases. */
    public double matmulParameters() {
        double h = hidden;
        double attention = 2 * h * h + 2 * h * (double) kvHeads * headDim();
        double mlp = ffnKind.matrices() * h * ffnHidden;
        return layers * (attention + mlp) + (double) vocab * h;
    }
}
