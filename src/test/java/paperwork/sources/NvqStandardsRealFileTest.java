package paperwork.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import paperwork.catalogue.AssessmentCriterion;
import paperwork.catalogue.KnowledgeItem;
import paperwork.catalogue.LearningOutcome;
import paperwork.catalogue.Unit;

/** The full National standards for Customer Service 2010 (sources/customer-service-standards-2010.txt). */
class NvqStandardsRealFileTest {
    static final String FILE = "sources/customer-service-standards-2010.txt";
    static SourceText text;
    static ParsedSource parsed;
    static Map<String, Unit> units;

    @BeforeAll
    static void parseTheFile() {
        text = SourceReader.read(Path.of(FILE), FILE).text().orElseThrow();
        parsed = new NvqStandardsFormat().parse(text);
        units = parsed.units().stream().collect(Collectors.toMap(Unit::id, u -> u));
    }

    @Test
    void isDetectedAsNvqStandardsByTheRegistry() {
        assertEquals("nvq-standards", SourceFormats.detect(text).map(SourceFormat::name).orElse("none"));
    }

    @Test
    void readsEveryUnitInPrintedOrder() {
        List<String> ids = parsed.units().stream().map(Unit::id).toList();
        assertEquals(68, ids.size());
        assertEquals(List.of("F1", "F2", "F3", "F4", "F5", "F6", "A1"), ids.subList(0, 7));
        assertEquals(List.of("A18", "B1"), ids.subList(23, 25));
        assertEquals(List.of("B16", "C1"), ids.subList(39, 41));
        assertEquals(List.of("C8", "D1"), ids.subList(47, 49));
        assertEquals("D20", ids.get(67));
        assertTrue(parsed.units().stream().allMatch(u -> u.kind().equals(Unit.NVQ_UNIT)));
    }

    @Test
    void totalsMatchTheCodesPrintedInTheFile() {
        assertEquals(164, parsed.units().stream().mapToInt(u -> u.outcomes().size()).sum());
        assertEquals(863, parsed.units().stream().mapToInt(u -> u.allCriteria().size()).sum());
        assertEquals(561, parsed.units().stream().mapToInt(u -> u.knowledge().size()).sum());
    }

    @ParameterizedTest(name = "{0}: {1} elements, {2} criteria, {3} knowledge")
    @CsvSource({"F1, 2, 6, 16", "F5, 2, 9, 20", "A1, 2, 14, 6", "A4, 3, 16, 5", "A11, 3, 20, 12", "B3, 2, 20, 5",
            "B6, 2, 13, 8", "C1, 2, 10, 10", "C8, 3, 14, 11", "D3, 3, 11, 8", "D6, 2, 13, 7", "D14, 3, 12, 12",
            "D17, 2, 12, 3", "D18, 3, 17, 7", "D20, 2, 14, 7"})
    void countsPerUnit(String id, int elements, int criteria, int knowledge) {
        Unit u = units.get(id);
        assertEquals(elements, u.outcomes().size(), id);
        assertEquals(criteria, u.allCriteria().size(), id);
        assertEquals(knowledge, u.knowledge().size(), id);
    }

    @Test
    void joinsWrappedTitlesAndContinuations() {
        assertEquals("Demonstrate understanding of the rules that impact on improvements in customer service",
                units.get("F4").title());
        assertEquals("Handle referred customer complaints", units.get("C8").title());
        assertEquals("Develop a customer service strategy for a part of an organisation", units.get("D16").title());
        assertEquals("Use sources of self-development to extend your customer service skills and knowledge",
                outcome("D6.2").title());
        assertEquals("Research and evaluate your organisation’s business and customer service strategy",
                outcome("D16.1").title());
        assertEquals("Evaluate options for applying technology or other resources to improve customer service",
                outcome("D18.2").title());
        assertEquals("Identify additional services or products that are available", outcome("A5.1").title());
        assertEquals("explain clearly to your customers any reasons why their expectations cannot be met",
                criterion("a4.3.4").text());
        assertEquals("that people are different and have different expectations for many reasons such as their age, "
                + "culture and personality", knowledge("a1f").text());
        assertTrue(criterion("a5.2.3").text().startsWith("give your customer accurate and sufficient information"));
    }

