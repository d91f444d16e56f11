package dev.walls.spi.system;

/**
 * How far and in what steps a system can be resized with {@code --accelerators N}.
 *
 * @param minAccelerators  the smallest system, at least 1
 * @param stepAccelerators sizes are multiples of this (a node, a rack, a tile); at least 1
 * @param maxAccelerators  the largest system that can be built as described
 */
public record Scaling(int minAccelerators, int stepAccelerators, int maxAccelerators) {

    public Scaling {
        if (minAccelerators < 1 || stepAccelerators < 1 || maxAccelerators < minAccelerators) {
            throw new IllegalArgumentException("scaling must satisfy 1 <= min <= max and step >= 1, got min="
                    + minAccelerators + " step=" + stepAccelerators + " max=" + maxAccelerators);
        }
    }

    /** A system that cannot be resized. */
    public static Scaling fixed(int accelerators) {
        return new Scaling(accelerators, accelerators, accelerators);
    }

    /** Returns null when {@code accelerators} is a valid size, else a sentence saying why not. */
    public String reject(int accelerators) {
        if (accelerators < minAccelerators || accelerators > maxAccelerators) {
            return "must be between " + minAccelerators + " and " + maxAccelerators + ", got " + accelerators;
        }
        if (accelerators % stepAccelerators != 0) {
            return "must be a multiple of " + stepAccelerators + ", got " + accelerators;
        }
        return null;
    }
}
