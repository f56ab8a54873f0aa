package paperwork.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Units printed with one id in several sources, e.g. L/601/1225 in a qualification specification
 * and in the unit pack beside it. Printings that are one unit (titles or criteria agree, with the
 * tolerances of {@link SameUnitLinking}) become one catalogue entry, the richest printing (see
 * {@link SameIdMerge}); only printings that genuinely disagree (other title AND other criteria)
 * keep an id each: the later ones are renamed {@code <id>@<file stem>} with a
 * {@code duplicate-unit-id} error, and a qualification printed in the same file as a renamed
 * printing is made to list it under its new id, since that is the unit its file meant.
 */
final class SameIdPrintings {
    /** The units, one entry per unit, and the qualifications with any renamed unit ids. */
    record Result(List<Unit> units, List<Qualification> qualifications) {
        Result {
            units = List.copyOf(units);
            qualifications = List.copyOf(qualifications);
        }
    }

    /** Whether two printings of one id are one unit, and why, in words for a diagnostic. */
    record Verdict(boolean sameUnit, String why) {
    }

    /** A printing at {@code position} of the input, from {@code file}, printed as {@code id}, now {@code finalId}. */
    private record ListedAs(int position, String file, String id, String finalId) {
    }

    private final CriterionSimilarity similarity;
    private final SameIdMerge merge;

    SameIdPrintings(CriterionSimilarity similarity) {
        this.similarity = similarity;
        this.merge = new SameIdMerge(new PrintingDifferences(similarity));
    }

    Result apply(List<Unit> units, List<Qualification> qualifications, List<Diagnostic> out) {
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        for (int i = 0; i < units.size(); i++) positions.computeIfAbsent(units.get(i).id(), k -> new ArrayList<>()).add(i);
        if (positions.size() == units.size()) return new Result(units, qualifications);
        Set<String> ids = new HashSet<>(positions.keySet());
        Unit[] placed = new Unit[units.size()];
        Map<String, Set<String>> knownBy = new HashMap<>();
        Map<String, Set<String>> memberOf = new HashMap<>();
        for (Qualification q : qualifications) {
            q.units().forEach(u -> memberOf.computeIfAbsent(u, k -> new HashSet<>()).add(q.id()));
            q.groups().forEach(g -> g.units().forEach(u -> memberOf.computeIfAbsent(u, k -> new HashSet<>()).add(q.id())));
        }
        for (Unit u : units) {
            knownBy.computeIfAbsent(key(u.id()), k -> new HashSet<>()).add(u.id());
            for (String a : u.aliases()) knownBy.computeIfAbsent(key(a), k -> new HashSet<>()).add(u.id());
        }
        List<ListedAs> listedAs = new ArrayList<>();
        for (List<Integer> at : positions.values()) {
            List<List<Integer>> clusters = clusters(units, at);
            Unit first = null;
            for (List<Integer> cluster : clusters) {
                List<Unit> printings = cluster.stream().map(units::get).toList();
                String id = printings.get(0).id();
                Unit unit = merge.merge(printings, (x, y) -> compare(x, y).why(),
                        alias -> knownBy.getOrDefault(key(alias), Set.of()).stream()
                                .anyMatch(other -> !other.equals(id) && shareAQualification(id, other, memberOf)), out);
                String finalId = unit.id();
                if (first == null) {
                    first = unit;
                } else {
                    String newId = newId(unit, ids);
                    ids.add(newId);
                    List<String> aliases = new ArrayList<>(unit.aliases());
                    if (!aliases.contains(unit.id())) aliases.add(unit.id());
                    out.add(Diagnostic.error("duplicate-unit-id", unit.source(), "unit id " + unit.id()
                            + " is already used by " + UnitLinkEdits.where(first.source()) + ", a different unit ("
                            + compare(first, unit).why() + "); this printing is kept as " + newId));
                    unit = unit.withId(newId, aliases);
                    finalId = newId;
                }
                for (int i : cluster) listedAs.add(new ListedAs(i, units.get(i).source().file(), units.get(i).id(), finalId));
                placed[cluster.get(0)] = unit;
            }
        }
        List<Unit> result = new ArrayList<>();
        for (Unit u : placed) if (u != null) result.add(u);
        // For each file, the id its first printing of a unit ended up with: the unit its qualifications mean.
        listedAs.sort(java.util.Comparator.comparingInt(ListedAs::position));
        Map<String, Map<String, String>> renamedInFile = new LinkedHashMap<>();
        for (ListedAs l : listedAs) renamedInFile.computeIfAbsent(l.file(), k -> new LinkedHashMap<>()).putIfAbsent(l.id(), l.finalId());
        return new Result(result, qualifications.stream().map(q -> relist(q, renamedInFile, out)).toList());
    }

