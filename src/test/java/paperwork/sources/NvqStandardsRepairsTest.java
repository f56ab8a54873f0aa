package paperwork.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static paperwork.sources.NvqStandardsFormatTest.parse;

import java.util.List;

import org.junit.jupiter.api.Test;

import paperwork.catalogue.AssessmentCriterion;
import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.KnowledgeItem;
import paperwork.catalogue.LearningOutcome;
import paperwork.catalogue.Severity;
import paperwork.catalogue.Unit;

/** The irregularities a careful reader repairs or reports, each with its diagnostic and line. */
class NvqStandardsRepairsTest {

    /** A second unit so that the first is never the last (which is judged for truncation). */
    private static final String TAIL = "Unit Z9 Close\nZ9.1\nClose\nz9.1.1\nclose it\nKnowledge and understanding\nz9a\nhow\n";

    private static List<String> diagnostics(ParsedSource p) {
        return p.diagnostics().stream().map(d -> d.line() + " " + d.severity().label() + " " + d.code()).toList();
    }

    private static List<String> codes(Unit u) {
        return u.allCriteria().stream().map(AssessmentCriterion::code).toList();
    }

    @Test
    void repairsStraySpacesInCodesAndKeepsThePrintedCode() {
        ParsedSource p = parse("""
                Unit B7  Deal with customers using bespoke software
                B7.1
                Prepare
                b 7.1.1
                sign on
                B7. 2
                Deliver
                b7.2 1
                identify your customer
                Knowledge and understanding
                b7 a
                access routines
                """ + TAIL);
        Unit b7 = p.units().get(0);
        assertEquals(List.of("B7.1", "B7.2"), b7.outcomes().stream().map(LearningOutcome::code).toList());
        assertEquals("B7. 2", b7.outcomes().get(1).printedCode());
        assertEquals(List.of("b7.1.1", "b7.2.1"), codes(b7));
        assertEquals("b 7.1.1", b7.allCriteria().get(0).printedCode());
        assertEquals("b7.2 1", b7.allCriteria().get(1).printedCode());
        assertEquals("b7a", b7.knowledge().get(0).code());
        assertEquals(List.of("4 warning code-repaired", "6 warning code-repaired", "8 warning code-repaired",
                "11 warning code-repaired"), diagnostics(p));
        assertEquals("criterion printed as \"b 7.1.1\" with a stray space under element B7.1; read as b7.1.1",
                p.diagnostics().get(0).message());
    }

    @Test
    void repairsAnotherUnitsPrefixWhenTheNumberingMakesItPlain() {
        ParsedSource p = parse("""
                Unit D15   Plan and organise the development of customer service staff
                D15.1       Identify needs
                d15.1.1
                identify needs
                D14.2
                Organise training
                d15.2.1
                agree aims
                c4.2.2
                agree the type
                Knowledge and understanding
                d15a
                the importance of development
                d14b
                current objectives
                """ + TAIL);
        Unit d15 = p.units().get(0);
        assertEquals("D15.2", d15.outcomes().get(1).code());
        assertEquals("D14.2", d15.outcomes().get(1).printedCode());
        assertEquals(List.of("d15.1.1", "d15.2.1", "d15.2.2"), codes(d15));
        assertEquals("c4.2.2", d15.allCriteria().get(2).printedCode());
        assertEquals("d15b", d15.knowledge().get(1).code());
        assertEquals(List.of("5 warning code-repaired", "9 warning code-repaired", "14 warning code-repaired"),
                diagnostics(p));
        assertEquals("element printed as \"D14.2\" with the prefix of unit D14 inside unit D15 after D15.1; read as D15.2",
                p.diagnostics().get(0).message());
    }

