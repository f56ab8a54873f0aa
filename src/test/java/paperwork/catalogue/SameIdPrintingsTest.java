package paperwork.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static paperwork.catalogue.CrossSourceLinksTest.BESPOKE;
import static paperwork.catalogue.CrossSourceLinksTest.BESPOKE_YOU;
import static paperwork.catalogue.CrossSourceLinksTest.COMPLAINTS;
import static paperwork.catalogue.CrossSourceLinksTest.diagnostics;
import static paperwork.catalogue.CrossSourceLinksTest.in;
import static paperwork.catalogue.CrossSourceLinksTest.qcf;
import static paperwork.catalogue.CrossSourceLinksTest.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Printings with one id: which become one entry, which printing it keeps, and what the others leave. */
class SameIdPrintingsTest {
    static final String UAN = "L/601/1225";
    static final String TITLE = "Deal with customers using bespoke software";

    static Catalogue check(List<Qualification> qualifications, Unit... units) {
        return CrossSourceChecks.apply(List.of(), qualifications, List.of(units), List.of(), List.of());
    }

    static Catalogue check(Unit... units) {
        return check(List.of(), units);
    }

    static List<String> ids(Catalogue c) {
        return c.units().stream().map(Unit::id).toList();
    }

    /** {@code u} with evidence requirements, an aim and a printed NOS relationship, as a unit pack prints it. */
    static Unit asUnitPack(Unit u) {
        List<EvidenceRequirement> evidence = List.of(new EvidenceRequirement("1", "Evidence from real work", List.of(),
                new SourceRef(u.source().file(), 40)));
        return new Unit(u.id(), u.kind(), u.aliases(), u.title(), u.level(), u.credits(), u.glh(), "Customer service "
                + "is often delivered using bespoke software.", u.outcomes(), List.of(), evidence, List.of(),
                List.of(new UnitLink(UnitLink.NOS_RELATIONSHIP, "B7", false, "directly relates to Unit B7")),
                Map.of("nosRelationship", "This unit directly relates to Unit B7"), u.source());
    }

    static Qualification qualification(String id, String file, String... units) {
        RuleGroup group = new RuleGroup("Mandatory Group", true, null, null, null, null, List.of(units), null,
                new SourceRef(file, 3));
        return new Qualification(id, List.of(), "Q " + id, null, null, null, null, null, null, List.of(group), List.of(),
                List.of(units), Map.of(), new SourceRef(file, 2));
    }

    @Test
    void theRicherPrintingIsKeptWhereverItIsAndTakesWhatOnlyThePoorerOnePrints() {
        Unit spec = qcf(UAN, "a-spec.txt", TITLE, 2, 5, null, BESPOKE, "1");
        Unit pack = asUnitPack(qcf(UAN, "b-pack.txt", TITLE, 2, null, 33, BESPOKE, "212"));
        Catalogue c = check(spec, pack,
                unit("B7", Unit.NVQ_UNIT, "nvq.txt", TITLE, BESPOKE_YOU));
        assertEquals(List.of(UAN, "B7"), ids(c), "the one entry takes the place of the first printing");
        Unit u = in(c, UAN);
        assertEquals("b-pack.txt", u.source().file());
        assertEquals(1, u.evidenceRequirements().size());
        assertEquals(5, u.credits(), "the credit value only the specification prints");
        assertEquals(33, u.glh());
        assertEquals(List.of("212", "1"), u.aliases());
        assertTrue(u.links().contains(new UnitLink(UnitLink.NOS_RELATIONSHIP, "B7", true, "directly relates to Unit B7")),
                "the pack's relationship is resolved as any other: " + u.links());
        Diagnostic merged = diagnostics(c, "same-unit-merged").get(0);
        assertEquals("a-spec.txt", merged.file());
        assertTrue(merged.message().contains("taken from this printing: credit value, alias 1"), merged.message());
        assertTrue(diagnostics(c, "printing-differs").isEmpty(), "a value printed once is no difference");
    }

