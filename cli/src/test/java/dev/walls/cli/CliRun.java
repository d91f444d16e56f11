package dev.walls.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One in-process run of the command line: its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        TestWalls.withoutBytecodeGeneration();
        CommandLine cl = WallsCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * Returns the JSON it printed, read into maps and lists, after checking that it answered: yes (0), or no (3: the
     * layout, or every system, does not fit).
     */
    @SuppressWarnings("unchecked")
    <T> T json() {
        org.junit.jupiter.api.Assertions.assertTrue(exitCode == ExitCode.OK || exitCode == ExitCode.NOT_MET,
                "exit " + exitCode + ": " + err);
        return (T) dev.walls.core.output.Json.read(out);
    }

    /** A JSON number as a double. */
    static double number(Object o) {
        return ((Number) o).doubleValue();
    }
}
