package dev.walls.core.spec;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads quantities written with units — {@code 80 GiB}, {@code 3.35 TB/s}, {@code 400 Gb/s}, {@code 700 W},
 * {@code 645 mm^2}, {@code USD 25000} — into base SI units (bytes, bytes/s, FLOP/s, W, mm², USD, s).
 *
 * <p>Bits and bytes are told apart by case: {@code B} is a byte, {@code b} a bit; a unit that could be either
 * (such as {@code mb} or {@code gbps}) is rejected rather than guessed.
 */
public final class Quantities {

    private static final Pattern NUMBER_UNIT = Pattern.compile(
            "^([-+]?(?:\\d+(?:[.,_]\\d+)*(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(.*)$");
    private static final Pattern USD_PREFIX = Pattern.compile("^(?:USD|US\\$|\\$)\\s*(.+)$", Pattern.CASE_INSENSITIVE);

    private static final Map<String, Double> SI = Map.of(
            "", 1.0, "k", 1e3, "K", 1e3, "M", 1e6, "G", 1e9, "T", 1e12, "P", 1e15, "E", 1e18, "Z", 1e21);
    private static final Map<String, Double> BINARY = Map.of(
            "Ki", 1024.0, "Mi", 1024.0 * 1024, "Gi", Math.pow(1024, 3), "Ti", Math.pow(1024, 4), "Pi", Math.pow(1024, 5));

    private Quantities() {
    }

