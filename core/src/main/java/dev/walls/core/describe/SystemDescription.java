package dev.walls.core.describe;

import java.util.List;
import java.util.Map;

/**
 * A system's hierarchy and totals, each with provenance: what {@code walls describe} prints.
 *
 * @param id                 system id
 * @param name               human name
 * @param description        what it is
 * @param accelerators       accelerators in this instance
 * @param accelerator        the accelerator's name
 * @param peakFlopsPerSecond dense peak of the whole system per precision ({@code bf16}, {@code fp8}, …), FLOP/s
 * @param memoryTiers        every memory tier summed over the system, fastest first
 * @param fabrics            the fabric of each level, innermost first
 * @param powerWatts         accelerators plus every level's overhead, in watts
 * @param capexUsd           accelerators plus every level's cost, in US dollars
 * @param hierarchy          the levels, from the accelerator up
 * @param software           the training stack's name
 * @param totals             the totals above with their ranges and sources
 * @param figures            every input figure of the spec with its range and source
 * @param source             where the composition of the system comes from
 * @param softwareFeatures   what the training stack supports (pipeline, sequence and context parallelism, ZeRO,
 *                           FP8, ...), by id: a layout that needs another is refused, and a search never tries it
 * @param softwareLacks      the features it lacks, by id
 * @param acceleratorFamily  the accelerator's family, whose measured figures the walls apply; empty for none
 * @param notes              what the walls will take other than from the spec, or read differently from how it may
 *                           look: fallback figures for a process node they have no figures for, a packaging text they
 *                           do not recognize, a level named like a rack or a tile that is not said to be one, a level
 *                           without a fabric of its own above another level (crossed through the next fabric out)
 * @param scaleUpDomain      the levels of the scale-up domain and the accelerators in one unit of it
 *                           ({@code SystemSpec.scaleUpLevel}: tensor-parallel traffic overlaps compute only inside it),
 *                           e.g. {@code compute tray, NVL72 rack (72 accelerators)}; null when there is none
 */
public record SystemDescription(String id, String name, String description, int accelerators, String accelerator,
                                Map<String, Double> peakFlopsPerSecond, List<TierTotal> memoryTiers,
                                List<FabricLevel> fabrics, double powerWatts, double capexUsd,
                                List<HierarchyLevel> hierarchy, String software, List<SourcedValue> totals,
                                List<SourcedValue> figures, String source, List<String> softwareFeatures,
                                List<String> softwareLacks, String acceleratorFamily, List<String> notes,
                                String scaleUpDomain) {
}
