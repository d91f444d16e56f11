package dev.walls.spi;

/**
 * The version of the contracts in this module, {@code MAJOR.MINOR}.
 *
 * <p>A plugin returns {@link #CURRENT} from {@link WallsPlugin#spiVersion()}. Because it is a compile-time
 * constant, the value is copied into the plugin's class file when the plugin is compiled, so the host can tell
 * which SPI the plugin was built against. A plugin loads when its major version equals the host's and its
 * minor version is not newer than the host's.
 */
public final class SpiVersion {

    /**
     * The SPI version of this build. 1.1 added {@code kernel.Collectives}, {@code ModelShape.tiedEmbeddings} and
     * {@code CostKey.EMBEDDING_MATRICES}; 1.2 added {@code figure.NonFiniteException} and {@code wall.Si.seconds};
     * 1.3 added {@code wall.Si.percent}; 1.4 {@code kernel.Collectives.flatCollectiveSeconds} over a strided group and
     * {@code system.StackFeature.ZERO3_WITH_PIPELINE}; 1.5 {@code system.AcceleratorSpec.family} and
     * {@code kernel.CostKey.SYSTEM_CAPITAL_USD}; 1.6 {@code workload.ModelShape.dropout}, {@code kernel.CostKey.DROPOUT},
     * {@code kernel.Collectives.membersPerUnit} at a table's level, collectives that charge a group straddling a
     * unit's boundary (or a partial last unit) for the crossing, {@code kernel.KernelOutput.BUSIEST_STAGE},
     * {@code result.PipelineStage}, {@code result.TierPlacement} and the busiest stage, tier placement and spilled bytes
     * of {@code result.MemoryBreakdown} (whose 1.5 constructor remains); 1.7 {@code system.StackFeature.UNEVEN_PIPELINE} and
     * {@code kernel.PipelineLayers}; 1.8 {@code system.LevelKind} (with {@code id} and {@code parse}) with
     * {@code Level.kind}, {@code Level.powerLimitWatts} and {@code Level.hasPowerEnvelope}, {@code MemoryTier.stacks},
     * {@code MemoryTier.MAX_STACKS} and {@code MemoryTier.statesStacks}, {@code SoftwareStack.fp8MatmulEfficiency} and
     * {@code SoftwareStack.withFp8MatmulEfficiency}, {@code silicon.PackageTechnology.recognize}, {@code KNOWN} and
     * {@code label}, and {@code silicon.PackageContents.HbmStacks}, {@code of}, {@code inferredStacks},
     * {@code hbmStacksGiven} and {@code largestStackBytes} (their earlier constructors remain; a level built with the
     * earlier one takes its kind from its name, as the walls read it before). Two changes in 1.8 a plugin must heed:
     * an economics wall model must report a finite {@code runCostUsd} metric, or {@code compare} and {@code search}
     * stop with an error that names it (see {@code model.WallModel} for what the core reads from such a model; every
     * metric must be finite); and {@code PackageTechnology.of} matches {@code sow} and {@code cowos-l} as whole words
     * only ("CoWoS-L" still reads as CoWoS-L, a word merely containing "sow" no longer reads as InFO_SoW). HBM stacks
     * inferred from capacity may now be 48 or 64 GiB (HBM4), and the canonical {@code Level} constructor refuses a kind
     * other than {@code OTHER}, or a power limit, on the open-ended level. An accelerator of a
     * plugin built before 1.5 has no family, so the walls apply no family's measured figures to it, where they once
     * guessed one from its name; and since 1.5 a {@code SystemSpec} whose fabrics do not join every accelerator it
     * scales to, or whose largest size is not whole units of a level, is refused. 1.9 added {@code kernel.Collectives.membersPerLevel} with
     * the collectives over a group's members per level, {@code Collectives.pointToPointLevel} and
     * {@code pointToPointSecondsAtLevel}; 1.10 {@code system.SystemSpec.fabricLevel} and {@code scaleUpLevel},
     * {@code CostTable.scaleUpLevel} and {@code Collectives.insideScaleUpDomain}.
     * Two changes in 1.10 a plugin must heed: {@code StackFeature.TP_COMM_OVERLAP} hides tensor-parallel traffic only
     * inside the scale-up domain (a kernel built for 1.9 that overlaps everywhere still loads, and answers otherwise
     * than the built-in kernels); and a level without a fabric of its own is carried by the next outer fabric, where
     * it took the nearest inner one first (a rack level between NVLink nodes and InfiniBand crossed at NVLink speed). A plugin that uses an addition is refused by an older host with a message, not a
     * linkage error.
     */
    public static final String CURRENT = "1.10";

    private SpiVersion() {
    }

    /**
     * Returns null when a plugin built against {@code pluginVersion} can run on this SPI, else the reason it
     * cannot.
     */
    public static String incompatibility(String pluginVersion) {
        int[] host = parse(CURRENT);
        int[] plugin;
        try {
            plugin = parse(pluginVersion);
        } catch (IllegalArgumentException e) {
            return "declares SPI version '" + pluginVersion + "', which is not MAJOR.MINOR";
        }
        if (plugin[0] != host[0]) {
            return "was built for SPI " + pluginVersion + " but this walls provides SPI " + CURRENT
                    + " (major versions differ); rebuild the plugin against walls-spi " + CURRENT;
        }
        if (plugin[1] > host[1]) {
            return "needs SPI " + pluginVersion + " but this walls provides only SPI " + CURRENT + "; upgrade walls";
        }
        return null;
    }

    private static int[] parse(String version) {
        if (version == null || !version.matches("\\d+\\.\\d+")) {
            throw new IllegalArgumentException(String.valueOf(version));
        }
        String[] p = version.split("\\.");
        return new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])};
    }
}
