package paperwork.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where two printings of the same unit disagree: title, level, credit value, guided learning hours,
 * the wording of each criterion and, when both list them, of each knowledge item. Reported once per
 * pair, at the later printing. Items are paired by code when both printings use the same codes,
 * else each with its most similar counterpart (items with too little in common are not compared).
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
                // A link to the unit itself stands for a printing merged into it (SameIdPrintings compared them).
                if (a == null || target.equals(b.id()) || done.contains(target + "\u0000" + b.id())) continue;
                done.add(b.id() + "\u0000" + target);
                // The earlier printing in catalogue order is the reference; the later one is reported.
                if (position.get(a.id()) < position.get(b.id())) compare(a, b, out);
                else compare(b, a, out);
            }
        }
        return units;
    }

    /** A criterion or a knowledge item, as far as comparing wording goes. */
    private record Printed(String code, String text, SourceRef source) {
    }

    /** Reports where {@code b} differs from {@code a}, at {@code b}'s lines. */
    void compare(Unit a, Unit b, List<Diagnostic> out) {
        if (a.title() != null && b.title() != null && !sameWording(a.title(), b.title())) {
            out.add(Diagnostic.warning("printing-differs", b.source(), b.id() + " is titled \"" + b.title()
                    + "\" here but \"" + a.title() + "\" in " + UnitLinkEdits.where(a.source())));
        }
        value("level", a.level(), b.level(), a, b, out);
        value("credit value", a.credits(), b.credits(), a, b, out);
        value("guided learning hours", a.glh(), b.glh(), a, b, out);
        items("criteria", "criterion-wording-differs",
                a.allCriteria().stream().map(c -> new Printed(c.code(), c.text(), c.source())).toList(),
                b.allCriteria().stream().map(c -> new Printed(c.code(), c.text(), c.source())).toList(), a, b, out);
        // Knowledge is compared only when both printings list it (a QCF unit has none).
        if (!a.knowledge().isEmpty() && !b.knowledge().isEmpty()) {
            items("knowledge items", "knowledge-wording-differs",
                    a.knowledge().stream().map(k -> new Printed(k.code(), k.text(), k.source())).toList(),
                    b.knowledge().stream().map(k -> new Printed(k.code(), k.text(), k.source())).toList(), a, b, out);
        }
    }

    private void items(String what, String code, List<Printed> ia, List<Printed> ib, Unit a, Unit b,
            List<Diagnostic> out) {
        if (ia.size() != ib.size()) {
            out.add(Diagnostic.warning("printing-differs", b.source(), b.id() + " prints " + ib.size() + " " + what
                    + " here and " + ia.size() + " in " + UnitLinkEdits.where(a.source()) + " (" + a.id() + ")"));
        }
        for (Printed[] pair : counterparts(ia, ib)) {
            Printed x = pair[0];
            Printed y = pair[1];
            if (sameWording(x.text(), y.text())) continue;
            out.add(Diagnostic.warning(code, y.source(), b.id() + " " + y.code() + " reads \""
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

    /** The criteria of {@code b} with no counterpart among {@code a}'s: those a reader of {@code a} never sees. */
    List<AssessmentCriterion> criteriaWithoutCounterpart(Unit a, Unit b) {
        List<AssessmentCriterion> cb = b.allCriteria();
        List<Printed> ib = cb.stream().map(c -> new Printed(c.code(), c.text(), c.source())).toList();
        List<Printed> ia = a.allCriteria().stream().map(c -> new Printed(c.code(), c.text(), c.source())).toList();
        Set<Printed> paired = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Printed[] pair : counterparts(ia, ib)) paired.add(pair[1]);
        List<AssessmentCriterion> out = new ArrayList<>();
        for (int i = 0; i < cb.size(); i++) if (!paired.contains(ib.get(i))) out.add(cb.get(i));
        return out;
    }

    private List<Printed[]> counterparts(List<Printed> ia, List<Printed> ib) {
        List<Printed[]> pairs = new ArrayList<>();
        Set<String> codesA = new HashSet<>(ia.stream().map(Printed::code).toList());
        Set<String> codesB = new HashSet<>(ib.stream().map(Printed::code).toList());
        if (codesA.equals(codesB) && codesA.size() == ia.size()) {
            for (Printed y : ib) {
                ia.stream().filter(x -> x.code().equals(y.code())).findFirst().ifPresent(x -> pairs.add(new Printed[] {x, y}));
            }
            return pairs;
        }
        for (Printed y : ib) {
            Printed best = null;
            double bestScore = COUNTERPART;
            for (Printed x : ia) {
                double s = similarity.similarity(x.text(), y.text());
                if (s >= bestScore && (best == null || s > bestScore)) {
                    best = x;
                    bestScore = s;
                }
            }
            if (best != null) pairs.add(new Printed[] {best, y});
        }
        return pairs;
    }
}
