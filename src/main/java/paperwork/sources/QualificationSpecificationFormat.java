package paperwork.sources;

import java.util.List;

/** An awarding body's qualification specification (e.g. HABC): key facts, rules of combination, unit tables, every unit's outcome/criteria table. */
public final class QualificationSpecificationFormat implements SourceFormat {

    @Override
    public String name() {
        return "qualification-specification";
    }

    @Override
    public boolean detects(SourceText text) {
        return false; // not yet written
    }

    @Override
    public ParsedSource parse(SourceText text) {
        return new ParsedSource(List.of(), List.of(), List.of());
    }
}
