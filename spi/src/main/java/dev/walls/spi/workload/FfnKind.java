package dev.walls.spi.workload;

import java.util.Locale;

/** The MLP block of a transformer layer. */
public enum FfnKind {
    /** Two matrices, h→f→h, GELU (GPT). */
    GELU(2),
    /** Three matrices, gated (Llama). */
    SWIGLU(3),
    /** Two matrices with squared ReLU (Nemotron-4). */
    RELU2(2);

    private final int matrices;

    FfnKind(int matrices) {
        this.matrices = matrices;
    }

    /** Returns the number of h×f weight matrices. */
    public int matrices() {
        return matrices;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FfnKind parse(String text) {
        for (FfnKind k : values()) {
            if (k.id().equalsIgnoreCase(text.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown ffn kind '" + text + "'; expected one of: gelu, swiglu, relu2");
    }

    @Override
    public String toString() {
        return id();
    }
}
