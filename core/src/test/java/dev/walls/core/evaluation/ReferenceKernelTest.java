package dev.walls.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.walls.spi.kernel.Collectives;
import dev.walls.spi.kernel.CostKey;
import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.kernel.KernelOutput;
import dev.walls.spi.kernel.KernelStrategy;
import dev.walls.spi.kernel.MemoryComponent;
import dev.walls.spi.kernel.StepComponent;
import dev.walls.spi.strategy.Recompute;
import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.SoftwareStack;
import dev.walls.spi.system.StackFeature;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.workload.Workload;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ReferenceKernelTest {

    private static double[] run(SystemSpec system, Workload workload, Strategy strategy) {
        CostTable table = CostTable.builder(system, workload).build();
        double[] out = new double[KernelOutput.SIZE];
        new ReferenceKernel().evaluate(table, KernelStrategy.encode(strategy.resolve(system.accelerators())), out);
        assertEquals(1, out[KernelOutput.VALID], "layout must be valid");
        return out;
    }

    @Test
    void modelFlopsAreTheMegatronClosedFormWithCausalAttentionCountedOnce() {
        // 72·B·s·L·h²·(1 + s/(12h) + V/(12·L·h)): Megatron-Core's model FLOPs with the causal half of attention
        Workload w = Fixtures.gpt(24, 2048, 16, 2048, 64, 51200);
        double[] out = run(Fixtures.system(8), w, Strategy.parse("tp=1,pp=1,mb=1"));
        double b = 64, s = 2048, l = 24, h = 2048, v = 51200;
        double expected = 72 * b * s * l * h * h * (1 + s / (12 * h) + v / (12 * l * h));
        assertEquals(expected, out[KernelOutput.MODEL_FLOPS], expected * 1e-12);
    }

    @Test
    void hardwareFlopsWithFullRecomputeAndUnfusedAttentionAreNarayananEquationThree() {
        // Narayanan et al. 2021, Eq. 3: 96·B·s·L·h²·(1 + s/(6h) + V/(16·L·h))
        SystemSpec noFlash = Fixtures.system(8, EnumSet.complementOf(EnumSet.of(StackFeature.FLASH_ATTENTION)), 0);
        Workload w = Fixtures.gpt(24, 2048, 16, 2048, 64, 51200);
        double[] out = run(noFlash, w, Strategy.parse("tp=1,pp=1,mb=1,recompute=full"));
        double b = 64, s = 2048, l = 24, h = 2048, v = 51200;
        double expected = 96 * b * s * l * h * h * (1 + s / (6 * h) + v / (16 * l * h));
        assertEquals(expected, out[KernelOutput.HARDWARE_FLOPS], expected * 1e-12);
    }

    @Test
    void idealComputeIsModelFlopsAtTheDensePeakOfTheLayoutsPrecision() {
        Workload w = Fixtures.gpt(8, 1024, 8, 1024, 32, 32000);
        double[] bf16 = run(Fixtures.system(8), w, Strategy.parse("tp=2,pp=1,precision=bf16"));
        double[] fp8 = run(Fixtures.system(8), w, Strategy.parse("tp=2,pp=1,precision=fp8"));
        assertEquals(bf16[KernelOutput.MODEL_FLOPS] / (8 * Fixtures.PEAK), bf16[KernelOutput.IDEAL_SECONDS], 1e-15);
        assertEquals(bf16[KernelOutput.IDEAL_SECONDS] / 2, fp8[KernelOutput.IDEAL_SECONDS], 1e-15);
    }

    @Test
    void activationBytesMatchKorthikantiTableTwoForTheGptBlock() {
        double s = 2048, b = 4, h = 6144, a = 64, t = 8;
        double sbh = s * b * h;
        // no parallelism, no recompute: sbh(34 + 5as/h)
        assertEquals(sbh * (34 + 5 * a * s / h), act(s * b, h, a, 1, 1, false, Recompute.NONE, s), 1e-3 * sbh);
        // tensor parallel: sbh(10 + 24/t + 5as/(ht))
        assertEquals(sbh * (10 + 24 / t + 5 * a * s / (h * t)), act(s * b, h, a, t, 1, false, Recompute.NONE, s),
                1e-3 * sbh);
        // tensor + sequence parallel: sbh(34/t + 5as/(ht))
        assertEquals(sbh * (34 / t + 5 * a * s / (h * t)), act(s * b, h, a, t, 1 / t, false, Recompute.NONE, s),
                1e-3 * sbh);
        // selective recompute with sequence parallel: 34·sbh/t
        assertEquals(sbh * 34 / t, act(s * b, h, a, t, 1 / t, false, Recompute.SELECTIVE, s), 1e-3 * sbh);
    }

    @Test
    void flashAttentionStoresNoQuadraticScores() {
        double s = 8192, tokens = 8192, h = 4096, a = 32;
        double withFlash = act(tokens, h, a, 1, 1, true, Recompute.NONE, s);
        double perTokenLinear = withFlash / tokens;
        // independent of the sequence length apart from the fp32 row statistics
        double longer = act(tokens, h, a, 1, 1, true, Recompute.NONE, 4 * s) / tokens;
        assertEquals(perTokenLinear, longer, 1e-9);
        assertTrue(withFlash < act(tokens, h, a, 1, 1, false, Recompute.NONE, s) / 10);
    }

    private static double act(double tokens, double h, double a, double t, double replicated, boolean flash,
                              Recompute mode, double seq) {
        return ReferenceKernel.activationBytesPerLayer(tokens, h, a, h, 4 * h, 2, t, replicated, flash, mode, seq, 2, true);
    }

    /** A layer's input (what full recompute keeps) and one layer's full activations (live during its recompute). */
    private static double layerInputBytes(double tokens, double h) {
        return tokens * h * 2;
    }

    private static double liveLayerBytes(double tokens, double h, double heads, double seq) {
        return ReferenceKernel.activationBytesPerLayer(tokens, h, heads, h, 4 * h, 2, 1, 1, true, Recompute.NONE, seq, 2, true);
    }

    private static double stateBytes(double[] out) {
        return out[KernelOutput.of(MemoryComponent.WEIGHTS)] + out[KernelOutput.of(MemoryComponent.GRADIENTS)]
                + out[KernelOutput.of(MemoryComponent.OPTIMIZER_STATE)];
    }

    @Test
    void underOneFOneBTheLastStageHoldsOneMicrobatchAndTheLogitsAndCanBeTheBusiest() {
        // Megatron's 1F1B: rank r warms up with p-r-1 forwards, so the first stage holds min(m, p) = 4 microbatches
        // and the last 1; the last also holds the loss's fp32 logits and their gradient (8 B per logit)
        double tokens = 1024, h = 1024, heads = 8, vocab = 256_000;
        Workload w = Fixtures.gpt(8, (int) h, (int) heads, (int) tokens, 64, (int) vocab);
        double[] out = run(Fixtures.system(8), w, Strategy.parse("tp=1,pp=4,dp=2,mb=1,recompute=full"));
        double layersPerRank = 2;
        double last = 1 * layersPerRank * layerInputBytes(tokens, h) + liveLayerBytes(tokens, h, heads, tokens)
                + tokens * vocab * 8;
        assertEquals(1, out[KernelOutput.BUSIEST_STAGE], "the last stage is the busiest");
        assertEquals(last, out[KernelOutput.of(MemoryComponent.ACTIVATIONS)], 1e-9 * last);
        assertEquals(stateBytes(out) + last, out[KernelOutput.MEMORY_BYTES], 1e-9 * last,
                "no runtime or slack staged: state and the last stage's activations");

        // with a small vocabulary the first stage's four microbatches outweigh the logits
        double smallVocab = 1000;
        double[] first = run(Fixtures.system(8), Fixtures.gpt(8, (int) h, (int) heads, (int) tokens, 64, (int) smallVocab),
                Strategy.parse("tp=1,pp=4,dp=2,mb=1,recompute=full"));
        double expected = 4 * layersPerRank * layerInputBytes(tokens, h) + liveLayerBytes(tokens, h, heads, tokens);
        assertEquals(0, first[KernelOutput.BUSIEST_STAGE], "the first stage is the busiest");
        assertEquals(expected, first[KernelOutput.of(MemoryComponent.ACTIVATIONS)], 1e-9 * expected);
    }

    @Test
    void interleavedTheLastStageHoldsItsWarmUpChunksPlusOne() {
        // Megatron's interleaved schedule: rank r warms up with 2(p-r-1) + (v-1)p chunks of L/(p·v) layers and runs
        // one more forward before its first backward. p=4, v=2, 16 layers: the last stage holds (v-1)p + 1 = 5
        // chunks of 2 layers = 10 layer-microbatches, the first 2·3 + 4 + 1 = 11 chunks = 22
        double tokens = 1024, h = 1024, heads = 8, vocab = 256_000;
        Workload w = Fixtures.gpt(16, (int) h, (int) heads, (int) tokens, 64, (int) vocab);
        double[] out = run(Fixtures.system(8), w, Strategy.parse("tp=1,pp=4,dp=2,vpp=2,mb=1,recompute=full"));
        double last = 10 * layerInputBytes(tokens, h) + liveLayerBytes(tokens, h, heads, tokens) + tokens * vocab * 8;
        assertEquals(1, out[KernelOutput.BUSIEST_STAGE]);
        assertEquals(last, out[KernelOutput.of(MemoryComponent.ACTIVATIONS)], 1e-9 * last);

        double[] first = run(Fixtures.system(8), Fixtures.gpt(16, (int) h, (int) heads, (int) tokens, 64, 1000),
                Strategy.parse("tp=1,pp=4,dp=2,vpp=2,mb=1,recompute=full"));
        double expected = 22 * layerInputBytes(tokens, h) + liveLayerBytes(tokens, h, heads, tokens);
        assertEquals(0, first[KernelOutput.BUSIEST_STAGE]);
        assertEquals(expected, first[KernelOutput.of(MemoryComponent.ACTIVATIONS)], 1e-9 * expected);
    }

    @Test
    void withOnePipelineStageItIsFirstAndLastAndHoldsTheLogitsOnce() {
        double tokens = 1024, h = 1024, heads = 8, vocab = 256_000;
        double[] out = run(Fixtures.system(8), Fixtures.gpt(8, (int) h, (int) heads, (int) tokens, 64, (int) vocab),
                Strategy.parse("tp=1,pp=1,dp=8,mb=1,recompute=full"));
        double expected = 8 * layerInputBytes(tokens, h) + liveLayerBytes(tokens, h, heads, tokens) + tokens * vocab * 8;
        assertEquals(0, out[KernelOutput.BUSIEST_STAGE], "the one stage is reported as the first");
        assertEquals(expected, out[KernelOutput.of(MemoryComponent.ACTIVATIONS)], 1e-9 * expected);
    }

    @Test
    void ringAllReduceInsideANodeMovesTwiceTheBufferTimesNMinusOneOverN() {
        CostTable table = CostTable.builder(Fixtures.system(8), Fixtures.gpt(8, 1024, 8, 1024, 8, 1000)).build();
        double bytes = 1e9;
        double expected = 2 * 7.0 / 8 * bytes / Fixtures.NODE_BYTES_PER_SECOND;
        assertEquals(expected, Collectives.collectiveSeconds(table, Collectives.ALL_REDUCE, bytes, 1, 8, 1, 1),
                1e-15);
        assertEquals(expected / 2, Collectives.collectiveSeconds(table, Collectives.GATHER_OR_SCATTER, bytes,
                1, 8, 1, 1), 1e-15);
    }

    @Test
    void aGroupAcrossNodesIsBoundByTheSlowerLevelThroughEveryMembersNic() {
        CostTable table = CostTable.builder(Fixtures.system(64), Fixtures.gpt(8, 1024, 8, 1024, 8, 1000)).build();
        double bytes = 1e9;
        // 64 consecutive ranks: 8 per node share the node's 8 NICs (hierarchical)
        double dense = Collectives.collectiveSeconds(table, Collectives.ALL_REDUCE, bytes, 1, 64, 1, 1);
        assertEquals(2 * 63.0 / 64 * bytes / (8 * Fixtures.CLUSTER_BYTES_PER_SECOND), dense, 1e-12);
        // 8 ranks with stride 8: one per node, each through its own NIC
        double sparse = Collectives.collectiveSeconds(table, Collectives.ALL_REDUCE, bytes, 8, 8, 1, 1);
        assertEquals(2 * 7.0 / 8 * bytes / Fixtures.CLUSTER_BYTES_PER_SECOND, sparse, 1e-12);
        // flat: every rank's share through its own NIC
        assertEquals(63.0 / 64 * bytes / Fixtures.CLUSTER_BYTES_PER_SECOND,
                Collectives.flatCollectiveSeconds(table, Collectives.GATHER_OR_SCATTER, bytes, 64, 1), 1e-12);
    }

    @Test
    void aFlatCollectiveOverRanksStridedAcrossNodesIsOnTheNetworkHoweverFewTheyAre() {
        CostTable table = CostTable.builder(Fixtures.system(64), Fixtures.gpt(8, 1024, 8, 1024, 8, 1000)).build();
        double bytes = 1e9;
        // 8 consecutive ranks: one node, its switch
        assertEquals(7.0 / 8 * bytes / Fixtures.NODE_BYTES_PER_SECOND,
                Collectives.flatCollectiveSeconds(table, Collectives.GATHER_OR_SCATTER, bytes, 1, 8, 8, 1, 1), 1e-12);
        // 8 ranks 8 apart (ZeRO-3's data-parallel group under tp·pp = 8): one per node, through the network
        assertEquals(7.0 / 8 * bytes / Fixtures.CLUSTER_BYTES_PER_SECOND,
                Collectives.flatCollectiveSeconds(table, Collectives.GATHER_OR_SCATTER, bytes, 2, 1, 8, 8, 1), 1e-12);
        // cp ranks 2 apart and dp ranks 4 apart: ranks 0, 2, …, 14, in two nodes
        assertEquals(7.0 / 8 * bytes / Fixtures.CLUSTER_BYTES_PER_SECOND,
                Collectives.flatCollectiveSeconds(table, Collectives.GATHER_OR_SCATTER, bytes, 2, 2, 4, 4, 1), 1e-12);
        // cp ranks 1 apart and dp ranks 2 apart: ranks 0 to 3, in one node
        assertEquals(3.0 / 4 * bytes / Fixtures.NODE_BYTES_PER_SECOND,
                Collectives.flatCollectiveSeconds(table, Collectives.GATHER_OR_SCATTER, bytes, 1, 2, 2, 2, 1), 1e-12);
    }

    @Test
    void zeroThreesDataParallelTrafficCrossesTheNetworkWhenTensorAndPipelineRanksFillTheNode() {
        // 16 ranks in nodes of 8: tp=4, pp=2 fill a node, so dp=2's pair sits in two nodes; tp=4, pp=1, dp=2 keeps
        // the pair in one node. The same bytes per rank cross a 10× slower level in the first.
        Workload w = Fixtures.gpt(8, 1024, 8, 1024, 64, 1000);
        double[] inNode = run(Fixtures.system(8), w, Strategy.parse("tp=4,pp=1,dp=2,mb=1,zero=3"));
        double[] acrossNodes = run(Fixtures.system(16), w, Strategy.parse("tp=4,pp=2,dp=2,mb=1,zero=3"));
        double inNodeTraffic = inNode[KernelOutput.DP_COMMUNICATION_SECONDS];
        double acrossTraffic = acrossNodes[KernelOutput.DP_COMMUNICATION_SECONDS];
        // pp=2 halves the layers (and bytes) per rank; the network is 10× slower than the node's switch
        double ratio = Fixtures.NODE_BYTES_PER_SECOND / Fixtures.CLUSTER_BYTES_PER_SECOND;
        assertTrue(acrossTraffic > 0.4 * ratio * inNodeTraffic, acrossTraffic + " vs " + inNodeTraffic);
    }

    @Test
    void eachRingStepPaysTheLatencyOfTheLevelItsHopCrosses() {
        // NCCL's ring model (src/graph/tuning.cc): of an all-reduce's 2(n-1) steps, 2(nodes-1) cross the network
        // and the rest stay inside a node
        double inNode = 1e-6;
        double acrossNodes = 7e-6;
        SystemSpec system = Fixtures.system(64, java.util.Set.of(StackFeature.values()), inNode, acrossNodes);
        CostTable table = CostTable.builder(system, Fixtures.gpt(8, 1024, 8, 1024, 8, 1000)).build();
        // 16 consecutive ranks on two nodes
        assertEquals(2 * 14 * inNode + 2 * 1 * acrossNodes, Collectives.collectiveSeconds(table,
                Collectives.ALL_REDUCE, 1e-30, 1, 16, 1, 1), 1e-15);
        assertEquals(14 * inNode + acrossNodes, Collectives.collectiveLatencySeconds(table,
                Collectives.GATHER_OR_SCATTER, 1, 16, 1, 1), 1e-15);
        // 8 ranks inside one node; 8 ranks a node apart, every hop across the network
        assertEquals(2 * 7 * inNode, Collectives.collectiveLatencySeconds(table, Collectives.ALL_REDUCE, 1, 8,
                1, 1), 1e-15);
        assertEquals(2 * 7 * acrossNodes, Collectives.collectiveLatencySeconds(table, Collectives.ALL_REDUCE,
                8, 8, 1, 1), 1e-15);
        // two dimensions: 4 ranks of a node (stride 2) times 4 nodes (stride 8) = 16 ranks, 4 nodes
        assertEquals(2 * 12 * inNode + 2 * 3 * acrossNodes, Collectives.collectiveLatencySeconds(table,
                Collectives.ALL_REDUCE, 2, 4, 8, 4), 1e-15);
    }

    @Test
    void pipelineBubbleDependsOnStagesAndInterleavingNotOnTheNumberOfMicrobatches() {
        SystemSpec system = Fixtures.system(8);
        double few = bubble(system, Fixtures.gpt(16, 1024, 8, 1024, 32, 1000), "tp=1,pp=4,dp=2,vpp=1,mb=1");
        double many = bubble(system, Fixtures.gpt(16, 1024, 8, 1024, 256, 1000), "tp=1,pp=4,dp=2,vpp=1,mb=1");
        assertEquals(few, many, 1e-12 * few);
        double interleaved = bubble(system, Fixtures.gpt(16, 1024, 8, 1024, 32, 1000), "tp=1,pp=4,dp=2,vpp=2,mb=1");
        // (p-1)/v of a microbatch's pipelined work: halving with v=2 up to the doubled pipeline transfers
        assertTrue(interleaved < 0.55 * few && interleaved > 0.45 * few, interleaved + " vs " + few);
        assertEquals(0, bubble(system, Fixtures.gpt(16, 1024, 8, 1024, 32, 1000), "tp=1,pp=1,dp=8,mb=1"));
    }

    @Test
    void zeroTwoReduceScattersEachMicrobatchsGradientsWhereZeroOneReducesTheAccumulatedOnesOnce() {
        // ZeRO-2 keeps only its shard of the gradients, so under gradient accumulation every microbatch reduces its
        // own: 4 microbatches cost 4 reduce-scatters (DeepSpeed ZeRO-2, FSDP SHARD_GRAD_OP), ZeRO-1 one per step
        SystemSpec system = Fixtures.system(16);
        Workload w = Fixtures.gpt(8, 1024, 8, 1024, 64, 1000);
        int gradient = KernelOutput.of(StepComponent.DP_GRADIENT_REDUCTION);
        double[] zero1 = run(system, w, Strategy.parse("tp=1,pp=1,dp=16,mb=1,zero=1"));
        double[] zero2 = run(system, w, Strategy.parse("tp=1,pp=1,dp=16,mb=1,zero=2"));
        double[] zero2OneMicrobatch = run(system, w, Strategy.parse("tp=1,pp=1,dp=16,mb=4,zero=2"));
        double reduction = zero1[gradient];
        assertTrue(reduction > 0, "the fixture reduces gradients over 16 ranks");
        assertEquals(4, zero2[KernelOutput.MICROBATCHES]);
        assertEquals(4 * reduction, zero2[gradient], 1e-12 * reduction);
        assertEquals(reduction, zero2OneMicrobatch[gradient], 1e-12 * reduction);
        assertEquals(3 * reduction, zero2[KernelOutput.DP_COMMUNICATION_SECONDS] - zero1[KernelOutput.DP_COMMUNICATION_SECONDS],
                1e-9 * reduction);
        assertTrue(zero2[KernelOutput.of(MemoryComponent.GRADIENTS)] < zero1[KernelOutput.of(MemoryComponent.GRADIENTS)],
                "what ZeRO-2 buys with it: a shard of the gradients");

        // overlapped, each reduction hides under its own microbatch's backward, but never the last bucket of each
        CostTable overlapped = CostTable.builder(system, w).set(CostKey.DATA_PARALLEL_OVERLAP, 1)
                .set(CostKey.DATA_PARALLEL_BUCKET_PARAMETERS, 1e6).build();
        double[] hidden = new double[KernelOutput.SIZE];
        new ReferenceKernel().evaluate(overlapped,
                KernelStrategy.encode(Strategy.parse("tp=1,pp=1,dp=16,mb=1,zero=2").resolve(16)), hidden);
        assertTrue(hidden[gradient] < zero2[gradient], hidden[gradient] + " exposed of " + zero2[gradient]);
        assertEquals(zero2[KernelOutput.DP_COMMUNICATION_SECONDS], hidden[KernelOutput.DP_COMMUNICATION_SECONDS],
                1e-12 * reduction, "overlap hides traffic, it does not remove it");
    }

    @Test
    void eachZeroStageTakesWhatTheStackCanShardAndWhere() {
        SoftwareStack megatron = stack(StackFeature.DISTRIBUTED_OPTIMIZER);
        SoftwareStack deepSpeed = stack(StackFeature.ZERO3);
        SoftwareStack neither = stack(StackFeature.PIPELINE_PARALLEL);
        int zero = KernelStrategy.ZERO_STAGE;
        assertNull(ReferenceKernel.missingFeature(megatron, zero, 1));
        assertEquals("zero=2 needs gradient sharding (ZeRO-2/3, FSDP), which test does not support",
                ReferenceKernel.missingFeature(megatron, zero, 2));
        assertNotNull(ReferenceKernel.missingFeature(megatron, zero, 3));
        for (int stage = 0; stage <= 3; stage++) {
            assertNull(ReferenceKernel.missingFeature(deepSpeed, zero, stage), "zero=" + stage);
        }
        assertNull(ReferenceKernel.missingFeature(neither, zero, 0));
        for (int stage = 1; stage <= 3; stage++) {
            assertNotNull(ReferenceKernel.missingFeature(neither, zero, stage), "zero=" + stage);
        }
        // inside a pipeline, ZeRO-2 and -3 take a stack that shards there (DeepSpeed's pipeline engine refuses them)
        SoftwareStack pipelined = stack(StackFeature.ZERO3, StackFeature.PIPELINE_PARALLEL);
        int pp = KernelStrategy.PP;
        assertNull(ReferenceKernel.missingFeature(pipelined, zero, 1, pp, 4));
        assertEquals("zero=3 with pp>1 needs gradient sharding inside a pipeline, which test does not support",
                ReferenceKernel.missingFeature(pipelined, zero, 3, pp, 4));
        assertNotNull(ReferenceKernel.missingFeature(pipelined, zero, 2, pp, 4));
        assertNull(ReferenceKernel.missingFeature(pipelined, zero, 3, pp, 1));
        SoftwareStack torchtitan = stack(StackFeature.ZERO3, StackFeature.PIPELINE_PARALLEL,
                StackFeature.ZERO3_WITH_PIPELINE);
        assertNull(ReferenceKernel.missingFeature(torchtitan, zero, 3, pp, 4));
    }

    private static SoftwareStack stack(StackFeature first, StackFeature... rest) {
        Figure one = Figure.of(1, Provenance.estimate("test"));
        return new SoftwareStack("test", one, one, one, EnumSet.of(first, rest));
    }

    @Test
    void tensorParallelTrafficOverlapsOnlyInsideANodeOfTheInnermostLevel() {
        // nodes of 8: tp=8 stays in one, tp=16 spans two, and its traffic runs exposed on the network
        Workload w = Fixtures.gpt(8, 4096, 32, 2048, 64, 32000);
        int exposed = KernelOutput.of(StepComponent.TP_COMMUNICATION);
        int penalty = KernelOutput.of(StepComponent.TP_OVERLAP_PENALTY);
        for (int t : new int[] {8, 16}) {
            String layout = "tp=" + t + ",pp=1,dp=2,mb=1,sp=true";
            double[] with = run(Fixtures.system(2 * t), w, Strategy.parse(layout));
            double[] without = run(Fixtures.system(2 * t,
                    EnumSet.complementOf(EnumSet.of(StackFeature.TP_COMM_OVERLAP)), 0), w, Strategy.parse(layout));
            if (t == 8) {
                assertTrue(with[exposed] < without[exposed], "tp=8 overlaps in its node: " + with[exposed] + " vs "
                        + without[exposed]);
            } else {
                assertEquals(without[exposed], with[exposed], 0, "tp=16 crosses nodes: nothing hidden");
                assertEquals(0, with[penalty]);
                assertEquals(without[KernelOutput.STEP_SECONDS], with[KernelOutput.STEP_SECONDS], 0);
            }
        }
    }

    private static double bubble(SystemSpec system, Workload w, String strategy) {
        return run(system, w, Strategy.parse(strategy))[KernelOutput.of(StepComponent.PIPELINE_BUBBLE)];
    }
}
