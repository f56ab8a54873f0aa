package paperwork.learners;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.Qualification;

/**
 * Checks every learner of a list against the catalogue: finds each learner's qualification (by
 * QAN or alias) and applies its {@link RulesOfCombinationCheck}, built once per qualification.
 */
public final class LearnerListCheck {
    private final Catalogue catalogue;
    private final Map<String, Optional<RulesOfCombinationCheck>> checks = new HashMap<>();

    public LearnerListCheck(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public LearnerListReport check(LearnerList list) {
        List<LearnerCheck> out = new ArrayList<>();
        for (Learner learner : list.learners()) out.add(check(learner));
        return new LearnerListReport(list, out);
    }

    public LearnerCheck check(Learner learner) {
        String key = UnitIndex.normalise(learner.qualificationId());
        Optional<RulesOfCombinationCheck> rules = checks.computeIfAbsent(key,
                k -> qualification(k).map(q -> new RulesOfCombinationCheck(q, catalogue.units())));
        if (rules.isPresent()) return rules.get().check(learner);
        String known = String.join(", ", catalogue.qualifications().stream().map(Qualification::id).distinct().toList());
        return new LearnerCheck(learner, learner.qualificationId(), List.of(), List.of(), List.of(), 0, 0,
                List.of(new CombinationProblem("unknown-qualification", "qualification " + learner.qualificationId()
                        + " is not in the catalogue" + (known.isEmpty() ? "" : " (it holds " + known + ")"))));
    }

    /** By id, then by alias; where a QAN is printed in several sources, the printing with rules wins. */
    private Optional<Qualification> qualification(String key) {
        Comparator<Qualification> rulesFirst = Comparator.comparing(q -> q.groups().isEmpty());
        Optional<Qualification> byId = catalogue.qualifications().stream()
                .filter(q -> UnitIndex.normalise(q.id()).equals(key)).min(rulesFirst);
        if (byId.isPresent()) return byId;
        return catalogue.qualifications().stream()
                .filter(q -> q.aliases().stream().anyMatch(a -> UnitIndex.normalise(a).equals(key)))
                .min(rulesFirst);
    }
}
