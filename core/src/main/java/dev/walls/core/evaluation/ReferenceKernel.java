package dev.walls.core.evaluation;

import static dev.walls.spi.kernel.Collectives.ALL_REDUCE;
import static dev.walls.spi.kernel.Collectives.GATHER_OR_SCATTER;
import static dev.walls.spi.kernel.Collectives.collectiveLatencySeconds;
import static dev.walls.spi.kernel.Collectives.collectiveSeconds;
import static dev.walls.spi.kernel.Collectives.flatCollectiveSeconds;
import static dev.walls.spi.kernel.Collectives.insideScaleUpDomain;
import static dev.walls.spi.kernel.Collectives.pointToPointSeconds;

import dev.walls.spi.kernel.CostKey;
import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.kernel.EvaluationKernel;
import dev.walls.spi.kernel.KernelOutput;
import dev.walls.spi.kernel.KernelStrategy;
import dev.walls.spi.kernel.MemoryComponent;
import dev.walls.spi.kernel.PipelineLayers;
import dev.walls.spi.kernel.StepComponent;
import dev.walls.spi.strategy.Recompute;
import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.SoftwareStack;
import dev.walls.spi.system.StackFeature;
import java.util.Arrays;

/**
 * The readable training-step model: the oracle every optimized kernel must match.
 *
 * <p>One step of 1F1B (optionally interleaved) pipeline training of a dense decoder-only transformer on a
 * tp × cp × pp × dp grid (TP innermost, then CP, PP, DP outermost). The busiest rank is timed per microbatch,
 * operation by operation; the step is microbatches × that time, plus the pipeline bubble, the exposed
 * data-parallel communication, the optimizer step and host work. Every term is then split into the fixed
 * {@link StepComponent}s so that ideal compute plus the components is exactly the step time.
 *
 * <p>Sources of the formulas: Narayanan et al. 2021 (pipeline schedule, bubble (p-1)/(m·v), TP all-reduces),
 * Korthikanti et al. 2022 (activation memory per tensor, selective recomputation, sequence parallelism),
 * Rajbhandari et al. 2020 (ZeRO state sharding), Dao et al. 2022/2023 (flash attention skips masked blocks),
 * Chowdhery et al. 2022 App. B (model FLOPs). The ring collective costs are the textbook ones: all-reduce moves
 * 2(n-1)/n of the buffer, reduce-scatter and all-gather (n-1)/n.
 */
public final class ReferenceKernel implements EvaluationKernel {

    /** A layout that needs no feature of any stack: the other keys of a {@link #missingFeature(SoftwareStack, int, int)} question. */
    private static final Strategy NEEDS_NOTHING = new Strategy(1, 1, 1, 1, 1, 1, Recompute.NONE, false, 0, Precision.BF16);

    @Override
    public String id() {
        return "reference";
    }

    @Override
    public void evaluate(CostTable table, int[] strategy, double[] out) {
        Arrays.fill(out, 0, KernelOutput.SIZE, 0.0);
        new Step(table, strategy).run(out);
    }

    /** Returns null when the layout is valid for the table, else which constraint it breaks. */
    public static String invalidReason(CostTable c, int[] st) {
        int t = st[KernelStrategy.TP];
        int p = st[KernelStrategy.PP];
        int d = st[KernelStrategy.DP];
        int cp = st[KernelStrategy.CP];
        int v = st[KernelStrategy.VPP];
        int b = st[KernelStrategy.MICROBATCH];
        long layers = (long) c.get(CostKey.LAYERS);
        long heads = (long) c.get(CostKey.HEADS);
        long kvHeads = (long) c.get(CostKey.KV_HEADS);
        long ffn = (long) c.get(CostKey.FFN_HIDDEN);
        long seq = (long) c.get(CostKey.SEQUENCE_TOKENS);
        long batch = (long) c.get(CostKey.GLOBAL_BATCH_SEQUENCES);
        long n = (long) c.get(CostKey.ACCELERATORS);
        if (t < 1 || p < 1 || d < 1 || cp < 1 || v < 1 || b < 1) {
            return "every degree must be at least 1";
        }
        if ((long) t * p * d * cp != n) {
            return "tp·pp·dp·cp = " + ((long) t * p * d * cp) + " must equal the " + n + " accelerators";
        }
        if (c.peakFlopsPerSecond(st[KernelStrategy.PRECISION]) <= 0) {
            return "precision=" + Precision.values()[st[KernelStrategy.PRECISION]]
                    + " is not supported by the accelerator (no dense peak for it)";
        }
        String format = untrainedFormat(Precision.values()[st[KernelStrategy.PRECISION]]);
        if (format != null) {
            return format;
        }
        if (heads % t != 0) {
            return "tp=" + t + " must divide the " + heads + " attention heads";
        }
        if (kvHeads % t != 0) {
            return "tp=" + t + " must divide the " + kvHeads + " key/value heads";
        }
        if (ffn % t != 0) {
            return "tp=" + t + " must divide the FFN width " + ffn;
        }
        boolean uneven = c.has(StackFeature.UNEVEN_PIPELINE);
        if (!PipelineLayers.splits(layers, p, v, uneven)) {
            if (!uneven) {
                return "pp·vpp = " + ((long) p * v) + " must divide the " + layers + " layers (every stage holds as "
                        + "many: the stack has no uneven stages; pp·vpp is one of " + Divisors.listed((int) layers) + ")";
            }
            if (p > layers) {
                return "pp=" + p + " is more stages than the " + layers + " layers";
            }
            long full = (long) PipelineLayers.busiestStage(layers, p);
            long last = (long) PipelineLayers.lastStage(layers, p);
            if (last < 1) {
                return "pp=" + p + " leaves the last stage none of the " + layers + " layers: the others hold ⌈"
                        + layers + "/" + p + "⌉ = " + full + " each";
            }
            return "vpp=" + v + " must divide the " + full + " layers of each full stage of pp=" + p + " (⌈" + layers
                    + "/" + p + "⌉), with at least one in each of the last stage's chunks (it holds " + last + ")";
        }
        if (seq % (2L * cp) != 0 && cp > 1) {
            return "2·cp = " + (2 * cp) + " must divide the sequence length " + seq + " (load-balanced causal chunks)";
        }
        if (batch % ((long) d * b) != 0) {
            return "dp·mb = " + ((long) d * b) + " must divide the global batch of " + batch + " sequences";
        }
        long m = batch / ((long) d * b);
        if (v > 1 && m % p != 0) {
            return "with vpp>1 the " + m + " microbatches per step (batch/(dp·mb)) must be a multiple of pp=" + p;
        }
        if (st[KernelStrategy.SEQUENCE_PARALLEL] != 0 && t == 1) {
            return "sp=true needs tp > 1";
        }
        int zero = st[KernelStrategy.ZERO_STAGE];
        if (zero < 0 || zero > 3) {
            return "zero must be 0..3";
        }
        String feature = missingFeature(c.features(), st, "the software stack");
        if (feature != null) {
            return feature;
        }
        return null;
    }

