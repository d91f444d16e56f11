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
 * @param tiedEmbeddings the output layer reuses the input embedding (GPT-3, Megatron-LM's default); false when the
 *                  model has its own output matrix (Llama 3, Nemotron-4), one more vocabulary-by-width matrix
 * @param dropout   the model trains with dropout (GPT-3, Megatron-LM's default of 0.1), which stores a one-byte mask
 *                  per dropped tensor element and, unfused, the dropped attention probabilities; false for models
 *                  trained at a dropout rate of zero (Llama 3, Nemotron-4)
 */
public record ModelShape(int layers, int hidden, int heads, int kvHeads, int ffnHidden, FfnKind ffnKind, int vocab,
                         boolean tiedEmbeddings, boolean dropout) {

    /** A shape whose output layer reuses the input embedding, trained with dropout. */
    public ModelShape(int layers, int hidden, int heads, int kvHeads, int ffnHidden, FfnKind ffnKind, int vocab) {
        this(layers, hidden, heads, kvHeads, ffnHidden, ffnKind, vocab, true, true);
    }

    /** A shape trained with dropout (the SPI before 1.6 had no other). */
    public ModelShape(int layers, int hidden, int heads, int kvHeads, int ffnHidden, FfnKind ffnKind, int vocab,
                      boolean tiedEmbeddings) {
        this(layers, hidden, heads, kvHeads, ffnHidden, ffnKind, vocab, tiedEmbeddings, true);
    }

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

    /** Returns the vocabulary-by-width matrices the model holds: the embedding, and the output layer unless tied. */
    public int embeddingMatrices() {
        return tiedEmbeddings ? 1 : 2;
    }

    /**
     * Returns the parameters of the weight matrices (attention, MLP, the embedding and an untied output layer),
     * excluding norms and biases.
     */
    public double matmulParameters() {
        double h = hidden;
        double attention = 2 * h * h + 2 * h * (double) kvHeads * headDim();
        double mlp = ffnKind.matrices() * h * ffnHidden;
        return layers * (attention + mlp) + embeddingMatrices() * (double) vocab * h;
    }

    /** Returns this shape with its output layer tied to the embedding or not. */
    public ModelShape withTiedEmbeddings(boolean tied) {
        return new ModelShape(layers, hidden, heads, kvHeads, ffnHidden, ffnKind, vocab, tied, dropout);
    }

    /** Returns this shape trained with dropout or without. */
    public ModelShape withDropout(boolean withDropout) {
        return new ModelShape(layers, hidden, heads, kvHeads, ffnHidden, ffnKind, vocab, tiedEmbeddings, withDropout);
    }
}
