package dev.walls.kernel.fast;

/**
 * The per-layout remainder of the reference's step, as small static functions of the memoized terms: what
 * interleaving, recomputation and the ZeRO stage change. Both {@link FastKernel#evaluate} (every output slot of
 * one layout) and {@link FastKernel#score} (step time and footprint of a grid, with what a loop level shares
 * hoisted out of the inner loops) are built from these; the grid path also splits the data-parallel terms
 * ({@link #dataParallelExposed}) by ZeRO stage ahead of its loops, and {@code KernelEquivalenceTest} holds the two
 * paths to the same bits. The expressions keep the reference's operand order.
 */
final class LayoutTerms {

    static final int NONE = ShapeTerms.NONE;
    static final int SELECTIVE = ShapeTerms.SELECTIVE;
    static final int FULL = ShapeTerms.FULL;

    private LayoutTerms() {
    }

    // ---------------- what the stack allows ----------------

    static boolean sequenceParallelAllowed(TableTerms tt, int t, boolean sp) {
        return !sp || t > 1 && tt.sequenceParallel;
    }

    static boolean interleavingAllowed(TableTerms tt, BlockTerms bt, MicrobatchTerms mt, int v) {
        return v >= 1 && bt.stagesHoldLayers(v) && (v == 1 || tt.interleaved && mt.microbatchesMultipleOfPp);
    }

    static boolean recomputeAllowed(TableTerms tt, int rc) {
        return rc != SELECTIVE || tt.selectiveRecompute;
    }

    static boolean zeroStageAllowed(TableTerms tt, int p, int zero) {
        return zero >= 0 && zero <= 3 && (zero != 1 || tt.distributedOptimizer || tt.zero3) && (zero < 2 || tt.zero3)
                && (zero < 2 || p == 1 || tt.zero3WithPipeline);
    }

    // ---------------- pipeline ----------------

    /** Pipeline point-to-point seconds on the critical path per microbatch. */
    static double pointToPointPerMicrobatch(TableTerms tt, MicrobatchTerms mt, int p, int v) {
        return p > 1 ? 2 * v * mt.pointToPoint * tt.pipelineExposedFraction : 0;
    }

    static double bubble(BlockTerms bt, int p, int v, double rankLayersMb, double ppPerMicrobatch) {
        return p > 1 ? bt.bubbleFactor(v) * (rankLayersMb + ppPerMicrobatch) : 0;
    }

    /** The pipeline drain the data-parallel collectives hide under. */
    static double drain(BlockTerms bt, int p, int v, double rankLayersMb) {
        return p > 1 ? bt.drainFactor(v) * rankLayersMb : 0;
    }

    // ---------------- data parallelism ----------------

    /**
     * Exposed data-parallel seconds per step: the gradient reduction when {@code gradient}, else the parameter
     * gather.
     *
     * @param rankMb        the busiest rank's work per microbatch (ZeRO-3 hides under it)
     * @param backwardMb    one microbatch's backward (each of ZeRO-2's reductions but the last hides under it)
     * @param backwardCover the backward plus drain a gradient reduction hides under
     * @param forwardCover  the forward plus drain a parameter gather hides under
     */
    static double dataParallelExposed(TableTerms tt, BlockTerms bt, MicrobatchTerms mt, int pr, int rc, int zero,
                                      double rankMb, double backwardMb, double backwardCover, double forwardCover,
                                      boolean gradient) {
        double ncclPenalty = tt.collectiveOverlapPenalty;
        if (zero == 3) {
            double exposedMb = zero3ExposedPerMicrobatch(zero3Traffic(bt, pr, rc), rankMb, ncclPenalty);
            double share = zero3GatherShare(bt, pr, rc);
            return mt.microbatches * exposedMb * (gradient ? 1 - share : share);
        }
        if (zero == 2 && gradient) {
            double reduction = bt.dpGradientByZero[pr * 4 + zero];
            return zero2GradientExposed(reduction, reduction * bt.hideableShare, mt.microbatches, backwardMb,
                    backwardCover, ncclPenalty, tt.dataParallelOverlap);
        }
        double seconds = gradient ? bt.dpGradientByZero[pr * 4 + zero] : bt.dpParameterByZero[pr * 4 + zero];
        if (!tt.dataParallelOverlap) {
            return seconds;
        }
        return overlapped(seconds, seconds * bt.hideableShare, gradient ? backwardCover : forwardCover, ncclPenalty);
    }

