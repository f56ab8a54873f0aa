package paperwork.sources;

import java.util.regex.Pattern;

/**
 * A single National Occupational Standard (e.g. CFACSD4): overview, performance criteria P1…,
 * knowledge K1…, the metadata table. Reading is done by {@link NosParser}.
 */
public final class NosFormat implements SourceFormat {
    private static final Pattern PERFORMANCE_CODE = NosLines.codePattern('P');
    private static final Pattern KNOWLEDGE_CODE = NosLines.codePattern('K');
    private static final Pattern SIGNPOST = Pattern.compile(
            "(?i)^\\W*(performance criteria|knowledge and understanding|you must be able to|you need to know and "
                    + "understand|original urn|developed by)\\b");

    @Override
    public String name() {
        return "nos";
    }

    /**
     * A P1 and a K1 code and at least two of the headings every NOS prints (performance criteria,
     * knowledge and understanding, the lead-ins, the URN). NVQ standards print a10.1.1 and a10a,
     * unit packs and specifications 1.1: none of them prints P1 with K1.
     */
    @Override
    public boolean detects(SourceText text) {
        boolean p1 = false;
        boolean k1 = false;
        int signposts = 0;
        for (String line : text.lines()) {
            if (!p1 && line.contains("P1") && PERFORMANCE_CODE.matcher(line).find()) p1 = true;
            if (!k1 && line.contains("K1") && KNOWLEDGE_CODE.matcher(line).find()) k1 = true;
            if (SIGNPOST.matcher(line).find()) signposts++;
            if (p1 && k1 && signposts >= 2) return true;
        }
        return false;
    }

    @Override
    public ParsedSource parse(SourceText text) {
        return NosParser.parse(text);
    }
}
