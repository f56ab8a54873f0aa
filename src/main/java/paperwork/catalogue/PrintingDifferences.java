package paperwork.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where two printings of the same unit disagree: title, level, credit value, guided learning hours
 * and the wording of each criterion. Reported once per pair, at the later printing. Criteria are
 * paired by code when both printings use the same codes, else in printed order when they have as
 * many, else each with its most similar counterpart.
 */
final class PrintingDifferences implements CrossSourceCheck {
    /** Below this, two criteria are not counterparts at all, and their wording is not compared. */
    private static final double COUNTERPART = 0.5;

    private final CriterionSimilarity similarity;

    PrintingDifferences(CriterionSimilarity similarity) {
        this.similarity = similarity;
    }

    @Override
    public List<Unit> apply(List<Unit> units, List<Diagnostic> out) {
        Map<String, Unit> byId = UnitLinkEdits.byId(units);
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < units.size(); i++) position.putIfAbsent(units.get(i).id(), i);
        Set<String> done = new HashSet<>();
        for (Unit b : units) {
            for (String target : UnitLinkEdits.targets(b, UnitLink.SAME_UNIT)) {
                Unit a = byId.get(target);
                if (a == null || done.contains(target + "\u0000" + b.id())) continue;
                done.add(b.id() + "\u0000" + target);
                // The earlier printing in catalogue order is the reference; the later one is reported.
                if (position.get(a.id()) < position.get(b.id())) compare(a, b, out);
                else compare(b, a, out);
            }
        }
        return units;
    }

    private void compare(Unit a, Unit b, List<Diagnostic> out) {
        String than = " than " + UnitLinkEdits.describe(a);
        if (a.title() != null && b.title() != null
                && !sameWording(a.title(), b.title())) {
            out.add(Diagnostic.warning("printing-differs", b.source(), b.id() + " is titled \"" + b.title()
                    + "\" here but \"" + a.title() + "\" in " + UnitLinkEdits.where(a.source())));
        }
        value("level", a.level(), b.level(), a, b, out);
        value("credit value", a.credits(), b.credits(), a, b, out);
        value("guided learning hours", a.glh(), b.glh(), a, b, out);
        List<AssessmentCriterion> ca = a.allCriteria();
        List<AssessmentCriterion> cb = b.allCriteria();
        if (ca.size() != cb.size()) {
            out.add(Diagnostic.warning("printing-differs", b.source(), b.id() + " prints " + cb.size()
                    + " criteria here and " + ca.size() + " in " + UnitLinkEdits.where(a.source())));
        }
        for (AssessmentCriterion[] pair : counterparts(ca, cb)) {
            AssessmentCriterion x = pair[0];
            AssessmentCriterion y = pair[1];
            if (sameWording(x.text(), y.text())) continue;
            out.add(Diagnostic.warning("criterion-wording-differs", y.source(), b.id() + " " + y.code() + " reads \""
                    + y.text() + "\" but " + a.id() + " " + x.code() + " (" + UnitLinkEdits.where(x.source())
                    + ") reads \"" + x.text() + "\""));
        }
    }

    /** Case, punctuation and spacing ("on- line", "organisation’s") are not wording. */
    private static boolean sameWording(String x, String y) {
        return x.equals(y) || CriterionSimilarity.words(x).equals(CriterionSimilarity.words(y));
    }

    private static void value(String what, Integer x, Integer y, Unit a, Unit b, List<Diagnostic> out) {
        if (x == null || y == null || Objects.equals(x, y)) return;
        out.add(Diagnostic.warning("printing-differs", b.source(), b.id() + " has " + what + " " + y + " here but "
                + x + " in " + UnitLinkEdits.where(a.source()) + " (" + a.id() + ")"));
    }

    private List<AssessmentCriterion[]> counterparts(List<AssessmentCriterion> ca, List<AssessmentCriterion> cb) {
        List<AssessmentCriterion[]> pairs = new ArrayList<>();
        Set<String> codesA = new HashSet<>(ca.stream().map(AssessmentCriterion::code).toList());
        Set<String> codesB = new HashSet<>(cb.stream().map(AssessmentCriterion::code).toList());
        if (codesA.equals(codesB) && codesA.size() == ca.size()) {
            for (AssessmentCriterion y : cb) {
                ca.stream().filter(x -> x.code().equals(y.code())).findFirst().ifPresent(x -> pairs.add(pair(x, y)));
            }
            return pairs;
        }
        if (ca.size() == cb.size()) {
            for (int i = 0; i < ca.size(); i++) pairs.add(pair(ca.get(i), cb.get(i)));
            return pairs;
        }
        for (AssessmentCriterion y : cb) {
            AssessmentCriterion best = null;
            double bestScore = COUNTERPART;
            for (AssessmentCriterion x : ca) {
                double s = similarity.similarity(x.text(), y.text());
                if (s >= bestScore && (best == null || s > bestScore)) {
                    best = x;
                    bestScore = s;
                }
            }
            if (best != null) pairs.add(pair(best, y));
        }
        return pairs;
    }

    private static AssessmentCriterion[] pair(AssessmentCriterion x, AssessmentCriterion y) {
        return new AssessmentCriterion[] {x, y};
    }
}