    @Test
    void anAimOrEvidenceRequirementsPrintedDifferentlyByTheOtherPrintingAreReportedNotKept() {
        Unit a = asUnitPack(qcf(UAN, "a-pack.txt", TITLE, 2, 5, 33, BESPOKE, "212"));
        Unit b = asUnitPack(qcf(UAN, "b-pack.txt", TITLE, 2, 5, 33, BESPOKE, "7"));
        List<EvidenceRequirement> otherEvidence = List.of(new EvidenceRequirement("1", "Evidence from simulation is allowed",
                List.of(), new SourceRef("b-pack.txt", 41)));
        b = new Unit(UAN, b.kind(), b.aliases(), b.title(), 2, 5, 33, "Another aim.", b.outcomes(), List.of(), otherEvidence,
                List.of(), b.links(), b.metadata(), b.source());
        Catalogue c = check(a, b);
        assertEquals(List.of(UAN), ids(c));
        assertEquals(List.of("Evidence from real work"), in(c, UAN).evidenceRequirements().stream()
                .map(EvidenceRequirement::text).toList());
        Diagnostic evidence = diagnostics(c, "evidence-not-kept").get(0);
        assertEquals(Severity.WARNING, evidence.severity());
        assertEquals(new SourceRef("b-pack.txt", 41), new SourceRef(evidence.file(), evidence.line()));
        List<Diagnostic> text = diagnostics(c, "printing-text-differs");
        assertEquals(1, text.size(), "the aim only; the metadata is the same: " + text);
        assertTrue(text.get(0).message().contains("prints another aim here than in a-pack.txt:5"), text.get(0).message());

        Catalogue same = check(a, asUnitPack(qcf(UAN, "b-pack.txt", TITLE, 2, 5, 33, BESPOKE, "7")));
        assertTrue(diagnostics(same, "evidence-not-kept").isEmpty());
        assertTrue(diagnostics(same, "printing-text-differs").isEmpty());
    }

    @Test
    void anotherPrintingsUnitNumberThatAnotherUnitIsKnownByIsNotTakenAsAnAlias() {
        Unit[] units = {qcf(UAN, "a-spec.txt", TITLE, 2, 5, 33, BESPOKE, "3"),
            qcf("Y/000/0001", "a-spec.txt", "Handle complaints", 2, 5, 33, COMPLAINTS, "7"),
            qcf(UAN, "b-spec.txt", TITLE, 2, 5, 33, BESPOKE, "7", "B 12")};
        Catalogue c = check(List.of(qualification("600/0000/1", "a-spec.txt", UAN, "Y/000/0001"),
                qualification("600/0000/2", "b-spec.txt", UAN)), units);
        assertEquals(List.of("3", "B 12"), in(c, UAN).aliases(), "a learner of 600/0000/1 writing 7 means Y/000/0001");
        assertTrue(diagnostics(c, "same-unit-merged").get(0).message()
                .contains("not its alias 7, which another unit of its qualifications is known by"));
        // When no qualification lists both units, the alias is no ambiguity.
        Catalogue apart = check(List.of(qualification("600/0000/1", "a-spec.txt", UAN), qualification("600/0000/3",
                "a-spec.txt", "Y/000/0001"), qualification("600/0000/2", "b-spec.txt", UAN)), units);
        assertEquals(List.of("3", "7", "B 12"), in(apart, UAN).aliases());
    }

    @Test
    void onATieTheEarlierPrintingIsKept() {
        Catalogue c = check(qcf(UAN, "a.txt", TITLE, 2, 5, 33, BESPOKE, "1"),
                qcf(UAN, "b.txt", TITLE, 2, 5, 33, BESPOKE, "212"));
        assertEquals("a.txt", in(c, UAN).source().file());
        assertTrue(diagnostics(c, "same-unit-merged").get(0).message().contains("as full as this one and printed first"));
    }

    @Test
    void anotherTitleWithTheSameCriteriaIsOneUnitAndTheTitleIsAWarning() {
        Catalogue c = check(qcf(UAN, "a.txt", TITLE, 2, 5, 33, BESPOKE),
                qcf(UAN, "b.txt", "Operate contact centre software", 2, 5, 33, BESPOKE_YOU));
        assertEquals(List.of(UAN), ids(c));
        assertTrue(diagnostics(c, "duplicate-unit-id").isEmpty());
        Diagnostic title = diagnostics(c, "printing-differs").get(0);
        assertEquals("b.txt", title.file());
        assertTrue(title.message().contains("titled \"Operate contact centre software\" here but \"" + TITLE + "\""),
                title.message());
        assertTrue(diagnostics(c, "same-unit-merged").get(0).message().contains("titled \"" + TITLE
                + "\" and \"Operate contact centre software\", criteria match 0."));
    }

