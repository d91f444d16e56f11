package dev.walls.core.spec;

import dev.walls.spi.figure.Figure;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.silicon.PackageTechnology;
import dev.walls.spi.system.AcceleratorSpec;
import dev.walls.spi.system.FabricSpec;
import dev.walls.spi.system.Level;
import dev.walls.spi.system.LevelKind;
import dev.walls.spi.system.MemoryKind;
import dev.walls.spi.system.MemoryTier;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.Scaling;
import dev.walls.spi.system.SiliconSpec;
import dev.walls.spi.system.SoftwareStack;
import dev.walls.spi.system.StackFeature;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.system.Topology;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a {@link SystemSpec} from a spec document. The format is documented in the README ("Writing a
 * system spec"); every field error names its path.
 */
public final class SystemSpecReader {

    private static final List<String> TOP = List.of("kind", "id", "name", "description", "source", "confidence",
            "accelerators", "scaling", "accelerator", "levels", "software");
    private static final List<String> ACCELERATOR = List.of("name", "family", "peak", "memory", "power", "cost", "silicon");
    private static final List<String> MEMORY = List.of("name", "kind", "capacity", "bandwidth", "stacks");
    private static final List<String> LEVEL = List.of("name", "kind", "accelerators", "fabric", "memory", "power",
            "powerLimit", "cost");
    private static final List<String> FABRIC = List.of("name", "topology", "bandwidth", "latency");
    private static final List<String> SCALING = List.of("min", "step", "max");
    private static final List<String> SILICON = List.of("process", "dieArea", "diesPerPackage", "packaging");
    private static final List<String> SOFTWARE = List.of("name", "matmulEfficiency", "memoryBoundEfficiency",
            "collectiveEfficiency", "fp8MatmulEfficiency", "features");

    private SystemSpecReader() {
    }

    public static SystemSpec read(SpecNode root) {
        SpecKind.require(root, "system");
        root.rejectUnknownFields(TOP);
        Provenance provenance = FigureReader.documentProvenance(root);
        FigureReader figures = new FigureReader(provenance);
        SpecNode idNode = root.field("id");
        String id = idNode.string();
        if (!id.matches("[a-z0-9][a-z0-9.-]*")) {
            throw idNode.error("must be lower-case letters, digits, dots and dashes, got '" + id + "'");
        }
        String name = root.has("name") ? root.field("name").string() : id;
        String description = root.has("description") ? root.field("description").string() : "";
        AcceleratorSpec accelerator = accelerator(root.field("accelerator"), figures);
        List<Level> levels = new ArrayList<>();
        if (root.has("levels")) {
            for (SpecNode l : root.field("levels").items()) {
                levels.add(level(l, figures));
            }
        }
        SpecNode countNode = root.field("accelerators");
        int accelerators = countNode.integer(1, Integer.MAX_VALUE);
        Scaling scaling = root.has("scaling") ? scaling(root.field("scaling")) : Scaling.fixed(accelerators);
        SoftwareStack software = software(root.field("software"), figures);
        try {
            return new SystemSpec(id, name, description, accelerator, levels, accelerators, scaling, software, provenance);
        } catch (IllegalArgumentException e) {
            String why = e.getMessage().startsWith("levels: ") ? e.getMessage().substring("levels: ".length())
                    : e.getMessage();
            throw (root.has("levels") && e.getMessage().startsWith("level") ? root.field("levels") : countNode).error(why);
        }
    }

    private static AcceleratorSpec accelerator(SpecNode node, FigureReader figures) {
        node.rejectUnknownFields(ACCELERATOR);
        String name = node.field("name").string();
        SpecNode peakNode = node.field("peak");
        Map<Precision, Figure> peaks = new EnumMap<>(Precision.class);
        peakNode.rejectUnknownFields(List.of("fp32", "tf32", "bf16", "fp16", "fp8", "fp4", "int8"));
        for (String key : peakNode.fieldNames()) {
            SpecNode p = peakNode.field(key);
            Figure f = figures.read(p, Dimension.FLOPS_PER_SECOND);
            if (f.low() <= 0) {
                throw p.error("must be positive");
            }
            peaks.put(Precision.parse(key), f);
        }
        if (peaks.isEmpty()) {
            throw peakNode.error("needs at least one precision, e.g. bf16: 989 TFLOPS");
        }
        List<MemoryTier> memory = tiers(node.field("memory"), figures);
        if (memory.isEmpty()) {
            throw node.field("memory").error("needs at least one memory tier");
        }
        Figure power = positive(node.field("power"), figures, Dimension.WATTS);
        Figure cost = node.has("cost") ? figures.read(node.field("cost"), Dimension.USD)
                : Figure.of(0, Provenance.derived("not given in the spec"));
        Optional<SiliconSpec> silicon = node.has("silicon") ? Optional.of(silicon(node.field("silicon"), figures)) : Optional.empty();
        String family = "";
        if (node.has("family")) {
            SpecNode familyNode = node.field("family");
            family = familyNode.string();
            if (family.isEmpty() || !AcceleratorSpec.isFamilyName(family)) {
                throw familyNode.error("must be letters, digits, dots and dashes, e.g. H100, got '" + family + "'");
            }
        }
        return new AcceleratorSpec(name, peaks, memory, power, cost, silicon, family);
    }

    private static List<MemoryTier> tiers(SpecNode list, FigureReader figures) {
        List<MemoryTier> tiers = new ArrayList<>();
        for (SpecNode m : list.items()) {
            m.rejectUnknownFields(MEMORY);
            MemoryKind kind;
            try {
                kind = MemoryKind.parse(m.field("kind").string());
            } catch (IllegalArgumentException e) {
                throw m.field("kind").error(e.getMessage());
            }
            String name = m.has("name") ? m.field("name").string() : kind.id();
            int stacks = 0;
            if (m.has("stacks")) {
                SpecNode stacksNode = m.field("stacks");
                if (kind != MemoryKind.HBM) {
                    throw stacksNode.error("stacks apply to an hbm tier only, not to " + kind.id());
                }
                stacks = stacksNode.integer(1, MemoryTier.MAX_STACKS);
            }
            tiers.add(new MemoryTier(name, kind, positive(m.field("capacity"), figures, Dimension.BYTES),
                    positive(m.field("bandwidth"), figures, Dimension.BYTES_PER_SECOND), stacks));
        }
        return tiers;
    }

    private static Level level(SpecNode node, FigureReader figures) {
        node.rejectUnknownFields(LEVEL);
        String name = node.field("name").string();
        int per = node.field("accelerators").integer(0, Integer.MAX_VALUE);
        Optional<FabricSpec> fabric = Optional.empty();
        if (node.has("fabric")) {
            SpecNode f = node.field("fabric");
            f.rejectUnknownFields(FABRIC);
            Topology topology;
            try {
                topology = Topology.parse(f.field("topology").string());
            } catch (IllegalArgumentException e) {
                throw f.field("topology").error(e.getMessage());
            }
            String fabricName = f.has("name") ? f.field("name").string() : topology.id();
            fabric = Optional.of(new FabricSpec(fabricName, topology,
                    positive(f.field("bandwidth"), figures, Dimension.BYTES_PER_SECOND),
                    f.has("latency") ? figures.read(f.field("latency"), Dimension.SECONDS)
                            : Figure.of(0, Provenance.derived("latency not given in the spec"))));
        }
        List<MemoryTier> memory = node.has("memory") ? tiers(node.field("memory"), figures) : List.of();
        Figure power = node.has("power") ? figures.read(node.field("power"), Dimension.WATTS)
                : Figure.of(0, Provenance.derived("not given in the spec"));
        Figure cost = node.has("cost") ? figures.read(node.field("cost"), Dimension.USD)
                : Figure.of(0, Provenance.derived("not given in the spec"));
        // the name is a label: a rack or a tile is said so, never read from the name
        LevelKind kind = LevelKind.OTHER;
        if (node.has("kind")) {
            SpecNode kindNode = node.field("kind");
            try {
                kind = LevelKind.parse(kindNode.string());
            } catch (IllegalArgumentException e) {
                throw kindNode.error(e.getMessage());
            }
            if (per == 0 && kind != LevelKind.OTHER) {
                throw kindNode.error("the open-ended level (accelerators: 0) grows with the system and cannot be a "
                        + kind.id());
            }
        }
        Optional<Figure> powerLimit = Optional.empty();
        if (node.has("powerLimit")) {
            SpecNode limitNode = node.field("powerLimit");
            if (per == 0) {
                throw limitNode.error("the open-ended level (accelerators: 0) has no unit for a power limit to apply "
                        + "to; give it to the level whose units are powered and cooled as one (a rack)");
            }
            powerLimit = Optional.of(positive(limitNode, figures, Dimension.WATTS));
        }
        try {
            return new Level(name, per, fabric, memory, power, cost, kind, powerLimit);
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    private static Scaling scaling(SpecNode node) {
        node.rejectUnknownFields(SCALING);
        int min = node.field("min").integer(1, Integer.MAX_VALUE);
        int step = node.has("step") ? node.field("step").integer(1, Integer.MAX_VALUE) : 1;
        int max = node.has("max") ? node.field("max").integer(1, Integer.MAX_VALUE) : Integer.MAX_VALUE;
        try {
            return new Scaling(min, step, max);
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    private static SiliconSpec silicon(SpecNode node, FigureReader figures) {
        node.rejectUnknownFields(SILICON);
        // An unknown package technology is refused rather than assessed as another: each bounds its size, holds its
        // HBM and yields differently. An unknown process is accepted; the walls say they used their fallback figures.
        SpecNode packagingNode = node.field("packaging");
        String packaging = packagingNode.string();
        if (PackageTechnology.recognize(packaging).isEmpty()) {
            throw packagingNode.error("'" + packaging + "' is not a package technology walls models; expected one of: "
                    + PackageTechnology.KNOWN);
        }
        return new SiliconSpec(node.field("process").string(),
                positive(node.field("dieArea"), figures, Dimension.SQUARE_MILLIMETERS),
                node.has("diesPerPackage") ? node.field("diesPerPackage").integer(1, 64) : 1,
                packaging);
    }

    private static SoftwareStack software(SpecNode node, FigureReader figures) {
        node.rejectUnknownFields(SOFTWARE);
        Set<StackFeature> features = EnumSet.noneOf(StackFeature.class);
        if (node.has("features")) {
            for (SpecNode f : node.field("features").items()) {
                try {
                    features.add(StackFeature.parse(f.string()));
                } catch (IllegalArgumentException e) {
                    StringBuilder known = new StringBuilder();
                    for (StackFeature k : StackFeature.values()) {
                        known.append(known.length() == 0 ? "" : ", ").append(k.id());
                    }
                    throw f.error(e.getMessage() + "; expected one of: " + known);
                }
            }
        }
        return new SoftwareStack(node.field("name").string(),
                fraction(node.field("matmulEfficiency"), figures),
                fraction(node.field("memoryBoundEfficiency"), figures),
                fraction(node.field("collectiveEfficiency"), figures),
                features,
                node.has("fp8MatmulEfficiency") ? Optional.of(fraction(node.field("fp8MatmulEfficiency"), figures))
                        : Optional.empty());
    }

    private static Figure fraction(SpecNode node, FigureReader figures) {
        Figure f = figures.read(node, Dimension.FRACTION);
        if (f.low() <= 0 || f.high() > 1) {
            throw node.error("must be a fraction in (0, 1], e.g. 0.8 or 80 %");
        }
        return f;
    }

    private static Figure positive(SpecNode node, FigureReader figures, Dimension dimension) {
        Figure f = figures.read(node, dimension);
        if (f.low() <= 0) {
            throw node.error("must be positive");
        }
        return f;
    }
}