    /**
     * Exposed seconds of a bucketed collective overlapped with compute: what cannot hide, plus the compute slowdown
     * while the rest runs beneath it.
     *
     * @param hideable the part that could hide (all buckets but the last)
     * @param cover    the compute it can hide under
     */
    static double overlapped(double seconds, double hideable, double cover, double penalty) {
        double hidden = Math.min(hideable, cover);
        return seconds - hidden + penalty * hidden;
    }

    /**
     * ZeRO-2's exposed gradient seconds per step: it keeps only its shard of the gradients, so each of the step's
     * {@code microbatches} reduce-scatters its own, under that microbatch's backward (the last one's also under the
     * pipeline's drain).
     *
     * @param reduction one reduce-scatter's seconds
     * @param hideable  the part of one that could hide (all buckets but the last)
     */
    static double zero2GradientExposed(double reduction, double hideable, double microbatches, double backwardMb,
                                       double backwardCover, double penalty, boolean overlap) {
        double seconds = microbatches * reduction;
        if (!overlap) {
            return seconds;
        }
        double hidden = Math.min(hideable, backwardCover);
        if (microbatches > 1) {
            hidden += (microbatches - 1) * Math.min(hideable, backwardMb);
        }
        return seconds - hidden + penalty * hidden;
    }

    /**
     * ZeRO-3's traffic per microbatch: per-layer gathers (again for a full recompute) and scatters, prefetched under
     * the compute.
     */
    static double zero3Traffic(BlockTerms bt, int pr, int rc) {
        double gathers = rc == FULL ? 3 : 2;
        return gathers * bt.zero3Gather[pr] + bt.zero3Scatter[pr];
    }

    /** The gathers' share of {@link #zero3Traffic}. */
    static double zero3GatherShare(BlockTerms bt, int pr, int rc) {
        double gathers = rc == FULL ? 3 : 2;
        double commMb = zero3Traffic(bt, pr, rc);
        return commMb > 0 ? gathers * bt.zero3Gather[pr] / commMb : 0;
    }

    /** What ZeRO-3's traffic leaves exposed per microbatch: compute slowed beneath it, or the traffic itself. */
    static double zero3ExposedPerMicrobatch(double commMb, double rankMb, double penalty) {
        double slowedCompute = rankMb + penalty * Math.min(commMb, rankMb);
        return Math.max(commMb, slowedCompute) - rankMb;
    }

    /** Data-parallel traffic per step, hidden and exposed. */
    static double dataParallelTotal(BlockTerms bt, MicrobatchTerms mt, int pr, int rc, int zero) {
        if (zero == 3) {
            return mt.microbatches * zero3Traffic(bt, pr, rc);
        }
        double gradient = bt.dpGradientByZero[pr * 4 + zero];
        return (zero == 2 ? mt.microbatches * gradient : gradient) + bt.dpParameterByZero[pr * 4 + zero];
    }

    // ---------------- memory of the busiest pipeline stage ----------------

    /** Microbatches whose activations the first stage holds at once (the reference's schedule note says why). */
    static double firstStageInFlight(MicrobatchTerms mt, BlockTerms bt, int v) {
        return mt.inFlightBase * bt.inFlightFactor(v);
    }

