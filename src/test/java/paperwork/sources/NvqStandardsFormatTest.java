package paperwork.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.LearningOutcome;
import paperwork.catalogue.Unit;

/** The NVQ standards format: what it claims, and how it reads well-formed units. */
class NvqStandardsFormatTest {
    private final NvqStandardsFormat format = new NvqStandardsFormat();

    static SourceText text(String s) {
        return new SourceText("t.txt", "0", s);
    }

    static ParsedSource parse(String s) {
        return new NvqStandardsFormat().parse(text(s));
    }

    static final String TWO_UNITS = """
             Unit Q1   Greet visitors at the front desk
            This unit is part of the Reception Theme of First Contact.  This Theme covers the first minutes.
            What this unit is about
            You greet visitors and find out what they want.
            Reception standards
            When you greet visitors you must consistently:
            Q1.1
            Greet visitors
            q1.1.1
            greet visitors politely

            q1.1.2
            find out the purpose of their visit
            Q1.2     Direct visitors
            q1.2.1   direct visitors to the right place
            Knowledge and understanding
            To be competent at greeting visitors you must know and understand:
            q1a
            how to greet visitors

            q1b
            where things are in the building
            Unit  Q2    Keep the visitors' book in line with the rules that apply on

                          the premises
            This unit is part of the Reception Theme of First Contact.
            What this unit is about
            You keep a record of visitors.
            Reception standards
            When you keep the visitors' book you must consistently:
            Q2.1
                 Record visitors who arrive at the building and those who leave it
                           again
            q2.1.1
            record each visitor
            q2.1.2
            record the time they leave
            Knowledge and understanding
            q2a
            the rules for keeping the book
            """;

    @Test
    void claimsUnitsWithElementAndCriterionCodes() {
        assertTrue(format.detects(text(TWO_UNITS)));
    }

    @Test
    void claimsAStandardOfOneUnit() {
        String oneUnit = TWO_UNITS.substring(0, TWO_UNITS.indexOf("Unit  Q2"));
        assertTrue(format.detects(text(oneUnit)), oneUnit);
        assertEquals(List.of("Q1"), parse(oneUnit).units().stream().map(Unit::id).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "nos-cfacsd4-support-online-customer-service.txt",
            "cg-3412-contact-centre-unit-pack.txt",
            "habc-l3-diploma-customer-service-spec.txt",
            "bespoke-software-outcomes-table.txt"})
    void doesNotClaimTheOtherFormats(String file) throws IOException {
        String s = Files.readString(Path.of("sources", file));
        assertFalse(format.detects(text(s)), file);
    }

    @Test
    void doesNotClaimASingleNosOrProseThatNamesUnits() {
        String nos = """
                Overview This Standard is part of the Customer Service Theme of Delivery.
                Performance criteria
                You must be able to:
                P1 sign on and open access to appropriate functions
                P2 navigate the system
                You need to know and understand:
                K1 access and sign-on routines
                Original URN  CFACSB7
                """;
        String prose = """
                Unit B7 Deal with customers using bespoke software relates to Unit B8 Maintain customer service.
                Unit A1 Maintain a positive attitude is optional.
                See 1.1 and 1.2 for the criteria.
                """;
        String pipeTable = "| 1 | prepare | 1.1 | sign on |\n| 1.2 | navigate |\n| 2 | deliver | 2.1 | identify |\n";
        assertFalse(format.detects(text(nos)));
        assertFalse(format.detects(text(prose)));
        assertFalse(format.detects(text(pipeTable)));
    }

    @Test
    void readsHeadingsTitlesAndWrappedTitles() {
        List<Unit> units = parse(TWO_UNITS).units();
        assertEquals(List.of("Q1", "Q2"), units.stream().map(Unit::id).toList());
        assertEquals("Greet visitors at the front desk", units.get(0).title());
        assertEquals("Keep the visitors' book in line with the rules that apply on the premises", units.get(1).title());
        assertEquals(Unit.NVQ_UNIT, units.get(0).kind());
        assertEquals(1, units.get(0).source().line());
        assertEquals(23, units.get(1).source().line());
    }

    @Test
    void readsElementsOnOneLineOrTwoWithWrappedTitles() {
        List<Unit> units = parse(TWO_UNITS).units();
        List<LearningOutcome> q1 = units.get(0).outcomes();
        assertEquals(List.of("Q1.1", "Q1.2"), q1.stream().map(LearningOutcome::code).toList());
        assertEquals("Greet visitors", q1.get(0).title());
        assertEquals("Direct visitors", q1.get(1).title());
        assertEquals(14, q1.get(1).source().line());
        assertEquals("Record visitors who arrive at the building and those who leave it again",
                units.get(1).outcomes().get(0).title());
    }

