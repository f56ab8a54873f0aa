package paperwork.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.Unit;
import paperwork.catalogue.UnitLink;

/** End to end: the links between all five real sources, read from sources/ as the command line reads them. */
class AllSourcesLinksTest {
    static final String PACK = "sources/cg-3412-contact-centre-unit-pack.txt";
    static Catalogue catalogue;

    @BeforeAll
    static void readAllSources() {
        catalogue = new CatalogueReader().read(Path.of("sources"), Path.of(""));
    }

    /** The C&amp;G unit printed with this C&amp;G number. */
    static Unit cg(String number) {
        return catalogue.units().stream()
                .filter(u -> u.source().file().equals(PACK) && u.aliases().contains(number))
                .findFirst().orElseThrow(() -> new AssertionError("no C&G unit " + number));
    }

    static List<String> targets(Unit u, String type, boolean resolved) {
        return u.links().stream().filter(l -> l.type().equals(type) && l.resolved() == resolved)
                .map(UnitLink::target).toList();
    }

    static List<Diagnostic> diagnostics(String code) {
        return catalogue.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    }

    @Test
    void everyCityAndGuildsCustomerServiceUnitIsLinkedToTheNvqUnitItRelatesTo() {
        Map<String, List<String>> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("208", List.of("A4")), Map.entry("209", List.of("A5")),
                // Unit 210 prints two relationship sentences, to A4 and to A6: both are kept.
                Map.entry("210", List.of("A4", "A6")), Map.entry("211", List.of("A11")),
                Map.entry("212", List.of("B7")), Map.entry("213", List.of("B8")), Map.entry("214", List.of("C3")),
                Map.entry("215", List.of("C4")), Map.entry("216", List.of("D4")), Map.entry("217", List.of("D5")),
                Map.entry("218", List.of("D6")), Map.entry("219", List.of("F2"))));
        Map<String, List<String>> actual = new TreeMap<>();
        for (String number : expected.keySet()) actual.put(number, targets(cg(number), UnitLink.NOS_RELATIONSHIP, true));
        assertEquals(expected, actual);
        for (List<String> ids : expected.values()) {
            for (String id : ids) assertEquals(Unit.NVQ_UNIT, catalogue.unit(id).orElseThrow().kind(), id);
        }
    }

    @Test
    void relationshipsToSalesStandardsNotAmongTheSourcesStayUnresolvedWithAWarning() {
        assertEquals(List.of("SLS54"), targets(cg("225"), UnitLink.NOS_RELATIONSHIP, false));
        assertEquals(List.of("SLS73"), targets(cg("226"), UnitLink.NOS_RELATIONSHIP, false));
        assertEquals(List.of("SLS81"), targets(cg("228"), UnitLink.NOS_RELATIONSHIP, false));
        List<Diagnostic> unresolved = diagnostics("unresolved-link");
        assertFalse(unresolved.isEmpty());
        assertTrue(unresolved.stream().allMatch(d -> d.file().equals(PACK) && d.message().contains("SLS")),
                unresolved.toString());
    }

    @Test
    void theFragmentBelongsToUnit212WhichRelatesToB7() {
        Unit fragment = catalogue.unit("bespoke-software-outcomes-table").orElseThrow();
        Unit u212 = cg("212");
        assertEquals(List.of(u212.id()), targets(fragment, UnitLink.MATCHES, true));
        assertEquals(List.of("B7"), targets(u212, UnitLink.NOS_RELATIONSHIP, true));
        Diagnostic matched = diagnostics("fragment-matched").get(0);
        assertTrue(matched.message().startsWith("bespoke-software-outcomes-table belongs to " + u212.id()
                + " \"Deal with customers using bespoke software\""), matched.message());
        assertTrue(matched.message().contains("23 of 23 criteria near-identical"), matched.message());
        assertTrue(matched.message().contains("next best B7"), matched.message());
    }

    @Test
    void onlyTheNosAndItsNvqPrintingAreTheSameUnit() {
        Map<String, List<String>> sameUnit = new TreeMap<>();
        for (Unit u : catalogue.units()) {
            List<String> t = targets(u, UnitLink.SAME_UNIT, true);
            if (!t.isEmpty()) sameUnit.put(u.id(), new ArrayList<>(t));
        }
        assertEquals(Map.of("CFACSD4", List.of("D4"), "D4", List.of("CFACSD4")), sameUnit);
        assertEquals("Support customers using on-line customer services", catalogue.unit("CFACSD4").orElseThrow().title());
        assertEquals(List.of("D4"), targets(cg("216"), UnitLink.NOS_RELATIONSHIP, true));
    }

    @Test
    void theLinksAreTheSameOnEveryRead() {
        Catalogue again = new CatalogueReader().read(Path.of("sources"), Path.of(""));
        assertEquals(catalogue.units().stream().map(Unit::links).toList(), again.units().stream().map(Unit::links).toList());
        assertEquals(catalogue.diagnostics(), again.diagnostics());
    }
}
