package paperwork.catalogue;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A learning outcome ("The learner will…") of a QCF/RQF unit, or an element (A10.1, or a heading
 * such as "Establish the type and level of support…") of a national standard.
 * {@code printedCode} is set only when the code was repaired: it holds what the source printed.
 */
public record LearningOutcome(
        String code,
        String title,
        @JsonInclude(JsonInclude.Include.NON_NULL) String printedCode,
        List<AssessmentCriterion> criteria,
        SourceRef source) {

    public LearningOutcome {
        criteria = List.copyOf(criteria);
    }

    public LearningOutcome(String code, String title, List<AssessmentCriterion> criteria, SourceRef source) {
        this(code, title, null, criteria, source);
    }
}