    /**
     * Why a number format is not one this model trains in, or null. The model is mixed-precision training: 16-bit
     * weights and activations, FP32 master weights and optimizer state, GEMMs in the layout's format (bf16, fp16, or
     * fp8/fp4 with 16-bit fallbacks). Full FP32/TF32 training would double every 16-bit footprint and transfer, and
     * INT8 has no training recipe; pricing them with the 16-bit footprint would be silently wrong.
     */
    public static String untrainedFormat(Precision precision) {
        return switch (precision) {
            case FP32, TF32 -> "precision=" + precision + " (full 32-bit training) is not modeled: the model is"
                    + " mixed-precision training with 16-bit weights and activations; use bf16, fp16 or fp8";
            case INT8 -> "precision=int8 is an inference format: no training recipe uses it; use bf16, fp16 or fp8";
            default -> null;
        };
    }

    /**
     * What one key at one value needs of a software stack and the stack lacks, every other key needing nothing, or
     * null: the one statement of these rules. The kernel refuses a layout with it, the search enumerates and refuses
     * pinned keys with it, and a job's defaults step around it.
     *
     * @param slot  the key, a {@link KernelStrategy} index ({@code KernelStrategy.ZERO_STAGE})
     * @param value its value, as {@link KernelStrategy#encode} writes it (an ordinal for enums, 1 for true)
     * @return e.g. {@code sp=true needs sequence parallelism, which Tesla Dojo compiler stack does not support}
     */
    public static String missingFeature(SoftwareStack stack, int slot, int value) {
        return missingFeature(stack, slot, value, slot, value);
    }

    /** {@link #missingFeature(SoftwareStack, int, int)} for two keys at once ({@code zero} inside a pipeline). */
    public static String missingFeature(SoftwareStack stack, int slot, int value, int slot2, int value2) {
        long features = 0;
        for (StackFeature f : stack.features()) {
            features |= 1L << f.ordinal();
        }
        int[] slots = KernelStrategy.encode(NEEDS_NOTHING);
        slots[slot] = value;
        slots[slot2] = value2;
        return missingFeature(features, slots, stack.name());
    }

    private static boolean has(long features, StackFeature f) {
        return (features & (1L << f.ordinal())) != 0;
    }

    private static String missingFeature(long features, int[] st, String stack) {
        if (st[KernelStrategy.PP] > 1 && !has(features, StackFeature.PIPELINE_PARALLEL)) {
            return "pp>1 needs pipeline parallelism, which " + stack + " does not support";
        }
        if (st[KernelStrategy.VPP] > 1 && !has(features, StackFeature.INTERLEAVED_PIPELINE)) {
            return "vpp>1 needs the interleaved pipeline schedule, which " + stack + " does not support";
        }
        if (st[KernelStrategy.SEQUENCE_PARALLEL] != 0 && !has(features, StackFeature.SEQUENCE_PARALLEL)) {
            return "sp=true needs sequence parallelism, which " + stack + " does not support";
        }
        if (st[KernelStrategy.CP] > 1 && !has(features, StackFeature.CONTEXT_PARALLEL)) {
            return "cp>1 needs context parallelism, which " + stack + " does not support";
        }
        // A distributed optimizer (Megatron's) shards the optimizer state only, ZeRO-1; sharding the gradients too
        // takes the ZeRO-2/3 machinery (DeepSpeed, FSDP), which also runs ZeRO-1.
        int zero = st[KernelStrategy.ZERO_STAGE];
        if (zero == 1 && !has(features, StackFeature.DISTRIBUTED_OPTIMIZER) && !has(features, StackFeature.ZERO3)) {
            return "zero=1 needs a distributed optimizer, which " + stack + " does not support";
        }
        if (zero == 2 && !has(features, StackFeature.ZERO3)) {
            return "zero=2 needs gradient sharding (ZeRO-2/3, FSDP), which " + stack + " does not support";
        }
        if (zero == 3 && !has(features, StackFeature.ZERO3)) {
            return "zero=3 needs ZeRO-3 / FSDP, which " + stack + " does not support";
        }
        if (zero >= 2 && st[KernelStrategy.PP] > 1 && !has(features, StackFeature.ZERO3_WITH_PIPELINE)) {
            return "zero=" + zero + " with pp>1 needs gradient sharding inside a pipeline, which " + stack
                    + " does not support";
        }
        Precision precision = Precision.values()[st[KernelStrategy.PRECISION]];
        if ((precision == Precision.FP8 || precision == Precision.FP4) && !has(features, StackFeature.FP8_TRAINING)) {
            return "precision=" + precision + " needs FP8 training, which " + stack + " does not support";
        }
        if (st[KernelStrategy.RECOMPUTE] == Recompute.SELECTIVE.ordinal() && !has(features, StackFeature.SELECTIVE_RECOMPUTE)) {
            return "recompute=selective is not supported by " + stack;
        }
        return null;
    }

