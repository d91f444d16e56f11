package dev.walls.core.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a YAML or JSON spec into {@link SpecNode}s that remember their line and field path. One code path
 * reads both formats: Jackson's streaming parser over the JSON or YAML factory.
 */
public final class SpecParser {

    /** Specs larger than this are not specs: refuse rather than read a stray data file. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    private SpecParser() {
    }

    /** Returns true when a command-line argument names a spec file rather than an id. */
    public static boolean looksLikeSpecFile(String argument) {
        String a = argument.toLowerCase(Locale.ROOT);
        return a.endsWith(".yaml") || a.endsWith(".yml") || a.endsWith(".json") || argument.contains("/")
                || argument.contains("\\");
    }

    /** Reads and parses a spec file. */
    public static SpecNode parse(Path file) {
        String name = file.toString();
        String content;
        try {
            if (Files.isDirectory(file)) {
                throw new SpecException(name, 0, 0, "", "is a directory, not a spec file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new SpecException(name, 0, 0, "", "is larger than 4 MiB; not a spec file");
            }
            byte[] bytes = Files.readAllBytes(file);
            content = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new SpecException(name, 0, 0, "", "no such file");
        } catch (CharacterCodingException e) {
            throw new SpecException(name, 0, 0, "", "is not UTF-8 text");
        } catch (IOException e) {
            throw new SpecException(name, 0, 0, "", "cannot be read: " + e.getMessage());
        }
        boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
        return parse(name, content, json);
    }

    /** Parses spec text; {@code json} selects the JSON grammar, else YAML (of which JSON is mostly a subset). */
    public static SpecNode parse(String name, String content, boolean json) {
        JsonFactory factory = json ? new JsonFactory() : new YAMLFactory();
        try (Reader reader = new StringReader(content); JsonParser parser = factory.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new SpecException(name, 1, 1, "", "the file is empty");
            }
            SpecNode root = read(parser, name, "");
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                JsonLocation l = parser.currentTokenLocation();
                throw new SpecException(name, l.getLineNr(), l.getColumnNr(), "", "unexpected content after the document");
            }
            if (!root.isMap()) {
                throw root.error("a spec must be a mapping of fields (key: value), not a single value or a list");
            }
            return root;
        } catch (JsonParseException e) {
            JsonLocation l = e.getLocation();
            String msg = e.getOriginalMessage();
            int cut = msg.indexOf('\n');
            int line = l == null ? 0 : l.getLineNr();
            int column = l == null ? 0 : l.getColumnNr();
            Matcher nonFinite = NON_FINITE.matcher(msg);
            if (nonFinite.find()) {
                // Jackson's advice (enable a parser feature) is for a programmer, not for whoever wrote the spec; it
                // stops just past the token, so step back to where the token starts
                String token = nonFinite.group(1);
                throw new SpecException(name, line, column > token.length() ? column - token.length() : column, "",
                        nonFinite(token));
            }
            if (!json) {
                throw yamlProblem(name, msg, line, column);
            }
            throw new SpecException(name, line, column, "", "not valid JSON: " + (cut > 0 ? msg.substring(0, cut) : msg));
        } catch (IOException e) {
            throw new SpecException(name, 0, 0, "", "not valid " + (json ? "JSON" : "YAML") + ": " + e.getMessage());
        } catch (RuntimeException e) {
            if (e instanceof SpecException se) {
                throw se;
            }
            // SnakeYAML reports some malformed documents with its own unchecked exceptions.
            String msg = String.valueOf(e.getMessage());
            int cut = msg.indexOf('\n');
            throw new SpecException(name, 0, 0, "", "not valid " + (json ? "JSON" : "YAML") + ": "
                    + (cut > 0 ? msg.substring(0, cut) : msg));
        }
    }

    /** Where SnakeYAML marks a context or a problem: {@code  in 'reader', line 26, column 1:}. */
    private static final Pattern YAML_MARK = Pattern.compile("^ in '[^']*', line (\\d+), column (\\d+):?$");

    /**
     * SnakeYAML's message, told as the problem and where it is: it reads "while scanning…" (what it was doing, and
     * where that began), then the problem ("found character '\\t(TAB)'…") and the line and column of the problem
     * itself, which Jackson's location does not always point at.
     */
    static SpecException yamlProblem(String file, String message, int line, int column) {
        List<String> texts = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        int problemLine = line;
        int problemColumn = column;
        for (String l : message.split("\n")) {
            Matcher mark = YAML_MARK.matcher(l);
            if (mark.matches()) {
                problemLine = Integer.parseInt(mark.group(1));
                problemColumn = Integer.parseInt(mark.group(2));
                marks.add(problemLine + ":" + problemColumn);
            } else if (!l.isBlank() && !l.startsWith("    ")) {
                texts.add(l.strip());
            }
        }
        if (texts.isEmpty()) {
            return new SpecException(file, line, column, "", "not valid YAML");
        }
        String problem = texts.get(texts.size() - 1);
        if (problem.contains("\\t(TAB)")) {
            return new SpecException(file, problemLine, problemColumn, "", "not valid YAML: a tab character; YAML "
                    + "indents with spaces only");
        }
        if (problem.startsWith("expected <block end>, but found")) {
            // SnakeYAML's grammar terms: a line indented deeper than its block allows, or a key without its value
            return new SpecException(file, problemLine, problemColumn, "", "not valid YAML: the indentation here"
                    + " does not continue the block above; check this line and the ones just before it (a key"
                    + " indented a space too far or too little, or a line missing its 'key:')");
        }
        String context = texts.size() > 1
                ? " (" + texts.get(0) + (marks.size() > 1 ? " begun at " + marks.get(0) : "") + ")" : "";
        return new SpecException(file, problemLine, problemColumn, "", "not valid YAML: " + problem + context);
    }

    /** How Jackson refuses NaN and the infinities in JSON, naming the token. */
    private static final Pattern NON_FINITE = Pattern.compile("Non-standard token '([^']*)'");

    private static String nonFinite(String token) {
        return (token.equals("NaN") ? "NaN is not a number" : token + " is not a finite number") + "; write a finite value";
    }

    private static SpecNode read(JsonParser p, String file, String path) throws IOException {
        JsonLocation l = p.currentTokenLocation();
        int line = l.getLineNr();
        int column = l.getColumnNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, SpecNode> fields = SpecNode.newFields();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonLocation kl = p.currentTokenLocation();
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    p.nextToken();
                    SpecNode child = read(p, file, childPath);
                    if (fields.put(key, child) != null) {
                        throw new SpecException(file, kl.getLineNr(), kl.getColumnNr(), childPath,
                                "field '" + key + "' is given twice");
                    }
                }
                return SpecNode.map(file, path, line, column, fields);
            }
            case START_ARRAY: {
                List<SpecNode> items = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, file, path + "[" + i++ + "]"));
                }
                return SpecNode.list(file, path, line, column, items);
            }
            case VALUE_NULL:
                return SpecNode.nullNode(file, path, line, column);
            case VALUE_STRING:
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
            case VALUE_TRUE:
            case VALUE_FALSE:
                return SpecNode.scalar(file, path, line, column, p.getText());
            default:
                throw new SpecException(file, line, column, path, "unexpected " + t);
        }
    }
}
