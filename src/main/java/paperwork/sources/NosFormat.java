package paperwork.sources;

import java.util.List;

/** A single National Occupational Standard (e.g. CFACSD4): overview, performance criteria P1…, knowledge K1…, metadata table. */
public final class NosFormat implements SourceFormat {

    @Override
    public String name() {
        return "nos";
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
