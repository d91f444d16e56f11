package dev.walls.core.sweep;

import dev.walls.core.error.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The accelerator counts a sweep visits, as {@code walls sweep --accelerators} takes them: a list
 * ({@code 1024,2048,4096}), a range that doubles ({@code 1024..16384}), grows by a whole factor ({@code 1024..16384*4})
 * or by a step ({@code 1024..8192+1024}), or a list of any of these ({@code 64,256..1024}). A range's last size is its
 * largest term not above its end. The counts are kept in increasing order.
 *
 * @param counts the accelerator counts, each at least 1, increasing, at most {@link #MAX_POINTS} of them
 */
public record Sizes(List<Integer> counts) {

    /**
     * The most sizes one sweep takes: a scaling curve needs tens of points, and a typo such as {@code 1..100000+1}
     * would otherwise start a hundred thousand searches.
     */
    public static final int MAX_POINTS = 200;

    private static final String FLAG = "--accelerators";
    private static final String EXAMPLE = "write e.g. 1024,2048,4096 or 1024..16384 (doubling), 1024..16384*4 or "
            + "1024..8192+1024";

    public Sizes {
        Objects.requireNonNull(counts, "counts");
        if (counts.isEmpty()) {
            throw new InputException(FLAG + ": no sizes given; " + EXAMPLE);
        }
        for (int i = 0; i < counts.size(); i++) {
            Integer n = Objects.requireNonNull(counts.get(i), "a size");
            if (n < 1) {
                throw new InputException(FLAG + ": a size must be at least 1, got " + n);
            }
            if (i > 0 && n <= counts.get(i - 1)) {
                throw new InputException(FLAG + ": sizes must increase; " + n + " comes after " + counts.get(i - 1));
            }
        }
        if (counts.size() > MAX_POINTS) {
            throw new InputException(FLAG + ": " + counts.size() + " sizes, more than the " + MAX_POINTS
                    + " a sweep takes; use a coarser step or factor");
        }
        counts = List.copyOf(counts);
    }

    /**
     * Returns the counts given, in increasing order.
     *
     * @throws InputException for a count below 1, one given twice, none at all or more than {@link #MAX_POINTS}
     */
    public static Sizes of(List<Integer> counts) {
        Objects.requireNonNull(counts, "sizes");
        counts.forEach(n -> Objects.requireNonNull(n, "a size"));
        return new Sizes(increasing(counts, String.valueOf(counts)));
    }

    /** Returns the counts given, in increasing order. */
    public static Sizes of(int... counts) {
        Objects.requireNonNull(counts, "sizes");
        List<Integer> list = new ArrayList<>();
        for (int n : counts) {
            list.add(n);
        }
        return of(list);
    }

    /**
     * Reads sizes as {@code --accelerators} takes them (see the class comment).
     *
     * @throws InputException naming the flag and what is wrong: an empty part, a count that is not a whole number or
     *                        is below 1, a range that runs backwards, a factor below 2, a step below 1, a count given
     *                        twice, more than {@link #MAX_POINTS} counts
     */
    public static Sizes parse(String text) {
        Objects.requireNonNull(text, "sizes");
        if (text.isBlank()) {
            throw new InputException(FLAG + ": no sizes given; " + EXAMPLE);
        }
        List<Integer> all = new ArrayList<>();
        String[] parts = text.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            if (part.isEmpty()) {
                throw new InputException(FLAG + " '" + text + "': part " + (i + 1) + " of " + parts.length
                        + " is empty; " + EXAMPLE);
            }
            int dots = part.indexOf("..");
            if (dots < 0) {
                all.add(count(part, "a size", text));
            } else {
                range(part, dots, text, all);
            }
            // a range can hold many terms: stop before a typo's millions of them are all listed
            if (all.size() > MAX_POINTS) {
                throw new InputException(FLAG + " '" + text + "': more than the " + MAX_POINTS
                        + " sizes a sweep takes; use a coarser step or factor");
            }
        }
        return new Sizes(increasing(all, "'" + text + "'"));
    }

    /** Adds the terms of {@code A..B}, {@code A..B*F} or {@code A..B+S}, from A up to the last not above B. */
    private static void range(String part, int dots, String text, List<Integer> into) {
        String from = part.substring(0, dots).trim();
        String rest = part.substring(dots + 2).trim();
        int star = rest.indexOf('*');
        int plus = rest.indexOf('+');
        if (star >= 0 && plus >= 0) {
            throw new InputException(FLAG + " '" + text + "': the range '" + part + "' has both a factor (*) and a step"
                    + " (+); give one");
        }
        int by = Math.max(star, plus);
        String to = (by < 0 ? rest : rest.substring(0, by)).trim();
        if (from.isEmpty() || to.isEmpty()) {
            throw new InputException(FLAG + " '" + text + "': the range '" + part + "' needs a first and a last size,"
                    + " as in 1024..16384");
        }
        long first = count(from, "the first size of '" + part + "'", text);
        long last = count(to, "the last size of '" + part + "'", text);
        if (first > last) {
            throw new InputException(FLAG + " '" + text + "': the range '" + part + "' runs backwards; write it from"
                    + " the smaller size, " + last + ".." + first);
        }
        if (plus >= 0) {
            long step = whole(rest.substring(plus + 1).trim(), "the step after '+' in '" + part + "'", text);
            if (step < 1) {
                throw new InputException(FLAG + " '" + text + "': the step after '+' in '" + part
                        + "' must be at least 1, got " + step);
            }
            long terms = (last - first) / step + 1;
            if (terms > MAX_POINTS) {
                throw new InputException(FLAG + " '" + text + "': the range '" + part + "' has " + terms
                        + " sizes, more than the " + MAX_POINTS + " a sweep takes; use a coarser step");
            }
            for (long k = 0; k < terms; k++) {
                into.add((int) (first + k * step));
            }
            return;
        }
        long factor = 2;
        if (star >= 0) {
            factor = whole(rest.substring(star + 1).trim(), "the factor after '*' in '" + part + "'", text);
            if (factor < 2) {
                throw new InputException(FLAG + " '" + text + "': the factor after '*' in '" + part
                        + "' must be at least 2 (a range must grow), got " + factor);
            }
        }
        // at most 31 terms: the first is at least 1 and the last at most 2^31 - 1; n <= last / factor keeps
        // n * factor from overflowing whatever the factor
        for (long n = first; ; n *= factor) {
            into.add((int) n);
            if (n > last / factor) {
                break;
            }
        }
    }

    /** A count of accelerators: a whole number from 1 up, written without a leading zero. */
    private static int count(String s, String what, String text) {
        long n = whole(s, what, text);
        if (n < 1) {
            throw new InputException(FLAG + " '" + text + "': " + what + " must be at least 1, got " + n);
        }
        if (n > Integer.MAX_VALUE) {
            throw new InputException(FLAG + " '" + text + "': " + what + " is too large (at most "
                    + Integer.MAX_VALUE + ")");
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            // "1,024" splits into 1 and 024: a thousands separator must not pass for two sizes
            throw new InputException(FLAG + " '" + text + "': " + what + " must not start with 0, got '" + s
                    + "'; write counts without thousands separators (1024, not 1,024)");
        }
        return (int) n;
    }

    private static long whole(String s, String what, String text) {
        if (!s.matches("-?\\d+")) {
            throw new InputException(FLAG + " '" + text + "': " + what + " must be a whole number, got '" + s
                    + "'; " + EXAMPLE);
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new InputException(FLAG + " '" + text + "': " + what + " is too large (at most "
                    + Integer.MAX_VALUE + ")");
        }
    }

    /** The counts sorted, refusing one given twice: a typo (2048,2048 for 2048,4096) would otherwise pass unseen. */
    private static List<Integer> increasing(List<Integer> counts, String given) {
        TreeSet<Integer> sorted = new TreeSet<>();
        for (Integer n : counts) {
            if (!sorted.add(n)) {
                throw new InputException(FLAG + " " + given + ": " + n + " is given twice");
            }
        }
        return new ArrayList<>(sorted);
    }

    /** The largest count. */
    public int largest() {
        return counts.get(counts.size() - 1);
    }

    /** The smallest count. */
    public int smallest() {
        return counts.get(0);
    }

    /** How many counts there are. */
    public int size() {
        return counts.size();
    }
}
