package dev.walls.core.spec;

import dev.walls.spi.workload.ModelShape;
import dev.walls.spi.workload.Workload;

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

    /**
     * Returns why a workload built in code (a plugin's) is beyond these limits or its training tokens beyond the
     * plausible count, naming the field ({@code sequenceLength 2000000000 is above the 1000000000 any model could
     * need}), or null when it is not: a spec file's are checked where they are written.
     */
    public static String exceeded(Workload w) {
        ModelShape m = w.model();
        String[] fields = {"layers", "hidden", "heads", "kvHeads", "ffnHidden", "vocab", "sequenceLength",
                "globalBatch"};
        long[] values = {m.layers(), m.hidden(), m.heads(), m.kvHeads(), m.ffnHidden(), m.vocab(), w.sequenceLength(),
                w.globalBatchSequences()};
        long[] limits = {LAYERS, WIDTH, HEADS, HEADS, WIDTH, VOCAB, SEQUENCE, BATCH};
        for (int i = 0; i < fields.length; i++) {
            if (values[i] > limits[i]) {
                return fields[i] + " " + values[i] + " is above the " + limits[i] + " any model could need";
            }
        }
        PlausibleRange tokens = PlausibleRange.of(Dimension.COUNT);
        if (!tokens.admits(w.trainingTokens())) {
            return "trainingTokens " + PlausibleRange.format(w.trainingTokens()) + " is outside the plausible range "
                    + tokens.text();
        }
        return null;
    }
}