    @Test
    void readsCriteriaAndKnowledgeWithTheirLines() {
        Unit q1 = parse(TWO_UNITS).units().get(0);
        assertEquals(List.of("q1.1.1", "q1.1.2", "q1.2.1"), q1.allCriteria().stream().map(c -> c.code()).toList());
        assertEquals("find out the purpose of their visit", q1.allCriteria().get(1).text());
        assertEquals("direct visitors to the right place", q1.allCriteria().get(2).text());
        assertEquals(12, q1.allCriteria().get(1).source().line());
        assertEquals(List.of("q1a", "q1b"), q1.knowledge().stream().map(k -> k.code()).toList());
        assertEquals("where things are in the building", q1.knowledge().get(1).text());
        assertNull(q1.allCriteria().get(0).printedCode());
    }

    @Test
    void keepsThemeAimAndLeadInsApartFromTheCriteria() {
        Unit q1 = parse(TWO_UNITS).units().get(0);
        assertEquals("You greet visitors and find out what they want.", q1.aim());
        assertEquals("First Contact", q1.metadata().get("theme"));
        assertEquals("This unit is part of the Reception Theme of First Contact. This Theme covers the first minutes.",
                q1.metadata().get("themeText"));
        assertEquals("When you greet visitors you must consistently:", q1.metadata().get("performanceLeadIn"));
        assertEquals("To be competent at greeting visitors you must know and understand:",
                q1.metadata().get("knowledgeLeadIn"));
    }

    @Test
    void reportsWrapsAcrossBlankLinesAndTheHeadingsItSkipped() {
        List<Diagnostic> d = parse(TWO_UNITS).diagnostics();
        assertEquals(List.of("0 page-furniture-ignored", "25 continuation-joined"),
                d.stream().map(x -> x.line() + " " + x.code()).toList(), d.toString());
        assertTrue(d.get(0).message().contains("\"Reception standards\" \u00d72"), d.get(1).message());
    }

    @Test
    void skipsAListOfContentsThatRepeatsTheUnitHeadings() {
        ParsedSource p = parse("Contents\nUNIT Q1  Greet visitors ........ 2\nUnit Q2  Keep the book ........ 3\n\n"
                + TWO_UNITS);
        assertEquals(List.of("Q1", "Q2"), p.units().stream().map(Unit::id).toList());
        assertEquals("Greet visitors at the front desk", p.units().get(0).title());
        List<Diagnostic> d = p.diagnostics();
        assertEquals(List.of("0 page-furniture-ignored", "1 front-matter-ignored", "2 contents-lines-ignored",
                "29 continuation-joined"), d.stream().map(x -> x.line() + " " + x.code()).toList(), d.toString());
        assertTrue(d.get(2).message().startsWith("ignored 2 line(s) of a list of contents"), d.get(2).message());
    }

    @Test
    void skipsAListOfContentsWithoutDotLeadersByItsEmptyHeadings() {
        ParsedSource p = parse("Contents\nUNIT Q1  Greet visitors\nUnit Q2  Keep the book\n\n" + TWO_UNITS);
        assertEquals(List.of("Q1", "Q2"), p.units().stream().map(Unit::id).toList());
        List<Diagnostic> d = p.diagnostics();
        assertEquals(List.of("0 page-furniture-ignored", "1 front-matter-ignored", "2 contents-entry-ignored",
                "29 continuation-joined"), d.stream().map(x -> x.line() + " " + x.code()).toList(), d.toString());
        assertTrue(d.get(2).message().endsWith("(a list of contents): Q1, Q2"), d.get(2).message());
    }

    @Test
    void skipsContentsLinesThatListElementsToo() {
        ParsedSource p = parse("Contents\nUnit Q1  Greet visitors ........ 2\n   Q1.1  Greet them .... 2\n"
                + "Unit Q2  Keep the book\t3\n   Q2.1  Keep it\t3\n\n" + TWO_UNITS);
        assertEquals(List.of("Q1", "Q2"), p.units().stream().map(Unit::id).toList());
        assertTrue(p.diagnostics().stream().noneMatch(x -> x.code().equals("duplicate-unit-id")), p.diagnostics().toString());
        assertTrue(p.diagnostics().stream().anyMatch(x -> x.code().equals("contents-lines-ignored")
                && x.line() == 2 && x.message().startsWith("ignored 4 line(s)")), p.diagnostics().toString());
    }

    @Test
    void readsKnowledgeLettersBeyondZ() {
        StringBuilder s = new StringBuilder("Unit K1 Know many things\nK1.1\nDo it\nk1.1.1\ndo it\nk1.1.2\nagain\n");
        s.append("Unit K2 Know more\nK2.1\nDo it\nk2.1.1\ndo it\nKnowledge and understanding\n");
        for (int i = 0; i < 28; i++) s.append("k2").append(NvqCodes.letters(i)).append("\nthing ").append(i).append('\n');
        Unit k2 = parse(s.toString()).units().get(1);
        assertEquals(28, k2.knowledge().size());
        assertEquals("k2ab", k2.knowledge().get(27).code());
        assertEquals("thing 26", k2.knowledge().get(26).text());
        assertTrue(parse(s.toString()).diagnostics().stream().noneMatch(x -> x.code().equals("numbering-gap")));
    }
}
