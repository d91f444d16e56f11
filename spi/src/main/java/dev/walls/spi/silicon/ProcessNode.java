package dev.walls.spi.silicon;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces a foundry node as spec files write it ({@code "TSMC N7"}, {@code "TSMC 7 nm (N7)"}, {@code "TSMC 4NP"},
 * {@code "Samsung SF2P"}) to the key of the per-node tables: {@code N7}, {@code N4}, {@code SF2}, ...
 *
 * <p>TSMC's NVIDIA variants (4N, 4NP) and N4P belong to the N5 family and key as {@code N4}; Samsung nodes key as
 * {@code SF<n>}. When a text names two nodes ("TSMC N3 / Samsung SF2") the first wins.
 */
public final class ProcessNode {

    // Order matters: the first match in the text wins, so one alternation scans left to right.
    private static final Pattern NODE = Pattern.compile(
            "\\bsf\\s?(\\d+)[a-z]?\\b"          // Samsung SF2, SF2P, SF3
                    + "|\\bn(\\d+)[a-z]?\\b"     // TSMC N7, N5, N4P, N3E
                    + "|\\b(\\d+)np?\\b"        // NVIDIA's 4N, 4NP
                    + "|\\b(\\d+)\\s?nm\\b");    // "7 nm", "2nm"

    private ProcessNode() {
    }

    /**
     * Returns the table key of a node, or the empty string when the text names no node.
     *
     * @param processNode the node as written in a {@code SiliconSpec}; never null
     */
    public static String key(String processNode) {
        String text = processNode.toLowerCase(Locale.ROOT);
        boolean samsung = text.contains("samsung");
        Matcher m = NODE.matcher(text);
        if (!m.find()) {
            return "";
        }
        if (m.group(1) != null) {
            return "SF" + m.group(1);
        }
        String number = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
        // A bare "7 nm" after the word Samsung is a Samsung node, not TSMC's.
        if (m.group(4) != null && samsung && text.indexOf("samsung") < m.start()) {
            return "SF" + number;
        }
        int nm = Integer.parseInt(number);
        if (nm == 12) {
            return "N16"; // TSMC 12 nm is a 16 nm derivative and is priced with it (E1)
        }
        if (nm == 6) {
            return "N7"; // N6 is an N7 derivative: same design rules, same defect learning
        }
        return "N" + nm;
    }
}
