package dev.walls.spi.silicon;

import java.util.Locale;

/**
 * The package families the packaging wall tells apart, read from a {@code SiliconSpec}'s packaging text.
 *
 * <p>They differ in what bounds their size (a silicon interposer, an RDL interposer with bridges, the wafer) and
 * in what one package holds: a CoWoS package is one accelerator (its compute dies and HBM stacks), a wafer-scale
 * InFO_SoW tile holds many accelerators.
 */
public enum PackageTechnology {
    /** TSMC CoWoS-S: compute dies and HBM on one silicon interposer (A100, H100). */
    COWOS_S,
    /** TSMC CoWoS-L: RDL interposer with local silicon bridges, larger than CoWoS-S (B200). */
    COWOS_L,
    /** TSMC InFO_SoW: dies on a wafer-scale RDL carrier (the Dojo training tile). */
    INFO_SOW,
    /** Anything else: one die on an organic flip-chip substrate; no interposer bound. */
    FLIP_CHIP;

    /** Reads a packaging text such as {@code "CoWoS-L"} or {@code "TSMC InFO_SoW"}; unknown texts are flip-chip. */
    public static PackageTechnology of(String packaging) {
        String t = packaging.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        if (t.contains("info-sow") || t.contains("sow") || t.contains("wafer-scale") || t.contains("system-on-wafer")) {
            return INFO_SOW;
        }
        if (t.contains("cowos-l")) {
            return COWOS_L;
        }
        if (t.contains("cowos")) {
            return COWOS_S;
        }
        return FLIP_CHIP;
    }

    /** Returns true for a package that carries many accelerators (a wafer-scale tile). */
    public boolean isWaferScale() {
        return this == INFO_SOW;
    }
}
