package paperwork.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import paperwork.sources.QualSpecCells.PrintedCriterion;

/** Table cells: HTML fragments and plain runs become the same criteria. */
class QualSpecCellsTest {

    @Test
    void simpleMarkupAndMarkupThatNeedsJsoupGiveTheSameParagraphs() {
        List<String> expected = List.of("1.1 Explain why needs differ", "1.2 Describe checks & confirm");
        assertEquals(expected, QualSpecCells.paragraphs("<p>1.1 Explain why <i>needs</i> differ</p> <p>1.2 Describe checks</p>"
                .replace("checks</p>", "checks &amp; confirm</p>")));
        assertEquals(List.of("1.1 Explain why needs differ", "1.2 Describe checks"),
                QualSpecCells.paragraphs("<p>1.1 Explain why <i>needs</i> differ</p> <p>1.2 Describe checks</p>"));
        assertEquals(List.of("1.1 Explain why needs differ", "1.2 Describe checks"),
                QualSpecCells.paragraphs("<p class=\"x\">1.1 Explain why <span>needs</span> differ</p><p>1.2 Describe checks</p>"));
    }

    @Test
    void textOutsideParagraphsIsKept() {
        assertEquals(List.of("1.1 First", "1.2 Second"), QualSpecCells.paragraphs("<p>1.1 First</p> 1.2 Second"));
        assertEquals(List.of("1.1 First", "1.2 Second"), QualSpecCells.paragraphs("<p>1.1 First</p> 1.2 <i>Second</i>&nbsp;"));
        assertEquals(List.of("1.1 One", "1.2 Two"), QualSpecCells.paragraphs("<ul><li>1.1 One</li><li>1.2 Two</li></ul>"));
    }

    @Test
    void plainRunsAreSplitAtCodesInSequenceOnly() {
        List<PrintedCriterion> c = QualSpecCells.criteria(
                "1.1. Describe team roles 1.2. Explain why roles are agreed within 2.5 days 1.3 Explain limits", 1);
        assertEquals(List.of("1.1.", "1.2.", "1.3"), c.stream().map(PrintedCriterion::printed).toList());
        assertEquals("Explain why roles are agreed within 2.5 days", c.get(1).text());
        // A misprinted first number still splits when the second follows on; the unit numbers it later.
        List<PrintedCriterion> m = QualSpecCells.criteria("2.1 Agree tasks 3.2 Share information 2.3 Review", 2);
        assertEquals(List.of(2, 3, 2), m.stream().map(PrintedCriterion::major).toList());
        assertEquals(List.of(1, 2, 3), m.stream().map(PrintedCriterion::minor).toList());
        // Text before any code is a criterion printed without one.
        List<PrintedCriterion> u = QualSpecCells.criteria("Describe ordering processes", 1);
        assertEquals(1, u.size());
        assertEquals(null, u.get(0).minor());
    }

    @Test
    void outcomeCellsGiveNumberAndTitle() {
        assertEquals(3, QualSpecCells.outcome("<p>3. Be able to deliver</p>").orElseThrow().code());
        assertEquals("Be able to deliver", QualSpecCells.outcome("3. Be able to deliver").orElseThrow().title());
        assertEquals(null, QualSpecCells.outcome("<p>Be able to deliver</p>").orElseThrow().code());
        assertEquals(true, QualSpecCells.outcome("<p></p>").isEmpty());
    }
}
