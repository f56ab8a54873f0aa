package paperwork.office;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import paperwork.catalogue.AssessmentCriterion;
import paperwork.catalogue.Catalogue;
import paperwork.catalogue.KnowledgeItem;
import paperwork.catalogue.LearningOutcome;
import paperwork.catalogue.SourceRef;
import paperwork.catalogue.Unit;
import paperwork.render.DocumentMetadata;
import paperwork.sources.CatalogueReader;

/** The catalogue read from {@code sources/}, plus synthetic units that probe the awkward cases. */
final class OfficeFixtures {
    private static Catalogue catalogue;

    private OfficeFixtures() {
    }

    static synchronized Catalogue catalogue() {
        if (catalogue == null) catalogue = new CatalogueReader().read(Path.of("sources"), Path.of(""));
        return catalogue;
    }

    static List<Unit> nvqUnits() {
        return catalogue().units().stream().filter(u -> u.kind().equals(Unit.NVQ_UNIT)).toList();
    }

    static DocumentMetadata metadata(String title) {
        return new DocumentMetadata(title, "Evidence tracking", List.of("tracking", "NVQ"), "en-GB",
                "Paperwork test", Instant.parse("2026-03-14T09:30:00Z"));
    }

    /**
     * Units whose ids and titles are hard on sheet names and whose text is hard on XML: slashes,
     * brackets, apostrophes, ampersands, names that clash once cut to 31 characters, a unit with no
     * criteria at all, and a long criterion.
     */
    static List<Unit> syntheticUnits() {
        SourceRef src = new SourceRef("synthetic.txt", 1);
        List<Unit> units = new ArrayList<>();
        units.add(unit("H/506/1925", "Principles of customer service & <care> in \"contact\" centres", 3, 2, src));
        units.add(unit("H/506/1926", "Principles of customer service & <care> in \"contact\" centres (part 2)", 2, 3, src));
        units.add(unit("'Q[1]*", "History", 1, 1, src));
        units.add(unit("History", "", 1, 0, src));
        units.add(new Unit("EMPTY1", Unit.FRAGMENT, List.of(), "A unit with nothing printed", null, null, null,
                null, List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), src));
        return units;
    }

    private static Unit unit(String id, String title, int outcomes, int knowledge, SourceRef src) {
        List<LearningOutcome> los = new ArrayList<>();
        for (int o = 1; o <= outcomes; o++) {
            List<AssessmentCriterion> acs = new ArrayList<>();
            for (int c = 1; c <= o + 1; c++) {
                String text = c == 2
                        ? "Explain, in detail and with examples drawn from the learner's own workplace, how the "
                                + "organisation's procedures & <policies> protect customers' personal data " + id
                        : "Criterion " + o + "." + c + " of " + id + " — describe the 'service offer'";
                acs.add(new AssessmentCriterion(o + "." + c, text, src));
            }
            los.add(new LearningOutcome(Integer.toString(o), "Understand outcome " + o + " of " + id, acs, src));
        }
        List<KnowledgeItem> ks = new ArrayList<>();
        for (int k = 1; k <= knowledge; k++) ks.add(new KnowledgeItem("K" + k, "Knowledge item " + k + " of " + id, src));
        return new Unit(id, Unit.QCF_UNIT, List.of("A/" + id), title, 3, 4, 30, "Aim", los, ks, List.of(), List.of(),
                List.of(), Map.of(), src);
    }
}