    /**
     * Parses a quantity of the given dimension.
     *
     * @throws IllegalArgumentException with a sentence saying what is wrong and how to write it
     */
    public static double parse(String text, Dimension dimension) {
        String t = text.trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("is empty; expected " + dimension.example());
        }
        if (dimension == Dimension.USD) {
            Matcher m = USD_PREFIX.matcher(t);
            if (m.matches()) {
                t = m.group(1).trim();
            } else if (t.toUpperCase(Locale.ROOT).endsWith("USD")) {
                t = t.substring(0, t.length() - 3).trim();
            }
        }
        Matcher m = NUMBER_UNIT.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a number with a unit; expected " + dimension.example());
        }
        double value = number(m.group(1), text);
        String unit = m.group(2).trim();
        double scaled = value * factor(unit, dimension, text);
        if (!Double.isFinite(scaled)) {
            throw new IllegalArgumentException("'" + text + "' is not a finite number");
        }
        return scaled;
    }

    private static double number(String digits, String text) {
        String d = digits.replace("_", "");
        if (d.indexOf(',') >= 0) {
            // Thousands separators only: "25,000". A decimal comma would be ambiguous.
            if (!d.matches("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d*)?")) {
                throw new IllegalArgumentException("'" + text + "' has a comma that is not a thousands separator; write 1.5, not 1,5");
            }
            d = d.replace(",", "");
        }
        try {
            return Double.parseDouble(d);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number");
        }
    }

    private static double factor(String unit, Dimension dimension, String text) {
        return switch (dimension) {
            case COUNT -> plain(unit, text, dimension);
            case FRACTION -> fraction(unit, text);
            case USD -> usd(unit, text);
            case WATTS -> prefixed(unit, "W", dimension, text);
            case FLOPS_PER_SECOND -> flops(unit, text);
            case SECONDS -> seconds(unit, text);
            case SQUARE_MILLIMETERS -> area(unit, text);
            case BYTES -> bytes(unit, dimension, text);
            case BYTES_PER_SECOND -> bandwidth(unit, text);
        };
    }

    private static double plain(String unit, String text, Dimension dimension) {
        if (!unit.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' has a unit '" + unit + "' where " + dimension.example() + " is expected");
        }
        return 1;
    }

    private static double fraction(String unit, String text) {
        if (unit.isEmpty()) {
            return 1;
        }
        if (unit.equals("%")) {
            return 0.01;
        }
        throw new IllegalArgumentException("'" + text + "': unknown unit '" + unit + "'; write a fraction such as 0.8 or 80 %");
    }

    private static double usd(String unit, String text) {
        return switch (unit) {
            case "" -> 1;
            case "k", "K" -> 1e3;
            case "M", "m" -> 1e6;
            case "B", "bn" -> 1e9;
            default -> throw new IllegalArgumentException("'" + text + "': unknown amount suffix '" + unit
                    + "'; write USD 25000, USD 25k, USD 2.5M or USD 1B");
        };
    }

    private static double flops(String unit, String text) {
        String u = unit.replace("FLOP/s", "FLOPS").replace("flop/s", "FLOPS");
        if (u.endsWith("FLOPS")) {
            String prefix = u.substring(0, u.length() - 5);
            Double f = SI.get(prefix);
            if (f != null) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + text + "': unknown unit '" + unit + "'; expected FLOPS with an SI prefix, e.g. 989 TFLOPS or 1.1 EFLOPS");
    }

    private static double seconds(String unit, String text) {
        return switch (unit) {
            case "s" -> 1;
            case "ms" -> 1e-3;
            case "us", "µs", "μs" -> 1e-6;
            case "ns" -> 1e-9;
            // the plausible range of a time starts at a picosecond, and says so in this unit
            case "ps" -> 1e-12;
            case "min" -> 60;
            case "h" -> 3600;
            default -> throw new IllegalArgumentException("'" + text + "': unknown time unit '" + unit
                    + "'; expected ps, ns, us, ms, s, min or h");
        };
    }

    private static double area(String unit, String text) {
        return switch (unit) {
            case "mm^2", "mm²", "mm2" -> 1;
            case "cm^2", "cm²", "cm2" -> 100;
            default -> throw new IllegalArgumentException("'" + text + "': unknown area unit '" + unit + "'; expected mm^2 or cm^2");
        };
    }

    private static double prefixed(String unit, String base, Dimension dimension, String text) {
        if (unit.endsWith(base)) {
            Double f = SI.get(unit.substring(0, unit.length() - base.length()));
            if (f != null) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + text + "': unknown unit '" + unit + "'; expected " + dimension.example());
    }

    /** Bytes and bits of a size: "80 GiB", "1.25 MB", "512 Mb" (bits). */
    private static double bytes(String unit, Dimension dimension, String text) {
        if (unit.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' has no unit; expected " + dimension.example());
        }
        return sizeFactor(unit, text, dimension);
    }

    private static double sizeFactor(String unit, String text, Dimension dimension) {
        String prefix;
        double bytesPerUnit;
        if (unit.endsWith("bits") || unit.endsWith("bit")) {
            prefix = unit.substring(0, unit.lastIndexOf("bit"));
            bytesPerUnit = 0.125;
        } else if (unit.endsWith("B")) {
            prefix = unit.substring(0, unit.length() - 1);
            bytesPerUnit = 1;
        } else if (unit.endsWith("b")) {
            prefix = unit.substring(0, unit.length() - 1);
            bytesPerUnit = 0.125;
        } else {
            throw ambiguous(unit, text, dimension);
        }
        Double f = BINARY.containsKey(prefix) ? BINARY.get(prefix) : SI.get(prefix);
        if (f == null) {
            // "mb", "gb": a lower-case prefix other than k is a typo, and whether b meant bits is anyone's guess.
            throw ambiguous(unit, text, dimension);
        }
        return f * bytesPerUnit;
    }

    private static IllegalArgumentException ambiguous(String unit, String text, Dimension dimension) {
        return new IllegalArgumentException("'" + text + "': unknown unit '" + unit + "'; expected " + dimension.example()
                + " (B = byte, b = bit; prefixes k M G T P, or Ki Mi Gi Ti for powers of 1024)");
    }

    /** "3.35 TB/s", "400 Gb/s", "400 Gbps"; a bare "mbps" is ambiguous and rejected. */
    private static double bandwidth(String unit, String text) {
        String u = unit;
        if (u.endsWith("/s")) {
            u = u.substring(0, u.length() - 2);
        } else if (u.endsWith("ps") && u.length() > 2 && Character.isUpperCase(u.charAt(0))) {
            // "Gbps" / "GBps": the b or B before "ps" decides bits or bytes.
            u = u.substring(0, u.length() - 2);
        } else {
            throw new IllegalArgumentException("'" + text + "': unknown bandwidth unit '" + unit
                    + "'; expected " + Dimension.BYTES_PER_SECOND.example());
        }
        if (u.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "': unknown bandwidth unit '" + unit + "'");
        }
        return sizeFactor(u, text, Dimension.BYTES_PER_SECOND);
    }
}
