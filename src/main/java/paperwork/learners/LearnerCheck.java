package paperwork.learners;

import java.util.List;

/**
 * A learner's choice checked against their qualification's rules of combination.
 *
 * @param qualificationId the qualification's id in the catalogue (its QAN), or as written when unknown
 * @param units           the resolved unit ids, mandatory ones included, in the qualification's order
 * @param impliedUnits    the mandatory units the list left out (they are part of {@code units})
 * @param groups          credits and units per group, in the rules' order
 * @param glh             the sum of the units' guided learning hours (units without GLH count 0)
 * @param problems        every broken rule; empty when the choice is valid
 */
public record LearnerCheck(
        Learner learner,
        String qualificationId,
        List<String> units,
        List<String> impliedUnits,
        List<GroupTally> groups,
        int totalCredits,
        int glh,
        List<CombinationProblem> problems) {
    public LearnerCheck {
        units = List.copyOf(units);
        impliedUnits = List.copyOf(impliedUnits);
        groups = List.copyOf(groups);
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
