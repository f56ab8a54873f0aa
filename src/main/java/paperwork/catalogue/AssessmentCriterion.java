package paperwork.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An assessment criterion ("The learner can…", 1.1) or a performance criterion (P1, a10.1.1).
 * {@code printedCode} is set only when the code was repaired or inferred: it holds what the
 * source printed ("" when no code was printed at all).
 */
public record AssessmentCriterion(
        String code,
        String text,
        @JsonInclude(JsonInclude.Include.NON_NULL) String printedCode,
        SourceRef source) {

    public AssessmentCriterion(String code, String text, SourceRef source) {
        this(code, text, null, source);
    }
}
