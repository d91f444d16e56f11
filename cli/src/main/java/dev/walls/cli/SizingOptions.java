package dev.walls.cli;

import dev.walls.core.compare.Normalization;
import dev.walls.core.compare.Sizing;
import dev.walls.core.error.InputException;
import picocli.CommandLine.Option;

/**
 * {@code --normalize}, {@code --budget}, {@code --power} and {@code --peak}: how the systems of a comparison are sized
 * against each other, for {@code compare} and {@code report} alike.
 */
final class SizingOptions {

    @Option(names = "--normalize", paramLabel = "none|budget|power|peak", defaultValue = "none",
            description = {"Size every system to the first one's capital (hardware, facility and any design cost, as the",
                    "capital column counts it), power or dense 16-bit peak. Default: ${DEFAULT-VALUE}."})
    String normalize;

    @Option(names = "--budget", paramLabel = "USD", description = "Size every system to this capital (hardware, facility and any design cost, as the capital column counts it), e.g. 'USD 50M'.")
    String budget;

    @Option(names = "--power", paramLabel = "W", description = "Size every system to this power, e.g. '2 MW'.")
    String power;

    @Option(names = "--peak", paramLabel = "FLOPS", description = "Size every system to this dense 16-bit peak, e.g. '1 EFLOPS'.")
    String peak;

    /** The sizing the flags ask for. @throws InputException for a flag that cannot be read or two that disagree */
    Sizing sizing() {
        Normalization normalization;
        try {
            normalization = Normalization.parse(normalize);
        } catch (IllegalArgumentException e) {
            throw new InputException("--normalize: " + e.getMessage());
        }
        int targets = (budget != null ? 1 : 0) + (power != null ? 1 : 0) + (peak != null ? 1 : 0);
        if (targets > 1) {
            throw new InputException("give at most one of --budget, --power and --peak");
        }
        if (budget != null) {
            return checked(normalization, Sizing.budget(budget), "--budget");
        } else if (power != null) {
            return checked(normalization, Sizing.power(power), "--power");
        } else if (peak != null) {
            return checked(normalization, Sizing.peak(peak), "--peak");
        }
        return Sizing.likeTheFirst(normalization);
    }

    private static Sizing checked(Normalization given, Sizing stated, String flag) {
        if (given != Normalization.NONE && given != stated.normalization()) {
            throw new InputException(flag + " sizes by " + stated.normalization() + " but --normalize " + given
                    + " was given");
        }
        return stated;
    }
}
