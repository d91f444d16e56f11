package dev.walls.core.spec;

/**
 * The largest whole-number sizes a workload may state, in a spec file or a validation row. Each is two to three
 * orders of magnitude beyond any transformer trained so far, so that only a slip (a digit group too many, a token
 * count written as a batch) reaches one; without them a 2,000,000,000-layer model would be evaluated, and its
 * 10^15-day step printed as an answer.
 */
public final class WorkloadLimits {

    /** Layers: the largest dense models run about 100-200 (Megatron's 1T: 128). */
    public static final int LAYERS = 100_000;
    /** Model and MLP widths: the largest dense models are under 26,000 wide (MLP under 110,000). */
    public static final int WIDTH = 10_000_000;
    /** Query and key/value heads: the largest dense models have at most a few hundred. */
    public static final int HEADS = 100_000;
    /** Vocabulary: the largest in use are about 256,000 tokens. */
    public static final int VOCAB = 100_000_000;
    /** Tokens per sequence: the longest trained contexts are about 10^7. */
    public static final int SEQUENCE = 1_000_000_000;
    /** Sequences per step: the largest batches are about 10^4 to 10^5. */
    public static final int BATCH = 1_000_000_000;

    private WorkloadLimits() {
    }
}
