package paperwork.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The cross-source checks over small catalogues built here, one behaviour at a time. */
class CrossSourceLinksTest {
    static final List<String> BESPOKE = List.of(
            "sign on and open access to appropriate functions in the IT system",
            "navigate the architecture and geography of the customer service site",
            "explore screen or menu routes that are most appropriate for the customer service",
            "enter new records using the bespoke software system",
            "amend customer service records in the bespoke software system");
    static final List<String> BESPOKE_YOU = List.of(
            "sign on and open access to appropriate functions in the IT system",
            "navigate the architecture and geography of the customer service site so that you can access all areas",
            "explore screen or menu routes that are most appropriate for the service you deliver",
            "enter new records using the bespoke software system",
            "amend customer service records in the bespoke software system");
    static final List<String> COMPLAINTS = List.of(
            "listen to the customer's complaint without interrupting",
            "apologise for the inconvenience caused to the customer",
            "agree a solution with the customer and confirm it in writing",
            "record the complaint following organisational procedures");

    static Unit unit(String id, String kind, String file, String title, List<String> criteria, UnitLink... links) {
        List<AssessmentCriterion> cs = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            cs.add(new AssessmentCriterion("1." + (i + 1), criteria.get(i), new SourceRef(file, 10 + i)));
        }
        LearningOutcome o = new LearningOutcome("1", "Be able to do it", cs, new SourceRef(file, 9));
        return new Unit(id, kind, List.of(), title, null, null, null, null, List.of(o), List.of(), List.of(),
                List.of(), List.of(links), Map.of(), new SourceRef(file, 5));
    }

    static Unit qcf(String id, String file, String title, Integer level, Integer credits, Integer glh,
            List<String> criteria, String... aliases) {
        Unit u = unit(id, Unit.QCF_UNIT, file, title, criteria);
        return new Unit(id, u.kind(), List.of(aliases), title, level, credits, glh, null, u.outcomes(), List.of(),
                List.of(), List.of(), List.of(), Map.of(), u.source());
    }

    static Catalogue check(Unit... units) {
        return CrossSourceChecks.apply(List.of(), List.of(), List.of(units), List.of(), List.of());
    }

    static Unit in(Catalogue c, String id) {
        return c.unit(id).orElseThrow(() -> new AssertionError("no unit " + id + " in " + c.units()));
    }

    static List<Diagnostic> diagnostics(Catalogue c, String code) {
        return c.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    }

    static List<String> targets(Unit u, String type) {
        return u.links().stream().filter(l -> l.type().equals(type)).map(UnitLink::target).toList();
    }

    @Test
    void aPrintedNosRelationshipIsResolvedToTheNationalStandardOfThatCode() {
        Catalogue c = check(
                unit("L/601/1225", Unit.QCF_UNIT, "pack.txt", "Deal with customers using bespoke software", BESPOKE,
                        new UnitLink(UnitLink.NOS_RELATIONSHIP, "B7", false, "directly relates to Unit B7")),
                qcf("Y/000/0001", "spec.txt", "Something else", 2, 3, 20, COMPLAINTS, "B7"),
                unit("B7", Unit.NVQ_UNIT, "nvq.txt", "Deal with customers using bespoke software", BESPOKE_YOU));
        assertEquals(List.of(new UnitLink(UnitLink.NOS_RELATIONSHIP, "B7", true, "directly relates to Unit B7")),
                in(c, "L/601/1225").links());
        assertTrue(diagnostics(c, "ambiguous-link").get(0).message().contains("linked to B7"), c.diagnostics().toString());
    }

    @Test
    void aRelationshipIsResolvedThroughAnAliasAndPrintedCodesAreNormalised() {
        Catalogue c = check(
                unit("L/601/1225", Unit.QCF_UNIT, "pack.txt", "Unit one", BESPOKE,
                        new UnitLink(UnitLink.NOS_RELATIONSHIP, "cfacsd 4", false, null)),
                new Unit("CFACSD4-v2", Unit.NOS, List.of("CFACSD4"), "Other", null, null, null, null, List.of(),
                        List.of(), List.of(), List.of(), List.of(), Map.of(), new SourceRef("nos.txt", 1)));
        assertEquals(List.of(new UnitLink(UnitLink.NOS_RELATIONSHIP, "CFACSD4-v2", true, null)),
                in(c, "L/601/1225").links());
    }

    @Test
    void aRelationshipToNoKnownUnitStaysUnresolvedWithAWarning() {
        UnitLink printed = new UnitLink(UnitLink.NOS_RELATIONSHIP, "Z9", false, null);
        Catalogue c = check(unit("L/601/1225", Unit.QCF_UNIT, "pack.txt", "Unit one", BESPOKE, printed));
        assertEquals(List.of(printed), in(c, "L/601/1225").links());
        Diagnostic d = diagnostics(c, "unresolved-link").get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("pack.txt", d.file());
        assertEquals(5, d.line());
        assertTrue(d.message().contains("Z9"), d.message());
    }

    @Test
    void theSameUanInTwoSourcesIsOneEntryAndEveryDifferenceOfTheOtherPrintingIsReported() {
        List<String> reworded = new ArrayList<>(BESPOKE);
        reworded.set(3, "enter new customer records using the bespoke software system");
        Catalogue c = check(
                qcf("L/601/1225", "a-pack.txt", "Deal with customers using bespoke software", 2, 5, 33, BESPOKE, "212"),
                qcf("L/601/1225", "b-spec.txt", "Deal with customers using bespoke software systems", 3, 5, 30,
                        reworded, "45"));
        // One entry: the printings are equally rich, so the earlier one is kept and the other is a link to itself.
        assertEquals(1, c.units().size());
        Unit u = in(c, "L/601/1225");
        assertEquals("a-pack.txt", u.source().file());
        assertEquals(List.of("212", "45"), u.aliases());
        assertEquals(List.of(new UnitLink(UnitLink.SAME_UNIT, "L/601/1225", true,
                "the printing in b-spec.txt:5 (unit 45), merged into this entry", new SourceRef("b-spec.txt", 5))),
                u.links());
        assertTrue(diagnostics(c, "duplicate-unit-id").isEmpty(), c.diagnostics().toString());
        List<Diagnostic> differs = diagnostics(c, "printing-differs");
        assertEquals(3, differs.size(), differs.toString());
        assertTrue(differs.stream().allMatch(d -> d.file().equals("b-spec.txt") && d.severity() == Severity.WARNING));
        assertTrue(differs.stream().anyMatch(d -> d.message().contains("titled \"Deal with customers using bespoke "
                + "software systems\" here but \"Deal with customers using bespoke software\"")), differs.toString());
        assertTrue(differs.stream().anyMatch(d -> d.message().contains("level 3 here but 2")), differs.toString());
        assertTrue(differs.stream().anyMatch(d -> d.message().contains("guided learning hours 30 here but 33")));
        List<Diagnostic> wording = diagnostics(c, "criterion-wording-differs");
        assertEquals(1, wording.size(), wording.toString());
        assertEquals(13, wording.get(0).line());
        assertTrue(wording.get(0).message().contains("1.4 reads \"enter new customer records"), wording.toString());
    }

    @Test
    void theSameTitleAndMatchingCriteriaJoinPrintingsOfOneKindOnly() {
        Catalogue c = check(
                qcf("L/601/1225", "a.txt", "Deal with customers using bespoke software", null, null, null, BESPOKE),
                qcf("45", "b.txt", "Deal with Customers using Bespoke Software", null, null, null, BESPOKE_YOU),
                qcf("46", "c.txt", "Deal with customers using bespoke software", null, null, null, COMPLAINTS),
                qcf("47", "d.txt", "Handle complaints", null, null, null, BESPOKE),
                unit("B7", Unit.NVQ_UNIT, "nvq.txt", "Deal with customers using bespoke software", BESPOKE));
        assertEquals(List.of("45"), targets(in(c, "L/601/1225"), UnitLink.SAME_UNIT));
        assertEquals(List.of("L/601/1225"), targets(in(c, "45"), UnitLink.SAME_UNIT));
        assertEquals(List.of(), targets(in(c, "46"), UnitLink.SAME_UNIT), "same title, other criteria");
        assertEquals(List.of(), targets(in(c, "47"), UnitLink.SAME_UNIT), "same criteria, other title");
        assertEquals(List.of(), targets(in(c, "B7"), UnitLink.SAME_UNIT), "a national standard is not a QCF unit");
        assertTrue(in(c, "45").links().get(0).note().startsWith("same title, criteria match 0."));
    }

    @Test
    void unitsWithDifferentAccreditationNumbersAreNeverOneUnit() {
        Catalogue c = check(
                qcf("F/502/4396", "pack.txt", "Bespoke software", 2, 3, 20, BESPOKE),
                qcf("J/502/4397", "spec.txt", "Bespoke Software", 3, 4, 30, BESPOKE));
        assertTrue(c.units().stream().allMatch(u -> u.links().isEmpty()), c.units().toString());
        assertTrue(diagnostics(c, "printing-differs").isEmpty());
    }

    @Test
    void duplicateIdsOfDifferentUnitsFromFilesWithOneNameInDifferentFoldersStayUnique() {
        List<String> filing = List.of("sort the documents into the filing system",
                "archive records that are no longer needed", "retrieve documents when colleagues ask for them");
        Catalogue c = check(unit("B7", Unit.NVQ_UNIT, "a/nvq.txt", "Deal with customers using bespoke software", BESPOKE),
                unit("B7", Unit.NVQ_UNIT, "b/nvq.txt", "Handle complaints", COMPLAINTS),
                unit("B7", Unit.NVQ_UNIT, "c/nvq.txt", "Keep the filing in order", filing));
        assertEquals(List.of("B7", "B7@nvq", "B7@nvq-2"), c.units().stream().map(Unit::id).toList());
        assertTrue(c.units().stream().allMatch(u -> u.links().isEmpty()), "three different units: " + c.units());
        List<Diagnostic> errors = diagnostics(c, "duplicate-unit-id");
        assertEquals(List.of("b/nvq.txt", "c/nvq.txt"), errors.stream().map(Diagnostic::file).toList());
        assertTrue(errors.get(0).message().contains("a different unit (titled \"Deal with customers using bespoke "
                + "software\" and \"Handle complaints\", criteria match 0."), errors.get(0).message());
        assertTrue(errors.get(1).message().endsWith("this printing is kept as B7@nvq-2"), errors.get(1).message());
    }

    @Test
    void printingsInOneSourceAreNeverJoined() {
        Catalogue c = check(
                qcf("45", "a.txt", "Deal with customers using bespoke software", null, null, null, BESPOKE),
                qcf("46", "a.txt", "Deal with customers using bespoke software", null, null, null, BESPOKE));
        assertTrue(c.units().stream().allMatch(u -> u.links().isEmpty()), c.units().toString());
    }

    @Test
    void anUntitledStandardIsJoinedByItsCriteriaAloneAndTakesTheOtherPrintingsTitle() {
        Catalogue c = check(
                unit("A1", Unit.NVQ_UNIT, "nvq.txt", "Handle complaints", COMPLAINTS),
                unit("B7", Unit.NVQ_UNIT, "nvq.txt", "Deal with customers using bespoke software", BESPOKE),
                unit("CFACSD4", Unit.NOS, "nos.txt", null, BESPOKE_YOU));
        assertEquals(List.of("B7"), targets(in(c, "CFACSD4"), UnitLink.SAME_UNIT));
        assertEquals(List.of("CFACSD4"), targets(in(c, "B7"), UnitLink.SAME_UNIT));
        assertEquals("Deal with customers using bespoke software", in(c, "CFACSD4").title());
        Diagnostic filled = diagnostics(c, "title-from-other-printing").get(0);
        assertEquals("nos.txt", filled.file());
        assertTrue(filled.message().contains("taken from B7 (nvq.txt:5)"), filled.message());
        // Reworded criteria of the two printings are reported, each at the standard's line.
        assertEquals(List.of(11, 12), diagnostics(c, "criterion-wording-differs").stream().map(Diagnostic::line).toList());
    }

    @Test
    void knowledgeItemsOfTwoStandardPrintingsAreComparedToo() {
        Unit nvq = unit("B7", Unit.NVQ_UNIT, "nvq.txt", "Deal with customers using bespoke software", BESPOKE);
        Unit nos = unit("CFACSD4", Unit.NOS, "nos.txt", null, BESPOKE);
        nvq = withKnowledge(nvq, "b7a", "how the system works", "b7b", "the importance of listening to customers");
        nos = withKnowledge(nos, "K1", "how the system works", "K2", "the importance of listening closely to customers");
        Catalogue c = check(nvq, nos);
        List<Diagnostic> knowledge = diagnostics(c, "knowledge-wording-differs");
        assertEquals(1, knowledge.size(), c.diagnostics().toString());
        assertTrue(knowledge.get(0).message().startsWith("CFACSD4 K2 reads \"the importance of listening closely"),
                knowledge.get(0).message());
        assertTrue(diagnostics(c, "criterion-wording-differs").isEmpty());
    }

    static Unit withKnowledge(Unit u, String code1, String text1, String code2, String text2) {
        List<KnowledgeItem> k = List.of(new KnowledgeItem(code1, text1, new SourceRef(u.source().file(), 30)),
                new KnowledgeItem(code2, text2, new SourceRef(u.source().file(), 31)));
        return new Unit(u.id(), u.kind(), u.aliases(), u.title(), null, null, null, null, u.outcomes(), k, List.of(),
                List.of(), List.of(), Map.of(), u.source());
    }

    @Test
    void anUntitledStandardMatchingNothingKeepsNoTitle() {
        Catalogue c = check(unit("A1", Unit.NVQ_UNIT, "nvq.txt", "Handle complaints", COMPLAINTS),
                unit("CFACSD4", Unit.NOS, "nos.txt", null, BESPOKE));
        assertNull(in(c, "CFACSD4").title());
        assertTrue(in(c, "CFACSD4").links().isEmpty());
        assertTrue(diagnostics(c, "title-from-other-printing").isEmpty());
    }

    @Test
    void anUntitledStandardTakesTheTitleOfAUnitThatRelatesToIt() {
        Catalogue c = check(unit("CFACSD4", Unit.NOS, "nos.txt", null, COMPLAINTS),
                unit("L/601/1225", Unit.QCF_UNIT, "pack.txt", "Deal with customers using bespoke software", BESPOKE,
                        new UnitLink(UnitLink.NOS_RELATIONSHIP, "CFACSD4", false, null)));
        assertEquals("Deal with customers using bespoke software", in(c, "CFACSD4").title());
    }

    @Test
    void aFragmentIsLinkedToTheUnitItsCriteriaMatchBestAndTheDiagnosticSaysHowWell() {
        Catalogue c = check(
                unit("A1", Unit.NVQ_UNIT, "nvq.txt", "Handle complaints", COMPLAINTS),
                unit("B7", Unit.NVQ_UNIT, "nvq.txt", "Deal with customers using bespoke software", BESPOKE_YOU),
                qcf("L/601/1225", "pack.txt", "Deal with customers using bespoke software", 2, 5, 33, BESPOKE, "212"),
                unit("table", Unit.FRAGMENT, "table.txt", null, BESPOKE));
        Unit fragment = in(c, "table");
        assertEquals(List.of(new UnitLink(UnitLink.MATCHES, "L/601/1225", true,
                "similarity 1.00, 5 of 5 criteria near-identical")), fragment.links());
        Diagnostic d = diagnostics(c, "fragment-matched").get(0);
        assertEquals(Severity.INFO, d.severity());
        assertEquals("table.txt", d.file());
        assertTrue(d.message().startsWith("table belongs to L/601/1225 \"Deal with customers using bespoke software\" "
                + "(pack.txt:5) (similarity 1.00"), d.message());
        assertTrue(d.message().contains("next best B7"), d.message());
        assertTrue(in(c, "B7").links().isEmpty(), "matches links go from the fragment only");
    }

    @Test
    void aFragmentMatchingTwoUnitsEquallyIsLinkedToBoth() {
        Catalogue c = check(
                qcf("A/000/0001", "a.txt", "First printing", null, null, null, BESPOKE),
                qcf("B/000/0002", "b.txt", "Second printing", null, null, null, BESPOKE),
                unit("table", Unit.FRAGMENT, "table.txt", null, BESPOKE));
        assertEquals(List.of("A/000/0001", "B/000/0002"), targets(in(c, "table"), UnitLink.MATCHES));
        assertTrue(in(c, "A/000/0001").links().isEmpty(), "different UANs: not one unit");
    }

    @Test
    void aFragmentMatchingNothingWellIsAWarningWithoutALink() {
        Catalogue c = check(unit("A1", Unit.NVQ_UNIT, "nvq.txt", "Handle complaints", COMPLAINTS),
                unit("table", Unit.FRAGMENT, "table.txt", null, BESPOKE));
        assertTrue(in(c, "table").links().isEmpty());
        Diagnostic d = diagnostics(c, "fragment-unmatched").get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertTrue(d.message().contains("the closest is A1"), d.message());
    }

    @Test
    void theChecksGiveTheSameCatalogueEveryTime() {
        Unit[] units = {
            unit("A1", Unit.NVQ_UNIT, "nvq.txt", "Handle complaints", COMPLAINTS),
            unit("B7", Unit.NVQ_UNIT, "nvq.txt", "Deal with customers using bespoke software", BESPOKE_YOU),
            unit("CFACSD4", Unit.NOS, "nos.txt", null, BESPOKE),
            qcf("A/000/0001", "a.txt", "First printing", null, null, null, BESPOKE),
            qcf("B/000/0002", "b.txt", "Second printing", null, null, null, BESPOKE),
            unit("table", Unit.FRAGMENT, "table.txt", null, BESPOKE)};
        String first = new String(CatalogueJson.toBytes(check(units)));
        for (int i = 0; i < 5; i++) assertEquals(first, new String(CatalogueJson.toBytes(check(units))));
    }
}
