package paperwork.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import paperwork.catalogue.AssessmentCriterion;
import paperwork.catalogue.Constraint;
import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.LearningOutcome;
import paperwork.catalogue.Qualification;
import paperwork.catalogue.RuleGroup;
import paperwork.catalogue.Severity;
import paperwork.catalogue.Unit;

/** The HABC Level 3 Diploma in Customer Service specification (sources/habc-l3-diploma-customer-service-spec.txt). */
class QualificationSpecificationRealFileTest {
    static final String FILE = "sources/habc-l3-diploma-customer-service-spec.txt";
    static SourceText text;
    static ParsedSource parsed;
    static Qualification qualification;
    static Map<String, Unit> units;

    @BeforeAll
    static void parseTheFile() {
        text = SourceReader.read(Path.of(FILE), FILE).text().orElseThrow();
        parsed = new QualificationSpecificationFormat().parse(text);
        qualification = parsed.qualifications().get(0);
        units = parsed.units().stream().collect(Collectors.toMap(Unit::id, u -> u));
    }

    @Test
    void isDetectedAsAQualificationSpecificationByTheRegistry() {
        assertEquals("qualification-specification", SourceFormats.detect(text).map(SourceFormat::name).orElse("none"));
    }

    @Test
    void readsTheQualificationAndItsKeyFacts() {
        assertEquals(1, parsed.qualifications().size());
        assertEquals("601/4027/6", qualification.id());
        assertEquals(List.of("60140276"), qualification.aliases());
        assertEquals("HABC Level 3 Diploma in Customer Service (QCF)", qualification.title());
        assertEquals("HABC", qualification.awardingBody());
        assertEquals(3, qualification.level());
        assertEquals(55, qualification.credits());
        assertEquals("289-375", qualification.glh());
        assertEquals(289, qualification.glhMin());
        assertEquals(375, qualification.glhMax());
        assertEquals("Portfolio of evidence", qualification.metadata().get("assessmentMethod"));
        assertEquals("16+", qualification.metadata().get("ageRange"));
        assertEquals("60140276", qualification.metadata().get("learningAimReference"));
        assertEquals("Version 4.0 April 2016", qualification.metadata().get("version"));
        assertEquals(9, qualification.source().line());
    }

    @Test
    void readsTheGroupsOfTheRulesOfCombination() {
        List<RuleGroup> groups = qualification.groups();
        assertEquals(List.of("Mandatory Group", "Optional Group A", "Optional Group B"),
                groups.stream().map(RuleGroup::name).toList());
        RuleGroup mandatory = groups.get(0);
        assertTrue(mandatory.mandatory());
        assertEquals(31, mandatory.minCredits());
        assertEquals(List.of("L/506/2150", "Y/506/2152", "J/506/2910", "K/506/2169", "D/506/1942", "T/506/2952"),
                mandatory.units());
        RuleGroup a = groups.get(1);
        assertFalse(a.mandatory());
        assertEquals(15, a.minCredits());
        assertNull(a.maxCredits());
        assertNull(a.minUnits(), "the group's own rule (credits) wins over the sentence that says units");
        assertEquals(22, a.units().size());
        assertEquals("Y/506/2166", a.units().get(0));
        assertEquals("D/506/2962", a.units().get(21));
        RuleGroup b = groups.get(2);
        assertNull(b.minCredits());
        assertEquals(9, b.maxCredits());
        assertEquals(17, b.units().size());
        assertEquals("J/502/4397", b.units().get(16));
        assertEquals(List.of(221, 233, 264), groups.stream().map(g -> g.source().line()).toList());
    }

    @Test
    void readsTheLevelRuleOnce() {
        assertEquals(1, qualification.constraints().size());
        Constraint c = qualification.constraints().get(0);
        assertEquals(Constraint.MIN_CREDITS_AT_LEVEL, c.kind());
        assertEquals(40, c.credits());
        assertEquals(3, c.level());
        assertEquals(104, c.source().line());
    }

    @Test
    void readsEveryUnitInPrintedOrderAndNotTheSampleMaterial() {
        List<String> ids = parsed.units().stream().map(Unit::id).toList();
        assertEquals(45, ids.size());
        assertEquals(ids, qualification.units());
        List<String> inGroups = qualification.groups().stream().flatMap(g -> g.units().stream()).toList();
        assertEquals(inGroups, ids);
        assertTrue(parsed.units().stream().allMatch(u -> u.kind().equals(Unit.QCF_UNIT)));
        Unit last = units.get("J/502/4397");
        assertEquals(1224, last.source().line());
        assertEquals(List.of("1", "2", "3"), last.outcomes().stream().map(LearningOutcome::code).toList());
        assertTrue(last.allCriteria().stream().allMatch(c -> c.source().line() < 1244), "no criterion from the appendix");
    }

    @Test
    void totalsMatchTheCodesPrintedInTheFile() {
        assertEquals(130, parsed.units().stream().mapToInt(u -> u.outcomes().size()).sum());
        assertEquals(617, parsed.units().stream().mapToInt(u -> u.allCriteria().size()).sum());
    }

