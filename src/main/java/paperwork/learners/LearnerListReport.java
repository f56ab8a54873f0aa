package paperwork.learners;

import java.util.List;

/** A learner list and every learner's checked choice, in the list's order. */
public record LearnerListReport(LearnerList list, List<LearnerCheck> checks) {
    public LearnerListReport {
        checks = List.copyOf(checks);
    }

    public List<LearnerCheck> valid() {
        return checks.stream().filter(LearnerCheck::valid).toList();
    }

    public List<LearnerCheck> invalid() {
        return checks.stream().filter(c -> !c.valid()).toList();
    }

    /** Rows the list itself could not hand over (missing fields, duplicate references). */
    public long rowsNotChecked() {
        return list.diagnostics().stream().filter(d -> d.code().equals(LearnerListReader.MISSING_FIELD)
                || d.code().equals(LearnerListReader.DUPLICATE_REFERENCE)).count();
    }

    /** True when every learner's choice is valid and the list has no errors. */
    public boolean passed() {
        return invalid().isEmpty() && !list.hasErrors();
    }
}