    @Test
    void repairsAnElementNumberThatItsCriteriaContradict() {
        ParsedSource p = parse("""
                Unit D14   Implement quality improvements
                D14.1
                Plan
                d14.1.1
                plan it
                D3.3
                Monitor and evaluate
                d14.2.1
                monitor it
                """ + TAIL);
        LearningOutcome second = p.units().get(0).outcomes().get(1);
        assertEquals("D14.2", second.code());
        assertEquals("D3.3", second.printedCode());
        assertEquals(List.of("1 warning unit-without-knowledge", "6 warning code-repaired"), diagnostics(p));
    }

    @Test
    void keepsACodeFromAnotherUnitThatFitsNothingAsPrinted() {
        ParsedSource p = parse("""
                Unit C5   Monitor and solve problems
                C5.1
                Solve problems
                c5.1.1
                respond positively
                Knowledge and understanding
                c5a
                procedures
                c4k
                something else
                """ + TAIL);
        KnowledgeItem foreign = p.units().get(0).knowledge().get(1);
        assertEquals("c4k", foreign.code());
        assertNull(foreign.printedCode());
        assertEquals(List.of("9 warning foreign-code"), diagnostics(p));
    }

    @Test
    void repairsACriterionWhoseElementPartIsATypoAndReportsOneThatIsNot() {
        ParsedSource p = parse("""
                Unit F1   Communicate
                F1.1
                Identify customers
                f1.1.1
                recognise customers
                f1.2.2
                discuss expectations
                F1.2
                Identify services
                f1.2.1
                outline services
                f1.3.1
                list information
                Knowledge and understanding
                f1a
                the differences
                """ + TAIL);
        Unit f1 = p.units().get(0);
        assertEquals(List.of("f1.1.1", "f1.1.2", "f1.2.1", "f1.3.1"), codes(f1));
        assertEquals("f1.2.2", f1.allCriteria().get(1).printedCode());
        assertNull(f1.allCriteria().get(3).printedCode());
        assertEquals(List.of("6 warning code-repaired", "12 warning criterion-element-mismatch"), diagnostics(p));
    }

    @Test
    void keepsGapsDuplicatesAndOutOfOrderCodesAsPrinted() {
        ParsedSource p = parse("""
                Unit F5    Demonstrate understanding
                F5.1
                Demonstrate
                f5.1.1
                exercise responsibility
                f5.1.3
                contribute
                f5.1.3
                contribute again
                F5.3
                Skipped an element
                f5.3.1
                display leadership
                Knowledge and understanding
                f5a
                the role
                f5c
                the systems
                f5b
                the balance
                """ + TAIL);
        Unit f5 = p.units().get(0);
        assertEquals(List.of("f5.1.1", "f5.1.3", "f5.1.3", "f5.3.1"), codes(f5));
        assertEquals(List.of("f5a", "f5c", "f5b"), f5.knowledge().stream().map(KnowledgeItem::code).toList());
        assertEquals(List.of("6 warning numbering-gap", "8 warning duplicate-code", "10 warning numbering-gap",
                "17 warning numbering-gap", "19 warning numbering-out-of-sequence"), diagnostics(p));
        assertEquals("criterion f5.1.3 follows f5.1.1: f5.1.2 is not printed; kept as printed",
                p.diagnostics().get(0).message());
    }

    @Test
    void joinsContinuationsAndNumbersTextPrintedWithoutACode() {
        ParsedSource p = parse("""
                Unit A1   Maintain a positive attitude
                A1.1
                Show the right attitude
                a1.1.1
                explain clearly any reasons why their expectations cannot be

                               met
                a1.1.2
                show colleagues respect at all times and

                under any circumstances

                show colleagues that you can be relied on
                a1.1.4
                explain to customers:

                • why they must wait
                Knowledge and understanding
                a1a
                that people are different for many reasons

                such as their age

                what rapport looks like
                """ + TAIL);
        Unit a1 = p.units().get(0);
        List<AssessmentCriterion> criteria = a1.allCriteria();
        assertEquals("explain clearly any reasons why their expectations cannot be met", criteria.get(0).text());
        assertEquals("show colleagues respect at all times and under any circumstances", criteria.get(1).text());
        assertEquals("a1.1.3", criteria.get(2).code());
        assertEquals("", criteria.get(2).printedCode());
        assertEquals("show colleagues that you can be relied on", criteria.get(2).text());
        assertEquals(13, criteria.get(2).source().line());
        assertEquals("explain to customers: • why they must wait", criteria.get(3).text());
        assertEquals("that people are different for many reasons such as their age", a1.knowledge().get(0).text());
        assertEquals("a1b", a1.knowledge().get(1).code());
        assertEquals(List.of("7 info continuation-joined", "11 warning uncoded-text-joined",
                "13 warning criterion-number-inferred", "17 warning uncoded-text-joined",
                "22 warning uncoded-text-joined", "24 warning knowledge-code-inferred"), diagnostics(p));
    }

