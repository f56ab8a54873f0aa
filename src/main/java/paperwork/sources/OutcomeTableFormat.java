package paperwork.sources;

/**
 * A bare pipe table of outcomes and criteria with no title ("| 1 | outcome | 1.1 | criterion |"
 * then "| 1.2 | criterion |"); the unit it belongs to is found later by matching its criteria.
 * Reading is done by {@link OutcomeTableParser}.
 */
public final class OutcomeTableFormat implements SourceFormat {
    /** How many of the first non-blank lines are looked at, and how many of them must be table rows. */
    private static final int HEAD = 20;
    private static final double ROW_SHARE = 0.8;
    private static final int MIN_CRITERION_CODES = 2;

    @Override
    public String name() {
        return "outcome-table";
    }

    /** Nearly every line near the top is a pipe row, and some cells hold criterion codes (1.1). */
    @Override
    public boolean detects(SourceText text) {
        int lines = 0;
        int rows = 0;
        int codes = 0;
        for (String line : text.lines()) {
            if (line.isBlank()) continue;
            lines++;
            if (OutcomeTableRows.isRow(line)) {
                rows++;
                codes += OutcomeTableRows.criterionCodeCells(line);
            }
            if (lines >= HEAD) break;
        }
        return lines > 0 && rows >= ROW_SHARE * lines && codes >= Math.min(MIN_CRITERION_CODES, rows);
    }

    @Override
    public ParsedSource parse(SourceText text) {
        return OutcomeTableParser.parse(text);
    }
}
