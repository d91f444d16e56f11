package dev.walls.spi.silicon;

import dev.walls.spi.figure.Figure;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One figure per foundry node (a wafer price, a defect density), keyed as {@code N7}, {@code N4}, {@code SF2}, with
 * a fallback for nodes the table lacks. Spec texts ("TSMC 7 nm (N7)", "TSMC 4NP") are reduced to keys first.
 *
 * @param byNode   figures by node key, in a stable order
 * @param fallback the figure for any other node
 */
public record NodeTable(Map<String, Figure> byNode, Figure fallback) {

    public NodeTable {
        Objects.requireNonNull(byNode, "byNode");
        Objects.requireNonNull(fallback, "fallback").requireNonNegative("fallback");
        byNode.forEach((k, f) -> Objects.requireNonNull(f, k).requireNonNegative(k));
        byNode = Collections.unmodifiableMap(new LinkedHashMap<>(byNode));
    }

    /** Returns the figure for a node as a spec writes it ({@code "TSMC 4N"}), or the fallback. */
    public Figure forNode(String processNode) {
        Figure f = byNode.get(ProcessNode.key(processNode));
        return f != null ? f : fallback;
    }

    /** Returns true when the node is in the table rather than served by the fallback. */
    public boolean knows(String processNode) {
        return byNode.containsKey(ProcessNode.key(processNode));
    }

    /** Returns a copy with one node's figure replaced or added. */
    public NodeTable with(String nodeKey, Figure figure) {
        Map<String, Figure> m = new LinkedHashMap<>(byNode);
        m.put(nodeKey, figure);
        return new NodeTable(m, fallback);
    }
}
