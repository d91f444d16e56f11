package dev.walls.core.validation;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small RFC 4180 reader: a header line and rows of cells, quoted cells may hold commas, quotes and newlines. */
final class CsvTable {

    /** One row with the line it starts on. */
    record Row(int line, Map<String, String> cells) {
    }

    private final Path file;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(Path file, List<String> header, List<Row> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
    }

    List<String> header() {
        return header;
    }

    List<Row> rows() {
        return rows;
    }

    Path file() {
        return file;
    }

    static CsvTable read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            // the decoder's own message ("Input length = 1") says nothing to someone holding a spreadsheet
            throw new IllegalArgumentException(file + ": is not UTF-8 text; save it as CSV in UTF-8", e);
        }
        if (text.startsWith("\uFEFF")) {
            // Excel writes "CSV UTF-8" with a byte-order mark, which would otherwise stick to the first column's name
            text = text.substring(1);
        }
        if (text.indexOf('\r') >= 0 && text.indexOf('\n') < 0) {
            throw new IllegalArgumentException(file + ": its lines end in CR alone (old Mac line endings), so it reads as"
                    + " one line; save it with LF or CRLF line endings");
        }
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> current = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
                continue;
            }
            switch (ch) {
                case '"' -> {
                    quoted = true;
                    any = true;
                }
                case ',' -> {
                    current.add(cell.toString());
                    cell.setLength(0);
                    any = true;
                }
                case '\r' -> {
                }
                case '\n' -> {
                    if (any || cell.length() > 0) {
                        current.add(cell.toString());
                        add(records, lines, current, recordLine, file);
                    }
                    current = new ArrayList<>();
                    cell.setLength(0);
                    any = false;
                    line++;
                    recordLine = line;
                }
                default -> {
                    cell.append(ch);
                    any = true;
                }
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(file + " line " + recordLine + ": unterminated quoted cell");
        }
        if (any || cell.length() > 0) {
            current.add(cell.toString());
            add(records, lines, current, recordLine, file);
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException(file + ": empty file, expected a header line");
        }
        List<String> header = new ArrayList<>();
        for (String h : records.get(0)) {
            header.add(h.trim());
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> values = records.get(r);
            if (values.size() != header.size()) {
                throw new IllegalArgumentException(file + " line " + lines.get(r) + ": " + values.size()
                        + " cells but the header has " + header.size() + " columns");
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                cells.put(header.get(c), values.get(c).trim());
            }
            rows.add(new Row(lines.get(r), cells));
        }
        return new CsvTable(file, List.copyOf(header), List.copyOf(rows));
    }

    /** Keeps a record; a line of spaces alone is blank, as an empty one is, and a comment has no place in a CSV. */
    private static void add(List<List<String>> records, List<Integer> lines, List<String> record, int line, Path file) {
        if (record.size() == 1 && record.get(0).isBlank()) {
            return;
        }
        if (record.get(0).stripLeading().startsWith("#")) {
            throw new IllegalArgumentException(file + " line " + line + ": starts with '#', but a CSV has no comment "
                    + "lines; delete it, or put the text in a row's notes");
        }
        records.add(record);
        lines.add(line);
    }
}