    /**
     * Activation bytes one layer stores for one microbatch on one rank, tensor by tensor (Korthikanti et al. 2022,
     * Sec. 4, derived for GQA, gated MLPs and flash attention): the norm inputs, the QKV and FC1 inputs (norm
     * outputs) and two one-byte dropout masks (none without dropout) are replicated over TP unless sequence parallelism splits them; Q, K,
     * V, the projection input, the FC1 output(s) and the FC2 input are split over TP; unfused attention also keeps
     * the softmax output, its dropout mask and the dropout output (5·a·s bytes per token in 16-bit), which
     * selective recomputation drops and flash attention never stores (it keeps the fp32 log-sum-exp per row).
     *
     * @param tokens     tokens of the microbatch on the rank (b·s/cp)
     * @param kvWidth    width of K (and of V): hidden·kvHeads/heads
     * @param replicated share of TP-replicated tensors the rank holds (1/t with sequence parallelism, else 1)
     */
    static double activationBytesPerLayer(double tokens, double hidden, double heads, double kvWidth, double ffn,
                                          double ffnMatrices, double tp, double replicated, boolean flash,
                                          Recompute mode, double sequence, double actBytes, boolean dropout) {
        // the two one-byte masks are dropout's (after attention's projection and after the MLP): none without it
        double replicatedBytes = tokens * hidden * (4 * actBytes + (dropout ? 2 : 0)) * replicated;
        double splitBytes = tokens * ((hidden + 2 * kvWidth) * actBytes + hidden * actBytes) / tp
                + tokens * ((ffnMatrices - 1) * ffn * actBytes + ffn * actBytes) / tp;
        double scoreBytes;
        if (flash) {
            scoreBytes = tokens * (heads / tp) * 4;
        } else if (mode == Recompute.NONE) {
            // the softmax output, and with dropout its mask and the dropped probabilities
            scoreBytes = tokens * (heads / tp) * sequence * (dropout ? 2 * actBytes + 1 : actBytes);
        } else {
            scoreBytes = 0;
        }
        return replicatedBytes + splitBytes + scoreBytes;
    }

    /** One evaluation: plain fields, so the arithmetic reads like the model's equations. */
    private static final class Step {
        final CostTable c;
        final int t;
        final int p;
        final int d;
        final int cp;
        final int v;
        final int b;
        final Recompute recompute;
        final boolean sp;
        final int zero;
        final Precision precision;

        // shape
        final double layers;
        final double h;
        final double heads;
        final double kvHeads;
        final double f;
        final double ffnMatrices;
        final boolean gated;
        final double vocab;
        final double embeddingMatrices;
        final double s;
        final double batch;
        final double n;
        final double actBytes;
        final boolean dropout;

        // hardware
        final double peakGemm;
        final double peak16;
        final double matmulEfficiency;
        final double gemmEfficiencyAtPrecision;
        final double hbmBytesPerSecond;
        final boolean lowPrecisionGemm;
        final boolean flash;

        Step(CostTable c, int[] st) {
            this.c = c;
            t = st[KernelStrategy.TP];
            p = st[KernelStrategy.PP];
            d = st[KernelStrategy.DP];
            cp = st[KernelStrategy.CP];
            v = st[KernelStrategy.VPP];
            b = st[KernelStrategy.MICROBATCH];
            recompute = Recompute.values()[st[KernelStrategy.RECOMPUTE]];
            sp = st[KernelStrategy.SEQUENCE_PARALLEL] != 0;
            zero = st[KernelStrategy.ZERO_STAGE];
            precision = Precision.values()[st[KernelStrategy.PRECISION]];
            layers = c.get(CostKey.LAYERS);
            h = c.get(CostKey.HIDDEN);
            heads = c.get(CostKey.HEADS);
            kvHeads = c.get(CostKey.KV_HEADS);
            f = c.get(CostKey.FFN_HIDDEN);
            ffnMatrices = c.get(CostKey.FFN_MATRICES);
            gated = c.get(CostKey.FFN_GATED) != 0;
            vocab = c.get(CostKey.VOCAB);
            embeddingMatrices = c.get(CostKey.EMBEDDING_MATRICES);
            s = c.get(CostKey.SEQUENCE_TOKENS);
            batch = c.get(CostKey.GLOBAL_BATCH_SEQUENCES);
            n = c.get(CostKey.ACCELERATORS);
            actBytes = c.get(CostKey.ACTIVATION_BYTES);
            dropout = c.get(CostKey.DROPOUT) != 0;
            peakGemm = c.peakFlopsPerSecond(precision);
            double p16 = Math.max(c.peakFlopsPerSecond(Precision.BF16), c.peakFlopsPerSecond(Precision.FP16));
            lowPrecisionGemm = precision.bytesPerElement() < 2;
            // Attention, norms and the output layer stay in 16-bit when the GEMMs run in FP8 (Transformer Engine).
            peak16 = lowPrecisionGemm && p16 > 0 ? p16 : (p16 > 0 && precision.bytesPerElement() == 2 ? p16 : peakGemm);
            matmulEfficiency = c.get(CostKey.MATMUL_EFFICIENCY);
            double fp8 = c.get(CostKey.FP8_MATMUL_EFFICIENCY);
            gemmEfficiencyAtPrecision = lowPrecisionGemm && fp8 > 0 ? fp8 : matmulEfficiency;
            hbmBytesPerSecond = c.tierCount() > 0 ? c.tierBandwidthBytesPerSecond(0) : Double.POSITIVE_INFINITY;
            flash = c.has(StackFeature.FLASH_ATTENTION);
        }

