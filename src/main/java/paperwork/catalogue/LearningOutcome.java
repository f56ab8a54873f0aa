package paperwork.catalogue;

import java.util.List;

/**
 * A learning outcome ("The learner will…") of a QCF/RQF unit, or an element (A10.1, or a heading
 * such as "Establish the type and level of support…") of a national standard.
 */
public record LearningOutcome(String code, String title, List<AssessmentCriterion> criteria, SourceRef source) {
    public LearningOutcome {
        criteria = List.copyOf(criteria);
    }
}
