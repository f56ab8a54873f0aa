package paperwork.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What is true across sources: duplicate ids, links between printings of the same unit,
 * resolution of "directly relates to Unit B7", fragments matched to the unit they belong to.
 */
public final class CrossSourceChecks {
    private CrossSourceChecks() {
    }

    public static Catalogue apply(List<SourceFile> sources, List<Qualification> qualifications, List<Unit> units,
            List<Diagnostic> diagnostics, List<String> fileOrder) {
        List<Diagnostic> out = new ArrayList<>(diagnostics);
        List<Unit> linked = renameDuplicates(units, out);
        for (CrossSourceCheck check : checks()) linked = check.apply(linked, out);
        List<Diagnostic> sorted = new ArrayList<>(out);
        sorted.sort(Diagnostic.ORDER);
        List<SourceFile> sortedSources = new ArrayList<>(sources);
        sortedSources.sort(Comparator.comparing(SourceFile::file));
        return new Catalogue(Catalogue.SCHEMA_VERSION, sortedSources, qualifications, linked, sorted);
    }

    /**
     * The checks in the order they run: resolve printed references first, then join printings of
     * one unit, compare them, fill gaps from them, and last place fragments among the linked units.
     */
    static List<CrossSourceCheck> checks() {
        CriterionSimilarity similarity = new CriterionSimilarity();
        return List.of(
                new NosRelationshipResolution(),
                new SameUnitLinking(similarity),
                new PrintingDifferences(similarity),
                new NosTitleFill(),
                new FragmentMatching(similarity));
    }

    /** Two printings with one id cannot both keep it: the later one is renamed and both are reported. */
    static List<Unit> renameDuplicates(List<Unit> units, List<Diagnostic> out) {
        Map<String, Unit> seen = new HashMap<>();
        List<Unit> result = new ArrayList<>();
        for (Unit u : units) {
            Unit first = seen.get(u.id());
            if (first == null) {
                seen.put(u.id(), u);
                result.add(u);
                continue;
            }
            String stem = stem(u.source().file());
            String newId = u.id() + "@" + stem;
            // Files in different folders can share a stem: the new id must be unique too.
            for (int n = 2; seen.containsKey(newId); n++) newId = u.id() + "@" + stem + "-" + n;
            seen.put(newId, u);
            List<String> aliases = new ArrayList<>(u.aliases());
            aliases.add(u.id());
            out.add(Diagnostic.error("duplicate-unit-id", u.source(), "unit id " + u.id() + " is already used by "
                    + first.source().file() + ":" + first.source().line() + "; this printing is kept as " + newId));
            result.add(u.withId(newId, aliases));
        }
        return result;
    }

    static String stem(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