    @Test
    void keepsTextAsPrinted() {
        assertTrue(criterion("f2.2.5").text().endsWith("and the things you must not"));
        assertTrue(criterion("c6.1.1").text().startsWith("Identify different steps and stages"));
        assertEquals(1135, criterion("a10.1.3").source().line());
        assertTrue(criterion("a10.1.3").text().startsWith("focus on your customer and listen carefully"));
    }

    @Test
    void repairsCodesAndKeepsWhatWasPrinted() {
        assertEquals("D6.2", outcome("B6.2").printedCode());
        assertEquals("D8.2", outcome("B8.2").printedCode());
        assertEquals("D3.3", outcome("D14.3").printedCode());
        assertEquals("d3.1 3", criterion("d3.1.3").printedCode());
        assertEquals("d15g", knowledge("d18g").printedCode());
        assertNull(outcome("B6.1").printedCode());
        assertEquals(List.of("d6.2.1", "d6.2.3", "d6.2.4"),
                outcome("D6.2").criteria().stream().map(AssessmentCriterion::code).toList().subList(0, 3));
        assertEquals("f5q", units.get("F5").knowledge().get(15).code());
    }

    @Test
    void keepsThemeAimAndLeadInsAsUnitFacts() {
        Unit a10 = units.get("A10");
        assertEquals("Impression and Image", a10.metadata().get("theme"));
        assertTrue(a10.aim().startsWith("This unit is all about the skills you need to deal with your customer"));
        assertEquals("When you are dealing with customers face to face you must consistently:",
                a10.metadata().get("performanceLeadIn"));
        assertEquals("People competent at dealing with customers face to face know and understand:",
                a10.metadata().get("knowledgeLeadIn"));
        assertEquals("To develop customer relationships you must consistently:",
                units.get("D1").metadata().get("performanceLeadIn"));
        assertTrue(units.get("A2").aim().contains("\n\nIf you have already successfully done"));
        assertNull(units.get("D10").aim());
        assertEquals(List.of("Customer Service Foundations", "Impression and Image", "Delivery", "Handling Problems",
                "Development and Improvement"),
                parsed.units().stream().map(u -> u.metadata().get("theme")).distinct().toList());
    }

    /** Every item points at the line that prints its code, and every code is in its unit's numbering. */
    @Test
    void everyItemPointsAtItsCodeAndFitsItsUnit() {
        for (Unit u : parsed.units()) {
            String prefix = u.id().toLowerCase(Locale.ROOT);
            assertEquals(u.id(), NvqCodes.unitHeading(text.line(u.source().line())).orElseThrow().id());
            for (LearningOutcome o : u.outcomes()) {
                assertTrue(o.code().startsWith(u.id() + "."), o.code());
                assertTrue(printedAt(o.source().line(), o.printedCode() == null ? o.code() : o.printedCode()), o.code());
                for (AssessmentCriterion c : o.criteria()) {
                    assertTrue(c.code().startsWith(o.code().toLowerCase(Locale.ROOT) + "."), c.code());
                    assertTrue(printedAt(c.source().line(), c.printedCode() == null ? c.code() : c.printedCode()),
                            c.code());
                    assertTrue(!c.text().isEmpty(), c.code());
                }
            }
            for (KnowledgeItem k : u.knowledge()) {
                assertTrue(k.code().matches(prefix + "[a-z]{1,2}"), k.code());
                assertTrue(printedAt(k.source().line(), k.printedCode() == null ? k.code() : k.printedCode()), k.code());
            }
        }
    }

