package paperwork.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.Unit;
import paperwork.catalogue.UnitLink;

/**
 * Links across the real NVQ standards, the NOS CFACSD4 and the bare outcome table, read together
 * without the unit pack and the specification (their links are checked where all five are read).
 */
class RealSourcesLinksTest {
    static final List<String> FILES = List.of("sources/bespoke-software-outcomes-table.txt",
            "sources/customer-service-standards-2010.txt", "sources/nos-cfacsd4-support-online-customer-service.txt");
    static Catalogue catalogue;

    @BeforeAll
    static void readTheThreeSources() {
        List<SourceText> texts = FILES.stream()
                .map(f -> SourceReader.read(Path.of(f), f).text().orElseThrow()).toList();
        catalogue = new CatalogueReader().parse(texts, List.of());
    }

    static Unit unit(String id) {
        return catalogue.unit(id).orElseThrow();
    }

    @Test
    void theStandardCfacsd4IsTheSamePrintingAsNvqUnitD4AndTakesItsTitle() {
        assertEquals(List.of(new UnitLink(UnitLink.SAME_UNIT, "D4", true, "criteria match 0.99")), unit("CFACSD4").links());
        assertEquals(List.of(new UnitLink(UnitLink.SAME_UNIT, "CFACSD4", true, "criteria match 0.99")), unit("D4").links());
        assertEquals("Support customers using on-line customer services", unit("CFACSD4").title());
        assertEquals(1, diagnostics("title-from-other-printing").size());
    }

    @Test
    void noOtherUnitsAreJoined() {
        Map<String, List<String>> linked = new TreeMap<>();
        for (Unit u : catalogue.units()) {
            u.links().stream().filter(l -> l.type().equals(UnitLink.SAME_UNIT))
                    .forEach(l -> linked.computeIfAbsent(u.id(), k -> new java.util.ArrayList<>()).add(l.target()));
        }
        assertEquals(Map.of("CFACSD4", List.of("D4"), "D4", List.of("CFACSD4")), linked);
    }

    @Test
    void theOneRewordedCriterionOfTheTwoPrintingsIsReported() {
        List<Diagnostic> wording = diagnostics("criterion-wording-differs");
        assertEquals(1, wording.size(), wording.toString());
        Diagnostic d = wording.get(0);
        assertEquals("sources/nos-cfacsd4-support-online-customer-service.txt", d.file());
        assertEquals(10, d.line());
        assertTrue(d.message().startsWith("CFACSD4 P11 reads \"offer the options to your customer of taking them"),
                d.message());
        assertTrue(d.message().contains("D4 d4.2.5 (sources/customer-service-standards-2010.txt:4160)"), d.message());
    }

    @Test
    void theKnowledgeTextSharedByK1AndK2IsSplitAsD4PrintsItsTwoItems() {
        assertEquals(List.of(), diagnostics("knowledge-wording-differs"));
        assertEquals(List.of(), diagnostics("printing-differs"));
        assertEquals(unit("D4").knowledge().get(1).text(), unit("CFACSD4").knowledge().get(1).text());
    }

    @Test
    void withoutTheUnitPackTheFragmentMatchesNvqUnitB7() {
        Unit fragment = unit("bespoke-software-outcomes-table");
        assertEquals(List.of("B7"), fragment.links().stream().filter(l -> l.type().equals(UnitLink.MATCHES))
                .map(UnitLink::target).toList());
        Diagnostic d = diagnostics("fragment-matched").get(0);
        assertEquals("sources/bespoke-software-outcomes-table.txt", d.file());
        assertTrue(d.message().startsWith("bespoke-software-outcomes-table belongs to B7 \"Deal with customers using "
                + "bespoke software\""), d.message());
    }

    static List<Diagnostic> diagnostics(String code) {
        return catalogue.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    }
}
