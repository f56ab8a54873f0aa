package paperwork.sources;

import java.util.List;

/** National standards in NVQ form (e.g. Customer Service 2010): units with elements, performance criteria and knowledge items. */
public final class NvqStandardsFormat implements SourceFormat {

    @Override
    public String name() {
        return "nvq-standards";
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
