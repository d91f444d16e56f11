package dev.walls.spi.kernel;

import java.util.Arrays;

/**
 * A set of layouts given as a product: for every {@link KernelStrategy} slot, the values it takes. Layout {@code i}
 * of the grid is read as a mixed-radix number with the last slot ({@link KernelStrategy#PRECISION}) varying
 * fastest: the slots' order (tp, pp, dp, cp, interleaving, microbatch, recompute, sp, ZeRO, precision) is the
 * grid's point order.
 *
 * <p>A grid is what a search hands a kernel in one call ({@link EvaluationKernel#score}): the kernel can then derive
 * what the layouts share once, instead of once per layout. It is mutable and meant to be reused, so that a search
 * builds one per block without allocating.
 */
public final class LayoutGrid {

    private final int[][] values = new int[KernelStrategy.SIZE][8];
    private final int[] counts = new int[KernelStrategy.SIZE];

    /** Returns a grid holding one layout. */
    public static LayoutGrid of(int[] slots) {
        LayoutGrid g = new LayoutGrid();
        for (int slot = 0; slot < KernelStrategy.SIZE; slot++) {
            g.set(slot, slots[slot]);
        }
        return g;
    }

    /** Empties every slot. */
    public LayoutGrid clear() {
        Arrays.fill(counts, 0);
        return this;
    }

    /** Empties one slot. */
    public LayoutGrid clear(int slot) {
        counts[slot] = 0;
        return this;
    }

    /** Makes {@code value} the only value of a slot. */
    public LayoutGrid set(int slot, int value) {
        counts[slot] = 0;
        return add(slot, value);
    }

    /** Adds a value to a slot; values keep the order they were added in. */
    public LayoutGrid add(int slot, int value) {
        int n = counts[slot];
        if (n == values[slot].length) {
            values[slot] = Arrays.copyOf(values[slot], 2 * n);
        }
        values[slot][n] = value;
        counts[slot] = n + 1;
        return this;
    }

    /** Returns how many values a slot takes. */
    public int count(int slot) {
        return counts[slot];
    }

    /** Returns the {@code index}-th value of a slot. */
    public int value(int slot, int index) {
        if (index >= counts[slot]) {
            throw new IndexOutOfBoundsException("slot " + slot + " has " + counts[slot] + " values, asked for " + index);
        }
        return values[slot][index];
    }

    /**
     * Returns how many layouts the grid holds: the product of the slots' counts (0 when a slot is empty).
     *
     * @throws ArithmeticException when the product exceeds an {@code int}
     */
    public int size() {
        int n = 1;
        for (int c : counts) {
            n = Math.multiplyExact(n, c);
        }
        return n;
    }

    /** Returns how far apart in point order two layouts are that differ by one step in {@code slot}. */
    public int stride(int slot) {
        int s = 1;
        for (int i = KernelStrategy.SIZE - 1; i > slot; i--) {
            s *= counts[i];
        }
        return s;
    }

    /** Writes every slot's {@link #stride} into {@code strides} at once and returns it. */
    public int[] strides(int[] strides) {
        int s = 1;
        for (int slot = KernelStrategy.SIZE - 1; slot >= 0; slot--) {
            strides[slot] = s;
            s *= counts[slot];
        }
        return strides;
    }

    /** Writes layout {@code point} into {@code slots} and returns it. */
    public int[] layout(int point, int[] slots) {
        if (point < 0 || point >= size()) {
            throw new IndexOutOfBoundsException("point " + point + " of a grid of " + size());
        }
        int rest = point;
        for (int slot = KernelStrategy.SIZE - 1; slot >= 0; slot--) {
            int c = counts[slot];
            slots[slot] = values[slot][rest % c];
            rest /= c;
        }
        return slots;
    }

    /**
     * Steps {@code slots} to the next layout in point order, with {@code digits} holding each slot's value index (all
     * zero with {@code slots} at layout 0). Returns false after the last layout.
     */
    public boolean next(int[] slots, int[] digits) {
        for (int slot = KernelStrategy.SIZE - 1; slot >= 0; slot--) {
            int d = digits[slot] + 1;
            if (d < counts[slot]) {
                digits[slot] = d;
                slots[slot] = values[slot][d];
                return true;
            }
            digits[slot] = 0;
            slots[slot] = values[slot][0];
        }
        return false;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("LayoutGrid[");
        for (int slot = 0; slot < KernelStrategy.SIZE; slot++) {
            b.append(slot == 0 ? "" : ", ").append(Arrays.toString(Arrays.copyOf(values[slot], counts[slot])));
        }
        return b.append(']').toString();
    }
}
