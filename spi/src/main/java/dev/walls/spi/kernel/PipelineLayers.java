package dev.walls.spi.kernel;

/**
 * How a pipeline's stages share a model's layers, for every kernel alike. Evenly when pp·vpp divides them. Otherwise,
 * on a stack with {@link dev.walls.spi.system.StackFeature#UNEVEN_PIPELINE}, every stage but the last holds
 * ⌈layers/pp⌉ and the last holds the rest, at least one (Megatron-Core's {@code --decoder-last-pipeline-num-layers}):
 * 126 layers on 16 stages are 15 × 8 and 6. Interleaved, each full stage's ⌈layers/pp⌉ layers split into vpp equal
 * chunks and the last stage's fewer into vpp chunks of at least one (Megatron-Core's pipeline layout allows any such
 * split; Meta interleaved its 16 uneven stages). The last stage is the one shortened because the first keeps the most
 * microbatches in flight; a stage in between holding fewer would leave the second stage, with nearly as many in flight
 * and more layers, the busiest. Meta's Llama 3 405B run took one layer from the first and one from the last stage
 * instead (Dubey et al. 2024, Sec. 3.3.2): the busiest rank's time is the same ⌈layers/pp⌉ layers either way, but
 * its first stage held 7 layers' activations where this split's holds 8. The kernels charge every stage the busiest
 * one's weights, gradients and optimizer state, the shorter last stage too: a conservative footprint.
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
        return uneven && busiest(layers, pp) % vpp == 0 && lastStage(layers, pp) >= vpp;
    }

    /** Layers of the busiest stage (every stage but a shorter last one): ⌈layers/pp⌉, layers/pp when it divides. */
    public static double busiestStage(double layers, int pp) {
        return Math.ceil(layers / pp);
    }

    /** Layers of the last stage: what the others leave, as many as each of them when pp divides the layers. */
    public static double lastStage(double layers, int pp) {
        return layers - (pp - 1) * busiestStage(layers, pp);
    }

    private static long busiest(long layers, int pp) {
        return (layers + pp - 1) / pp;
    }

    private static long lastStage(long layers, int pp) {
        return layers - (pp - 1) * busiest(layers, pp);
    }
}
