package paperwork.sources;

import java.util.List;

/** An awarding body's unit pack (e.g. City &amp; Guilds 3412): summary table of units, then each unit's aim, outcomes, criteria, evidence requirements and guidance. */
public final class UnitPackFormat implements SourceFormat {

    @Override
    public String name() {
        return "unit-pack";
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