    @Test
    void reportsUnitsWithoutElementsOrKnowledgeAndTextCutShort() {
        ParsedSource p = parse("""
                Unit A1   Only knowledge
                Knowledge and understanding
                a1a
                something
                Unit A2   Only elements
                A2.1
                Do it
                a2.1.1
                do the things you must not
                a2.1.2
                """ + TAIL);
        assertEquals(List.of("1 warning unit-without-elements", "5 warning unit-without-knowledge",
                "8 warning text-may-be-truncated", "10 warning missing-text"), diagnostics(p));
    }

    @Test
    void reportsAFileThatEndsInsideAUnit() {
        ParsedSource afterCriteria = parse(TAIL + "Unit A2   Cut short\nA2.1\nDo it\na2.1.1\ndo it\n");
        assertEquals(List.of("13 error truncated-source"), diagnostics(afterCriteria));
        assertEquals(1, afterCriteria.units().get(1).allCriteria().size());
        ParsedSource atACode = parse(TAIL + "Unit A2   Cut short\nA2.1\nDo it\na2.1.1\ndo it\n"
                + "Knowledge and understanding\na2a\n");
        assertEquals(List.of("15 error truncated-source"), diagnostics(atACode));
        Diagnostic d = atACode.diagnostics().get(0);
        assertEquals(Severity.ERROR, d.severity());
        assertTrue(d.message().contains("a2a, which has no text"), d.message());
    }

    @Test
    void countsPageFurnitureOnceAndKeepsUnknownSectionsAsGuidance() {
        StringBuilder s = new StringBuilder("Customer Service NVQ\n");
        for (int u = 1; u <= 3; u++) {
            s.append("Unit G").append(u).append(" Do task ").append(u).append('\n')
                    .append("Customer Service Standards\n")
                    .append("G").append(u).append(".1\nDo it\n")
                    .append("g").append(u).append(".1.1\ndo it well\n")
                    .append("Page ").append(u).append('\n')
                    .append("g").append(u).append(".1.2\ndo it again\n")
                    .append("Contexts\nface to face\nby telephone\n")
                    .append("Knowledge and understanding\ng").append(u).append("a\nhow\n");
        }
        ParsedSource p = parse(s.toString());
        assertEquals(3, p.units().size());
        assertEquals(List.of("g1.1.1", "g1.1.2"), codes(p.units().get(0)));
        assertEquals("Contexts", p.units().get(0).guidance().get(0).title());
        assertEquals("by telephone", p.units().get(0).guidance().get(0).paragraphs().get(1).text());
        List<Diagnostic> d = p.diagnostics();
        assertEquals(List.of("0 info page-furniture-ignored", "1 info front-matter-ignored",
                "11 warning section-kept-as-guidance", "26 warning section-kept-as-guidance",
                "41 warning section-kept-as-guidance"), diagnostics(p));
        // Page numbers differ from page to page; they are counted as one kind of line, shown as first printed.
        assertEquals("ignored 6 line(s) of page furniture: \"Customer Service Standards\" \u00d73, \"Page 1\" \u00d73",
                d.get(0).message());
    }
}