        /** Time of one GEMM of M×K by K×N at a peak and a large-GEMM efficiency, with tile and wave quantization. */
        double gemmSeconds(double rows, double cols, double inner, double peak, double efficiency) {
            double flops = 2 * rows * cols * inner;
            double overheadK = c.get(CostKey.GEMM_TILE_OVERHEAD_INNER_ELEMENTS);
            double e = efficiency * inner / (inner + overheadK);
            double tileRows = c.get(CostKey.GEMM_TILE_ROWS);
            double tileCols = c.get(CostKey.GEMM_TILE_COLUMNS);
            double units = c.get(CostKey.GEMM_CONCURRENT_TILES);
            if (tileRows > 0 && tileCols > 0 && units > 0) {
                double tr = Math.ceil(rows / tileRows);
                double tc = Math.ceil(cols / tileCols);
                double tiles = tr * tc;
                double waves = Math.ceil(tiles / units);
                double tileFill = rows * cols / (tr * tileRows * tc * tileCols);
                double waveFill = tiles / (waves * units);
                e *= tileFill * waveFill;
            }
            return flops / (peak * e) + c.get(CostKey.GEMM_FIXED_SECONDS);
        }

        /** Forward, activation-gradient and weight-gradient GEMMs of one linear layer: {fwd, bwd} seconds. */
        void linear(double tokens, double in, double outCols, double peak, double efficiency, double[] fwdBwd) {
            fwdBwd[0] = gemmSeconds(tokens, outCols, in, peak, efficiency);
            fwdBwd[1] = gemmSeconds(tokens, in, outCols, peak, efficiency) + gemmSeconds(in, outCols, tokens, peak, efficiency);
        }

