package dev.walls.spi.system;

import java.util.Locale;

/**
 * A capability of a training software stack that some strategies need. {@code DISTRIBUTED_OPTIMIZER} shards the
 * optimizer state over the data-parallel ranks (ZeRO-1, as Megatron's distributed optimizer does); {@code ZERO3}
 * shards the gradients and the weights too (DeepSpeed's ZeRO-2 and -3, FSDP) and runs ZeRO-1 as well, with
 * {@code ZERO3_WITH_PIPELINE} also under pipeline parallelism.
 */
public enum StackFeature {
    PIPELINE_PARALLEL, INTERLEAVED_PIPELINE, SEQUENCE_PARALLEL, CONTEXT_PARALLEL, DISTRIBUTED_OPTIMIZER, ZERO3,
    FP8_TRAINING, FLASH_ATTENTION,
    /**
     * Tensor-parallel all-gathers and reduce-scatters overlapped with the GEMMs beside them (with sequence
     * parallelism), where every tensor-parallel group lies inside the scale-up domain
     * ({@code kernel.Collectives.insideScaleUpDomain}): Transformer Engine's Userbuffers, which Megatron's overlap
     * runs on, share buffers through CUDA multicast over NVLink, so a group that leaves the NVLink domain (tp = 16 on
     * eight-GPU nodes) runs its traffic exposed (TransformerEngine issue #1071, 2024; PR #1470 in TE 2.2 extended it
     * to multi-node NVLink, such as an NVL72 rack).
     */
    TP_COMM_OVERLAP,
    SELECTIVE_RECOMPUTE,
    /**
     * ZeRO-2 or -3 inside a pipeline (pp > 1), as torchtitan's FSDP2 with pipelining runs it; DeepSpeed's pipeline
     * engine refuses ZeRO-2 and -3, and Megatron-FSDP pairs with tensor, context and expert parallelism only.
     */
    ZERO3_WITH_PIPELINE,
    /**
     * Pipeline stages of unequal length, so that pp need not divide the layers: every stage but the last holds
     * ⌈layers/pp⌉, the last the rest (Megatron-Core's {@code --decoder-first/last-pipeline-num-layers}; Meta trained
     * Llama 3 405B's 126 layers on 16 stages). Without interleaving; see {@code kernel.PipelineLayers}.
     */
    UNEVEN_PIPELINE;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static StackFeature parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (StackFeature f : values()) {
            if (f.id().equals(t)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown stack feature '" + text + "'");
    }

    @Override
    public String toString() {
        return id();
    }
}
