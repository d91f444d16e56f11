package dev.walls.spi.system;

import dev.walls.spi.figure.Figure;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One accelerator, the unit a training job's ranks are placed on: a GPU, a D1 die, an AI5 chip.
 *
 * @param name               e.g. {@code "H100 SXM5 80GB"}; never blank
 * @param peakFlopsPerSecond dense peak per precision, in FLOP/s; at least one entry, all positive
 * @param memory             the accelerator's own memory tiers, fastest first; at least one
 * @param powerWatts         board power (TDP), in watts; positive
 * @param costUsd            price of one accelerator as bought (street or list), in US dollars; not negative
 * @param silicon            how it is built, when known
 * @param family             the product family whose measured figures the walls may apply to it, e.g. {@code "H100"}
 *                           (GEMM and attention kernel profiles) or {@code "D1"} (its program's design cost); empty
 *                           when it belongs to none. Letters, digits, dots and dashes. The walls never read a family
 *                           from {@code name}, which is a label only: "Hopper-class" is not an H100
 */
public record AcceleratorSpec(String name, Map<Precision, Figure> peakFlopsPerSecond, List<MemoryTier> memory,
                              Figure powerWatts, Figure costUsd, Optional<SiliconSpec> silicon, String family) {

    /** An accelerator of no family the walls know. */
    public AcceleratorSpec(String name, Map<Precision, Figure> peakFlopsPerSecond, List<MemoryTier> memory,
                           Figure powerWatts, Figure costUsd, Optional<SiliconSpec> silicon) {
        this(name, peakFlopsPerSecond, memory, powerWatts, costUsd, silicon, "");
    }

    public AcceleratorSpec {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("accelerator name must not be blank");
        }
        Objects.requireNonNull(peakFlopsPerSecond, "peakFlopsPerSecond");
        if (peakFlopsPerSecond.isEmpty()) {
            throw new IllegalArgumentException("accelerator '" + name + "' needs at least one peak FLOP/s figure");
        }
        peakFlopsPerSecond.forEach((p, f) -> Objects.requireNonNull(f, "peakFlopsPerSecond." + p).requirePositive("peakFlopsPerSecond." + p));
        // An EnumMap iterates in Precision order; Map.copyOf's order changes from one JVM to the next, and so would
        // every JSON and table written from it.
        peakFlopsPerSecond = Collections.unmodifiableMap(new EnumMap<>(peakFlopsPerSecond));
        memory = List.copyOf(Objects.requireNonNull(memory, "memory"));
        if (memory.isEmpty()) {
            throw new IllegalArgumentException("accelerator '" + name + "' needs at least one memory tier");
        }
        Objects.requireNonNull(powerWatts, "powerWatts").requirePositive("powerWatts");
        Objects.requireNonNull(costUsd, "costUsd").requireNonNegative("costUsd");
        Objects.requireNonNull(silicon, "silicon");
        Objects.requireNonNull(family, "family");
        if (!isFamilyName(family)) {
            throw new IllegalArgumentException("accelerator '" + name + "': family must be letters, digits, dots and "
                    + "dashes, got '" + family + "'");
        }
    }

    /** Whether a text can name a family: letters, digits, dots and dashes (empty for none). */
    public static boolean isFamilyName(String family) {
        return family.matches("[A-Za-z0-9.-]*");
    }

    /** Returns true when the accelerator is of that family (case-insensitive); never for an empty one. */
    public boolean isOf(String otherFamily) {
        return !family.isEmpty() && family.equalsIgnoreCase(otherFamily);
    }

    /** Returns this accelerator as a member of {@code family}. */
    public AcceleratorSpec withFamily(String family) {
        return new AcceleratorSpec(name, peakFlopsPerSecond, memory, powerWatts, costUsd, silicon, family);
    }

    /** Returns the dense peak at a precision, if the accelerator computes in it natively. */
    public Optional<Figure> peak(Precision precision) {
        return Optional.ofNullable(peakFlopsPerSecond.get(precision));
    }

    /** Returns the peaks in a stable order (by precision). */
    public Map<Precision, Figure> peaksInOrder() {
        return new EnumMap<>(peakFlopsPerSecond);
    }
}