        void run(double[] out) {
            int[] st = {t, p, d, cp, v, b, recompute.ordinal(), sp ? 1 : 0, zero, precision.ordinal()};
            if (invalidReason(c, st) != null) {
                out[KernelOutput.VALID] = 0;
                return;
            }
            out[KernelOutput.VALID] = 1;
            double m = batch / (d * b);
            // the busiest rank's layers: every stage's, or with uneven stages every stage's but the shorter last one's
            double layersPerRank = PipelineLayers.busiestStage(layers, p);
            double tokens = b * s / cp;                 // tokens of one microbatch on one rank
            double kvWidth = h * kvHeads / heads;       // width of K (and of V)
            double replicated = sp ? 1.0 / t : 1.0;     // share of TP-replicated tensors a rank touches

            // ---------------- FLOPs (per rank, per microbatch, per layer, forward) ----------------
            double qkvCols = (h + 2 * kvWidth) / t;
            double fc1Cols = (ffnMatrices - 1) * f / t;
            double attnNeeded = 2 * tokens * s * h / t;       // QK^T and AV, causal: half of 4·s·h per token
            double attnExecuted = flash ? attnNeeded : 2 * attnNeeded;
            double layerGemmFlops = 2 * tokens * h * qkvCols + 2 * tokens * (h / t) * h + 2 * tokens * h * fc1Cols
                    + 2 * tokens * (f / t) * h;
            double logitsFlops = 2 * tokens * h * vocab / t;
            double layerParams = h * (h + 2 * kvWidth) + h * h + ffnMatrices * h * f;
            double modelFlops = 3 * batch * s * (layers * (layerGemmFlops + attnNeeded) * t / tokens + logitsFlops * t / tokens);
            double ideal = modelFlops / (n * peakGemm);

            // ---------------- compute per layer per microbatch ----------------
            double[] fb = new double[2];
            double gemmF = 0;
            double gemmB = 0;
            linear(tokens, h, qkvCols, peakGemm, gemmEfficiencyAtPrecision, fb);
            gemmF += fb[0];
            gemmB += fb[1];
            double qkvFwd = fb[0];
            linear(tokens, h / t, h, peakGemm, gemmEfficiencyAtPrecision, fb);
            gemmF += fb[0];
            gemmB += fb[1];
            double projFwd = fb[0];
            linear(tokens, h, fc1Cols, peakGemm, gemmEfficiencyAtPrecision, fb);
            gemmF += fb[0];
            gemmB += fb[1];
            double fc1Fwd = fb[0];
            linear(tokens, f / t, h, peakGemm, gemmEfficiencyAtPrecision, fb);
            gemmF += fb[0];
            gemmB += fb[1];
            double fc2Fwd = fb[0];
            double gemmIdealLayer = 3 * layerGemmFlops / peakGemm;

            double attnF;
            double attnB;
            double softmaxBytesFwd = 0;
            if (flash) {
                double eF = c.get(CostKey.ATTENTION_FORWARD_EFFICIENCY);
                eF = eF > 0 ? eF : matmulEfficiency;
                double eB = c.get(CostKey.ATTENTION_BACKWARD_EFFICIENCY);
                eB = eB > 0 ? eB : eF;
                attnF = attnExecuted / (peak16 * eF);
                attnB = 2 * attnExecuted / (peak16 * eB);
            } else {
                double e = c.get(CostKey.UNFUSED_ATTENTION_EFFICIENCY);
                e = e > 0 ? e : matmulEfficiency;
                attnF = attnExecuted / (peak16 * e);
                attnB = 2 * attnExecuted / (peak16 * e);
                // scale-mask-softmax (read scores, write probabilities) and attention dropout (read, write, mask)
                softmaxBytesFwd = tokens * (heads / t) * s * (dropout ? 2 * actBytes + 2 * actBytes + 1 : 2 * actBytes);
            }
            double attnIdeal = 3 * attnNeeded / peakGemm;

            // memory-bound kernels: two norms (read h, write h), two residual adds (read 2h, write h),
            // the activation function (read f or 2f, write f), forward; backward moves a staged multiple of that
            double normAndResidualBytes = tokens * h * replicated * (2 * 2 + 2 * 3) * actBytes;
            double activationFnBytes = tokens * (f / t) * ((gated ? 3 : 2)) * actBytes;
            double memFwdBytes = normAndResidualBytes + activationFnBytes + softmaxBytesFwd;
            double memBw = hbmBytesPerSecond * c.get(CostKey.MEMORY_BOUND_EFFICIENCY);
            double memF = memFwdBytes / memBw;
            double memB = c.get(CostKey.MEMORY_BOUND_BACKWARD_TRAFFIC) * memFwdBytes / memBw;

            // FP8: cast-transposes of GEMM inputs (forward) and output gradients (backward)
            double fp8F = 0;
            double fp8B = 0;
            if (lowPrecisionGemm) {
                // QKV and FC1 inputs are cast inside the fused norm; projection and FC2 inputs need a cast-transpose
                double fwdCastElements = tokens * (h * replicated * 2 + (h / t) + (f / t));
                double bwdCastElements = tokens * (qkvCols + h * replicated + fc1Cols + h * replicated);
                fp8F = fwdCastElements * (actBytes + 2) / memBw;
                fp8B = bwdCastElements * (actBytes + 2) / memBw;
            }

            // ---------------- tensor- and context-parallel communication ----------------
            double tpBytes = tokens * h * actBytes;     // one all-reduce (or RS + AG pair) of the layer activations
            double tpOne = collectiveSeconds(c, ALL_REDUCE, tpBytes, 1, t, 1, 1);
            double tpF = 2 * tpOne;
            // with sequence parallelism the column-parallel layers keep only their sharded input and all-gather it
            // again in backward for the weight gradient (Korthikanti et al. 2022, Sec. 4.2.2)
            double tpB = 2 * tpOne + (sp ? 2 * collectiveSeconds(c, GATHER_OR_SCATTER, tpBytes, 1, t, 1, 1) : 0);
            double tpExposedF = tpF;
            double tpExposedB = tpB;
            double tpPenaltyF = 0;
            double tpPenaltyB = 0;
            if (t > 1 && sp && c.has(StackFeature.TP_COMM_OVERLAP) && insideScaleUpDomain(c, 1, t)) {
                // all-gathers hide under the GEMM that consumes them, reduce-scatters under the one that produces;
                // only inside the NVLink domain (see StackFeature.TP_COMM_OVERLAP)
                double hideF = qkvFwd + projFwd + fc1Fwd + fc2Fwd;
                double hideB = gemmB;
                tpExposedF = Math.max(0, tpF - hideF);
                tpExposedB = Math.max(0, tpB - hideB);
                double penalty = c.get(CostKey.TP_OVERLAP_COMPUTE_PENALTY);
                tpPenaltyF = penalty * (tpF - tpExposedF);
                tpPenaltyB = penalty * (tpB - tpExposedB);
            }
            double cpF = 0;
            double cpB = 0;
            double cpTotalLayer = 0;
            if (cp > 1) {
                // ring exchange of this rank's K and V chunk with the cp-1 others, overlapped with attention blocks
                double kvBytes = tokens * 2 * kvWidth / t * actBytes;
                double ring = (cp - 1) * pointToPointSecondsForGroup(kvBytes, t, cp);
                double penalty = c.get(CostKey.COLLECTIVE_OVERLAP_COMPUTE_PENALTY);
                double hideF = attnF * (cp - 1) / cp;
                double hideB = attnB * (cp - 1) / cp;
                cpF = Math.max(0, ring - hideF) + penalty * Math.min(ring, hideF);
                cpB = Math.max(0, 2 * ring - hideB) + penalty * Math.min(2 * ring, hideB);
                cpTotalLayer = 3 * ring;
            }

            double layerF = gemmF + attnF + memF + fp8F + tpExposedF + tpPenaltyF + cpF;
            double layerB = gemmB + attnB + memB + fp8B + tpExposedB + tpPenaltyB + cpB;
            double layerR = 0;
            if (recompute == Recompute.FULL) {
                layerR = layerF;
            } else if (recompute == Recompute.SELECTIVE) {
                layerR = attnF + softmaxBytesFwd / memBw;
            }

            // output layer and loss (last stage): the output layer stays 16-bit; the cross-entropy makes several
            // fp32 passes over the rank's share of the logits
            linear(tokens, h, vocab / t, peak16, matmulEfficiency, fb);
            double logitsGemm = fb[0] + fb[1];
            double logitsIdeal = 3 * logitsFlops / peakGemm;
            double lossBytes = tokens * vocab / t * c.get(CostKey.LOSS_BYTES_PER_LOGIT);
            double lossMem = lossBytes / memBw;

            // pipeline point-to-point: activations forward, gradients backward, per chunk
            double ppBytes = tokens * h * actBytes / t;  // scatter/gather (or sequence parallel) splits it over TP
            double ppOne = pointToPointSeconds(c, ppBytes, (double) t * cp, p);
            double ppPerMicrobatch = p > 1 ? 2 * v * ppOne * c.get(CostKey.PIPELINE_P2P_EXPOSED_FRACTION) : 0;

            // ---------------- the busiest rank, one microbatch ----------------
            double rankLayersMb = layersPerRank * (layerF + layerB + layerR);
            double rankLogitsMb = logitsGemm + lossMem;
            double rankMb = rankLayersMb + rankLogitsMb + ppPerMicrobatch;

            // ---------------- parameters and data parallelism ----------------
            // the first stage holds the embedding and the last the output layer; one stage holds both (an untied
            // output layer is a second matrix)
            double vocabMatrices = p == 1 ? embeddingMatrices : 1;
            double paramsRank = (layersPerRank * layerParams + vocabMatrices * vocab * h) / t;
            double dpGroup = d * cp;                     // CP ranks hold the same weights
            // fp16 training keeps and reduces 16-bit gradients (loss scaling); bf16/fp8 use the staged width
            double gradWidth = precision == Precision.FP16 ? Math.min(2, c.get(CostKey.GRADIENT_COMMUNICATION_BYTES))
                    : c.get(CostKey.GRADIENT_COMMUNICATION_BYTES);
            double gradBytes = paramsRank * gradWidth;
            // FP8 training keeps FP8 weight copies and gathers those (Transformer Engine FP8 parameters)
            double gatherWidth = lowPrecisionGemm ? Math.min(precision.bytesPerElement(), c.get(CostKey.PARAMETER_GATHER_BYTES))
                    : c.get(CostKey.PARAMETER_GATHER_BYTES);
            double gatherBytes = paramsRank * gatherWidth;
            double stridePp = (double) t * cp * p;
            double dpGradSeconds = 0;
            double dpParamSeconds = 0;
            double dpGradExposed;
            double dpParamExposed;
            double dpTotal;
            double rankFwdMb = layersPerRank * layerF;
            double rankBwdMb = layersPerRank * (layerB + layerR) + logitsGemm;
            double ncclPenalty = c.get(CostKey.COLLECTIVE_OVERLAP_COMPUTE_PENALTY);
            double bucketParams = c.get(CostKey.DATA_PARALLEL_BUCKET_PARAMETERS);
            double buckets = bucketParams > 0 ? Math.max(1, Math.ceil(paramsRank / bucketParams)) : 1;
            if (zero == 3) {
                // ZeRO-3 (DeepSpeed): every microbatch gathers each layer's weights for forward and backward (and
                // again for the recompute forward) and reduce-scatters its gradients, over the flat data-parallel
                // group: each rank receives its (n-1)/n share through its own injection bandwidth (no reuse of a
                // gathered weight by the other ranks of a node) on the level that holds the whole group, the network
                // as soon as the group is strided across nodes, which is why Narayanan et al. 2021 Table 2 steps stay flat
                // from 768 to 1536 GPUs; each layer's collective pays the ring's latency. Prefetching hides the
                // traffic behind the microbatch's compute, which the collectives slow down while they run.
                double gathers = recompute == Recompute.FULL ? 3 : 2;
                double perRankGather = flatCollectiveSeconds(c, GATHER_OR_SCATTER, gatherBytes, t, cp, stridePp, d,
                        layersPerRank);
                double perRankScatter = flatCollectiveSeconds(c, GATHER_OR_SCATTER, gradBytes, t, cp, stridePp, d,
                        layersPerRank);
                double commMb = gathers * perRankGather + perRankScatter;
                double slowedCompute = rankMb + ncclPenalty * Math.min(commMb, rankMb);
                double exposedMb = Math.max(commMb, slowedCompute) - rankMb;
                double share = commMb > 0 ? gathers * perRankGather / commMb : 0;
                dpParamExposed = m * exposedMb * share;
                dpGradExposed = m * exposedMb * (1 - share);
                dpTotal = m * commMb;
            } else {
                // ZeRO-2 keeps only its shard of the gradients, so it cannot add them up over the step's microbatches:
                // every microbatch reduce-scatters its own (DeepSpeed's ZeRO-2 reduces every micro-step; FSDP's
                // SHARD_GRAD_OP does too, and gathers the weights again, which is not charged here). ZeRO-0 and ZeRO-1
                // reduce the accumulated gradients once per step.
                double gradReductions = zero == 2 ? m : 1;
                double gradReduction;
                if (zero == 0) {
                    gradReduction = collectiveSeconds(c, ALL_REDUCE, gradBytes, t, cp, stridePp, d)
                            + (buckets - 1) * collectiveLatencySeconds(c, ALL_REDUCE, t, cp, stridePp, d);
                } else {
                    gradReduction = collectiveSeconds(c, GATHER_OR_SCATTER, gradBytes, t, cp, stridePp, d)
                            + (buckets - 1) * collectiveLatencySeconds(c, GATHER_OR_SCATTER, t, cp, stridePp, d);
                    dpParamSeconds = collectiveSeconds(c, GATHER_OR_SCATTER, gatherBytes, t, cp, stridePp, d)
                            + (buckets - 1) * collectiveLatencySeconds(c, GATHER_OR_SCATTER, t, cp, stridePp, d);
                }
                dpGradSeconds = gradReductions * gradReduction;
                if (c.get(CostKey.DATA_PARALLEL_OVERLAP) != 0) {
                    // bucketed: the gradient reduction runs under the last microbatch's backward, the parameter
                    // gather under the next step's first forward; the last bucket of each is exposed, and what runs
                    // hidden slows the compute beneath it
                    // the pipeline's drain (fill) idles the first stage too: part of the bubble is hiding room
                    double drain = p > 1 ? c.get(CostKey.PIPELINE_BUBBLE_HIDING_FRACTION) * (p - 1.0) / v
                            * (layersPerRank * (layerF + layerB + layerR)) : 0;
                    double gradHideable = gradReduction * (1 - 1 / buckets);
                    double gradHidden = Math.min(gradHideable, rankBwdMb + drain);
                    if (gradReductions > 1) {
                        // the earlier microbatches' reductions each under that microbatch's backward
                        gradHidden += (gradReductions - 1) * Math.min(gradHideable, rankBwdMb);
                    }
                    double paramHidden = Math.min(dpParamSeconds * (1 - 1 / buckets), rankFwdMb + drain);
                    dpGradExposed = dpGradSeconds - gradHidden + ncclPenalty * gradHidden;
                    dpParamExposed = dpParamSeconds - paramHidden + ncclPenalty * paramHidden;
                } else {
                    dpGradExposed = dpGradSeconds;
                    dpParamExposed = dpParamSeconds;
                }
                dpTotal = dpGradSeconds + dpParamSeconds;
            }

            double ownedParams = zero >= 1 ? paramsRank / dpGroup : paramsRank;
            double optimizer = ownedParams * c.get(CostKey.OPTIMIZER_TRAFFIC_BYTES_PER_PARAMETER) / memBw;
            double host = m * c.get(CostKey.DATA_SECONDS_PER_MICROBATCH) + c.get(CostKey.HOST_SECONDS_PER_STEP);

            // ---------------- memory of the busiest pipeline stage ----------------
            // Every stage holds the same state: with pp > 1 the first holds the embedding and the last the output
            // layer (a copy of the embedding when they are tied), one V·h/t matrix each. They differ in activations,
            // so the busiest stage is the one with the most activation bytes.
            // FP8 training keeps FP8 weights and their transposes (Transformer Engine FP8 parameters): the same two
            // bytes per parameter as a 16-bit copy
            double weightBytes = c.get(CostKey.WEIGHT_BYTES_PER_PARAMETER);
            double weights = paramsRank * weightBytes / (zero == 3 ? dpGroup : 1);
            double gradBufferWidth = precision == Precision.FP16 ? Math.min(2, c.get(CostKey.GRADIENT_BYTES_PER_PARAMETER))
                    : c.get(CostKey.GRADIENT_BYTES_PER_PARAMETER);
            double grads = paramsRank * gradBufferWidth / (zero >= 2 ? dpGroup : 1);
            double optimizerState = paramsRank * c.get(CostKey.OPTIMIZER_BYTES_PER_PARAMETER) / (zero >= 1 ? dpGroup : 1);
            // Microbatches whose activations a stage holds at once, in units of one microbatch through the stage's
            // L/p layers. In Megatron-Core's schedules a rank runs its warm-up forwards, then one more forward before
            // its first backward, and each later forward is followed by a backward: warm-up + 1 in flight, of the
            // schedule's unit. 1F1B (forward_backward_pipelining_without_interleaving): rank r warms up with
            // p - r - 1 microbatches, capped at m, so the first stage holds min(m, p) and the last 1. Interleaved
            // (with_interleaving, v model chunks of L/(p·v) layers per rank): rank r warms up with
            // 2·(p - r - 1) + (v - 1)·p chunks (the group size per virtual stage is p), so the first stage holds
            // 2(p-1) + (v-1)p + 1 chunks, p·(1 + (p-1)/(v·p)) microbatches, and the last (v-1)·p + 1 chunks,
            // ((v-1)·p + 1)/v microbatches; never more than the m·v chunks of a step, since m is a multiple of p
            // with v > 1. That formula is 1 at v = 1, the last stage of 1F1B.
            double firstInFlight = Math.min(m, p) * (v > 1 ? 1 + (p - 1.0) / (v * p) : 1);
            double lastInFlight = ((v - 1.0) * p + 1) / v;
            // What a stage keeps per layer and microbatch in flight: a full recompute keeps only each layer's input,
            // and one layer's full activations live during its recompute.
            double storedPerLayer = recompute == Recompute.FULL ? tokens * h * replicated * actBytes
                    : activationBytesPerLayer(tokens, kvWidth, replicated);
            double liveLayer = recompute == Recompute.FULL
                    ? activationBytesPerLayer(tokens, kvWidth, replicated, Recompute.NONE) : 0;
            // The last stage runs the loss: the fp32 logits and their gradient, of its one microbatch in the output
            // layer at a time (its last chunk's forward is followed at once by that chunk's backward).
            double logits = tokens * vocab / t * 4 * 2;
            double firstActivations = layersPerRank * firstInFlight * storedPerLayer + liveLayer;
            if (p == 1) {
                firstActivations += logits;  // the one stage is also the last
            }
            double lastActivations = PipelineLayers.lastStage(layers, p) * lastInFlight * storedPerLayer + liveLayer
                    + logits;
            // The stages hold the same state, so the busiest holds the most activations: the first keeps more
            // layer-microbatches in flight, the last the logits. With pp = 1 both are the one stage, reported as the
            // first.
            boolean lastBusiest = lastActivations > firstActivations;
            double activations = lastBusiest ? lastActivations : firstActivations;
            double inFlight = lastBusiest ? lastInFlight : firstInFlight;
            double runtime = c.get(CostKey.RUNTIME_BYTES_PER_RANK);
            double subtotal = weights + grads + optimizerState + activations + runtime;
            double fragmentation = subtotal * c.get(CostKey.FRAGMENTATION_FRACTION);
            double total = subtotal + fragmentation;

            // place the busiest stage's footprint in tiers, fastest first; what spills is streamed from the slower
            // tier (the stages hold the same state, so the busiest stage spills the most)
            double capacity = 0;
            for (int i = 0; i < c.tierCount(); i++) {
                capacity += c.tierCapacityBytes(i);
            }
            double fastest = c.tierCount() > 0 ? c.tierCapacityBytes(0) : 0;
            double remaining = total;
            for (int i = 0; i < c.tierCount() && i < KernelOutput.MAX_TIERS; i++) {
                double placed = i == c.tierCount() - 1 ? remaining : Math.min(remaining, c.tierCapacityBytes(i));
                out[KernelOutput.TIER_BYTES + i] = placed;
                remaining -= placed;
            }
            double spilled = Math.max(0, total - fastest);
            double streaming = 0;
            if (spilled > 0 && c.tierCount() > 1) {
                // least-touched state spills first: optimizer state (read + write once per step), then gradients
                // (accumulated every microbatch), weights (read forward and backward), activations (write, read)
                double left = spilled;
                double opt = Math.min(left, optimizerState);
                left -= opt;
                double gr = Math.min(left, grads);
                left -= gr;
                double w = Math.min(left, weights);
                left -= w;
                double act = Math.min(left, activations + runtime + fragmentation);
                double bytesMoved = 2 * opt + 2 * m * gr + 2 * m * w + 2 * m * act / Math.max(1, inFlight);
                streaming = bytesMoved / c.tierBandwidthBytesPerSecond(1);
            }

            // ---------------- assemble the step ----------------
            double bubble = p > 1 ? (p - 1.0) / v * (rankLayersMb + ppPerMicrobatch) : 0;
            double gemmLoss = m * (layersPerRank * (gemmF + gemmB - gemmIdealLayer) + logitsGemm - logitsIdeal);
            double attnLoss = m * layersPerRank * (attnF + attnB - attnIdeal);
            double memLoss = m * (layersPerRank * (memF + memB) + lossMem);
            double fp8Loss = m * layersPerRank * (fp8F + fp8B);
            double recomputeLoss = m * layersPerRank * layerR;
            double tpLoss = m * layersPerRank * (tpExposedF + tpExposedB);
            double tpPenalty = m * layersPerRank * (tpPenaltyF + tpPenaltyB);
            double cpLoss = m * layersPerRank * (cpF + cpB);
            double ppLoss = m * ppPerMicrobatch;
            double rankIdeal = m * (layersPerRank * (gemmIdealLayer + attnIdeal) + logitsIdeal);
            double imbalance = Math.max(0, rankIdeal - ideal);

            put(out, StepComponent.GEMM_EFFICIENCY, gemmLoss);
            put(out, StepComponent.ATTENTION_KERNELS, attnLoss);
            put(out, StepComponent.MEMORY_BOUND_KERNELS, memLoss);
            put(out, StepComponent.FP8_CONVERSIONS, fp8Loss);
            put(out, StepComponent.PIPELINE_IMBALANCE, imbalance);
            put(out, StepComponent.PIPELINE_BUBBLE, bubble);
            put(out, StepComponent.OPTIMIZER_STEP, optimizer);
            put(out, StepComponent.DATA_AND_HOST, host);
            put(out, StepComponent.RECOMPUTE, recomputeLoss);
            put(out, StepComponent.TIER_STREAMING, streaming);
            put(out, StepComponent.TP_COMMUNICATION, tpLoss);
            put(out, StepComponent.TP_OVERLAP_PENALTY, tpPenalty);
            put(out, StepComponent.CP_COMMUNICATION, cpLoss);
            put(out, StepComponent.PP_COMMUNICATION, ppLoss);
            put(out, StepComponent.DP_GRADIENT_REDUCTION, dpGradExposed);
            put(out, StepComponent.DP_PARAMETER_GATHER, dpParamExposed);

            out[KernelOutput.of(MemoryComponent.WEIGHTS)] = weights;
            out[KernelOutput.of(MemoryComponent.GRADIENTS)] = grads;
            out[KernelOutput.of(MemoryComponent.OPTIMIZER_STATE)] = optimizerState;
            out[KernelOutput.of(MemoryComponent.ACTIVATIONS)] = activations;
            out[KernelOutput.of(MemoryComponent.RUNTIME_AND_BUFFERS)] = runtime;
            out[KernelOutput.of(MemoryComponent.FRAGMENTATION)] = fragmentation;
            out[KernelOutput.BUSIEST_STAGE] = lastBusiest ? 1 : 0;

            double stepSeconds = ideal;
            for (StepComponent sc : StepComponent.values()) {
                stepSeconds += out[KernelOutput.of(sc)];
            }
            // what every rank executes, on average: uneven stages hold fewer layers than the busiest rank's
            double executedPerRankMb = layers / p * (3 * layerGemmFlops + 3 * attnExecuted
                    + (recompute == Recompute.FULL ? layerGemmFlops + attnExecuted
                    : recompute == Recompute.SELECTIVE ? attnExecuted : 0));
            double hardwareFlops = m * (executedPerRankMb * n + 3 * logitsFlops * t * d * cp);
            out[KernelOutput.IDEAL_SECONDS] = ideal;
            out[KernelOutput.STEP_SECONDS] = stepSeconds;
            out[KernelOutput.MODEL_FLOPS] = modelFlops;
            out[KernelOutput.HARDWARE_FLOPS] = hardwareFlops;
            out[KernelOutput.MICROBATCHES] = m;
            out[KernelOutput.MEMORY_BYTES] = total;
            out[KernelOutput.CAPACITY_BYTES] = capacity;
            out[KernelOutput.FASTEST_TIER_BYTES] = fastest;
            out[KernelOutput.FITS] = total <= capacity ? 1 : 0;
            out[KernelOutput.SPILLED_BYTES] = spilled;
            out[KernelOutput.TP_COMMUNICATION_SECONDS] = m * layersPerRank * (tpF + tpB
                    + (recompute == Recompute.FULL ? tpF : 0));
            out[KernelOutput.CP_COMMUNICATION_SECONDS] = m * layersPerRank * cpTotalLayer;
            out[KernelOutput.PP_COMMUNICATION_SECONDS] = p > 1 ? m * 2 * v * ppOne : 0;
            out[KernelOutput.DP_COMMUNICATION_SECONDS] = dpTotal;
            double gemmModeled = m * (layersPerRank * (gemmF + gemmB) + logitsGemm);
            double gemmIdealRank = m * (layersPerRank * gemmIdealLayer + logitsIdeal);
            out[KernelOutput.GEMM_EFFICIENCY] = gemmModeled > 0 ? gemmIdealRank / gemmModeled : 0;
            double pipelined = m * rankMb;
            out[KernelOutput.BUBBLE_FRACTION] = pipelined > 0 ? bubble / pipelined : 0;
        }

        double pointToPointSecondsForGroup(double bytes, double stride, double size) {
            return pointToPointSeconds(c, bytes, stride, size);
        }

        double activationBytesPerLayer(double tokens, double kvWidth, double replicated) {
            return activationBytesPerLayer(tokens, kvWidth, replicated, recompute);
        }

        double activationBytesPerLayer(double tokens, double kvWidth, double replicated, Recompute mode) {
            return ReferenceKernel.activationBytesPerLayer(tokens, h, heads, kvWidth, f, ffnMatrices, t, replicated,
                    flash, mode, s, actBytes, dropout);
        }

        static void put(double[] out, StepComponent component, double seconds) {
            out[KernelOutput.of(component)] = Math.max(0, seconds);
        }
    }
}
