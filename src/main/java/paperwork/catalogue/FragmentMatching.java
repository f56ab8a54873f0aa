package paperwork.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A fragment (a bare table of outcomes and criteria) says nothing of the unit it belongs to: its
 * criteria are compared with those of every other unit, and the best match, if good enough, gets a
 * {@code matches} link and a note saying how strong it is. Other printings of that unit (linked as
 * {@code same-unit}) that match as well are linked too.
 */
final class FragmentMatching implements CrossSourceCheck {
    /** A fragment whose criteria are found this well in a unit belongs to it. */
    static final double MATCH = 0.6;
    /** Units within this of the best are an equally good match. */
    static final double TIE = 0.02;
    /** How many units, those sharing most words with the fragment, are compared criterion by criterion. */
    static final int SHORTLIST = 24;

    private final CriterionSimilarity similarity;

    FragmentMatching(CriterionSimilarity similarity) {
        this.similarity = similarity;
    }

    private record Candidate(Unit unit, CriterionSimilarity.Coverage coverage) {
    }

    @Override
    public List<Unit> apply(List<Unit> units, List<Diagnostic> out) {
        UnitLinkEdits edits = new UnitLinkEdits();
        for (Unit fragment : units) {
            if (!fragment.kind().equals(Unit.FRAGMENT)) continue;
            CriterionSimilarity.Profile profile = similarity.profile(fragment);
            if (profile.isEmpty()) continue;
            List<Candidate> ranked = new ArrayList<>();
            for (Unit u : shortlist(fragment, profile, units)) {
                ranked.add(new Candidate(u, CriterionSimilarity.coverage(profile, similarity.profile(u))));
            }
            // Best first; equal scores in catalogue order, so the result never depends on chance.
            ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.coverage().score()));
            if (ranked.isEmpty() || ranked.get(0).coverage().score() < MATCH) {
                out.add(Diagnostic.warning("fragment-unmatched", fragment.source(), fragment.id()
                        + " matches no unit of the other sources" + (ranked.isEmpty() ? "" : "; the closest is "
                        + UnitLinkEdits.describe(ranked.get(0).unit()) + ", " + ranked.get(0).coverage().describe())));
                continue;
            }
            Candidate best = ranked.get(0);
            List<Candidate> linked = new ArrayList<>();
            List<String> printings = UnitLinkEdits.targets(best.unit(), UnitLink.SAME_UNIT);
            for (Candidate c : ranked) {
                boolean tie = c.coverage().score() >= best.coverage().score() - TIE;
                boolean printing = printings.contains(c.unit().id()) && c.coverage().score() >= MATCH;
                if (c == best || tie || printing) linked.add(c);
            }
            for (Candidate c : linked) {
                edits.add(fragment.id(), new UnitLink(UnitLink.MATCHES, c.unit().id(), true, c.coverage().describe()));
            }
            out.add(Diagnostic.info("fragment-matched", fragment.source(), message(fragment, linked, ranked)));
        }
        return edits.applyTo(units);
    }

    /**
     * The units that use most of the fragment's words, best first: only these are compared criterion
     * by criterion, so that matching stays linear in the number of units.
     */
    private List<Unit> shortlist(Unit fragment, CriterionSimilarity.Profile profile, List<Unit> units) {
        record Scored(Unit unit, double containment) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Unit u : units) {
            if (u == fragment || u.kind().equals(Unit.FRAGMENT)) continue;
            scored.add(new Scored(u, CriterionSimilarity.containment(profile, similarity.profile(u))));
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.containment()));
        return scored.stream().limit(SHORTLIST).map(Scored::unit).toList();
    }

    private static String message(Unit fragment, List<Candidate> linked, List<Candidate> ranked) {
        StringBuilder b = new StringBuilder(fragment.id()).append(" belongs to ");
        for (int i = 0; i < linked.size(); i++) {
            Candidate c = linked.get(i);
            if (i > 0) b.append(i == linked.size() - 1 ? " and " : ", ");
            b.append(UnitLinkEdits.describe(c.unit())).append(" (").append(c.coverage().describe()).append(')');
        }
        ranked.stream().filter(c -> !linked.contains(c)).findFirst().ifPresent(next -> b.append("; next best ")
                .append(UnitLinkEdits.describe(next.unit()))
                .append(String.format(Locale.ROOT, " (similarity %.2f)", next.coverage().score())));
        return b.toString();
    }
}
