package paperwork.sources;

import java.util.Locale;

/**
 * An awarding body's unit pack (e.g. City &amp; Guilds 3412): qualification tables and a summary
 * table of units with a tick column per qualification, then each unit's page: heading, level,
 * credit value and UAN, aim, learning outcomes, GLH, NOS relationship, criteria, evidence
 * requirements and teaching guidance. Reading is done by {@link UnitPackParser}.
 */
public final class UnitPackFormat implements SourceFormat {

    @Override
    public String name() {
        return "unit-pack";
    }

    /**
     * At least two of the pack's marks: a summary table header with UAN and credit columns, a
     * "UAN:" line under a unit heading, the heading "Learning outcomes and assessment criteria", and
     * "There are four learning outcomes to this unit". A qualification specification prints its
     * criteria in tables of its own and none of these lines; NVQ standards and NOS have no UAN.
     */
    @Override
    public boolean detects(SourceText text) {
        boolean summaryHeader = false;
        boolean uanLine = false;
        boolean criteriaHeading = false;
        boolean statedOutcomes = false;
        for (String line : text.lines()) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (!summaryHeader && isSummaryHeader(lower)) {
                summaryHeader = true;
            } else if (!uanLine && (lower.contains("uan") || lower.contains(" number"))) {
                uanLine |= UnitPackLines.uanFact(line).isPresent();
            } else if (lower.contains("learning outcome")) {
                criteriaHeading |= lower.strip().equals("learning outcomes and assessment criteria");
                statedOutcomes |= UnitPackLines.statedOutcomes(line).isPresent();
            }
            int marks = (summaryHeader ? 1 : 0) + (uanLine ? 1 : 0) + (criteriaHeading ? 1 : 0) + (statedOutcomes ? 1 : 0);
            if (marks >= 2) return true;
        }
        return false;
    }

    /** "UAN | City &amp; Guilds unit | Unit title | Level | GLH | Credit value | …" as a table row. */
    private static boolean isSummaryHeader(String lower) {
        return (lower.indexOf('\t') >= 0 || lower.indexOf('|') >= 0) && lower.contains("uan") && lower.contains("credit");
    }

    @Override
    public ParsedSource parse(SourceText text) {
        return UnitPackParser.parse(text);
    }
}
