package paperwork.catalogue;

import java.util.List;
import java.util.Optional;

/** Everything read from the sources: the public contract written to catalogue.json. */
public record Catalogue(
        int schemaVersion,
        List<SourceFile> sources,
        List<Qualification> qualifications,
        List<Unit> units,
        List<Diagnostic> diagnostics) {

    public static final int SCHEMA_VERSION = 1;

    public Catalogue {
        sources = List.copyOf(sources);
        qualifications = List.copyOf(qualifications);
        units = List.copyOf(units);
        diagnostics = List.copyOf(diagnostics);
    }

    public Optional<Unit> unit(String id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    public Optional<Qualification> qualification(String id) {
        return qualifications.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
