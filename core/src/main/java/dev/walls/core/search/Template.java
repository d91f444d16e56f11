package dev.walls.core.search;

import dev.walls.spi.strategy.Recompute;
import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.system.Precision;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dimensions of a layout a search may not change: each is pinned to a value or left open (0, or null).
 *
 * @param tp               pinned tensor-parallel degree, or 0
 * @param pp               pinned pipeline-parallel degree, or 0
 * @param dp               pinned data-parallel degree, or 0
 * @param cp               pinned context-parallel degree, or 0
 * @param vpp              pinned interleaving, or 0
 * @param microbatch       pinned microbatch, or 0
 * @param recompute        pinned recomputation, or null
 * @param sequenceParallel pinned sequence parallelism, or null
 * @param zeroStage        pinned ZeRO stage, or -1
 * @param precision        pinned precision, or null
 */
public record Template(int tp, int pp, int dp, int cp, int vpp, int microbatch, Recompute recompute,
                       Boolean sequenceParallel, int zeroStage, Precision precision) {

    /** Every dimension open. */
    public static final Template OPEN = new Template(0, 0, 0, 0, 0, 0, null, null, -1, null);

    /** The keys of {@link Strategy#parse} a template can leave open. */
    public static final Set<String> KEYS = Set.of("tp", "pp", "dp", "cp", "vpp", "mb", "recompute", "sp", "zero", "precision");

    /**
     * Pins every dimension of a strategy except the open ones.
     *
     * @throws IllegalArgumentException on a key that is not a strategy key
     */
    public static Template of(Strategy s, Set<String> open) {
        for (String k : open) {
            if (!KEYS.contains(k.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("cannot search key '" + k + "'; searchable keys: " + new TreeSet<>(KEYS));
            }
        }
        return new Template(open.contains("tp") ? 0 : s.tp(), open.contains("pp") ? 0 : s.pp(),
                open.contains("dp") ? 0 : s.dp(), open.contains("cp") ? 0 : s.cp(),
                open.contains("vpp") ? 0 : s.vpp(), open.contains("mb") ? 0 : s.microbatch(),
                open.contains("recompute") ? null : s.recompute(), open.contains("sp") ? null : s.sequenceParallel(),
                open.contains("zero") ? -1 : s.zeroStage(), open.contains("precision") ? null : s.precision());
    }

    /** Returns the keys written in {@code tp=8,pp=4}, lower-cased as {@link Strategy#parse} reads them. */
    public static Set<String> writtenKeys(String strategyText) {
        Set<String> written = new TreeSet<>();
        for (String part : strategyText.split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                written.add(part.substring(0, eq).trim().toLowerCase(Locale.ROOT));
            }
        }
        return written;
    }

    /**
     * Reads the keys a user wrote in {@code tp=8,pp=4}: those are pinned, every other one is open.
     *
     * @throws IllegalArgumentException on a malformed strategy
     */
    public static Template pinning(String strategyText) {
        if (strategyText == null || strategyText.isBlank()) {
            return OPEN;
        }
        Set<String> open = new TreeSet<>(KEYS);
        open.removeAll(writtenKeys(strategyText));
        // The rules between keys (vpp > 1 needs pp > 1, sp needs tp > 1) hold between the keys written: a key left
        // open is searched, so it is checked here with a value that allows the others.
        String probe = strategyText + (open.contains("pp") ? ",pp=2" : "") + (open.contains("tp") ? ",tp=2" : "");
        return of(Strategy.parse(probe), open);
    }
}
