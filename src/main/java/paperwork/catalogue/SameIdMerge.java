package paperwork.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * One catalogue entry from several printings of one unit (same id, found to agree by
 * {@link SameIdPrintings}).
 *
 * <p>Which printing is kept: the richest, counted as a centre uses a unit: the one that prints more of
 * title, aim, criteria, knowledge, evidence requirements, guidance, level, credit value and GLH (so a
 * unit pack with evidence requirements beats the specification's bare outcome table); on a tie, the
 * one with more criteria, then more knowledge items, evidence requirements and guidance sections,
 * then the earlier printing in file order. Its outcomes and criteria, with their lines, are the
 * unit's. From each other printing the kept one takes what it does not print at all (a title, level,
 * credits, GLH, aim, knowledge, evidence requirements, metadata), its guidance sections not already
 * there, its NOS relationships and its aliases (its unit number, so learner lists may use either
 * awarding body's number, unless another unit of the same qualification goes by it). The other
 * printing stays on record as a {@code same-unit} link from the unit to itself, with that printing's
 * {@code source}; where it differs from the kept one is reported at its lines by
 * {@link PrintingDifferences}, each of its criteria with no counterpart in the kept printing is a
 * warning, since the catalogue no longer holds it, and so are other evidence requirements (an aim or
 * metadata printed otherwise is a note).
 */
final class SameIdMerge {
    private final PrintingDifferences differences;

    SameIdMerge(PrintingDifferences differences) {
        this.differences = differences;
    }

    /**
     * The printings, in catalogue order, as one unit; a single printing is returned as it is.
     * {@code why} says why two printings are one unit, for the diagnostic; {@code usedElsewhere} tells
     * whether another unit that shares a qualification with this one already has an id or alias.
     */
    Unit merge(List<Unit> printings, BiFunction<Unit, Unit, String> why, Predicate<String> usedElsewhere,
            List<Diagnostic> out) {
        if (printings.size() == 1) return printings.get(0);
        Unit kept = richest(printings);
        Unit unit = kept;
        for (Unit other : printings) {
            if (other == kept) continue;
            differences.compare(kept, other, out);
            for (AssessmentCriterion c : differences.criteriaWithoutCounterpart(kept, other)) {
                out.add(Diagnostic.warning("criterion-not-kept", c.source(), other.id() + " " + c.code() + " \""
                        + c.text() + "\" has no counterpart in the printing the catalogue keeps ("
                        + UnitLinkEdits.where(kept.source()) + ")"));
            }
            notKept(unit, other, out);
            List<String> taken = new ArrayList<>();
            unit = absorb(unit, other, usedElsewhere, taken);
            out.add(Diagnostic.info("same-unit-merged", other.source(), other.id() + " is printed here and in "
                    + UnitLinkEdits.where(kept.source()) + ", one unit (" + why.apply(kept, other) + "): the catalogue keeps "
                    + "that printing" + richerBecause(kept, other) + " and links this one"
                    + (taken.isEmpty() ? "" : "; taken from this printing: " + String.join(", ", taken))));
        }
        return unit;
    }

    /**
     * What {@code other} prints differently where the unit already has its own: the aim and metadata
     * (notes), and evidence requirements (a warning: an assessor works from them).
     */
    private static void notKept(Unit unit, Unit other, List<Diagnostic> out) {
        String where = UnitLinkEdits.where(unit.source());
        if (unit.aim() != null && other.aim() != null && !unit.aim().isBlank() && !other.aim().isBlank()
                && !CriterionSimilarity.words(unit.aim()).equals(CriterionSimilarity.words(other.aim()))) {
            out.add(Diagnostic.info("printing-text-differs", other.source(), other.id() + " prints another aim here "
                    + "than in " + where + "; the catalogue keeps that one"));
        }
        List<String> keys = other.metadata().keySet().stream().filter(k -> unit.metadata().containsKey(k)
                && !CriterionSimilarity.words(unit.metadata().get(k)).equals(CriterionSimilarity.words(other.metadata().get(k))))
                .toList();
        if (!keys.isEmpty()) {
            out.add(Diagnostic.info("printing-text-differs", other.source(), other.id() + " prints other " + String.join(", ", keys)
                    + " here than in " + where + "; the catalogue keeps those"));
        }
        if (!unit.evidenceRequirements().isEmpty() && !other.evidenceRequirements().isEmpty()
                && !evidenceWords(unit).equals(evidenceWords(other))) {
            out.add(Diagnostic.warning("evidence-not-kept", other.evidenceRequirements().get(0).source(), other.id()
                    + " prints " + other.evidenceRequirements().size() + " evidence requirement(s) here that differ from the "
                    + unit.evidenceRequirements().size() + " of " + where + ", which the catalogue keeps"));
        }
    }

    private static List<List<String>> evidenceWords(Unit u) {
        List<List<String>> out = new ArrayList<>();
        for (EvidenceRequirement e : u.evidenceRequirements()) {
            out.add(CriterionSimilarity.words(e.text()));
            for (EvidenceRequirement sub : e.subItems()) out.add(CriterionSimilarity.words(sub.text()));
        }
        return out;
    }

    /** The printing kept as the unit: see the class comment. */
    static Unit richest(List<Unit> printings) {
        Comparator<Unit> richer = Comparator.comparingInt(SameIdMerge::parts)
                .thenComparingInt(u -> u.allCriteria().size())
                .thenComparingInt(u -> u.knowledge().size() + u.evidenceRequirements().size() + u.guidance().size());
        Unit best = printings.get(0);
        // Strictly richer only: on a tie the earlier printing stays.
        for (Unit u : printings) if (richer.compare(u, best) > 0) best = u;
        return best;
    }

    /** Why {@code kept} was preferred to {@code other}, for the diagnostic: ", which also prints its aim". */
    private static String richerBecause(Unit kept, Unit other) {
        List<String> more = new ArrayList<>();
        if (kept.title() != null && other.title() == null) more.add("a title");
        if (kept.aim() != null && !kept.aim().isBlank() && (other.aim() == null || other.aim().isBlank())) more.add("an aim");
        if (!kept.allCriteria().isEmpty() && other.allCriteria().isEmpty()) more.add("criteria");
        if (!kept.knowledge().isEmpty() && other.knowledge().isEmpty()) more.add("knowledge");
        if (!kept.evidenceRequirements().isEmpty() && other.evidenceRequirements().isEmpty()) more.add("evidence requirements");
        if (!kept.guidance().isEmpty() && other.guidance().isEmpty()) more.add("guidance");
        if (kept.level() != null && other.level() == null) more.add("a level");
        if (kept.credits() != null && other.credits() == null) more.add("a credit value");
        if (kept.glh() != null && other.glh() == null) more.add("guided learning hours");
        if (!more.isEmpty()) {
            String last = more.remove(more.size() - 1);
            return ", which also prints " + (more.isEmpty() ? "" : String.join(", ", more) + " and ") + last + ",";
        }
        if (kept.allCriteria().size() > other.allCriteria().size()) return ", which prints more criteria,";
        return parts(kept) == parts(other) && kept.allCriteria().size() == other.allCriteria().size()
                ? ", as full as this one and printed first," : ", which prints more of the unit,";
    }

    static int parts(Unit u) {
        int n = 0;
        for (Object part : new Object[] {u.title(), u.level(), u.credits(), u.glh()}) if (part != null) n++;
        if (u.aim() != null && !u.aim().isBlank()) n++;
        if (!u.allCriteria().isEmpty()) n++;
        for (List<?> part : List.of(u.knowledge(), u.evidenceRequirements(), u.guidance())) if (!part.isEmpty()) n++;
        return n;
    }

    /** {@code unit} with what {@code other} adds to it, each part taken named in {@code taken}. */
    private static Unit absorb(Unit unit, Unit other, Predicate<String> usedElsewhere, List<String> taken) {
        String title = pick(unit.title(), other.title(), "title", taken);
        Integer level = pick(unit.level(), other.level(), "level", taken);
        Integer credits = pick(unit.credits(), other.credits(), "credit value", taken);
        Integer glh = pick(unit.glh(), other.glh(), "guided learning hours", taken);
        String aim = unit.aim() == null || unit.aim().isBlank()
                ? pick(null, other.aim() == null || other.aim().isBlank() ? null : other.aim(), "aim", taken) : unit.aim();
        List<LearningOutcome> outcomes = pickList(unit.outcomes(), other.outcomes(), o -> o.criteria().size(),
                "criteria", taken);
        List<KnowledgeItem> knowledge = pickList(unit.knowledge(), other.knowledge(), k -> 1, "knowledge items", taken);
        List<EvidenceRequirement> evidence = pickList(unit.evidenceRequirements(), other.evidenceRequirements(), e -> 1,
                "evidence requirements", taken);
        List<GuidanceSection> guidance = new ArrayList<>(unit.guidance());
        int guidanceTaken = 0;
        for (GuidanceSection g : other.guidance()) {
            if (guidance.stream().noneMatch(h -> sameGuidance(g, h))) {
                guidance.add(g);
                guidanceTaken++;
            }
        }
        if (guidanceTaken > 0) taken.add(guidanceTaken + " guidance section" + (guidanceTaken == 1 ? "" : "s"));
        List<String> aliases = new ArrayList<>(unit.aliases());
        List<String> newAliases = other.aliases().stream().filter(a -> !aliases.contains(a) && !a.equals(unit.id()))
                .distinct().toList();
        // A unit number that another unit of a qualification listing this one is known by ("Unit 7" of
        // the other specification) would make a learner's "7" ambiguous there: it is left out and said so.
        List<String> clashing = newAliases.stream().filter(a -> usedElsewhere.test(a)).toList();
        newAliases = newAliases.stream().filter(a -> !clashing.contains(a)).toList();
        aliases.addAll(newAliases);
        if (!newAliases.isEmpty()) taken.add("alias" + (newAliases.size() == 1 ? " " : "es ") + String.join(", ", newAliases));
        if (!clashing.isEmpty()) taken.add("not its alias " + String.join(", ", clashing) + ", which another unit of its qualifications is known by");
        List<UnitLink> links = new ArrayList<>(unit.links());
        for (UnitLink l : other.links()) {
            if (links.stream().noneMatch(k -> k.type().equals(l.type()) && k.target().equals(l.target()))) {
                links.add(l);
                taken.add(l.type() + " " + l.target());
            }
        }
        links.add(new UnitLink(UnitLink.SAME_UNIT, unit.id(), true, "the printing in " + UnitLinkEdits.where(other.source())
                + (other.aliases().isEmpty() ? "" : " (unit " + String.join(", ", other.aliases()) + ")")
                + ", merged into this entry", other.source()));
        Map<String, String> metadata = new LinkedHashMap<>(unit.metadata());
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, String> e : other.metadata().entrySet()) {
            if (metadata.putIfAbsent(e.getKey(), e.getValue()) == null) keys.add(e.getKey());
        }
        if (!keys.isEmpty()) taken.add("metadata " + String.join(", ", keys));
        return new Unit(unit.id(), unit.kind(), aliases, title, level, credits, glh, aim, outcomes, knowledge, evidence,
                guidance, links, metadata, unit.source());
    }

    private static <T> T pick(T mine, T theirs, String what, List<String> taken) {
        if (mine != null || theirs == null) return mine;
        taken.add(what);
        return theirs;
    }

    private static <T> List<T> pickList(List<T> mine, List<T> theirs, ToIntFunction<T> size, String what,
            List<String> taken) {
        if (!mine.isEmpty() || theirs.isEmpty()) return mine;
        taken.add(theirs.stream().mapToInt(size).sum() + " " + what);
        return theirs;
    }

    /** A guidance section printed in both: same title and the same words. */
    private static boolean sameGuidance(GuidanceSection a, GuidanceSection b) {
        return Objects.equals(CriterionSimilarity.words(a.title()), CriterionSimilarity.words(b.title()))
                && a.paragraphs().stream().map(p -> CriterionSimilarity.words(p.text())).toList()
                        .equals(b.paragraphs().stream().map(p -> CriterionSimilarity.words(p.text())).toList());
    }
}