    /**
     * The printings of one id grouped into units: each printing joins the first group holding a
     * printing it agrees with, from another file (a file that prints one id twice prints two units).
     */
    private List<List<Integer>> clusters(List<Unit> units, List<Integer> at) {
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i : at) {
            Unit u = units.get(i);
            List<Integer> home = null;
            for (List<Integer> c : clusters) {
                boolean sameFile = c.stream().anyMatch(j -> UnitLinkEdits.sameFile(units.get(j), u));
                if (!sameFile && c.stream().anyMatch(j -> compare(units.get(j), u).sameUnit())) {
                    home = c;
                    break;
                }
            }
            if (home == null) clusters.add(home = new ArrayList<>());
            home.add(i);
        }
        return clusters;
    }

    /**
     * Two printings of one id are one unit unless they genuinely disagree: titles that differ AND
     * criteria that differ. What a printing lacks (no title, no criteria) cannot disagree, so then
     * the other of the two decides alone. Units of different families (a QCF unit and a national
     * standard) are never one unit.
     */
    Verdict compare(Unit a, Unit b) {
        if (!SameUnitLinking.family(a).equals(SameUnitLinking.family(b))) {
            return new Verdict(false, "a " + a.kind() + " and a " + b.kind());
        }
        boolean titled = a.title() != null && b.title() != null;
        boolean titlesAgree = titled && (CriterionSimilarity.words(a.title()).equals(CriterionSimilarity.words(b.title()))
                || similarity.similarity(a.title(), b.title()) >= SameUnitLinking.TITLE);
        CriterionSimilarity.Profile pa = similarity.profile(a);
        CriterionSimilarity.Profile pb = similarity.profile(b);
        boolean criteria = !pa.isEmpty() && !pb.isEmpty();
        double both = 0;
        double oneWay = 0;
        if (criteria) {
            double ab = CriterionSimilarity.coverage(pa, pb).score();
            double ba = CriterionSimilarity.coverage(pb, pa).score();
            both = Math.min(ab, ba);
            oneWay = Math.max(ab, ba);
        }
        // As SameUnitLinking: criteria matching this well both ways are one unit's; a printing cut
        // short still finds all of its criteria in the other, which is enough one way.
        boolean criteriaAgree = criteria && (both >= SameUnitLinking.WITH_TITLE || oneWay >= SameUnitLinking.WITHOUT_TITLE);
        String match = criteria ? "criteria match " + String.format(Locale.ROOT, "%.2f", both) : "no criteria to compare";
        String titles = !titled ? "no title to compare" : titlesAgree ? "same title"
                : "titled \"" + a.title() + "\" and \"" + b.title() + "\"";
        boolean disagree = (titled ? !titlesAgree : true) && (criteria ? !criteriaAgree : true) && (titled || criteria);
        return new Verdict(!disagree, titles + ", " + match);
    }

    /** Whether one qualification lists both units: only there would one alias for both be ambiguous. */
    private static boolean shareAQualification(String a, String b, Map<String, Set<String>> memberOf) {
        Set<String> qa = memberOf.getOrDefault(a, Set.of());
        return memberOf.getOrDefault(b, Set.of()).stream().anyMatch(qa::contains);
    }

    /** An id or alias as a learner list may write it: case and spaces do not count. */
    private static String key(String idOrAlias) {
        return idOrAlias.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** {@code <id>@<file stem>}, numbered when files in different folders share a stem. */
    private static String newId(Unit unit, Set<String> taken) {
        String stem = stem(unit.source().file());
        String newId = unit.id() + "@" + stem;
        for (int n = 2; taken.contains(newId); n++) newId = unit.id() + "@" + stem + "-" + n;
        return newId;
    }

    static String stem(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The qualification with each unit id that its own file's printing was renamed from replaced by the new id. */
    private static Qualification relist(Qualification q, Map<String, Map<String, String>> renamedInFile,
            List<Diagnostic> out) {
        Map<String, String> renamed = q.source() == null ? null : renamedInFile.get(q.source().file());
        if (renamed == null) return q;
        List<String> changed = new ArrayList<>();
        for (String id : q.units()) {
            String now = renamed.getOrDefault(id, id);
            if (!now.equals(id) && !changed.contains(id + " as " + now)) changed.add(id + " as " + now);
        }
        for (RuleGroup g : q.groups()) {
            for (String id : g.units()) {
                String now = renamed.getOrDefault(id, id);
                if (!now.equals(id) && !changed.contains(id + " as " + now)) changed.add(id + " as " + now);
            }
        }
        if (changed.isEmpty()) return q;
        out.add(Diagnostic.info("unit-id-relisted", q.source(), q.id() + " lists " + String.join(", ", changed)
                + ": the unit its own file prints under that id"));
        List<RuleGroup> groups = q.groups().stream().map(g -> new RuleGroup(g.name(), g.mandatory(), g.minCredits(),
                g.maxCredits(), g.minUnits(), g.maxUnits(), relist(g.units(), renamed), g.rule(), g.source())).toList();
        return new Qualification(q.id(), q.aliases(), q.title(), q.awardingBody(), q.level(), q.credits(), q.glh(),
                q.glhMin(), q.glhMax(), groups, q.constraints(), relist(q.units(), renamed), q.metadata(), q.source());
    }

    private static List<String> relist(List<String> ids, Map<String, String> renamed) {
        return ids.stream().map(id -> renamed.getOrDefault(id, id)).toList();
    }
}
