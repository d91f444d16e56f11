package dev.walls.cli;

import dev.walls.core.Walls;
import dev.walls.core.error.InputException;
import dev.walls.core.error.PluginFaultException;
import dev.walls.core.output.Formats;
import dev.walls.core.plugin.PluginFailure;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code walls} command: global options and the subcommands. */
@Command(name = "walls", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, scope = ScopeType.INHERIT,
        usageHelpWidth = 120,
        description = {"Evaluates AI hardware as whole production systems: can this system train this model, at what",
                "time and cost, and which wall stops it — memory, interconnect, packaging, software or economics."},
        subcommands = {PluginsCommand.class, SystemsCommand.class, WorkloadsCommand.class, DescribeCommand.class,
                EvaluateCommand.class, SearchCommand.class, CompareCommand.class, SweepCommand.class, ReportCommand.class,
                ValidateCommand.class, AssumptionsCommand.class, BenchmarkCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 done, 1 internal error, 2 bad input (flag, spec file, id, strategy), 3 result not met."})
public final class WallsCommand implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--plugin-path", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "A folder of plugin jars to load, each in a module layer of its own (repeatable).")
    List<Path> pluginPaths = new ArrayList<>();

    @Option(names = "--assume", paramLabel = "WALL.PATH=VALUE", scope = ScopeType.INHERIT,
            description = {"Override a wall model's default (repeatable), e.g. economics.operating.pue=1.3;",
                    "`walls assumptions` lists every path (its name says the unit) with its value, range and source."})
    List<String> assumptions = new ArrayList<>();

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of internal errors.")
    boolean debug;

    private Walls walls;

    /** Returns walls with the plugins loaded, warning on stderr about plugins that failed. */
    Walls walls(boolean warnAboutFailures) {
        return walls(warnAboutFailures, null);
    }

    /** Returns walls recording metrics in the given registry (null for an in-memory one). */
    Walls walls(boolean warnAboutFailures, io.micrometer.core.instrument.MeterRegistry registry) {
        if (walls == null) {
            Walls.Builder builder = Walls.builder().pluginPaths(pluginPaths);
            if (registry != null) {
                builder.metrics(registry);
            }
            java.util.Map<String, Double> given = new java.util.HashMap<>();
            for (String a : assumptions) {
                int eq = a.indexOf('=');
                if (eq <= 0) {
                    throw new InputException("--assume " + a + ": expected WALL.PATH=VALUE, e.g. economics.operating.pue=1.3");
                }
                String path = a.substring(0, eq).trim();
                double value;
                try {
                    value = Double.parseDouble(a.substring(eq + 1).trim());
                } catch (NumberFormatException e) {
                    throw new InputException("--assume " + a + ": '" + a.substring(eq + 1) + "' is not a number");
                }
                // the last of two values would win silently, and the result would depend on the flags' order
                Double earlier = given.putIfAbsent(path, value);
                if (earlier != null && Double.compare(earlier, value) != 0) {
                    throw new InputException("--assume " + path + " is given twice, as " + Formats.plain(earlier) + " and "
                            + Formats.plain(value) + "; give it once");
                }
                builder.assume(path, value);
            }
            walls = builder.build();
            if (warnAboutFailures) {
                PrintWriter err = spec.commandLine().getErr();
                for (PluginFailure f : walls.pluginFailures()) {
                    err.println("walls: warning: plugin " + f.source() + " not loaded: " + f.reason());
                }
                err.flush();
            }
        }
        return walls;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Returns a configured command line whose exceptions map to exit codes and plain messages. */
    static CommandLine commandLine() {
        return commandLine(new FileOutputStream(FileDescriptor.out));
    }

    /** The command line writing its output to {@code out}. */
    static CommandLine commandLine(OutputStream out) {
        CommandLine cl = new CommandLine(new WallsCommand());
        // UTF-8 whatever the locale: under LC_ALL=C the JDK would write mm², × and – in JSON and CSV as '?'
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            // A result that came out NaN or infinite is an input of absurd magnitude, not a bug: one line, exit 2.
            if (ex instanceof InputException) {
                err.println("walls: " + ex.getMessage());
                err.flush();
                return ExitCode.INPUT_ERROR;
            }
            if (ex instanceof java.nio.file.InvalidPathException bad) {
                // a file name the locale's character set cannot express (LANG=C and a name like spëc.yaml)
                err.println("walls: cannot use the path '" + bad.getInput() + "': " + bad.getReason()
                        + "; run under a UTF-8 locale (e.g. LC_ALL=C.UTF-8)");
                err.flush();
                return ExitCode.INPUT_ERROR;
            }
            if (ex instanceof OutputFailure) {
                err.println("walls: " + ex.getMessage());
                err.flush();
                return ExitCode.INTERNAL_ERROR;
            }
            boolean debug = commandLine.getCommandSpec().root().userObject() instanceof WallsCommand w && w.debug;
            // A plugin's own defect: name it, so the report goes to the plugin's author rather than to walls.
            boolean plugin = ex instanceof PluginFaultException;
            err.println(plugin ? "walls: plugin error: " + ex.getMessage() : "walls: internal error: " + ex);
            if (debug) {
                ex.printStackTrace(err);
            } else {
                err.println(plugin
                        ? "walls: the plugin is at fault, not your input: report it to its author (rerun with --debug for"
                                + " the stack trace)"
                        : "walls: rerun with --debug for the stack trace, and report it");
            }
            err.flush();
            return ExitCode.INTERNAL_ERROR;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            String hint = "see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'";
            // A misspelt command or option: name the nearest one picocli knows, as an id typo gets its nearest ids.
            if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
                hint = "did you mean '" + u.getSuggestions().get(0) + "'? " + hint;
            }
            err.println("walls: " + ex.getMessage());
            err.println("walls: " + hint);
            err.flush();
            return ExitCode.INPUT_ERROR;
        });
        return cl;
    }
}
