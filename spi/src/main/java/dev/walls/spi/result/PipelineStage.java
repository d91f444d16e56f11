package dev.walls.spi.result;

import java.util.Locale;

/**
 * A pipeline stage whose memory a footprint describes. Every stage holds the same state (with pp > 1 the first holds
 * the embedding and the last the output layer, one vocabulary matrix each); they differ in activations. The first
 * stage keeps the most microbatches in flight, the last keeps the fp32 logits of the loss: either can be the
 * busiest. With pp = 1 the one stage is both, and is reported as {@link #FIRST}.
 */
public enum PipelineStage {
    FIRST, LAST;

    /** Returns the lower-case key used in JSON, e.g. {@code "last"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }
}
