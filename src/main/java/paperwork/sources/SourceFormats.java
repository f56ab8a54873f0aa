package paperwork.sources;

import java.util.List;
import java.util.Optional;

/** The registered source formats, most specific first: the first whose {@code detects} is true wins. */
public final class SourceFormats {
    private SourceFormats() {
    }

    public static List<SourceFormat> all() {
        return List.of(
                new QualificationSpecificationFormat(),
                new UnitPackFormat(),
                new NosFormat(),
                new NvqStandardsFormat(),
                new OutcomeTableFormat());
    }

    public static Optional<SourceFormat> detect(SourceText text) {
        return all().stream().filter(f -> f.detects(text)).findFirst();
    }
}
