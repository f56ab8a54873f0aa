package paperwork.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import paperwork.catalogue.AssessmentCriterion;
import paperwork.catalogue.Qualification;
import paperwork.catalogue.Severity;
import paperwork.catalogue.Unit;

/**
 * Unit packs laid out differently from the 3412 pack: the parser reads the format (pipe tables,
 * facts on lines of their own, criteria without bullets, wrapped lines, an appendix between
 * units), not one file.
 */
class UnitPackFormatTest {

    static ParsedSource parse(String... lines) {
        return new UnitPackFormat().parse(text(lines));
    }

    static SourceText text(String... lines) {
        return new SourceText("pack.txt", "0", String.join("\n", lines) + "\n");
    }

    @Test
    void detectsByTwoMarksOfTheFormatWhateverTheFileIsCalled() {
        assertTrue(new UnitPackFormat().detects(text("Unit 301 Manage a team", "UAN: A/123/4567", "",
                "Learning outcomes and assessment criteria")));
        assertTrue(new UnitPackFormat().detects(text("UAN\tUnit\tTitle\tLevel\tCredit value",
                "There are three learning outcomes to this unit. The learner will:")));
        assertFalse(new UnitPackFormat().detects(text("Learning outcomes and assessment criteria", "1.1 do things")));
        assertFalse(new UnitPackFormat().detects(text("Minutes of the meeting", "UAN: nobody knows")));
    }

    @Test
    void readsPipeTablesFactsOnTheirOwnLinesAndCriteriaWithoutBullets() {
        ParsedSource p = parse(
                "Title and level | Awarding Org number | Accreditation number",
                "| Level 3 Certificate in Team Leading | 1234-03 | 600/0001/1 |",
                "| Level 3 Diploma in Team Leading | 1234-04 | 600/0002/X |",
                "",
                "| UAN | Unit number | Unit title | Level | GLH | Credit value | Level 3 Certificate | Level 3 Diploma |",
                "| A/123/4567 | 301 | Manage a team | 3 | 30 | 4 | Yes | \u2714 |",
                "| B/123/4568 | 302 | Plan work | 3 | 20 | 3 | - | \u2714 |",
                "",
                "Unit 301: Manage a team",
                "Level: 3",
                "Credit value: 4",
                "GLH: 30",
                "UAN: A/123/4567",
                "",
                "Learning outcomes and assessment criteria",
                "",
                "Outcome 1 Be able to allocate work",
                "",
                "Learners must be able to:",
                "",
                "1.1 agree the work of the team with",
                "    their manager",
                "1.2 allocate work fairly",
                "",
                "Appendix 1 Forms",
                "Form A",
                "",
                "Unit 302 Plan work",
                "",
                "Level: 3 Credit value: 3",
                "UAN: B/123/4568",
                "Learning outcomes and assessment criteria",
                "Outcome 1: Be able to plan",
                "- 1.1 plan the work");
        List<Qualification> q = p.qualifications();
        assertEquals(List.of("600/0001/1", "600/0002/X"), q.stream().map(Qualification::id).toList());
        assertEquals("Awarding Org", q.get(0).awardingBody());
        assertEquals(List.of("A/123/4567"), q.get(0).units());
        assertEquals(List.of("A/123/4567", "B/123/4568"), q.get(1).units());
        assertEquals(List.of("1234-04"), q.get(1).aliases());

        assertEquals(2, p.units().size());
        Unit u = p.units().get(0);
        assertEquals("Manage a team", u.title());
        assertEquals(3, u.level());
        assertEquals(4, u.credits());
        assertEquals(30, u.glh());
        List<AssessmentCriterion> c = u.allCriteria();
        assertEquals(List.of("1.1", "1.2"), c.stream().map(AssessmentCriterion::code).toList());
        assertEquals("agree the work of the team with their manager", c.get(0).text());
        assertNull(c.get(0).printedCode());
        assertEquals("plan the work", p.units().get(1).allCriteria().get(0).text());
        assertTrue(p.diagnostics().stream().anyMatch(d -> d.code().equals("back-matter-ignored")));
        assertTrue(p.diagnostics().stream().noneMatch(d -> d.severity() != Severity.INFO), p.diagnostics().toString());
    }

