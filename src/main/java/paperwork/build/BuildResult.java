package paperwork.build;

import java.util.List;

import paperwork.catalogue.Diagnostic;

/** What a build did: files written, skipped as up to date, failed (with reasons) and removed. */
public record BuildResult(
        List<String> written,
        List<String> upToDate,
        List<Failure> failed,
        List<String> removed,
        List<Diagnostic> diagnostics,
        long millis) {

    public BuildResult {
        written = List.copyOf(written);
        upToDate = List.copyOf(upToDate);
        failed = List.copyOf(failed);
        removed = List.copyOf(removed);
        diagnostics = List.copyOf(diagnostics);
    }

    /** A document that could not be built, and why. */
    public record Failure(String path, Diagnostic reason) {
    }

    public boolean ok() {
        return failed.isEmpty() && diagnostics.stream().noneMatch(d -> d.severity() == paperwork.catalogue.Severity.ERROR);
    }
}
