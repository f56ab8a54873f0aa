package paperwork.sources;

import java.util.List;

/** A bare pipe table of outcomes and criteria with no title; the unit it belongs to is found by matching. */
public final class OutcomeTableFormat implements SourceFormat {

    @Override
    public String name() {
        return "outcome-table";
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