    /**
     * The first stage's activation bytes, with {@code storedLayers} (its layers × microbatches in flight); with pp = 1
     * it is also the last, and holds the loss's logits.
     */
    static double firstStageActivations(MicrobatchTerms mt, int p, int sp, int rc, double storedLayers) {
        double activations = stageActivations(mt, sp, rc, storedLayers);
        if (p == 1) {
            activations += mt.logitsActivationBytes;
        }
        return activations;
    }

    /** The last stage's activation bytes: its layers' and the loss's fp32 logits and their gradient. */
    static double lastStageActivations(MicrobatchTerms mt, int sp, int rc, double storedLayers) {
        return stageActivations(mt, sp, rc, storedLayers) + mt.logitsActivationBytes;
    }

    /** Microbatches in flight on the busiest stage, the first on a tie (as {@link FastKernel#score} picks it). */
    static double busiestStageInFlight(MicrobatchTerms mt, BlockTerms bt, int p, int sp, int rc, int v,
                                       double firstInFlight) {
        double first = firstStageActivations(mt, p, sp, rc, bt.layersPerRank * firstInFlight);
        double last = lastStageActivations(mt, sp, rc, bt.lastStageLayers(v));
        return last > first ? bt.lastStageInFlight(v) : firstInFlight;
    }

    /** Activation bytes of a stage's layers, without the logits. */
    private static double stageActivations(MicrobatchTerms mt, int sp, int rc, double storedLayers) {
        return storedLayers * mt.storedBytesPerLayer[sp][rc] + mt.liveLayerBytes[sp][rc];
    }

    /**
     * Seconds per step to stream state spilled beyond the fastest tier; least-touched state spills first: optimizer
     * state, then gradients, weights, activations.
     */
    static double streaming(TableTerms tt, MicrobatchTerms mt, double total, double optimizerState, double grads,
                            double weights, double activationsAndBuffers, double inFlight) {
        double spilled = Math.max(0, total - tt.fastestTierBytes);
        if (!(spilled > 0 && tt.tiers > 1)) {
            return 0;
        }
        double m = mt.microbatches;
        double left = spilled;
        double opt = Math.min(left, optimizerState);
        left -= opt;
        double gr = Math.min(left, grads);
        left -= gr;
        double w = Math.min(left, weights);
        left -= w;
        double act = Math.min(left, activationsAndBuffers);
        double bytesMoved = 2 * opt + 2 * m * gr + 2 * m * w + 2 * m * act / Math.max(1, inFlight);
        return bytesMoved / tt.secondTierBytesPerSecond;
    }

    // ---------------- the step ----------------

    /** Ideal plus every part, each floored at zero, added in {@code StepComponent} order as the reference does. */
    static double stepSeconds(MicrobatchTerms mt, int sp, int rc, double bubble, double optimizer, double streaming,
                              double pointToPoint, double dpGradientExposed, double dpParameterExposed) {
        return stepAfterBubble(mt.stepPrefix[sp] + Math.max(0, bubble), Math.max(0, optimizer), mt.hostPart,
                mt.recomputePart[sp][rc], streaming, mt.tpPart[sp], mt.tpPenaltyPart[sp], mt.cpPart,
                Math.max(0, pointToPoint), dpGradientExposed, dpParameterExposed);
    }

    /**
     * The rest of {@link #stepSeconds} from the sum up to the bubble and the floored optimizer step, given the
     * microbatch's parts (each already floored): a grid works these out once per interleaving and recompute mode.
     */
    static double stepAfterBubble(double throughBubble, double optimizerFloored, double host, double recompute,
                                  double streaming, double tp, double tpPenalty, double cp, double pointToPointFloored,
                                  double dpGradientExposed, double dpParameterExposed) {
        double step = throughBubble;
        step += optimizerFloored;
        step += host;
        step += recompute;
        step += Math.max(0, streaming);
        step += tp;
        step += tpPenalty;
        step += cp;
        step += pointToPointFloored;
        step += Math.max(0, dpGradientExposed);
        step += Math.max(0, dpParameterExposed);
        return step;
    }
}
