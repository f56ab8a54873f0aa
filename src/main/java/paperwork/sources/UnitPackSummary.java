package paperwork.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import paperwork.catalogue.Diagnostic;

/**
 * The front matter of a unit pack: the tables of qualifications ("Title and level | City &amp; Guilds
 * number | Accreditation number") and the summary table of units (UAN, unit number, title, level,
 * GLH, credit value, then one column of ticks per qualification). Tables are tab-separated as the
 * PDF's text extraction leaves them; a pipe-separated table is read too.
 */
final class UnitPackSummary {
    /** A qualification as printed in one of the qualification tables. */
    record QualificationRow(String qan, String title, String number, int line, int table, int tableLine) {
    }

    /** One unit row of the summary table; {@code marks} holds each qualification column's cell as printed. */
    record UnitRow(String uan, String number, String title, Integer level, Integer glh, Integer credit,
            List<String> marks, int line) {
    }

    /** A qualification column of the summary table: its heading and the line of the first header printing it. */
    record Column(String heading, int line) {
    }

    final List<QualificationRow> qualifications = new ArrayList<>();
    final List<UnitRow> rows = new ArrayList<>();
    final List<Column> columns = new ArrayList<>();
    String awardingBody;
    int qualificationTables;
    int qualificationTableLine;
    int usedLines;

    private static final Pattern TICK = Pattern.compile("[\u2713\u2714\u221a\u2611\u2705]|(?i:yes|y)");
    private static final Pattern NO = Pattern.compile("[-\u2013\u2014]|(?i:no|n)");
    private static final Pattern TAGS = Pattern.compile("</?[a-zA-Z]+\\s*/?>");

    /** Reads lines {@code from}..{@code to} (1-based, inclusive). */
    static UnitPackSummary read(SourceText text, int from, int to, List<Diagnostic> out) {
        UnitPackSummary s = new UnitPackSummary();
        int[] header = null;
        for (int n = from; n <= to; n++) {
            String line = text.line(n);
            List<String> cells = cells(line);
            if (cells.size() < 2) continue;
            if (isQualificationHeader(cells)) {
                s.qualificationTables++;
                s.qualificationTableLine = n;
                s.usedLines++;
                if (s.awardingBody == null) s.awardingBody = bodyFrom(cells);
                continue;
            }
            int[] h = summaryHeader(cells);
            if (h != null) {
                header = h;
                s.usedLines++;
                if (s.columns.isEmpty()) {
                    for (int i = h[6]; i < cells.size(); i++) s.columns.add(new Column(cells.get(i).strip(), n));
                }
                continue;
            }
            if (header != null && cells.size() > header[0] && UnitPackLines.UAN.matcher(cells.get(header[0]).strip()).matches()) {
                s.rows.add(s.unitRow(cells, header, n, text, out));
                s.usedLines++;
                continue;
            }
            String qan = cells.stream().map(String::strip).filter(c -> UnitPackLines.QAN.matcher(c).matches()).findFirst().orElse(null);
            if (qan != null && s.qualificationTables > 0) {
                s.qualifications.add(qualificationRow(cells, qan, n, s.qualificationTables, s.qualificationTableLine));
                s.usedLines++;
            }
        }
        return s;
    }

    private UnitRow unitRow(List<String> cells, int[] h, int n, SourceText text, List<Diagnostic> out) {
        List<String> marks = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            int at = h[6] + i;
            marks.add(at < cells.size() ? cells.get(at).strip() : "");
        }
        String uan = cells.get(h[0]).strip();
        return new UnitRow(uan, cell(cells, h[1]), cell(cells, h[2]), number(cells, h[3], n, "level", text, out),
                number(cells, h[4], n, "GLH", text, out), number(cells, h[5], n, "credit value", text, out), marks, n);
    }

    /** Is a cell of the summary table a tick? Null when the mark is neither a tick nor a plain "no". */
    static Boolean isTick(String mark) {
        String bare = TAGS.matcher(mark).replaceAll("").strip();
        if (bare.isEmpty()) return false;
        if (TICK.matcher(bare).matches()) return true;
        if (NO.matcher(bare).matches()) return false;
        return null;
    }

    private static String cell(List<String> cells, int i) {
        return i >= 0 && i < cells.size() ? UnitPackLines.collapse(cells.get(i)) : null;
    }

    private static Integer number(List<String> cells, int i, int line, String what, SourceText text, List<Diagnostic> out) {
        String c = cell(cells, i);
        if (c == null || c.isEmpty()) return null;
        if (c.chars().allMatch(Character::isDigit)) return Integer.parseInt(c);
        out.add(Diagnostic.warning("summary-value-unreadable", text.ref(line), "the summary table prints \"" + c
                + "\" as the " + what + "; it is not a whole number and is left out"));
        return null;
    }

    private static QualificationRow qualificationRow(List<String> cells, String qan, int n, int table, int tableLine) {
        String title = null;
        String number = null;
        for (String c : cells) {
            String s = UnitPackLines.collapse(c);
            if (s.isEmpty() || s.equals(qan)) continue;
            if (title == null && s.chars().anyMatch(Character::isLetter) && s.contains(" ")) title = s;
            else if (number == null) number = s;
        }
        return new QualificationRow(qan, title, number, n, table, tableLine);
    }

    static List<String> cells(String line) {
        if (line.indexOf('\t') >= 0) return List.of(line.split("\t", -1));
        String s = line.strip();
        if (s.startsWith("|") || s.contains(" | ")) {
            s = s.substring(s.startsWith("|") ? 1 : 0, s.endsWith("|") ? s.length() - 1 : s.length());
            return List.of(s.split("\\|", -1));
        }
        return List.of(line);
    }

    private static boolean isQualificationHeader(List<String> cells) {
        boolean title = cells.stream().anyMatch(c -> lower(c).startsWith("title"));
        boolean accreditation = cells.stream().anyMatch(c -> lower(c).contains("accreditation")
                || lower(c).equals("qan") || lower(c).contains("qualification number"));
        return title && accreditation;
    }

    /** "City &amp; Guilds number": the awarding body names its own numbering column. */
    private static String bodyFrom(List<String> cells) {
        for (String c : cells) {
            String s = UnitPackLines.collapse(c);
            String l = s.toLowerCase(Locale.ROOT);
            if (l.endsWith(" number") && !l.contains("accreditation") && !l.contains("qualification")) {
                return s.substring(0, s.length() - " number".length()).strip();
            }
        }
        return null;
    }

    /**
     * The columns of a summary table header, or null when the cells are not one: indices of UAN,
     * unit number, title, level, GLH, credit, and the first qualification column.
     */
    private static int[] summaryHeader(List<String> cells) {
        int[] h = {-1, -1, -1, -1, -1, -1, -1};
        int last = -1;
        for (int i = 0; i < cells.size(); i++) {
            String c = lower(cells.get(i));
            int k = c.equals("uan") || c.equals("unit accreditation number") ? 0
                    : c.contains("title") ? 2
                    : c.startsWith("level") ? 3
                    : c.equals("glh") || c.startsWith("guided") ? 4
                    : c.startsWith("credit") ? 5
                    : c.contains("unit") || c.equals("number") ? 1 : -1;
            if (k < 0 || h[k] >= 0) continue;
            h[k] = i;
            last = Math.max(last, i);
        }
        if (h[0] < 0 || h[3] < 0 || (h[4] < 0 && h[5] < 0)) return null;
        h[6] = last + 1;
        return h;
    }

    private static String lower(String cell) {
        return UnitPackLines.collapse(cell).toLowerCase(Locale.ROOT);
    }
}
