package paperwork.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import paperwork.catalogue.Diagnostic;

/** Reading codes as printed, and reading any text at all without throwing. */
class NvqStandardsCodesTest {

    @ParameterizedTest(name = "\"{0}\" is {1} {2}/{3}/{4}/{5}")
    @CsvSource(delimiter = '|', value = {
            "F1.1|ELEMENT|F|1|1|0",
            "D15.1       Identify customer service staff|ELEMENT|D|15|1|0",
            "B7. 2|ELEMENT|B|7|2|0",
            "D15.1 2 ways to do it|ELEMENT|D|15|1|0",
            "Element A1.2  Show the right attitude|ELEMENT|A|1|2|0",
            "f1.1.1|CRITERION|f|1|1|1",
            "  a10.2.1 |CRITERION|a|10|2|1",
            "a5.2.3    give your customer accurate|CRITERION|a|5|2|3",
            "d3.1 3|CRITERION|d|3|1|3",
            "b 7.2.1|CRITERION|b|7|2|1",
            "f1a|KNOWLEDGE|f|1|0|0",
            "c1j         the organisational procedures|KNOWLEDGE|c|1|0|0",
            "f1aa|KNOWLEDGE|f|1|0|0",
            "b7 a|KNOWLEDGE|b|7|0|0"})
    void readsCodesAsPrinted(String line, NvqCodes.Kind kind, String letters, int unit, int element, int number) {
        NvqCodes.PrintedCode c = NvqCodes.parse(line).orElseThrow();
        assertEquals(List.of(kind, letters, unit, element, number),
                List.of(c.kind(), c.letters(), c.unit(), c.element(), c.number()), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Customer service standards", "such as their age, culture and personality",
            "to 2.5 metres", "Unit F1   Communicate", "SWOT (Strengths, Weaknesses)", "P1 sign on", "K1",
            "1.1 describe access", "| 1.1 | sign on |",
            "Element of surprise", "elements 1.1"})
    void leavesOtherLinesAlone(String line) {
        assertTrue(NvqCodes.parse(line).isEmpty(), line);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            " Unit F1   Communicate using customer service language|F1|Communicate using customer service language",
            "Unit  D16   Develop a customer service strategy|D16|Develop a customer service strategy",
            "Unit D4 Support customers using on-line customer services|D4|Support customers using on-line customer services"})
    void readsUnitHeadings(String line, String id, String title) {
        NvqCodes.UnitHeading h = NvqCodes.unitHeading(line).orElseThrow();
        assertEquals(id, h.id());
        assertEquals(title, h.title());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Unit 208\tGive customers a positive impression", "Unit 1: Organise and deliver",
            "Unit B7 directly relates to this unit", "Unit number: L/506/2150"})
    void leavesOtherUnitLinesAlone(String line) {
        assertFalse(NvqCodes.unitHeading(line).isPresent(), line);
    }

    @Property
    void knowledgeLettersRunAToZThenAaOn(@ForAll @IntRange(min = 0, max = 701) int index) {
        String letters = NvqCodes.letters(index);
        assertEquals(index, NvqCodes.letterIndex(letters));
        if (index == 26) assertEquals("aa", letters);
    }

    @Provide
    Arbitrary<String> nvqLikeText() {
        Arbitrary<String> line = Arbitraries.of("Unit A1 Title", "Unit  B12   Another title", "A1.1", "B12.3 Title",
                "a1.1.1", "b12.3.4 text", "a1a", "b12zz", "a 1. 1", "c4.1 3", "Knowledge and understanding",
                "What this unit is about", "Customer service standards", "When you do it you must consistently:",
                "text of an item", "          indented text", "such as this", "Range", "Page 2", "", "   ",
                "To be competent you must know and understand:", "Unit Q9", "q9.9.99", "z99.1.1 and the");
        return line.list().ofMaxSize(60).map(l -> String.join("\n", l));
    }

    /** Whatever the text, the parser returns units and diagnostics that point into the text; it never throws. */
    @Property(tries = 300)
    void readsAnyTextWithoutThrowing(@ForAll("nvqLikeText") String s) {
        SourceText text = new SourceText("t.txt", "0", s);
        ParsedSource p = new NvqStandardsFormat().parse(text);
        for (Diagnostic d : p.diagnostics()) {
            assertTrue(d.line() >= 0 && d.line() <= text.lineCount(), d.format());
        }
        p.units().forEach(u -> assertTrue(u.source().line() >= 1 && u.source().line() <= text.lineCount()));
    }
}
