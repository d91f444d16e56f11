package dev.walls.spi.silicon;

import java.util.Locale;
import java.util.Optional;

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
    /** One die on an organic flip-chip substrate (FC-BGA); no interposer bound. */
    FLIP_CHIP;

    /** The texts a spec may write, as an error message lists them. */
    public static final String KNOWN = "CoWoS-S, CoWoS-L, InFO_SoW (or wafer-scale), flip-chip (or FC-BGA, organic)";

    /**
     * Reads a packaging text such as {@code "CoWoS-L"} or {@code "TSMC InFO_SoW"}; any text {@link #recognize} does not
     * know is flip-chip, except one that mentions CoWoS, which is CoWoS-S. Plugins' texts are read so; a spec file's
     * must be recognized, and the packaging wall says when a plugin's text was not.
     */
    public static PackageTechnology of(String packaging) {
        return recognize(packaging).orElse(normalized(packaging).contains("cowos") ? COWOS_S : FLIP_CHIP);
    }

    /**
     * Returns the technology a packaging text names, or empty when it names none walls models (EMIB, Foveros,
     * SoIC, CoWoS-R, I-Cube, ...): each of those bounds and yields differently, and none is modeled.
     */
    public static Optional<PackageTechnology> recognize(String packaging) {
        String t = normalized(packaging);
        if (t.contains("info-sow") || t.matches(".*\\bsow\\b.*") || t.contains("wafer-scale")
                || t.contains("system-on-wafer")) {
            return Optional.of(INFO_SOW);
        }
        if (t.matches(".*\\bcowos-l\\b.*")) {
            return Optional.of(COWOS_L);
        }
        // CoWoS-S, or CoWoS without a suffix (the name before CoWoS-R and -L existed); not CoWoS-R
        if (t.matches(".*\\bcowos-s\\b.*") || t.matches(".*\\bcowos\\b(?!-).*")) {
            return Optional.of(COWOS_S);
        }
        if (t.contains("flip-chip") || t.contains("flipchip") || t.matches(".*\\bfc-?bga\\b.*")
                || t.matches(".*\\borganic\\b.*")) {
            return Optional.of(FLIP_CHIP);
        }
        return Optional.empty();
    }

    private static String normalized(String packaging) {
        return packaging.toLowerCase(Locale.ROOT).trim().replace('_', '-').replace(' ', '-');
    }

    /** Returns true for a package that carries many accelerators (a wafer-scale tile). */
    public boolean isWaferScale() {
        return this == INFO_SOW;
    }

    /** Returns the name findings use: {@code CoWoS-S}, {@code CoWoS-L}, {@code InFO_SoW tile}, {@code flip-chip}. */
    public String label() {
        return switch (this) {
            case COWOS_S -> "CoWoS-S";
            case COWOS_L -> "CoWoS-L";
            case INFO_SOW -> "InFO_SoW tile";
            case FLIP_CHIP -> "flip-chip";
        };
    }
}