    @Test
    void theSameTitleWithOtherCriteriaIsOneUnitAndEveryCriterionTheCatalogueLosesIsAWarningAtItsLine() {
        List<String> more = new ArrayList<>(BESPOKE);
        more.addAll(COMPLAINTS);
        Catalogue c = check(qcf(UAN, "a.txt", TITLE, 2, 5, 33, more), qcf(UAN, "b.txt", TITLE, 2, 5, 33, COMPLAINTS));
        assertEquals(List.of(UAN), ids(c));
        assertEquals("a.txt", in(c, UAN).source().file(), "more criteria");
        assertTrue(diagnostics(c, "criterion-not-kept").isEmpty(), "every criterion of b is also in a");

        c = check(qcf(UAN, "a.txt", TITLE, 2, 5, 33, BESPOKE), qcf(UAN, "b.txt", TITLE, 2, 5, 33, COMPLAINTS));
        assertEquals(List.of(UAN), ids(c), "one title, one id: one unit, however its criteria differ");
        List<Diagnostic> lost = diagnostics(c, "criterion-not-kept");
        assertEquals(List.of(10, 11, 12, 13), lost.stream().map(Diagnostic::line).toList());
        assertTrue(lost.stream().allMatch(d -> d.file().equals("b.txt") && d.severity() == Severity.WARNING));
        assertTrue(lost.get(0).message().startsWith(UAN + " 1.1 \"listen to the customer's complaint"), lost.get(0).message());
    }

    @Test
    void anotherTitleAndOtherCriteriaKeepTheErrorAndTheRename() {
        Catalogue c = check(qcf(UAN, "a.txt", TITLE, 2, 5, 33, BESPOKE), qcf(UAN, "b.txt", "Handle complaints", 2, 5, 33,
                COMPLAINTS));
        assertEquals(List.of(UAN, UAN + "@b"), ids(c));
        Diagnostic e = diagnostics(c, "duplicate-unit-id").get(0);
        assertEquals(Severity.ERROR, e.severity());
        assertEquals("b.txt", e.file());
        assertTrue(c.units().stream().allMatch(u -> u.links().isEmpty()), "two units, not two printings of one");
    }

    @Test
    void withoutATitleTheCriteriaAloneDecide() {
        Catalogue same = check(qcf(UAN, "a.txt", TITLE, 2, 5, 33, BESPOKE), qcf(UAN, "b.txt", null, 2, 5, 33, BESPOKE_YOU));
        assertEquals(List.of(UAN), ids(same));
        assertEquals(TITLE, in(same, UAN).title());
        Catalogue other = check(qcf(UAN, "a.txt", TITLE, 2, 5, 33, BESPOKE), qcf(UAN, "b.txt", null, 2, 5, 33, COMPLAINTS));
        assertEquals(List.of(UAN, UAN + "@b"), ids(other));
        assertTrue(diagnostics(other, "duplicate-unit-id").get(0).message().contains("no title to compare, criteria match 0."));
    }

