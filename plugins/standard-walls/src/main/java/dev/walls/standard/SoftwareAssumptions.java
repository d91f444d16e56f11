package dev.walls.standard;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.AcceleratorSpec;
import java.util.List;
import java.util.Objects;

/**
 * The software wall's sourced defaults beyond what a system's {@link dev.walls.spi.system.SoftwareStack} carries.
 *
 * @param gemmProfiles                      per accelerator family: tiles, FP8 and attention kernel efficiencies
 * @param optimizerTrafficBytesPerParameter bytes the optimizer step moves per owned parameter
 * @param hostSecondsPerStep                host work per iteration not hidden by the accelerators
 * @param dataSecondsPerMicrobatch          data loading and launch time per microbatch not hidden
 * @param lossBytesPerLogit                 bytes the cross-entropy moves per logit, forward and backward
 * @param memoryBoundBackwardTraffic        bytes the memory-bound kernels move backward per byte forward
 * @param stackStrainedLossFraction         software loss above this fraction of the step makes the wall STRAINED:
 *                                          walls' policy, not a fact (50 %: the stack wastes more than it computes)
 */
public record SoftwareAssumptions(List<GemmProfile> gemmProfiles, Figure optimizerTrafficBytesPerParameter,
                                  Figure hostSecondsPerStep, Figure dataSecondsPerMicrobatch,
                                  Figure lossBytesPerLogit, Figure memoryBoundBackwardTraffic,
                                  double stackStrainedLossFraction) {

    public SoftwareAssumptions {
        gemmProfiles = List.copyOf(Objects.requireNonNull(gemmProfiles, "gemmProfiles"));
        Objects.requireNonNull(optimizerTrafficBytesPerParameter, "optimizerTrafficBytesPerParameter");
        Objects.requireNonNull(hostSecondsPerStep, "hostSecondsPerStep");
        Objects.requireNonNull(dataSecondsPerMicrobatch, "dataSecondsPerMicrobatch");
        Objects.requireNonNull(lossBytesPerLogit, "lossBytesPerLogit");
        Objects.requireNonNull(memoryBoundBackwardTraffic, "memoryBoundBackwardTraffic");
    }

    /** The defaults, with their sources. */
    public static SoftwareAssumptions defaults() {
        return new SoftwareAssumptions(GemmProfile.defaults(),
                // Adam in mixed precision: read fp32 master, m, v (12) and the fp32 gradient (4), write master, m, v
                // (12) and the 16-bit weights (2); the gradient-norm pass reads the gradient (4), zeroing writes it (4)
                Figure.of(38, Provenance.derived("Adam mixed precision: 12+4 read, 12+2 written, +4 grad norm, +4 zeroing")),
                Figure.range(0.005, 0.03, 0.06, Provenance.estimate(
                        "analyst estimate: loss reduction, timers and logging of one iteration")),
                Figure.range(0, 0, 0.001, Provenance.estimate(
                        "analyst estimate: data loaders prefetch in worker processes; host-to-device copy of token ids "
                                + "is kilobytes")),
                // Megatron's vocab-parallel cross-entropy (unfused): transpose and fp32 cast of the logits (2+4+4+4),
                // max (4), subtract (8), exp (8), sum (4), normalize (8), backward scale (8), cast back (4+2)
                Figure.range(16, 48, 60, Provenance.derived(
                        "Megatron-LM tensor_parallel/cross_entropy.py: ~12 fp32 passes over the logits, forward and "
                                + "backward; a fused kernel (low end) reads the bf16 logits once and writes their gradient")),
                // LayerNorm forward reads x and writes y; backward reads x, dy (and the saved statistics) and writes
                // dx: three tensors against two. GeLU likewise; a residual add's backward passes dy on to two
                // branches without reading its inputs.
                Figure.range(1.5, 2, 3, Provenance.derived(
                        "the backward of a norm or activation reads its saved input and the incoming gradient and writes "
                                + "the outgoing one; residual adds only fan the gradient out: about 2x the forward traffic")
                        .withNote("low end: fused backward kernels; high end: unfused fp32 statistics")),
                0.5);
    }

    /** Returns the profile of an accelerator: its family's, else the first of no family. */
    public GemmProfile profileOf(AcceleratorSpec accelerator) {
        for (GemmProfile p : gemmProfiles) {
            if (p.describes(accelerator)) {
                return p;
            }
        }
        throw new IllegalStateException("no GEMM profile describes '" + accelerator.name()
                + "' (the defaults end with one of no family)");
    }
}
