package dev.walls.core.spec;

import dev.walls.spi.figure.Provenance;
import dev.walls.spi.workload.FfnKind;
import dev.walls.spi.workload.ModelShape;
import dev.walls.spi.workload.Workload;
import java.util.List;

/** Builds a {@link Workload} from a spec document (format in the README, "Writing a workload spec"). */
public final class WorkloadSpecReader {

    private static final List<String> TOP = List.of("kind", "id", "name", "source", "confidence", "layers", "hidden",
            "heads", "kvHeads", "ffnHidden", "ffn", "vocab", "tiedEmbeddings", "dropout", "sequenceLength", "globalBatch",
            "trainingTokens");

    private WorkloadSpecReader() {
    }

    public static Workload read(SpecNode root) {
        SpecKind.require(root, "workload");
        root.rejectUnknownFields(TOP);
        Provenance provenance = FigureReader.documentProvenance(root);
        SpecNode idNode = root.field("id");
        String id = idNode.string();
        if (!id.matches("[a-z0-9][a-z0-9.-]*")) {
            throw idNode.error("must be lower-case letters, digits, dots and dashes, got '" + id + "'");
        }
        int heads = root.field("heads").integer(1, WorkloadLimits.HEADS);
        SpecNode ffn = root.field("ffn");
        FfnKind kind;
        try {
            kind = FfnKind.parse(ffn.string());
        } catch (IllegalArgumentException e) {
            throw ffn.error(e.getMessage());
        }
        ModelShape shape;
        try {
            shape = new ModelShape(root.field("layers").integer(1, WorkloadLimits.LAYERS),
                    root.field("hidden").integer(1, WorkloadLimits.WIDTH), heads,
                    root.has("kvHeads") ? root.field("kvHeads").integer(1, WorkloadLimits.HEADS) : heads,
                    root.field("ffnHidden").integer(1, WorkloadLimits.WIDTH), kind,
                    root.field("vocab").integer(1, WorkloadLimits.VOCAB),
                    !root.has("tiedEmbeddings") || root.field("tiedEmbeddings").bool(),
                    !root.has("dropout") || root.field("dropout").bool());
        } catch (IllegalArgumentException e) {
            // ModelShape names the field its rule is about first ("hidden (4096) must be a multiple of heads (30)"):
            // point there, not at the top of the file
            String field = e.getMessage().split("[ (]", 2)[0];
            throw (root.has(field) ? root.field(field) : root).error(e.getMessage());
        }
        double tokens = root.field("trainingTokens").quantity(Dimension.COUNT);
        if (!(tokens > 0)) {
            throw root.field("trainingTokens").error("must be positive");
        }
        return new Workload(id, root.has("name") ? root.field("name").string() : id, shape,
                root.field("sequenceLength").integer(1, WorkloadLimits.SEQUENCE),
                root.field("globalBatch").integer(1, WorkloadLimits.BATCH), tokens, provenance);
    }
}
