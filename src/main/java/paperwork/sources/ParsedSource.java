package paperwork.sources;

import java.util.List;

import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.Qualification;
import paperwork.catalogue.Unit;

/** What one parser read from one source. */
public record ParsedSource(List<Qualification> qualifications, List<Unit> units, List<Diagnostic> diagnostics) {
    public ParsedSource {
        qualifications = List.copyOf(qualifications);
        units = List.copyOf(units);
        diagnostics = List.copyOf(diagnostics);
    }
}
