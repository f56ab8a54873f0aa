package paperwork.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What is true across sources: one entry per unit printed with one id in several sources (or an
 * error and a new id when the printings disagree), links between printings of the same unit,
 * resolution of "directly relates to Unit B7", fragments matched to the unit they belong to.
 */
public final class CrossSourceChecks {
    private CrossSourceChecks() {
    }

    public static Catalogue apply(List<SourceFile> sources, List<Qualification> qualifications, List<Unit> units,
            List<Diagnostic> diagnostics, List<String> fileOrder) {
        List<Diagnostic> out = new ArrayList<>(diagnostics);
        CriterionSimilarity similarity = new CriterionSimilarity();
        SameIdPrintings.Result oneEntryPerUnit = new SameIdPrintings(similarity).apply(units, qualifications, out);
        List<Unit> linked = oneEntryPerUnit.units();
        for (CrossSourceCheck check : checks(similarity)) linked = check.apply(linked, out);
        List<Diagnostic> sorted = new ArrayList<>(out);
        sorted.sort(Diagnostic.ORDER);
        List<SourceFile> sortedSources = new ArrayList<>(sources);
        sortedSources.sort(Comparator.comparing(SourceFile::file));
        return new Catalogue(Catalogue.SCHEMA_VERSION, sortedSources, oneEntryPerUnit.qualifications(), linked, sorted);
    }

    /**
     * The checks in the order they run: resolve printed references first, then join printings of
     * one unit, compare them, fill gaps from them, and last place fragments among the linked units.
     */
    static List<CrossSourceCheck> checks(CriterionSimilarity similarity) {
        return List.of(
                new NosRelationshipResolution(),
                new SameUnitLinking(similarity),
                new PrintingDifferences(similarity),
                new NosTitleFill(),
                new FragmentMatching(similarity));
    }
}
