package paperwork.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The cells of a pipe-table row of outcomes and criteria, and what each cell holds. */
final class OutcomeTableRows {
    static final Pattern OUTCOME_NUMBER = Pattern.compile("^(\\d{1,2})\\.?$");
    static final Pattern CRITERION_CODE = Pattern.compile("^(\\d{1,2})\\s*\\.\\s*(\\d{1,2})\\.?$");
    /** A criterion code and its text in one cell: "1.3 explore screen routes". */
    static final Pattern CODE_AND_TEXT = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.?\\s+(\\S.*)$");
    /** An outcome number and its title in one cell: "2. Deliver customer service". */
    static final Pattern NUMBER_AND_TITLE = Pattern.compile("^(\\d{1,2})\\.?\\s+(\\p{L}.*)$");
    private static final Pattern SEPARATOR = Pattern.compile("^\\|?(\\s*:?-{2,}:?\\s*\\|?)+$");
    private static final Pattern HEADER_WORDS = Pattern.compile(
            "(?i)^(learning )?outcomes?|(assessment )?criteri(a|on)|the learner (will|can)|lo|ac$");

    private OutcomeTableRows() {
    }

    static boolean isRow(String line) {
        return line.stripLeading().startsWith("|");
    }

    static boolean isSeparator(String line) {
        return SEPARATOR.matcher(line.strip()).matches();
    }

    /** The cells between the pipes, trimmed; the empty edges outside the first and last pipe are dropped. */
    static List<String> cells(String line) {
        String s = line.strip();
        if (s.startsWith("|")) s = s.substring(1);
        if (s.endsWith("|")) s = s.substring(0, s.length() - 1);
        List<String> out = new ArrayList<>();
        for (String cell : s.split("\\|", -1)) out.add(NosLines.plain(cell));
        return out;
    }

    /** Did the row end without its closing pipe (cut short or wrapped)? */
    static boolean isOpen(String line) {
        return !line.strip().endsWith("|");
    }

    static int criterionCodeCells(String line) {
        int n = 0;
        for (String cell : cells(line)) {
            if (CRITERION_CODE.matcher(cell).matches() || CODE_AND_TEXT.matcher(cell).matches()) n++;
        }
        return n;
    }

    /** A heading row ("Learning outcome | Assessment criteria"): words only, no codes. */
    static boolean isHeader(List<String> cells) {
        return cells.stream().filter(c -> !c.isEmpty()).allMatch(c -> HEADER_WORDS.matcher(c).find() && c.length() < 40);
    }

    static int[] criterionCode(String cell) {
        Matcher m = CRITERION_CODE.matcher(cell);
        return m.matches() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : null;
    }
}
