package paperwork.sources;

/**
 * National standards in NVQ form (e.g. Customer Service 2010): a run of units, each a heading
 * "Unit A10  Title", a theme sentence, "What this unit is about", elements (A10.1) with their
 * performance criteria (a10.1.1), and knowledge and understanding items (a10a). Reading is done by
 * {@link NvqStandardsParser}; codes are judged by {@link NvqNumbering}.
 */
public final class NvqStandardsFormat implements SourceFormat {
    /** A text with this many unit headings, element codes and criterion codes is NVQ standards (one unit alone is, too). */
    private static final int MIN_UNITS = 1;
    private static final int MIN_ELEMENTS = 2;
    private static final int MIN_CRITERIA = 3;

    @Override
    public String name() {
        return "nvq-standards";
    }

    /**
     * Several "Unit X99" headings, element codes "X99.9" and lower-case criterion codes "x99.9.9" on
     * lines of their own. A single NOS (P1, K1), a unit pack ("Unit 208"), a qualification
     * specification ("Unit 1:") or a pipe table has none of the last two.
     */
    @Override
    public boolean detects(SourceText text) {
        int units = 0;
        int elements = 0;
        int criteria = 0;
        for (String line : text.lines()) {
            if (NvqCodes.unitHeading(line).isPresent()) units++;
            else if (NvqCodes.isStrictElementLine(line)) elements++;
            else if (NvqCodes.isStrictCriterionLine(line)) criteria++;
            if (units >= MIN_UNITS && elements >= MIN_ELEMENTS && criteria >= MIN_CRITERIA) return true;
        }
        return false;
    }

    @Override
    public ParsedSource parse(SourceText text) {
        return NvqStandardsParser.parse(text);
    }
}
