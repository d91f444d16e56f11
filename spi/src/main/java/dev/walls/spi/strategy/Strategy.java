package dev.walls.spi.strategy;

import dev.walls.spi.system.Precision;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How a training job is laid out on the accelerators: the parallel degrees and the memory-saving options.
 *
 * @param tp               tensor-parallel degree; at least 1
 * @param pp               pipeline-parallel degree; at least 1
 * @param dp               data-parallel degree; at least 1, or 0 for "all the accelerators left"
 * @param cp               context-parallel degree; at least 1
 * @param vpp              interleaved (virtual) stages per pipeline rank; at least 1
 * @param microbatch       sequences per microbatch per data-parallel rank; at least 1
 * @param recompute        activation recomputation
 * @param sequenceParallel Megatron sequence parallelism over the tensor-parallel group
 * @param zeroStage        0 = replicated optimizer, 1 = distributed optimizer (ZeRO-1), 2 = also gradients,
 *                         3 = also weights (ZeRO-3 / FSDP)
 * @param precision        the precision of the matrix multiplications
 */
public record Strategy(int tp, int pp, int dp, int cp, int vpp, int microbatch, Recompute recompute,
                       boolean sequenceParallel, int zeroStage, Precision precision) {

    /** The layout used when none is given: one accelerator per replica, bf16, distributed optimizer. */
    public static final Strategy DEFAULT = new Strategy(1, 1, 0, 1, 1, 1, Recompute.NONE, false, 1, Precision.BF16);

    public Strategy {
        Objects.requireNonNull(recompute, "recompute");
        Objects.requireNonNull(precision, "precision");
        atLeast(tp, 1, "tp");
        atLeast(pp, 1, "pp");
        atLeast(dp, 0, "dp");
        atLeast(cp, 1, "cp");
        atLeast(vpp, 1, "vpp");
        atLeast(microbatch, 1, "mb");
        if (zeroStage < 0 || zeroStage > 3) {
            throw new IllegalArgumentException("zero must be 0, 1, 2 or 3, got " + zeroStage);
        }
        if (vpp > 1 && pp == 1) {
            throw new IllegalArgumentException("vpp=" + vpp + " needs pipeline parallelism (pp > 1)");
        }
        if (sequenceParallel && tp == 1) {
            throw new IllegalArgumentException("sp=true needs tensor parallelism (tp > 1)");
        }
    }

    private static void atLeast(int value, int min, String key) {
        if (value < min) {
            throw new IllegalArgumentException(key + " must be at least " + min + ", got " + value);
        }
    }

    /** Returns the accelerators one data-parallel replica spans. */
    public int modelParallelSize() {
        return tp * pp * cp;
    }

    /** Returns the accelerators the strategy uses; 0 while {@code dp} is still to be derived. */
    public int accelerators() {
        return tp * pp * cp * dp;
    }

    /**
     * Returns this strategy with {@code dp} derived from the accelerator count when it was left at 0.
     *
     * @throws IllegalArgumentException when tp·pp·cp·dp does not equal {@code accelerators}
     */
    public Strategy resolve(int accelerators) {
        int mp = modelParallelSize();
        if (dp == 0) {
            if (accelerators % mp != 0) {
                throw new IllegalArgumentException("tp·pp·cp = " + mp + " does not divide " + accelerators + " accelerators");
            }
            return withDp(accelerators / mp);
        }
        if (accelerators() != accelerators) {
            throw new IllegalArgumentException("tp·pp·cp·dp = " + accelerators() + " but the system has " + accelerators
                    + " accelerators");
        }
        return this;
    }

    public Strategy withDp(int newDp) {
        return new Strategy(tp, pp, newDp, cp, vpp, microbatch, recompute, sequenceParallel, zeroStage, precision);
    }

    public Strategy withMicrobatch(int mb) {
        return new Strategy(tp, pp, dp, cp, vpp, mb, recompute, sequenceParallel, zeroStage, precision);
    }

    public Strategy withVpp(int v) {
        return new Strategy(tp, pp, dp, cp, v, microbatch, recompute, sequenceParallel, zeroStage, precision);
    }

    public Strategy withRecompute(Recompute r) {
        return new Strategy(tp, pp, dp, cp, vpp, microbatch, r, sequenceParallel, zeroStage, precision);
    }

    public Strategy withSequenceParallel(boolean sp) {
        return new Strategy(tp, pp, dp, cp, vpp, microbatch, recompute, sp, zeroStage, precision);
    }

    public Strategy withZeroStage(int zero) {
        return new Strategy(tp, pp, dp, cp, vpp, microbatch, recompute, sequenceParallel, zero, precision);
    }

    public Strategy withPrecision(Precision p) {
        return new Strategy(tp, pp, dp, cp, vpp, microbatch, recompute, sequenceParallel, zeroStage, p);
    }

    /**
     * Parses {@code tp=8,pp=8,dp=16,cp=1,vpp=1,mb=1,recompute=selective,sp=true,zero=1,precision=bf16}.
     * Keys may come in any order and any may be left out: {@code dp} then fills the system, {@code sp} is on
     * whenever {@code tp > 1}, and the rest take the values of {@link #DEFAULT}.
     *
     * @throws IllegalArgumentException naming the key and the accepted values on any mistake
     */
    public static Strategy parse(String text) {
        Objects.requireNonNull(text, "text");
        Map<String, String> kv = new LinkedHashMap<>();
        String[] parts = text.isBlank() ? new String[0] : text.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.isEmpty()) {
                // "tp=8,,pp=2" is a slip (a key lost while editing), not "nothing here": say which part it is.
                throw new IllegalArgumentException("strategy part " + (i + 1)
                        + (i == 0 ? "" : ", after '" + parts[i - 1].trim() + "',") + " is empty; write key=value parts"
                        + " separated by single commas");
            }
            int eq = p.indexOf('=');
            if (eq <= 0 || eq == p.length() - 1) {
                throw new IllegalArgumentException("strategy part '" + p + "' is not key=value");
            }
            String key = p.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            if (kv.put(key, p.substring(eq + 1).trim()) != null) {
                throw new IllegalArgumentException("strategy key '" + key + "' is given twice");
            }
        }
        int tp = intOf(kv, "tp", DEFAULT.tp);
        int pp = intOf(kv, "pp", DEFAULT.pp);
        // dp=0 inside a strategy means "derive it"; a user who writes dp=0 has made a mistake, not asked for that.
        boolean dpGiven = kv.containsKey("dp");
        int dp = intOf(kv, "dp", DEFAULT.dp);
        if (dpGiven) {
            atLeast(dp, 1, "dp");
        }
        int cp = intOf(kv, "cp", DEFAULT.cp);
        int vpp = intOf(kv, "vpp", DEFAULT.vpp);
        int mb = intOf(kv, "mb", DEFAULT.microbatch);
        Recompute recompute = kv.containsKey("recompute") ? Recompute.parse(kv.remove("recompute")) : DEFAULT.recompute;
        boolean sp = kv.containsKey("sp") ? boolOf(kv.remove("sp")) : tp > 1;
        int zero = intOf(kv, "zero", DEFAULT.zeroStage);
        Precision precision = kv.containsKey("precision") ? Precision.parse(kv.remove("precision")) : DEFAULT.precision;
        if (!kv.isEmpty()) {
            throw new IllegalArgumentException("unknown strategy key '" + kv.keySet().iterator().next()
                    + "'; expected tp, pp, dp, cp, vpp, mb, recompute, sp, zero, precision");
        }
        return new Strategy(tp, pp, dp, cp, vpp, mb, recompute, sp, zero, precision);
    }

    private static int intOf(Map<String, String> kv, String key, int fallback) {
        String v = kv.remove(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("strategy key '" + key + "' needs a whole number, got '" + v + "'");
        }
    }

    private static boolean boolOf(String v) {
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException("strategy key 'sp' needs true or false, got '" + v + "'");
    }

    /** Returns the canonical text form, which {@link #parse} reads back to an equal strategy. */
    @Override
    public String toString() {
        // dp is 0 until resolve() derives it from the system: left out, as a user leaves it out, not shown as 0
        return "tp=" + tp + ",pp=" + pp + (dp == 0 ? "" : ",dp=" + dp) + ",cp=" + cp + ",vpp=" + vpp + ",mb=" + microbatch
                + ",recompute=" + recompute + ",sp=" + sequenceParallel + ",zero=" + zeroStage + ",precision=" + precision;
    }
}
