package dev.walls.spi.kernel;

/**
 * How a pipeline's stages share a model's layers, for every kernel alike. Evenly when pp·vpp divides them. Otherwise,
 * on a stack with {@link dev.walls.spi.system.StackFeature#UNEVEN_PIPELINE} and without interleaving, every stage but
 * the last holds ⌈layers/pp⌉ and the last holds the rest, at least one (Megatron-Core's
 * {@code --decoder-last-pipeline-num-layers}): 126 layers on 16 stages are 15 × 8 and 6. The last stage is the one
 * shortened because the first keeps the most microbatches in flight; a stage in between holding fewer would leave the
 * second stage, with nearly as many in flight and more layers, the busiest. Meta's Llama 3 405B run took one layer
 * from the first and one from the last stage instead (Dubey et al. 2024, Sec. 3.3.2); the busiest rank's time is the
 * same ⌈layers/pp⌉ layers either way.
 */
public final class PipelineLayers {

    private PipelineLayers() {
    }

    /** Whether pp stages of vpp chunks each can hold the layers; {@code uneven}: the stack allows a shorter last stage. */
    public static boolean splits(long layers, int pp, int vpp, boolean uneven) {
        if (layers < 1 || pp < 1 || vpp < 1) {
            return false;
        }
        if (layers % ((long) pp * vpp) == 0) {
            return true;
        }
        return uneven && vpp == 1 && lastStage(layers, pp) >= 1;
    }

    /** Layers of the busiest stage (every stage but a shorter last one): ⌈layers/pp⌉, layers/pp when it divides. */
    public static double busiestStage(double layers, int pp) {
        return Math.ceil(layers / pp);
    }

    /** Layers of the last stage: what the others leave, as many as each of them when pp divides the layers. */
    public static double lastStage(double layers, int pp) {
        return layers - (pp - 1) * busiestStage(layers, pp);
    }

    private static long lastStage(long layers, int pp) {
        long busiest = (layers + pp - 1) / pp;
        return layers - (pp - 1) * busiest;
    }
}