    @ParameterizedTest(name = "unit {0}")
    @CsvSource({
            "L/506/2150, 1, Organise and deliver customer service, 3, 5, 27, 3, 16",
            "D/506/1942, 5, Principles of business, 3, 10, 74, 5, 19",
            "T/506/2143, 16, Deliver customer service whilst working on customers' premises, 2, 4, 20, 2, 13",
            "K/506/2978, 23, Provide post-transaction customer service, 2, 5, 22, 2, 11",
            "D/506/2962, 28, Develop a social media strategy for customer service, 4, 5, 16, 3, 17",
            "F/502/8612, 34, 'Negotiating, handling objections and closing sales', 3, 4, 22, 5, 22",
            "L/506/1869, 40, Contribute to the organisation of an event, 2, 3, 23, 4, 16",
            "J/502/4397, 45, Bespoke Software, 3, 4, 30, 3, 9"})
    void unitFactsAndCounts(String id, String number, String title, int level, int credits, int glh, int outcomes,
            int criteria) {
        Unit u = units.get(id);
        assertEquals(List.of(number), u.aliases());
        assertEquals(title, u.title());
        assertEquals(level, u.level());
        assertEquals(credits, u.credits());
        assertEquals(glh, u.glh());
        assertEquals(outcomes, u.outcomes().size(), "outcomes of " + id);
        assertEquals(criteria, u.allCriteria().size(), "criteria of " + id);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            // HTML cells with curly quotes
            "L/506/2150|2.2|Map the “customer journey”|304",
            // a page-break continuation row with an empty outcome cell
            "L/506/2150|3.4|Adapt their own customer service delivery to meet customers' changing expectations|309",
            // plain runs "1.1 … 1.2 …" on one line, and their continuation row
            "D/506/1942|1.3|Explain how an organisation’s goals may be shaped by the market in which it operates|392",
            "D/506/1942|5.5|Explain the relationship between sales and marketing|400",
            "D/506/2119|2.10|Adhere to organisational policies and procedures, legal and ethical requirements when communicating verbally with customers|555",
            // the last outcome printed outside the table, criteria as a list
            "D/506/2962|3.4|Act as a social media “champion” within the organisation|879",
            "L/506/1869|4.2|Carry out follow-up actions in accordance with the event plan and agreements made at the event|1137",
            // a row after a page break with no header repeated
            "F/502/8612|4.1|Carry out negotiations according to negotiation plan|1001",
            "R/502/8615|4.4|Identify issues, trends, themes, linkages and interdependencies from an analysis of sales-related information|1027"})
    void criterionTextAndLine(String unit, String code, String expected, int line) {
        AssessmentCriterion c = units.get(unit).allCriteria().stream().filter(x -> x.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(unit + " has no criterion " + code));
        assertEquals(expected, c.text());
        assertEquals(line, c.source().line());
        assertNull(c.printedCode(), "nothing in this file needs a repaired code");
    }

    @Test
    void outcomesOutsideTheTableKeepTheirTitlesAndLines() {
        LearningOutcome o = units.get("D/506/2962").outcomes().get(2);
        assertEquals("3", o.code());
        assertEquals("Be able to promote the benefits of social media networking to customer service", o.title());
        assertEquals(874, o.source().line());
        assertEquals(List.of("3.1", "3.2", "3.3", "3.4", "3.5"), o.criteria().stream().map(AssessmentCriterion::code).toList());
        assertEquals(1134, units.get("L/506/1869").outcomes().get(3).source().line());
    }

    @Test
    void everyCriterionIsPlainTextNumberedInSequence() {
        for (Unit u : parsed.units()) {
            for (LearningOutcome o : u.outcomes()) {
                for (int i = 0; i < o.criteria().size(); i++) {
                    AssessmentCriterion c = o.criteria().get(i);
                    assertEquals(o.code() + "." + (i + 1), c.code(), u.id() + " outcome " + o.code());
                    assertFalse(c.text().contains("<") || c.text().contains("&"), c.text());
                    assertTrue(c.source().line() >= o.source().line(), u.id() + " " + c.code());
                }
            }
        }
    }

    @Test
    void reportsEachDisagreementAtItsLine() {
        Set<String> found = new TreeSet<>();
        for (Diagnostic d : parsed.diagnostics()) found.add(d.code() + "@" + d.line());
        assertEquals(new TreeSet<>(Set.of("page-furniture-ignored@32", "rule-text-disagrees@216", "summary-disagrees@249",
                "summary-disagrees@257", "summary-disagrees@277", "summary-disagrees@278", "outcome-outside-table@874",
                "outcome-outside-table@1134", "sample-material-ignored@1244", "truncated-source@1279")), found);
        assertTrue(parsed.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR));
        Diagnostic furniture = parsed.diagnostics().stream().filter(d -> d.code().equals("page-furniture-ignored"))
                .findFirst().orElseThrow();
        assertEquals("ignored 58 line(s) of page furniture: list of contents ×24, running head ×2, repeated table header ×32",
                furniture.message());
        Diagnostic rule = parsed.diagnostics().stream().filter(d -> d.code().equals("rule-text-disagrees")).findFirst()
                .orElseThrow();
        assertTrue(rule.message().contains("15 units") && rule.message().contains("15 credits"), rule.message());
        Diagnostic truncated = parsed.diagnostics().stream().filter(d -> d.code().equals("truncated-source")).findFirst()
                .orElseThrow();
        assertEquals(Severity.INFO, truncated.severity());
        assertTrue(truncated.message().contains("L/506/2150 at criterion 1.3 of its 16"), truncated.message());
        assertTrue(parsed.diagnostics().stream().allMatch(d -> d.file().equals(FILE)));
    }
}
