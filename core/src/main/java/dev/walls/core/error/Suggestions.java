package dev.walls.core.error;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean …?": the known names nearest to a typo, by edit distance. */
public final class Suggestions {

    private Suggestions() {
    }

    /** Returns up to {@code max} known names close to the typo, nearest first (ties alphabetically). */
    public static List<String> nearest(String typo, List<String> known, int max) {
        int tolerance = Math.max(2, typo.length() / 3);
        List<String> sorted = new ArrayList<>(known);
        sorted.sort(Comparator.comparingInt((String k) -> distance(typo, k)).thenComparing(Comparator.naturalOrder()));
        List<String> out = new ArrayList<>();
        for (String k : sorted) {
            if (out.size() >= max || distance(typo, k) > tolerance) {
                break;
            }
            out.add(k);
        }
        return out;
    }

    /** Returns the Levenshtein distance, ignoring case. */
    public static int distance(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int[] prev = new int[y.length() + 1];
        int[] cur = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length()];
    }
}
