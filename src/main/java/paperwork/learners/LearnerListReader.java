package paperwork.learners;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.SourceRef;
import paperwork.sources.SourceReader;
import paperwork.sources.SourceText;

/**
 * Reads a learner list: CSV (UTF-8 with or without BOM, Excel's flavour with CRLF and quoted
 * fields, {@code ,} {@code ;} or tab between fields) or an Excel workbook (first sheet). The header
 * row names the columns in any order and case; extra columns are ignored. Problems are diagnostics
 * with the file and the row's line; a row that cannot be checked is left out of the learners.
 */
public final class LearnerListReader {

    public static final String MISSING_FIELD = "learner-missing-field";
    public static final String DUPLICATE_REFERENCE = "learner-duplicate-reference";

    /** The columns every list must have, in the order messages name them. */
    public static final List<String> COLUMNS = List.of("name", "reference", "centre", "assessor",
            "qualification", "units");

    /** Chosen units are separated by {@code ;} (or commas, or line breaks inside the cell). */
    private static final Pattern UNIT_SEPARATOR = Pattern.compile("[;,\\n]+");

    /** One row of cells as read, with the line (or sheet row) it starts on. */
    private record RawRow(int line, List<String> cells) {
        boolean isEmpty() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    public LearnerList read(Path file, String displayName) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return failed(displayName, "unreadable-learner-list", "cannot read the file: " + e.getMessage());
        }
        return read(bytes, displayName);
    }

    /** Detects a workbook from its first bytes (zip or OLE2), else reads the bytes as CSV text. */
    public LearnerList read(byte[] bytes, String displayName) {
        if (isWorkbook(bytes)) return readWorkbook(bytes, displayName);
        String lower = displayName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
            return failed(displayName, "not-a-workbook",
                    "the file is named like an Excel workbook but is not one (save it again from Excel, or as CSV)");
        }
        SourceReader.Result decoded = SourceReader.decode(bytes, displayName);
        if (decoded.text().isEmpty()) {
            boolean empty = decoded.diagnostics().stream().anyMatch(d -> d.code().equals("empty-source"));
            return empty ? failed(displayName, "learner-list-empty", "the file is empty: no header row, no learners")
                    : failed(displayName, "learner-list-unreadable",
                            "the file is neither text nor an Excel workbook: save the list as CSV or XLSX");
        }
        List<Diagnostic> diagnostics = new ArrayList<>(decoded.diagnostics());
        List<RawRow> rows = csvRows(decoded.text().get(), diagnostics);
        return fromRows(displayName, rows, diagnostics);
    }

    /** Reads CSV text (for tests and callers that already hold the text). */
    public LearnerList readCsv(String text, String displayName) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<RawRow> rows = csvRows(new SourceText(displayName, "", text), diagnostics);
        return fromRows(displayName, rows, diagnostics);
    }

    private static List<RawRow> csvRows(SourceText text, List<Diagnostic> diagnostics) {
        // SourceText has already removed the BOM and turned CRLF into LF, keeping line numbers.
        String body = String.join("\n", text.lines());
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        List<RawRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(body, format)) {
            long linesBefore = 0;
            for (CSVRecord record : parser) {
                rows.add(new RawRow((int) linesBefore + 1, record.toList()));
                linesBefore = parser.getCurrentLineNumber();
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // commons-csv reports an unclosed quote this way; what was read before it is kept.
            int line = rows.isEmpty() ? 1 : rows.get(rows.size() - 1).line() + 1;
            diagnostics.add(Diagnostic.error("learner-list-unreadable", text.ref(line),
                    "the CSV cannot be read from here on: " + rootMessage(e)
                            + " (is a quote \" left open?)"));
        }
        return rows;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage();
    }

    /** The separator the header line uses most: comma, semicolon (Excel in many locales) or tab. */
    private static char delimiter(SourceText text) {
        String header = text.lines().stream().filter(l -> !l.isBlank()).findFirst().orElse("");
        char best = ',';
        long bestCount = header.chars().filter(c -> c == ',').count();
        for (char c : new char[] {';', '\t'}) {
            long n = header.chars().filter(ch -> ch == c).count();
            if (n > bestCount) {
                best = c;
                bestCount = n;
            }
        }
        return best;
    }

    private static LearnerList readWorkbook(byte[] bytes, String displayName) {
        List<RawRow> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.UK);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                return failed(displayName, "learner-list-empty", "the workbook has no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
                }
                rows.add(new RawRow(row.getRowNum() + 1, cells));
            }
        } catch (IOException | RuntimeException e) {
            return failed(displayName, "learner-list-unreadable",
                    "cannot read the workbook: " + rootMessage(e));
        }
        return fromRows(displayName, rows, new ArrayList<>());
    }

    private static LearnerList fromRows(String file, List<RawRow> rows, List<Diagnostic> diagnostics) {
        SourceRef whole = new SourceRef(file, 0);
        int h = 0;
        while (h < rows.size() && rows.get(h).isEmpty()) h++;
        if (h == rows.size()) {
            diagnostics.add(Diagnostic.error("learner-list-empty", whole,
                    "the list has no header row and no learners"));
            return new LearnerList(file, List.of(), diagnostics);
        }
        RawRow header = rows.get(h);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            columns.putIfAbsent(header.cells().get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            diagnostics.add(Diagnostic.error("learner-list-missing-columns", whole.at(header.line()),
                    "the header row lacks the column(s) " + String.join(", ", missing) + " (it has: "
                            + String.join(", ", header.cells()) + "); no learner was read"));
            return new LearnerList(file, List.of(), diagnostics);
        }
        List<Learner> learners = new ArrayList<>();
        Map<String, Learner> byReference = new LinkedHashMap<>();
        for (RawRow row : rows.subList(h + 1, rows.size())) {
            SourceRef at = whole.at(row.line());
            if (row.isEmpty()) {
                diagnostics.add(Diagnostic.info("learner-empty-row", at, "empty row skipped"));
                continue;
            }
            Learner learner = new Learner(row.line(), cell(row, columns, "name"), cell(row, columns, "reference"),
                    cell(row, columns, "centre"), cell(row, columns, "assessor"),
                    cell(row, columns, "qualification"), units(cell(row, columns, "units")));
            List<String> blank = new ArrayList<>();
            if (learner.name().isEmpty()) blank.add("name");
            if (learner.reference().isEmpty()) blank.add("reference");
            if (learner.qualificationId().isEmpty()) blank.add("qualification");
            if (!blank.isEmpty()) {
                String who = learner.name().isEmpty() ? "this row" : learner.label();
                diagnostics.add(Diagnostic.error(MISSING_FIELD, at, who + " has no "
                        + String.join(", no ", blank) + "; the row was not checked"));
                continue;
            }
            String key = learner.reference().toLowerCase(Locale.ROOT);
            Learner first = byReference.putIfAbsent(key, learner);
            if (first != null) {
                diagnostics.add(Diagnostic.error(DUPLICATE_REFERENCE, at, learner.name()
                        + ": reference " + learner.reference() + " is already used on row " + first.row() + " by "
                        + first.name() + "; the row was not checked"));
                continue;
            }
            learners.add(learner);
        }
        return new LearnerList(file, learners, diagnostics);
    }

    private static String cell(RawRow row, Map<String, Integer> columns, String column) {
        int i = columns.get(column);
        return i < row.cells().size() ? row.cells().get(i).strip() : "";
    }

    static List<String> units(String cell) {
        List<String> out = new ArrayList<>();
        for (String part : UNIT_SEPARATOR.split(cell)) {
            String u = part.strip();
            if (!u.isEmpty()) out.add(u);
        }
        return out;
    }

    private static boolean isWorkbook(byte[] b) {
        boolean zip = b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
        boolean ole2 = b.length >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF
                && (b[2] & 0xFF) == 0x11 && (b[3] & 0xFF) == 0xE0;
        return zip || ole2;
    }

    private static LearnerList failed(String file, String code, String message) {
        return new LearnerList(file, List.of(), List.of(Diagnostic.error(code, new SourceRef(file, 0), message)));
    }
}
