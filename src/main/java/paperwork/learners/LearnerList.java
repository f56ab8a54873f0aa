package paperwork.learners;

import java.util.List;

import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.Severity;

/**
 * A learner list as read: its file (relative to the project), the learners whose rows could be
 * read, and what was found on the way (missing columns, empty rows, missing fields, duplicates).
 */
public record LearnerList(String file, List<Learner> learners, List<Diagnostic> diagnostics) {
    public LearnerList {
        learners = List.copyOf(learners);
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when the list itself is malformed (an error not tied to one learner's choice). */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
