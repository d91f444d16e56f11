package dev.walls.spi.system;

import java.util.Locale;

/** Number formats of matrix arithmetic; peaks are always dense (no 2:4 sparsity). */
public enum Precision {
    FP32(4), TF32(4), BF16(2), FP16(2), FP8(1), FP4(0.5), INT8(1);

    private final double bytesPerElement;

    Precision(double bytesPerElement) {
        this.bytesPerElement = bytesPerElement;
    }

    /** Returns the storage size of one element, in bytes. */
    public double bytesPerElement() {
        return bytesPerElement;
    }

    /** Returns the lower-case id used in specs, strategies and JSON, e.g. {@code "bf16"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses an id such as {@code "bf16"} (case-insensitive).
     *
     * @throws IllegalArgumentException listing the known ids when none matches
     */
    public static Precision parse(String text) {
        for (Precision p : values()) {
            if (p.id().equalsIgnoreCase(text.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown precision '" + text + "'; expected one of: fp32, tf32, bf16, fp16, fp8, fp4, int8");
    }

    @Override
    public String toString() {
        return id();
    }
}
