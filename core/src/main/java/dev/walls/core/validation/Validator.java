package dev.walls.core.validation;

import dev.walls.core.error.InputException;
import dev.walls.core.evaluation.Evaluator;
import dev.walls.core.search.Objective;
import dev.walls.core.search.SearchProgress;
import dev.walls.core.search.StrategySearch;
import dev.walls.core.search.StrategySpace;
import dev.walls.core.search.Template;
import dev.walls.core.spec.Dimension;
import dev.walls.core.spec.PlausibleRange;
import dev.walls.core.spec.SpecParser;
import dev.walls.core.spec.WorkloadLimits;
import dev.walls.spi.figure.Provenance;
import dev.walls.spi.result.Evaluation;
import dev.walls.spi.result.StepPart;
import dev.walls.spi.strategy.Recompute;
import dev.walls.spi.strategy.Strategy;
import dev.walls.spi.system.Precision;
import dev.walls.spi.system.SystemSpec;
import dev.walls.spi.workload.FfnKind;
import dev.walls.spi.workload.ModelShape;
import dev.walls.spi.wall.Wall;
import dev.walls.spi.workload.Workload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Validates the training model on a CSV of published runs (the schema of {@code shared/validation/public.csv}, see
 * its README): each row's system is resized to the row's accelerator count, its model shape becomes a workload, its
 * layout a strategy; cells the source leaves open (microbatch, vpp, recompute {@code ?}, sequence_parallel
 * {@code ?}, an empty 16-bit precision) are searched for the fastest layout that fits, and the chosen values are
 * reported. Data-parallel sharding comes from the row's notes ({@code dp_sharding=zero3} is ZeRO-3,
 * {@code dp_sharding=distributed-optimizer} the distributed optimizer, else replicated), and so does an output layer
 * of its own (a note {@code untied embeddings}, which the source's parameter count shows, or {@code tied embeddings});
 * a row is otherwise tied, as Megatron-LM is by default, unless a known model of its shape is not. Dropout likewise:
 * {@code dropout=off} in the notes, else the known model's setting, else on.
 */
public final class Validator {

    /** The columns a validation CSV must have. */
    public static final List<String> COLUMNS = List.of("id", "source", "system", "accelerators", "precision", "layers",
            "hidden", "heads", "kv_heads", "ffn_hidden", "ffn_kind", "vocab", "seq_len", "tp", "pp", "dp", "cp", "vpp",
            "microbatch", "global_batch", "recompute", "sequence_parallel", "step_time_s", "basis", "verified", "notes");

    private final Evaluator evaluator;
    private final StrategySearch search;
    private final Function<String, SystemSpec> systems;
    private final UnaryOperator<ModelShape> knownModels;

    /** A validator that knows no models: a row's output layer is tied to its embedding unless its notes say not. */
    public Validator(Evaluator evaluator, StrategySearch search, Function<String, SystemSpec> systems) {
        this(evaluator, search, systems, UnaryOperator.identity());
    }

    /**
     * @param evaluator   evaluates the layouts a row fixes
     * @param search      searches the layout keys a row leaves open
     * @param systems     returns a system by id (or spec file) at its default size, or null when unknown; an
     *                    {@link InputException} it throws is reported against the row's {@code system} cell
     * @param knownModels returns the known model of a row's shape ({@link KnownModels}), whose output layer the row
     *                    takes unless a note says {@code untied} or {@code tied embeddings}
     */
    public Validator(Evaluator evaluator, StrategySearch search, Function<String, SystemSpec> systems,
                     UnaryOperator<ModelShape> knownModels) {
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.search = Objects.requireNonNull(search, "search");
        this.systems = Objects.requireNonNull(systems, "systems");
        this.knownModels = Objects.requireNonNull(knownModels, "knownModels");
    }

    /**
     * Validates every row of a CSV.
     *
     * @throws IllegalArgumentException naming file, line and column on a schema mismatch or a bad cell
     * @throws UncheckedIOException     when the file cannot be read
     */
    public ValidationReport validate(Path csv) {
        CsvTable table;
        try {
            table = CsvTable.read(csv);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
        List<String> missing = new ArrayList<>();
        for (String c : COLUMNS) {
            if (!table.header().contains(c)) {
                missing.add(c);
            }
        }
        for (int i = 0; i < table.header().size(); i++) {
            String c = table.header().get(i);
            int again = table.header().subList(i + 1, table.header().size()).indexOf(c);
            if (again >= 0) {
                // the later cell would win silently, and a refusal would then blame another column
                throw new IllegalArgumentException(csv + " line 1: column '" + c + "' is given twice (columns " + (i + 1)
                        + " and " + (i + 2 + again) + ")");
            }
            if (!COLUMNS.contains(c)) {
                throw new IllegalArgumentException(csv + " line 1: unknown column '" + c + "'; a case has the columns "
                        + COLUMNS + " (free text goes in notes)");
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(csv + " line 1: header lacks column(s) " + missing + "; expected " + COLUMNS);
        }
        if (table.rows().isEmpty()) {
            // a header alone would report a MAPE of 0 over nothing: a pass no one earned
            throw new IllegalArgumentException(csv + ": no cases, only a header line");
        }
        checkIds(csv, table);
        List<ValidationCase> cases = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            cases.add(validateRow(csv, row));
        }
        Map<String, List<ValidationCase>> bySource = new TreeMap<>();
        Map<String, List<ValidationCase>> bySystem = new TreeMap<>();
        for (ValidationCase c : cases) {
            bySource.computeIfAbsent(c.source(), k -> new ArrayList<>()).add(c);
            bySystem.computeIfAbsent(c.system(), k -> new ArrayList<>()).add(c);
        }
        Map<String, ValidationSummary> sourceSummary = new LinkedHashMap<>();
        bySource.forEach((k, v) -> sourceSummary.put(k, ValidationSummary.of(v)));
        Map<String, ValidationSummary> systemSummary = new LinkedHashMap<>();
        bySystem.forEach((k, v) -> systemSummary.put(k, ValidationSummary.of(v)));
        return new ValidationReport(csv.toString(), List.copyOf(cases), ValidationSummary.of(cases), sourceSummary,
                systemSummary);
    }

    /**
     * Refuses an empty or repeated id before any row is evaluated: a report keyed by id would show two rows under
     * one name, and a long run should not end in this refusal.
     */
    private static void checkIds(Path csv, CsvTable table) {
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Cells cells = new Cells(csv, row);
            String id = cells.text("id");
            if (id.isEmpty()) {
                throw cells.bad("id", "empty; every case needs an id");
            }
            Integer first = lineOf.putIfAbsent(id, row.line());
            if (first != null) {
                throw cells.bad("id", "'" + id + "' is given on line " + first + " and again on line " + row.line()
                        + "; every case needs an id of its own");
            }
        }
    }

    private ValidationCase validateRow(Path csv, CsvTable.Row row) {
        Cells cells = new Cells(csv, row);
        String id = cells.text("id");
        String written = cells.text("system");
        Path specFile;
        try {
            specFile = specBesideTheCases(csv, written);
        } catch (InvalidPathException e) {
            throw cells.bad("system", "'" + written + "' is not a file path: " + e.getReason());
        }
        if (specFile != null && !Files.exists(specFile)) {
            // name the path looked at, and where a relative one is looked for: the current folder is never tried
            throw cells.bad("system", "no such file " + specFile + (Path.of(written).isAbsolute() ? ""
                    : "; a spec file in the system column is read from the CSV's folder"));
        }
        String systemId = specFile == null ? written : reported(csv, specFile);
        int accelerators = cells.positiveInt("accelerators");
        SystemSpec base;
        try {
            base = systems.apply(specFile == null ? written : specFile.toString());
        } catch (InputException e) {
            throw cells.bad("system", e.getMessage());
        }
        if (base == null) {
            throw cells.bad("system", "unknown system '" + systemId + "'");
        }
        SystemSpec system;
        try {
            system = base.withAccelerators(accelerators);
        } catch (IllegalArgumentException e) {
            throw cells.bad("accelerators", e.getMessage());
        }
        ModelShape shape = shape(cells);
        Boolean tied = cells.parsed("notes", Validator::tiedEmbeddingsOf);
        if (tied != null) {
            shape = shape.withTiedEmbeddings(tied);
        }
        Boolean dropout = cells.parsed("notes", Validator::dropoutOf);
        if (dropout != null) {
            shape = shape.withDropout(dropout);
        }
        int seq = cells.positiveInt("seq_len", WorkloadLimits.SEQUENCE);
        int batch = cells.positiveInt("global_batch", WorkloadLimits.BATCH);
        Workload workload = new Workload(workloadId(id), id, shape, seq, batch, (double) seq * batch,
                Provenance.measured(cells.text("source")));

        Set<String> open = new LinkedHashSet<>();
        int vpp = 1;
        if (cells.text("vpp").isEmpty()) {
            open.add("vpp");
        } else {
            vpp = cells.positiveInt("vpp");
        }
        int microbatch = 1;
        if (cells.text("microbatch").isEmpty()) {
            open.add("mb");
        } else {
            microbatch = cells.positiveInt("microbatch");
        }
        Recompute recompute = Recompute.NONE;
        String rc = cells.text("recompute");
        if (rc.equals("?") || rc.isEmpty()) {
            open.add("recompute");
        } else {
            recompute = cells.parsed("recompute", Recompute::parse);
        }
        int tp = cells.positiveInt("tp");
        boolean sp = false;
        String spCell = cells.text("sequence_parallel");
        if (spCell.equals("?") || spCell.isEmpty()) {
            if (tp > 1) {
                open.add("sp");
            }
        } else if (spCell.equalsIgnoreCase("true") || spCell.equalsIgnoreCase("false")) {
            sp = Boolean.parseBoolean(spCell.toLowerCase(Locale.ROOT));
        } else {
            throw cells.bad("sequence_parallel", "expected true, false or ?, got '" + spCell + "'");
        }
        if (sp && tp == 1) {
            // read as sp=false, the row would be predicted for a layout other than the one it states
            throw cells.bad("sequence_parallel", "true needs tensor parallelism, but tp is 1: sequence parallelism "
                    + "splits over the tensor-parallel group, and with tp=1 there is none; write false");
        }
        int zero = cells.parsed("notes", Validator::zeroStageOf);
        List<Precision> precisions = precisions(cells, system);
        // a published step of more than an hour (or a picosecond) is a typo in the file, not a training run
        double measured = cells.positiveDouble("step_time_s");
        cells.parsed("step_time_s", text -> PlausibleRange.of(Dimension.SECONDS).require(measured, text));
        // neither changes the prediction, but a value the schema does not define is a row not written to it
        cells.oneOf("basis", BASES);
        cells.oneOf("verified", VERIFIED);
        int pp = cells.positiveInt("pp");
        int dp = cells.positiveInt("dp");
        int cp = cells.positiveInt("cp");
        if ((long) tp * pp * cp * dp != accelerators) {
            throw cells.bad("dp", "tp·pp·cp·dp = " + ((long) tp * pp * cp * dp) + " but the row has " + accelerators
                    + " accelerators");
        }
        Strategy partial;
        try {
            partial = new Strategy(tp, pp, dp, cp, vpp, microbatch, recompute, sp, zero, precisions.get(0));
        } catch (IllegalArgumentException e) {
            // every cell is positive here and sp follows tp: what is left is vpp > 1 on one stage
            throw cells.bad("vpp", e.getMessage());
        }

        Evaluation best = null;
        for (Precision p : precisions) {
            Evaluation e;
            try {
                e = open.isEmpty() ? evaluator.evaluate(system, workload, partial.withPrecision(p))
                        : search.search(system, workload, Template.of(partial.withPrecision(p), open), Objective.TIME, 1,
                                true, SearchProgress.NONE).best();
            } catch (IllegalArgumentException ex) {
                // a rule between several cells (tp divides the heads, pp·vpp the layers, dp·mb the batch): the
                // message names the keys, so the row names the layout's columns rather than guessing one
                throw cells.bad(LAYOUT_COLUMNS, ex.getMessage());
            }
            if (best == null || (e.fits() && !best.fits()) || (e.fits() == best.fits()
                    && e.stepTimeSeconds() < best.stepTimeSeconds())) {
                best = e;
            }
        }
        Strategy s = best.strategy();
        Map<String, String> chosen = new LinkedHashMap<>();
        if (open.contains("mb")) {
            chosen.put("microbatch", Integer.toString(s.microbatch()));
        }
        if (open.contains("vpp")) {
            chosen.put("vpp", Integer.toString(s.vpp()));
        }
        if (open.contains("recompute")) {
            chosen.put("recompute", s.recompute().id());
        }
        if (open.contains("sp")) {
            chosen.put("sequence_parallel", Boolean.toString(s.sequenceParallel()));
        }
        if (precisions.size() > 1) {
            chosen.put("precision", s.precision().id());
        }
        // Published step times are steady-state iterations: failures and restarts (the packaging wall's goodput
        // loss, which belongs in a run's time to train) never land in them, so neither the prediction nor its parts
        // count them.
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("ideal", best.step().idealComputeSeconds());
        for (StepPart p : best.step().parts()) {
            if (p.wall() != Wall.PACKAGING) {
                parts.merge(p.name(), p.seconds(), Double::sum);
            }
        }
        double predicted = best.stepTimeSeconds() - best.step().lossSeconds(Wall.PACKAGING);
        // The evaluation's MFU divides by its whole step, failures and restarts included; beside predictedSeconds
        // it must divide by the same steady-state step, or the two disagree in one record.
        double mfu = best.step().idealComputeSeconds() / predicted;
        // the id's prefix names the source, as the published set's ids do (NAR21-T1-01); any case
        String source = (id.contains("-") ? id.substring(0, id.indexOf('-')) : id).toUpperCase(Locale.ROOT);
        double capacity = best.memory().capacityBytes();
        return new ValidationCase(id, source, systemId, accelerators, predicted, measured,
                ValidationCase.errorPercent(predicted, measured), s.toString(), chosen, mfu, best.bindingWall().id(),
                best.memoryPerRankBytes(), best.fits(), parts, slowestWall(best).id(), capacity);
    }

    /**
     * The data-parallel sharding a row's notes state ({@code dp_sharding=zero3 (why)}); replicated when they state
     * none. A value walls does not know is refused rather than read as replicated, and so are two that shard
     * differently: whichever came first would win silently, and the prediction turns on it. Two spellings of one
     * sharding ({@code zero1}, {@code distributed-optimizer}) agree.
     */
    static int zeroStageOf(String notes) {
        String first = null;
        int stage = 0;
        for (String value : noteValues(notes, "dp_sharding")) {
            int s = switch (value) {
                case "none", "replicated" -> 0;
                case "zero1", "distributed-optimizer" -> 1;
                case "zero2" -> 2;
                case "zero3", "fsdp" -> 3;
                default -> throw new IllegalArgumentException("dp_sharding='" + value + "' is not one of none, "
                        + "distributed-optimizer, zero1, zero2, zero3, fsdp");
            };
            if (first == null) {
                first = value;
                stage = s;
            } else if (s != stage) {
                throw new IllegalArgumentException("dp_sharding is given twice with different values, '" + first
                        + "' and '" + value + "'; state the row's sharding once");
            }
        }
        return stage;
    }

    /**
     * Whether a row's notes say its model trained with dropout ({@code dropout=off} or {@code on}; {@code false},
     * {@code true}, {@code no}, {@code yes} or a rate, 0 being off, too), or null when they do not say: the row then
     * keeps what the known model of its shape does, or dropout (Megatron-LM's default). Dropout stores a mask per
     * activation, so a row of a shape no zoo model has can fit or not on it. Two values that disagree are refused, as
     * for dp_sharding.
     */
    static Boolean dropoutOf(String notes) {
        Boolean stated = null;
        for (String value : noteValues(notes, "dropout")) {
            Boolean on = switch (value) {
                case "on", "true", "yes" -> true;
                case "off", "false", "no" -> false;
                default -> rate(value);
            };
            if (stated != null && !stated.equals(on)) {
                throw new IllegalArgumentException("dropout is given twice with different values; state it once");
            }
            stated = on;
        }
        return stated;
    }

    /**
     * Whether the notes tie the output layer to the embedding: true for a clause that starts {@code tied embeddings},
     * false for one that starts {@code untied embeddings} (in any case, also after {@code inferred:}), null when none
     * says. A clause is a note or a comma-separated item of one ("inferred: GPT architecture, untied embeddings (from
     * the parameter counts)"). Only a clause's start counts, so that "no untied embeddings" does not untie a row; two
     * clauses that disagree are refused.
     */
    static Boolean tiedEmbeddingsOf(String notes) {
        Boolean stated = null;
        for (String note : notes.split("[;,]")) {
            String text = note.strip().toLowerCase(Locale.ROOT);
            if (text.startsWith("inferred:")) {
                text = text.substring("inferred:".length()).strip();
            }
            Boolean tied = startsWithPhrase(text, "untied embeddings") ? Boolean.FALSE
                    : startsWithPhrase(text, "tied embeddings") ? Boolean.TRUE : null;
            if (tied == null) {
                continue;
            }
            if (stated != null && !stated.equals(tied)) {
                throw new IllegalArgumentException("the notes say both tied and untied embeddings; state it once");
            }
            stated = tied;
        }
        return stated;
    }

    /** The text starts with the phrase as whole words ("tied embeddings-free" does not). */
    private static boolean startsWithPhrase(String text, String phrase) {
        if (!text.startsWith(phrase)) {
            return false;
        }
        char next = text.length() == phrase.length() ? ' ' : text.charAt(phrase.length());
        return !Character.isLetterOrDigit(next) && next != '-' && next != '_';
    }

    private static Boolean rate(String value) {
        double rate;
        try {
            rate = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            rate = Double.NaN;
        }
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("dropout='" + value + "' is not one of on, off, true, false, yes, no or"
                    + " a rate from 0 to 1");
        }
        return rate > 0;
    }

    /**
     * The values a row's notes give a key ({@code key=value}, in any case), lower-cased, each ending at a space or
     * at {@code ; , (}; only where the key starts a word, so that {@code attention_dropout=0.1} or
     * {@code model.dropout=0} are free text, not {@code dropout=}.
     */
    static List<String> noteValues(String notes, String key) {
        String text = notes.toLowerCase(Locale.ROOT);
        String assign = key + "=";
        List<String> values = new ArrayList<>();
        for (int at = text.indexOf(assign); at >= 0; at = text.indexOf(assign, at + assign.length())) {
            char before = at == 0 ? ' ' : text.charAt(at - 1);
            if (Character.isLetterOrDigit(before) || before == '_' || before == '-' || before == '.') {
                continue;
            }
            values.add(text.substring(at + assign.length()).split("[;,\\s(]", 2)[0]);
        }
        return values;
    }

    /**
     * The spec file a system cell names, or null when it names a system id. A path written in the CSV is the CSV's:
     * a relative one is resolved against the CSV's folder only (the current folder would make a row's system depend
     * on where walls runs), an absolute one is taken as given; either is normalized, so that one file is one path.
     */
    static Path specBesideTheCases(Path csv, String system) {
        if (!SpecParser.looksLikeSpecFile(system)) {
            return null;
        }
        Path written = Path.of(system);
        Path folder = csv.toAbsolutePath().getParent();
        Path file = written.isAbsolute() || folder == null ? written : folder.resolve(written);
        return file.toAbsolutePath().normalize();
    }

    /**
     * A spec file as the report names it: one name for one file however the rows spell it ({@code spec.yaml},
     * {@code ./spec.yaml}, its absolute path), and the same from any folder walls runs in: the path from the CSV's
     * folder for a file under it, else the absolute path.
     */
    static String reported(Path csv, Path specFile) {
        Path folder = csv.toAbsolutePath().normalize().getParent();
        return folder != null && specFile.startsWith(folder) ? folder.relativize(specFile).toString()
                : specFile.toString();
    }

    /** The wall that costs the predicted step the most time: what a step's accuracy turns on (economics costs none). */
    private static Wall slowestWall(Evaluation e) {
        Wall slowest = Wall.SOFTWARE;
        for (Wall w : List.of(Wall.MEMORY, Wall.INTERCONNECT, Wall.SOFTWARE)) {
            if (e.step().lossSeconds(w) > e.step().lossSeconds(slowest)) {
                slowest = w;
            }
        }
        return slowest;
    }

    /** A case's id as a workload id: any text a CSV holds, in the letters, digits, dots and dashes an id allows. */
    static String workloadId(String caseId) {
        String id = caseId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-");
        return id.matches("[a-z0-9].*") ? id : "case" + id;
    }

    /** The values the {@code basis} column takes (shared/validation/README.md, Columns). */
    private static final List<String> BASES = List.of("measured", "derived-tflops", "derived-mfu");

    /** The values the {@code verified} column takes (shared/validation/README.md, Columns). */
    private static final List<String> VERIFIED = List.of("yes", "no");

    /** The columns a refusal of the model shape's rules (heads divide the width, key/value heads the heads) names. */
    private static final String SHAPE_COLUMNS = "hidden, heads, kv_heads";

    /** The columns a layout refusal that involves several of them names. */
    private static final String LAYOUT_COLUMNS = "tp, pp, dp, cp, vpp, microbatch";

    /**
     * The row's model shape, each cell checked on its own and the rules between them named by the column that breaks
     * them, so a bad {@code heads} is not reported as a bad {@code layers}.
     */
    private ModelShape shape(Cells cells) {
        int layers = cells.positiveInt("layers", WorkloadLimits.LAYERS);
        int hidden = cells.positiveInt("hidden", WorkloadLimits.WIDTH);
        int heads = cells.positiveInt("heads", WorkloadLimits.HEADS);
        int kvHeads = cells.positiveInt("kv_heads", WorkloadLimits.HEADS);
        int ffnHidden = cells.positiveInt("ffn_hidden", WorkloadLimits.WIDTH);
        FfnKind ffnKind = cells.parsed("ffn_kind", FfnKind::parse);
        int vocab = cells.positiveInt("vocab", WorkloadLimits.VOCAB);
        ModelShape shape;
        try {
            shape = new ModelShape(layers, hidden, heads, kvHeads, ffnHidden, ffnKind, vocab);
        } catch (IllegalArgumentException e) {
            // every cell is a positive number here: what is left are ModelShape's rules between the widths
            throw cells.bad(SHAPE_COLUMNS, e.getMessage());
        }
        return knownModels.apply(shape);
    }

    /**
     * The precisions a row runs in: the one it names, which the system must be able to train in, or, when empty, the
     * 16-bit ones the accelerator has (the sources rarely say fp16 or bf16).
     */
    private static List<Precision> precisions(Cells cells, SystemSpec system) {
        String pc = cells.text("precision");
        if (pc.isEmpty()) {
            List<Precision> sixteen = new ArrayList<>();
            for (Precision p : List.of(Precision.BF16, Precision.FP16)) {
                if (system.accelerator().peak(p).isPresent()) {
                    sixteen.add(p);
                }
            }
            if (sixteen.isEmpty()) {
                throw cells.bad("precision", "empty means 16-bit, but " + system.id() + " has no bf16 or fp16 peak");
            }
            return sixteen;
        }
        Precision p = cells.parsed("precision", Precision::parse);
        String unusable = StrategySpace.unusablePrecision(system, p);
        if (unusable != null) {
            throw cells.bad("precision", unusable);
        }
        return List.of(p);
    }

    /** Typed access to one row's cells, with errors naming file, line and column. */
    private record Cells(Path file, CsvTable.Row row) {

        String text(String column) {
            String v = row.cells().get(column);
            return v == null ? "" : v;
        }

        /** A cell read by a parser whose refusal is reported against the cell's column. */
        <T> T parsed(String column, Function<String, T> parser) {
            try {
                return parser.apply(text(column));
            } catch (IllegalArgumentException e) {
                throw bad(column, e.getMessage());
            }
        }

        /** Refuses a cell that is none of the values, in any case, as the other enumerated columns do. */
        void oneOf(String column, List<String> values) {
            String v = text(column);
            if (values.stream().noneMatch(v::equalsIgnoreCase)) {
                throw bad(column, "unknown " + column + " '" + v + "'; expected one of: " + String.join(", ", values));
            }
        }

        IllegalArgumentException bad(String column, String why) {
            return new IllegalArgumentException(file + " line " + row.line() + " column " + column + ": " + why);
        }

        int positiveInt(String column) {
            return positiveInt(column, Integer.MAX_VALUE);
        }

        int positiveInt(String column, int max) {
            String v = text(column);
            if (!v.matches("[0-9]+")) {
                throw bad(column, "expected a positive whole number, got '" + v + "'");
            }
            try {
                int i = Integer.parseInt(v);
                if (i <= 0) {
                    throw bad(column, "expected a positive whole number, got '" + v + "'");
                }
                if (i > max) {
                    throw bad(column, "expected at most " + max + ", got " + i);
                }
                return i;
            } catch (NumberFormatException e) {
                throw bad(column, "expected a positive whole number, got '" + v + "'");
            }
        }

        double positiveDouble(String column) {
            String v = text(column);
            // plain decimals only: Java would also read 3.5f, 0x1p2 and +7
            if (!v.matches("[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?|[0-9]+\\.")) {
                throw bad(column, "expected a positive number, got '" + v + "'");
            }
            try {
                double d = Double.parseDouble(v);
                if (!(d > 0) || Double.isInfinite(d)) {
                    throw bad(column, "expected a positive number, got '" + v + "'");
                }
                return d;
            } catch (NumberFormatException e) {
                throw bad(column, "expected a positive number, got '" + v + "'");
            }
        }
    }
}
