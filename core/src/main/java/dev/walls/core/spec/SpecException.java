package dev.walls.core.spec;

import dev.walls.core.error.InputException;

/**
 * A spec file that cannot be read: names the file, the line and column, the field path and what is wrong.
 */
public final class SpecException extends InputException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String fieldPath;
    private final String problem;

    public SpecException(String file, int line, int column, String fieldPath, String problem) {
        super(format(file, line, column, fieldPath, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.fieldPath = fieldPath;
        this.problem = problem;
    }

    private static String format(String file, int line, int column, String fieldPath, String problem) {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        b.append(": ");
        if (fieldPath != null && !fieldPath.isEmpty()) {
            b.append(fieldPath).append(": ");
        }
        return b.append(problem).toString();
    }

    public String file() {
        return file;
    }

    /** Returns the 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** Returns the path of the offending field, e.g. {@code accelerator.memory[0].bandwidth}. */
    public String fieldPath() {
        return fieldPath;
    }

    /** Returns what is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