    @Test
    void aPrintingWithoutCriteriaIsOneUnitWithTheOtherWhenTheTitlesAgree() {
        Unit summary = new Unit(UAN, Unit.QCF_UNIT, List.of("212"), TITLE, 2, 5, 33, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), Map.of(), new SourceRef("a.txt", 3));
        Catalogue c = check(summary, qcf(UAN, "b.txt", TITLE, 2, 5, 33, BESPOKE));
        assertEquals(List.of(UAN), ids(c));
        assertEquals("b.txt", in(c, UAN).source().file());
        assertEquals(5, in(c, UAN).allCriteria().size());
    }

    @Test
    void threePrintingsOfWhichTwoAgreeAreTwoEntriesAndEachQualificationListsItsOwnFilesUnit() {
        Catalogue c = check(List.of(qualification("600/0000/1", "a.txt", UAN), qualification("600/0000/2", "b.txt", UAN),
                qualification("600/0000/3", "c.txt", UAN, "Y/000/0001")),
                qcf(UAN, "a.txt", TITLE, 2, 5, 33, BESPOKE, "1"),
                qcf(UAN, "b.txt", "Handle complaints", 2, 5, 33, COMPLAINTS, "7"),
                qcf(UAN, "c.txt", TITLE, 2, 5, 33, BESPOKE_YOU, "212"));
        assertEquals(List.of(UAN, UAN + "@b"), ids(c));
        assertEquals(List.of("1", "212"), in(c, UAN).aliases());
        assertEquals(1, diagnostics(c, "duplicate-unit-id").size());
        assertEquals(List.of(UAN), c.qualification("600/0000/1").orElseThrow().units());
        assertEquals(List.of(UAN + "@b"), c.qualification("600/0000/2").orElseThrow().units());
        assertEquals(List.of(UAN + "@b"), c.qualification("600/0000/2").orElseThrow().groups().get(0).units());
        assertEquals(List.of(UAN, "Y/000/0001"), c.qualification("600/0000/3").orElseThrow().units());
        Diagnostic relisted = diagnostics(c, "unit-id-relisted").get(0);
        assertEquals("b.txt", relisted.file());
        assertEquals(2, relisted.line());
    }

    @Test
    void aFileThatPrintsOneIdTwiceIsNeverMergedAndItsQualificationsKeepTheFirstPrinting() {
        Catalogue c = check(List.of(qualification("600/0000/1", "a.txt", UAN)),
                qcf(UAN, "a.txt", TITLE, 2, 5, 33, BESPOKE), qcf(UAN, "a.txt", TITLE, 2, 5, 33, BESPOKE));
        assertEquals(List.of(UAN, UAN + "@a"), ids(c));
        assertEquals(1, diagnostics(c, "duplicate-unit-id").size());
        assertEquals(List.of(UAN), c.qualification("600/0000/1").orElseThrow().units());
        assertTrue(diagnostics(c, "unit-id-relisted").isEmpty());
    }

    @Test
    void aQcfUnitAndANationalStandardWithOneCodeAreNeverOneUnit() {
        Catalogue c = check(qcf("B7", "a.txt", TITLE, 2, 5, 33, BESPOKE), unit("B7", Unit.NVQ_UNIT, "nvq.txt", TITLE, BESPOKE));
        assertEquals(List.of("B7", "B7@nvq"), ids(c));
        assertTrue(diagnostics(c, "duplicate-unit-id").get(0).message().contains("a qcf-unit and a nvq-unit"));
    }

    @Test
    void twoPrintingsOfANationalStandardShareGuidanceOnceAndKnowledgeFromTheOneThatListsIt() {
        Unit nvq = CrossSourceLinksTest.withKnowledge(unit("D4", Unit.NVQ_UNIT, "nvq.txt", TITLE, BESPOKE_YOU),
                "d4a", "how the system works", "d4b", "the importance of listening to customers");
        GuidanceSection g = new GuidanceSection("Range", null, List.of(new GuidanceSection.Paragraph(0, "on-line")),
                new SourceRef("nos.txt", 20));
        Unit nos = unit("D4", Unit.NOS, "nos.txt", null, BESPOKE);
        nos = new Unit("D4", Unit.NOS, List.of(), null, null, null, null, null, nos.outcomes(), List.of(), List.of(),
                List.of(g), List.of(), Map.of(), nos.source());
        Catalogue c = check(nvq, nos);
        Unit u = in(c, "D4");
        assertEquals("nvq.txt", u.source().file(), "title and knowledge make the NVQ printing richer");
        assertEquals(2, u.knowledge().size());
        assertEquals(List.of(g), u.guidance());
    }

    @Test
    void mergingGivesTheSameCatalogueEveryTime() {
        Unit[] units = {qcf(UAN, "a.txt", TITLE, 2, 5, null, BESPOKE, "1"),
            asUnitPack(qcf(UAN, "b.txt", TITLE, 2, null, 33, BESPOKE_YOU, "212")),
            qcf(UAN, "c.txt", "Handle complaints", 2, 5, 33, COMPLAINTS, "7")};
        String first = new String(CatalogueJson.toBytes(check(units)));
        for (int i = 0; i < 3; i++) assertEquals(first, new String(CatalogueJson.toBytes(check(units))));
    }
}
