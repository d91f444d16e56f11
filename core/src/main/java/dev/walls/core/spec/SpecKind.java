package dev.walls.core.spec;

import java.util.List;

/**
 * The {@code kind} a spec document declares. Checked before its fields: a workload spec given as a system would
 * otherwise be refused for its first unknown field ("layers"), which hides the real mistake.
 */
final class SpecKind {

    /** The kinds of spec file there are. */
    private static final List<String> KINDS = List.of("system", "workload");

    private SpecKind() {
    }

    /**
     * Refuses a document whose {@code kind} is not {@code expected}; a document without one is taken as expected.
     *
     * @throws SpecException naming the file and the kind it is, or the field when the kind is unknown
     */
    static void require(SpecNode root, String expected) {
        if (!root.has("kind")) {
            return;
        }
        SpecNode kind = root.field("kind");
        String declared = kind.string();
        if (declared.equals(expected)) {
            return;
        }
        if (KINDS.contains(declared)) {
            throw new SpecException(root.file(), 0, 0, "", "is a " + declared + " spec (kind: " + declared + "), not a "
                    + expected + " spec");
        }
        throw kind.error("expected '" + expected + "' in a " + expected + " spec, got '" + kind.text() + "'");
    }
}
