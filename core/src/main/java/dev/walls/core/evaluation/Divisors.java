package dev.walls.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The divisors of a count: the values a parallel degree that must split it evenly can take (pipeline depths of a
 * model's layers, tensor-parallel degrees of its heads, data-parallel degrees of its batch).
 */
public final class Divisors {

    private Divisors() {
    }

    /** Returns the divisors of n, at least 1, in increasing order. */
    public static List<Integer> of(int n) {
        List<Integer> small = new ArrayList<>();
        List<Integer> large = new ArrayList<>();
        for (int i = 1; (long) i * i <= n; i++) {
            if (n % i == 0) {
                small.add(i);
                if (i != n / i) {
                    large.add(0, n / i);
                }
            }
        }
        small.addAll(large);
        return small;
    }

    /** Returns the divisors of n as a refusal lists them: {@code 1, 2, 3, 6, 7, 9, 14, …}. */
    public static String listed(int n) {
        return of(n).stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
