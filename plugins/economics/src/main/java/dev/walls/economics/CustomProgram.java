package dev.walls.economics;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.system.AcceleratorSpec;
import java.util.List;
import java.util.Objects;

/**
 * A custom accelerator whose buyer pays its design (NRE): masks, design team, bring-up. Its cost per accelerator is
 * the unit cost plus NRE over the volume built. Merchant accelerators (NVIDIA GPUs) carry their NRE inside their
 * price and match no program.
 *
 * @param name               e.g. {@code "Tesla D1 (Dojo)"}
 * @param family             the accelerator family it designed ({@link AcceleratorSpec#family()}), e.g. {@code "D1"}
 * @param nreUsd             non-recurring engineering, in US dollars
 * @param volumeAccelerators accelerators built over the program, that share the NRE
 */
public record CustomProgram(String name, String family, Figure nreUsd, Figure volumeAccelerators) {

    public CustomProgram {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
        if (family.isEmpty()) {
            throw new IllegalArgumentException("program '" + name + "' needs the accelerator family it designed");
        }
        Objects.requireNonNull(nreUsd, "nreUsd").requireNonNegative("nreUsd");
        Objects.requireNonNull(volumeAccelerators, "volumeAccelerators").requirePositive("volumeAccelerators");
    }

    /** Returns true when this program designed the accelerator: its family, never a word of its name. */
    public boolean designed(AcceleratorSpec accelerator) {
        return accelerator.isOf(family);
    }

    /** Returns the NRE each accelerator carries, in US dollars. */
    public double nreUsdPerAccelerator() {
        return nreUsd.nominal() / volumeAccelerators.nominal();
    }

    /** Returns a copy built in another volume, e.g. the seven ExaPODs Tesla planned. */
    public CustomProgram withVolume(Figure volume) {
        return new CustomProgram(name, family, nreUsd, volume);
    }

    /** Tesla's custom silicon: the D1 of Dojo, AI5 and AI6. */
    public static List<CustomProgram> defaults() {
        return List.of(
                new CustomProgram("Tesla D1 (Dojo)", "D1",
                        Figure.range(0.5e9, 1.0e9, 1.5e9, Provenance.estimate("hardware-facts A.5 / D19 (Dojo spend >$1 B"
                                + " through end-2024)").withNote("that spend includes hardware, so NRE is a share of it;"
                                + " mask set alone ~$10.5 M at 7 nm (E9)")),
                        // How many D1 Tesla built is not public. The vendor claims are what one ExaPOD holds and how
                        // many were planned; the volume over which the NRE spreads is a reading of them, not a claim.
                        Figure.range(3_000, 3_000, 21_000, Provenance.estimate("walls estimate from hardware-facts A.4:"
                                + " one ExaPOD holds 3,000 D1 (D4, D5), the first was due Q1 2023 (D10, D17) and Dojo was"
                                + " 'in production' from July 2023 (D22); nominal and low one ExaPOD's worth, high the 7"
                                + " ExaPODs planned at AI Day 2022 (D10, D17) = 21,000").withNote("D1s built are not"
                                + " public; the program was stopped in 2025 (D20), so more than the 7 planned is unlikely"))),
                new CustomProgram("Tesla AI5", "AI5",
                        Figure.range(0.25e9, 0.5e9, 1.0e9, Provenance.estimate("walls estimate: a leading-edge SoC design"
                                + " program").withNote("not in hardware-facts.md; mask set alone ~$18.1 M at 5 nm (E9)")),
                        Figure.range(1e6, 3e6, 10e6, Provenance.estimate("walls estimate: AI5 ships in vehicles and"
                                + " Optimus as well as data centers (C / T1, T5)").withNote("not in hardware-facts.md"))),
                new CustomProgram("Tesla AI6", "AI6",
                        Figure.range(0.25e9, 0.5e9, 1.0e9, Provenance.estimate("walls estimate: a leading-edge SoC design"
                                + " program").withNote("not in hardware-facts.md")),
                        Figure.range(1e6, 5e6, 20e6, Provenance.estimate("walls estimate: vehicles, Optimus and data"
                                + " centers; a $16.5 B Samsung contract to 2033 (C / T8)").withNote("not in hardware-facts.md"))));
    }
}