    @Test
    void aColumnNoQualificationFitsByNameIsTakenByPositionAndSaidSo() {
        ParsedSource p = parse(
                "Title and level\tNumber\tAccreditation number",
                "Level 2 Award in Sales\t5000-01\t600/0003/4",
                "Level 2 Certificate in Sales\t5000-02\t600/0004/6",
                "UAN\tUnit\tTitle\tLevel\tGLH\tCredit value\tColumn A\tColumn B",
                "C/123/4569\t201\tSell\t2\t10\t1\t\u2713\t",
                "",
                "Unit 201 Sell",
                "Level: 2 Credit value: 1",
                "UAN: C/123/4569",
                "Learning outcomes and assessment criteria",
                "Outcome 1 Be able to sell",
                "- 1.1 sell");
        assertEquals(List.of("600/0003/4", "600/0004/6"), p.qualifications().stream().map(Qualification::id).toList());
        assertEquals(List.of("C/123/4569"), p.qualifications().get(0).units());
        assertEquals(2, p.diagnostics().stream().filter(d -> d.code().equals("qualification-column-guessed")).count());
        assertEquals(Severity.WARNING, p.diagnostics().stream()
                .filter(d -> d.code().equals("qualification-without-units")).findFirst().orElseThrow().severity());
    }

    @Test
    void unletteredSubItemsAndEvidenceUnderAHeadingAreNumbered() {
        ParsedSource p = parse(
                "Unit 201 Sell",
                "Level: 2 Credit value: 1",
                "UAN: C/123/4569",
                "Learning outcomes and assessment criteria",
                "Outcome 1 Be able to sell",
                "- 1.1 sell",
                "Evidence requirements",
                "- 1 You must provide evidence of selling:",
                "  - to new customers",
                "  - b to existing customers",
                "- Your evidence may be a witness statement.");
        Unit u = p.units().get(0);
        assertEquals(List.of("1", "2"), u.evidenceRequirements().stream().map(e -> e.code()).toList());
        assertEquals(List.of("a", "b"), u.evidenceRequirements().get(0).subItems().stream().map(e -> e.code()).toList());
        assertEquals(2, p.diagnostics().stream().filter(d -> d.code().equals("number-inferred")).count());
    }

    @Test
    void outcomesPrintedWithoutTheCriteriaHeadingAreStillCriteria() {
        ParsedSource p = parse(
                "Unit 105 Keep records",
                "Level: 1 Credits: 3",
                "UAN: D/123/4560",
                "Assessment",
                "This unit is assessed by portfolio.",
                "Outcome 1: Be able to keep records",
                "The learner can:",
                "- 1.1 file records",
                "- 1.2 find records");
        Unit u = p.units().get(0);
        assertEquals(3, u.credits());
        assertEquals("This unit is assessed by portfolio.", u.metadata().get("assessment"));
        assertEquals(List.of("1.1", "1.2"), u.allCriteria().stream().map(AssessmentCriterion::code).toList());
        assertTrue(p.diagnostics().stream().anyMatch(d -> d.code().equals("criteria-heading-missing") && d.line() == 6));
    }

    @Test
    void aUanMisprintedInTheSummaryIsReportedAndTheQualificationListsTheUnitAsCatalogued() {
        ParsedSource p = parse(
                "Title and level\tCity & Guilds number\tAccreditation number",
                "Level 2 Award in Sales\t5000-01\t600/0003/4",
                "UAN\tCity & Guilds unit\tUnit title\tLevel\tGLH\tCredit value\tL2 Award",
                "C/123/4999\t201\tSell\t2\t10\t1\t\u2713",
                "",
                "Unit 201 Sell",
                "Level: 2 Credit value: 1",
                "UAN: C/123/4569",
                "Learning outcomes and assessment criteria",
                "Outcome 1 Be able to sell",
                "- 1.1 sell");
        assertEquals(List.of("C/123/4569"), p.qualifications().get(0).units());
        assertTrue(p.diagnostics().stream().anyMatch(d -> d.code().equals("summary-disagrees") && d.line() == 4
                && d.message().contains("C/123/4999")), p.diagnostics().toString());
    }
}
