package paperwork.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import paperwork.catalogue.AssessmentCriterion;
import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.KnowledgeItem;
import paperwork.catalogue.LearningOutcome;
import paperwork.catalogue.Unit;

/** The National Occupational Standard CFACSD4 (sources/nos-cfacsd4-support-online-customer-service.txt). */
class NosRealFileTest {
    static final String FILE = "sources/nos-cfacsd4-support-online-customer-service.txt";
    static SourceText text;
    static ParsedSource parsed;
    static Unit unit;

    @BeforeAll
    static void parseTheFile() {
        text = SourceReader.read(Path.of(FILE), FILE).text().orElseThrow();
        parsed = new NosFormat().parse(text);
        unit = parsed.units().get(0);
    }

    @Test
    void isDetectedAsNosByTheRegistryAndByNoOtherFormat() {
        assertEquals("nos", SourceFormats.detect(text).map(SourceFormat::name).orElse("none"));
        assertFalse(new NvqStandardsFormat().detects(text));
        assertFalse(new OutcomeTableFormat().detects(text));
    }

    @Test
    void noOtherSourceIsDetectedAsANosOrAnOutcomeTable() throws Exception {
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(Path.of("sources"))) {
            for (Path p : s.filter(java.nio.file.Files::isRegularFile).toList()) {
                SourceText other = SourceReader.read(p, p.toString()).text().orElseThrow();
                boolean nos = p.getFileName().toString().equals(Path.of(FILE).getFileName().toString());
                boolean table = p.getFileName().toString().equals(Path.of(OutcomeTableRealFileTest.FILE).getFileName().toString());
                assertEquals(nos, new NosFormat().detects(other), p.toString());
                assertEquals(table, new OutcomeTableFormat().detects(other), p.toString());
            }
        }
    }

    @Test
    void detectionDoesNotDependOnTheFileName() {
        SourceText renamed = new SourceText("sources/x.txt", text.sha256(), String.join("\n", text.lines()));
        assertTrue(new NosFormat().detects(renamed));
        assertEquals("CFACSD4", new NosFormat().parse(renamed).units().get(0).id());
    }

    @Test
    void theUnitIsTheStandardNamedByItsUrn() {
        assertEquals(1, parsed.units().size());
        assertEquals("CFACSD4", unit.id());
        assertEquals(Unit.NOS, unit.kind());
        assertTrue(unit.aim().startsWith("This Standard is part of the Customer Service Theme"), unit.aim());
        assertTrue(unit.aim().endsWith("find their way through on-line systems."), unit.aim());
        assertEquals(3, unit.source().line());
    }

    @Test
    void missingTitleIsAWarning() {
        assertNull(unit.title());
        assertTrue(parsed.diagnostics().stream().anyMatch(d -> d.code().equals("missing-title")
                && d.severity() == paperwork.catalogue.Severity.WARNING), parsed.diagnostics().toString());
    }

    @Test
    void performanceCriteriaAreGroupedUnderTheirTwoHeadings() {
        List<LearningOutcome> outcomes = unit.outcomes();
        assertEquals(2, outcomes.size());
        assertEquals("Establish the type and level of support your customer needs to achieve on-line customer service",
                outcomes.get(0).title());
        assertEquals("Support on-line customer service in conversation with your customer", outcomes.get(1).title());
        assertEquals(List.of("P1", "P2", "P3", "P4", "P5", "P6"), codes(outcomes.get(0).criteria()));
        assertEquals(List.of("P7", "P8", "P9", "P10", "P11", "P12"), codes(outcomes.get(1).criteria()));
    }

    @Test
    void criteriaPrintedInOneListItemAreSplit() {
        List<AssessmentCriterion> c = unit.outcomes().get(1).criteria();
        assertEquals("address your customer in an understanding and supportive manner", c.get(2).text());
        assertEquals("explain to your customer why certain steps are required in the process", c.get(3).text());
        assertEquals("offer the options to your customer of taking them through the process or completing the "
                + "transaction yourself", c.get(4).text());
        assertTrue(unit.allCriteria().stream().noneMatch(x -> x.text().contains("<") || x.text().contains("P1")));
        assertEquals(10, c.get(0).source().line());
    }

    @Test
    void knowledgeCodesPrintedTogetherShareOutTheirText() {
        List<KnowledgeItem> k = unit.knowledge();
        assertEquals(List.of("K1", "K2", "K3", "K4", "K5", "K6", "K7"), k.stream().map(KnowledgeItem::code).toList());
        assertEquals("how your organisation's system for on-line service delivery works", k.get(0).text());
        assertEquals("the importance of close active listening to discover what your customer is trying to achieve",
                k.get(1).text());
        assertEquals("additional services or products that may be promoted to on-line customers", k.get(6).text());
        Diagnostic split = parsed.diagnostics().stream().filter(d -> d.code().equals("shared-text-split"))
                .findFirst().orElseThrow();
        assertEquals(14, split.line());
    }

    @Test
    void theMetadataTableIsRead() {
        assertEquals("Skills CFA", unit.metadata().get("developedBy"));
        assertEquals("2", unit.metadata().get("versionNumber"));
        assertEquals("January 2013", unit.metadata().get("dateApproved"));
        assertEquals("January 2016", unit.metadata().get("indicativeReviewDate"));
        assertEquals("CFACSD4", unit.metadata().get("originalUrn"));
        assertEquals("Customer Service Occupations", unit.metadata().get("relevantOccupations"));
        assertEquals("Customer Service (2013)", unit.metadata().get("suite"));
        assertTrue(unit.metadata().get("keyWords").startsWith("face to face; telephone;"));
        assertTrue(unit.metadata().get("keyWords").endsWith("receiving information"));
        assertEquals(11, unit.metadata().size(), unit.metadata().toString());
    }

    private static List<String> codes(List<AssessmentCriterion> criteria) {
        return criteria.stream().map(AssessmentCriterion::code).toList();
    }
}
