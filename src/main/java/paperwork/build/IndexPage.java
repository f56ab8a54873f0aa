package paperwork.build;

import java.util.List;

import paperwork.catalogue.Diagnostic;

/**
 * What {@code output/index.html} shows: every qualification and unit with links to its documents
 * in each format and the date each was built, and the catalogue's diagnostics.
 */
public record IndexPage(
        String programVersion,
        List<Subject> qualifications,
        List<Subject> units,
        List<Subject> learners,
        List<Diagnostic> diagnostics,
        List<BuildResult.Failure> failures,
        int errors,
        int warnings,
        int notes) {

    public IndexPage {
        qualifications = List.copyOf(qualifications);
        units = List.copyOf(units);
        learners = List.copyOf(learners);
        diagnostics = List.copyOf(diagnostics);
        failures = List.copyOf(failures);
    }

    /** A qualification, unit or learner with its documents. */
    public record Subject(String id, String title, String detail, List<Document> documents) {
        public Subject {
            documents = List.copyOf(documents);
        }

        /** When the newest of its files was built, e.g. "2026-11-30 22:10" (UTC); "" when none was. */
        public String built() {
            return documents.stream().flatMap(d -> d.links().stream()).map(Link::built)
                    .filter(b -> b != null && !b.isEmpty()).max(java.util.Comparator.naturalOrder())
                    .map(b -> (b.length() > 16 ? b.substring(0, 16) : b).replace('T', ' ')).orElse("");
        }
    }

    /** One document in its formats. */
    public record Document(String title, List<Link> links) {
        public Document {
            links = List.copyOf(links);
        }
    }

    /** A file: its format, its path relative to the index, when it was built, its size in KiB. */
    public record Link(String format, String href, String built, long kib) {
    }
}
