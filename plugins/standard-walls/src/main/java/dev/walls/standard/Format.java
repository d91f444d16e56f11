package dev.walls.standard;

import java.util.Locale;

/** Number formatting for findings. */
final class Format {

    /** Numbers in findings: US separators, which the JDK formats without new DecimalFormatSymbols per call. */
    private static final Locale NUMBERS = Locale.US;

    private Format() {
    }

    static String seconds(double s) {
        if (s == 0) {
            return "0 s";
        }
        if (s < 1e-4) {
            // "0.0 ms" would hide what little there is
            return String.format(NUMBERS, "%.1f us", s * 1e6);
        }
        return String.format(NUMBERS, s >= 10 ? "%.1f s" : s >= 0.1 ? "%.2f s" : "%.1f ms", s >= 0.1 ? s : s * 1e3);
    }

    static String gigabytes(double bytes) {
        return String.format(NUMBERS, "%.1f GB", bytes / 1e9);
    }
}
