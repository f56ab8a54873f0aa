package paperwork.learners;

import java.util.List;

/**
 * One row of a learner list.
 *
 * @param row             the line (CSV) or row number (XLSX) the learner starts on, 1-based
 * @param qualificationId the qualification as written in the list (QAN or an alias)
 * @param units           the chosen unit ids as written, in order; the mandatory ones may be missing
 */
public record Learner(
        int row,
        String name,
        String reference,
        String centre,
        String assessor,
        String qualificationId,
        List<String> units) {
    public Learner {
        name = name == null ? "" : name;
        reference = reference == null ? "" : reference;
        centre = centre == null ? "" : centre;
        assessor = assessor == null ? "" : assessor;
        qualificationId = qualificationId == null ? "" : qualificationId;
        units = List.copyOf(units);
    }

    /** "Ana Pérez (LRN-1001)": how a learner is named in messages. */
    public String label() {
        return reference.isEmpty() ? name : name + " (" + reference + ")";
    }
}