    /**
     * Every text is exactly what is printed from its code to the next code, unit heading or knowledge
     * heading: nothing dropped, and nothing glued on (a heading, furniture, a lead-in, the next section).
     */
    @Test
    void everyTextIsWhatIsPrintedBetweenItsCodeAndTheNextBoundary() {
        record Printed(int line, String code, String text) {
        }
        List<Printed> items = new java.util.ArrayList<>();
        java.util.TreeSet<Integer> boundaries = new java.util.TreeSet<>();
        for (Unit u : parsed.units()) {
            boundaries.add(u.source().line());
            for (LearningOutcome o : u.outcomes()) {
                items.add(new Printed(o.source().line(), o.printedCode() == null ? o.code() : o.printedCode(), o.title()));
                for (AssessmentCriterion c : o.criteria()) {
                    items.add(new Printed(c.source().line(), c.printedCode() == null ? c.code() : c.printedCode(), c.text()));
                }
            }
            for (KnowledgeItem k : u.knowledge()) {
                items.add(new Printed(k.source().line(), k.printedCode() == null ? k.code() : k.printedCode(), k.text()));
            }
        }
        items.forEach(i -> boundaries.add(i.line()));
        for (int n = 1; n <= text.lineCount(); n++) {
            if (NvqLayout.isKnowledgeHeading(text.line(n))) boundaries.add(n);
        }
        for (Printed item : items) {
            Integer next = boundaries.higher(item.line());
            int end = next == null ? text.lineCount() : next - 1;
            StringBuilder printed = new StringBuilder();
            for (int n = item.line(); n <= end; n++) printed.append(' ').append(text.line(n));
            String expected = NvqLayout.collapse(printed.toString().replace("\u00a0", " "));
            assertEquals(expected, item.code() + " " + item.text(), "line " + item.line());
        }
        assertEquals(164 + 863 + 561, items.size());
        assertTrue(parsed.units().stream().allMatch(u -> u.guidance().isEmpty()));
    }

    private static boolean printedAt(int line, String code) {
        return text.line(line).strip().startsWith(code);
    }

    @Test
    void reportsExactlyTheIrregularitiesOfTheFile() {
        List<String> expected = List.of(
                "0 info page-furniture-ignored",
                "107 warning text-may-be-truncated",
                "229 info continuation-joined",
                "374 warning numbering-gap",
                "536 warning uncoded-text-joined",
                "743 info continuation-joined",
                "2306 warning code-repaired",
                "2470 warning code-repaired",
                "3170 warning numbering-gap",
                "4046 warning code-repaired",
                "4328 warning numbering-gap",
                "4614 warning missing-aim",
                "5004 warning code-repaired",
                "5138 info continuation-joined",
                "5306 info continuation-joined",
                "5366 warning code-repaired",
                "5492 info continuation-joined");
        assertEquals(expected, parsed.diagnostics().stream()
                .map(d -> d.line() + " " + d.severity().label() + " " + d.code()).toList());
    }

    @Test
    void saysWhatEachRepairDid() {
        List<String> repairs = parsed.diagnostics().stream()
                .filter(d -> d.code().equals("code-repaired") || d.code().equals("numbering-gap"))
                .map(d -> d.line() + ": " + d.message()).toList();
        assertEquals(List.of(
                "374: knowledge item f5q follows f5o: f5p is not printed; kept as printed",
                "2306: element printed as \"D6.2\" with the prefix of unit D6 inside unit B6 after B6.1; read as B6.2",
                "2470: element printed as \"D8.2\" with the prefix of unit D8 inside unit B8 after B8.1; read as B8.2",
                "3170: knowledge item c1g follows c1e: c1f is not printed; kept as printed",
                "4046: criterion printed as \"d3.1 3\" with a stray space under element D3.1; read as d3.1.3",
                "4328: criterion d6.2.3 follows d6.2.1: d6.2.2 is not printed; kept as printed",
                "5004: element printed as \"D3.3\" with the prefix of unit D3 inside unit D14 after D14.2; read as D14.3",
                "5366: knowledge item printed as \"d15g\" with the prefix of unit D15 inside unit D18 after d18f; "
                        + "read as d18g"), repairs);
        assertEquals("ignored 68 line(s) of page furniture: \"Customer Service Standards\" \u00d751, "
                + "\"Customer service standard\" \u00d717", parsed.diagnostics().get(0).message());
    }

    private static LearningOutcome outcome(String code) {
        return units.get(code.substring(0, code.indexOf('.'))).outcomes().stream()
                .filter(o -> o.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError(code));
    }

    private static AssessmentCriterion criterion(String code) {
        return units.get(code.substring(0, code.indexOf('.')).toUpperCase(Locale.ROOT)).allCriteria().stream()
                .filter(c -> c.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError(code));
    }

    private static KnowledgeItem knowledge(String code) {
        String id = code.replaceAll("[a-z]+$", "").toUpperCase(Locale.ROOT);
        return units.get(id).knowledge().stream()
                .filter(k -> k.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError(code));
    }
}
