package dev.walls.benchmarks;

import dev.walls.core.Walls;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.workload.Workload;

/**
 * The system and workload of a benchmarked search, written {@code SYSTEM:ACCELERATORS:WORKLOAD} as a JMH parameter
 * ({@code -p search=dgx-h100:4096:gpt3-175b}), the way {@code walls search --system --accelerators --workload} takes
 * them.
 */
record SearchCase(SystemSpec system, Workload workload) {

    /** GPT-3 175B on up to 4,096 A100s: the search the README's speed targets name. */
    static final String DEFAULT = "dgx-a100-80gb:4096:gpt3-175b";

    static SearchCase of(Walls walls, String text) {
        String[] parts = text.split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("search must read SYSTEM:ACCELERATORS:WORKLOAD, got " + text);
        }
        return new SearchCase(walls.system(parts[0], Integer.parseInt(parts[1])), walls.workload(parts[2]));
    }
}
