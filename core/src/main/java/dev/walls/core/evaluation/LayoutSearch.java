package dev.walls.core.evaluation;

import dev.walls.spi.kernel.CostKey;
import dev.walls.spi.kernel.CostTable;
import dev.walls.spi.kernel.EvaluationKernel;
import dev.walls.spi.kernel.KernelOutput;
import dev.walls.spi.kernel.KernelStrategy;
import dev.walls.spi.strategy.Recompute;
import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.system.Precision;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Exhaustive search of the layout keys a user leaves open, on the kernel: the fastest layout that fits memory
 * wins; when none fits, the one with the smallest footprint. Candidates are enumerated in a fixed order and ties
 * keep the first, so the result is deterministic.
 */
final class LayoutSearch {

    /** Keys the search understands. */
    static final Set<String> KEYS = Set.of("tp", "pp", "cp", "vpp", "mb", "recompute", "sp", "zero", "precision");

    private static final int MAX_MICROBATCH = 16;
    private static final int MAX_VPP = 16;
    private static final int MAX_TP = 64;

    private final CostTable table;
    private final EvaluationKernel kernel;

    LayoutSearch(CostTable table, EvaluationKernel kernel) {
        this.table = table;
        this.kernel = kernel;
    }

    Strategy best(int accelerators, Strategy partial, Set<String> openKeys) {
        Set<String> open = new TreeSet<>();
        for (String k : openKeys) {
            String key = k.trim().toLowerCase(Locale.ROOT);
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("cannot search key '" + k + "'; searchable keys: " + new TreeSet<>(KEYS));
            }
            open.add(key);
        }
        List<Integer> tps = open.contains("tp") ? tpCandidates(accelerators) : List.of(partial.tp());
        List<Integer> cps = open.contains("cp") ? powersOfTwo(16) : List.of(partial.cp());
        List<Precision> precisions = open.contains("precision") ? precisions() : List.of(partial.precision());
        List<Recompute> recomputes = open.contains("recompute") ? List.of(Recompute.values()) : List.of(partial.recompute());
        List<Integer> zeros = open.contains("zero") ? List.of(0, 1, 2, 3) : List.of(partial.zeroStage());
        int layers = (int) table.get(CostKey.LAYERS);
        int batch = (int) table.get(CostKey.GLOBAL_BATCH_SEQUENCES);

        int[] slots = new int[KernelStrategy.SIZE];
        double[] out = new double[KernelOutput.SIZE];
        int[] bestFit = null;
        double bestFitSeconds = Double.POSITIVE_INFINITY;
        int[] bestAny = null;
        double bestAnyBytes = Double.POSITIVE_INFINITY;
        for (int tp : tps) {
            for (int cp : cps) {
                if (accelerators % (tp * cp) != 0) {
                    continue;
                }
                List<Integer> pps = open.contains("pp") ? divisors(layers, accelerators / (tp * cp)) : List.of(partial.pp());
                for (int pp : pps) {
                    if (accelerators % (tp * cp * pp) != 0) {
                        continue;
                    }
                    int dp = accelerators / (tp * cp * pp);
                    if (partial.dp() != 0 && !open.contains("pp") && !open.contains("tp") && !open.contains("cp")
                            && partial.dp() != dp) {
                        continue;
                    }
                    List<Integer> vpps = open.contains("vpp") ? (pp == 1 ? List.of(1) : divisors(layers / pp, MAX_VPP))
                            : List.of(partial.vpp());
                    List<Integer> mbs = open.contains("mb") ? divisors(Math.max(1, batch / dp), MAX_MICROBATCH)
                            : List.of(partial.microbatch());
                    List<Boolean> sps = open.contains("sp") ? (tp > 1 ? List.of(false, true) : List.of(false))
                            : List.of(partial.sequenceParallel() && tp > 1);
                    for (Precision precision : precisions) {
                        for (int vpp : vpps) {
                            for (int mb : mbs) {
                                for (Recompute recompute : recomputes) {
                                    for (boolean sp : sps) {
                                        for (int zero : zeros) {
                                            slots[KernelStrategy.TP] = tp;
                                            slots[KernelStrategy.PP] = pp;
                                            slots[KernelStrategy.DP] = dp;
                                            slots[KernelStrategy.CP] = cp;
                                            slots[KernelStrategy.VPP] = vpp;
                                            slots[KernelStrategy.MICROBATCH] = mb;
                                            slots[KernelStrategy.RECOMPUTE] = recompute.ordinal();
                                            slots[KernelStrategy.SEQUENCE_PARALLEL] = sp ? 1 : 0;
                                            slots[KernelStrategy.ZERO_STAGE] = zero;
                                            slots[KernelStrategy.PRECISION] = precision.ordinal();
                                            if (ReferenceKernel.invalidReason(table, slots) != null) {
                                                continue;
                                            }
                                            kernel.evaluate(table, slots, out);
                                            if (out[KernelOutput.VALID] == 0) {
                                                continue;
                                            }
                                            double seconds = out[KernelOutput.STEP_SECONDS];
                                            if (out[KernelOutput.FITS] != 0 && seconds < bestFitSeconds) {
                                                bestFitSeconds = seconds;
                                                bestFit = slots.clone();
                                            }
                                            if (out[KernelOutput.MEMORY_BYTES] < bestAnyBytes) {
                                                bestAnyBytes = out[KernelOutput.MEMORY_BYTES];
                                                bestAny = slots.clone();
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        int[] chosen = bestFit != null ? bestFit : bestAny;
        if (chosen == null) {
            throw new IllegalArgumentException("no valid layout of " + partial + " with open keys " + open
                    + " on " + accelerators + " accelerators (check divisibility of layers, heads and batch)");
        }
        return KernelStrategy.decode(chosen);
    }

    private List<Precision> precisions() {
        List<Precision> list = new ArrayList<>();
        for (Precision p : Precision.values()) {
            if (table.peakFlopsPerSecond(p) > 0) {
                list.add(p);
            }
        }
        return list;
    }

    private static List<Integer> tpCandidates(int accelerators) {
        List<Integer> list = new ArrayList<>();
        for (int tp = 1; tp <= MAX_TP && tp <= accelerators; tp *= 2) {
            list.add(tp);
        }
        return list;
    }

    private static List<Integer> powersOfTwo(int max) {
        List<Integer> list = new ArrayList<>();
        for (int v = 1; v <= max; v *= 2) {
            list.add(v);
        }
        return list;
    }

    private static List<Integer> divisors(int value, int max) {
        List<Integer> list = new ArrayList<>();
        for (int v = 1; v <= max && v <= value; v++) {
            if (value % v == 0) {
                list.add(v);
            }
        }
        return list;
    }
}
