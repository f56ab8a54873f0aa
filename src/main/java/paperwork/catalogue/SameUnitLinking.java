package paperwork.catalogue;

import java.util.List;
import java.util.Locale;

/**
 * The same unit printed in two sources under different ids (printings with one id are already one
 * entry, see {@link SameIdPrintings}): when a printing has no accreditation number, the same kind
 * of unit (QCF units with QCF units; NVQ units with NOS, both national standards) whose titles agree
 * and whose criteria match. When one printing has no title, a strong match of the criteria alone is
 * enough. Both printings stay in the catalogue and get a {@code same-unit} link to each other.
 */
final class SameUnitLinking implements CrossSourceCheck {
    /** Criteria that match this well, both ways, are those of one unit when the titles also agree. */
    static final double WITH_TITLE = 0.5;
    /** Without a title to compare, the criteria alone must match this well both ways. */
    static final double WITHOUT_TITLE = 0.75;
    /** Titles this alike (word overlap) are one title printed twice. */
    static final double TITLE = 0.8;

    private final CriterionSimilarity similarity;

    SameUnitLinking(CriterionSimilarity similarity) {
        this.similarity = similarity;
    }

    @Override
    public List<Unit> apply(List<Unit> units, List<Diagnostic> out) {
        UnitLinkEdits edits = new UnitLinkEdits();
        List<CriterionSimilarity.Profile> profiles = units.stream().map(similarity::profile).toList();
        List<String> uans = units.stream().map(UnitLinkEdits::uan).toList();
        List<String> families = units.stream().map(SameUnitLinking::family).toList();
        List<int[]> titles = units.stream().map(u -> u.title() == null ? null : similarity.tokens(u.title())).toList();
        for (int i = 0; i < units.size(); i++) {
            for (int j = i + 1; j < units.size(); j++) {
                Unit a = units.get(i);
                Unit b = units.get(j);
                // Two accreditation numbers that differ are two units, however alike (a level 2 and a
                // level 3 unit); one UAN on two entries is two different units too, since SameIdPrintings
                // made printings of one unit one entry (or a file printing the id twice), and reported it.
                boolean bothUan = uans.get(i) != null && uans.get(j) != null;
                boolean sameFamily = !families.get(i).isEmpty() && families.get(i).equals(families.get(j));
                if (bothUan || !sameFamily || UnitLinkEdits.sameFile(a, b)) continue;
                String why = reason(titles.get(i), titles.get(j), profiles.get(i), profiles.get(j));
                if (why == null) continue;
                edits.add(a.id(), new UnitLink(UnitLink.SAME_UNIT, b.id(), true, why));
                edits.add(b.id(), new UnitLink(UnitLink.SAME_UNIT, a.id(), true, why));
                out.add(Diagnostic.info("same-unit", b.source(), b.id() + " is the same unit as "
                        + UnitLinkEdits.describe(a) + ": " + why));
            }
        }
        return edits.applyTo(units);
    }

    /** Why {@code a} and {@code b}, of one family, are one unit, or null when they are not. */
    private static String reason(int[] titleA, int[] titleB, CriterionSimilarity.Profile pa,
            CriterionSimilarity.Profile pb) {
        if (pa.isEmpty() || pb.isEmpty()) return null;
        boolean titled = titleA != null && titleB != null;
        if (titled && CriterionSimilarity.similarity(titleA, titleB) < TITLE) return null;
        // Criteria matching this well both ways share most of their words: skip pairs that do not.
        if (CriterionSimilarity.containment(pa, pb) < WITH_TITLE || CriterionSimilarity.containment(pb, pa) < WITH_TITLE) {
            return null;
        }
        CriterionSimilarity.Coverage ab = CriterionSimilarity.coverage(pa, pb);
        CriterionSimilarity.Coverage ba = CriterionSimilarity.coverage(pb, pa);
        double score = Math.min(ab.score(), ba.score());
        if (score < (titled ? WITH_TITLE : WITHOUT_TITLE)) return null;
        return (titled ? "same title, criteria match " : "criteria match ")
                + String.format(Locale.ROOT, "%.2f", score);
    }

    /** Which units can be printings of one another: QCF units, or national standards in either form. */
    static String family(Unit u) {
        return switch (u.kind()) {
            case Unit.QCF_UNIT -> "qcf";
            case Unit.NVQ_UNIT, Unit.NOS -> "national-standard";
            default -> "";
        };
    }
}
