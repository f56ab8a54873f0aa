package paperwork.sources;

/**
 * An awarding body's qualification specification (e.g. HABC Level 3 Diploma in Customer Service):
 * key facts, rules of combination (group tables, credit bounds, a level rule), and every unit's
 * page with its learning outcomes / assessment criteria table. Reading is done by
 * {@link QualSpecParser}; the qualification and the cross-checks by {@link QualSpecQualification}.
 */
public final class QualificationSpecificationFormat implements SourceFormat {

    @Override
    public String name() {
        return "qualification-specification";
    }

    /**
     * A qualification number (QAN) printed as a key fact, and a unit's outcome table (a header row
     * "Learning Outcomes⇥Assessment Criteria") or a group table of the rules of combination. A unit
     * pack names no QAN so; NVQ standards and a NOS have neither.
     */
    @Override
    public boolean detects(SourceText text) {
        boolean qan = false;
        boolean table = false;
        for (String line : text.lines()) {
            if (!qan && QualSpecPatterns.qanLine(line).isPresent()) qan = true;
            if (!table && (QualSpecPatterns.isTableHeader(line) || QualSpecRules.Columns.of(line).isPresent()
                    && QualSpecPatterns.lower(line).contains("credit"))) table = true;
            if (qan && table) return true;
        }
        return false;
    }

    @Override
    public ParsedSource parse(SourceText text) {
        return QualSpecParser.parse(text);
    }
}
