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
import paperwork.catalogue.LearningOutcome;
import paperwork.catalogue.Severity;
import paperwork.catalogue.Unit;

/** The bare outcome table (sources/bespoke-software-outcomes-table.txt). */
class OutcomeTableRealFileTest {
    static final String FILE = "sources/bespoke-software-outcomes-table.txt";
    static SourceText text;
    static ParsedSource parsed;
    static Unit unit;

    @BeforeAll
    static void parseTheFile() {
        text = SourceReader.read(Path.of(FILE), FILE).text().orElseThrow();
        parsed = new OutcomeTableFormat().parse(text);
        unit = parsed.units().get(0);
    }

    @Test
    void isDetectedAsAnOutcomeTableAndByNoEarlierFormat() {
        assertEquals("outcome-table", SourceFormats.detect(text).map(SourceFormat::name).orElse("none"));
        assertFalse(new NosFormat().detects(text));
        assertFalse(new NvqStandardsFormat().detects(text));
    }

    @Test
    void theFragmentIsNamedAfterItsFile() {
        assertEquals("bespoke-software-outcomes-table", unit.id());
        assertEquals(Unit.FRAGMENT, unit.kind());
        assertNull(unit.title());
        assertEquals(1, unit.source().line());
        SourceText renamed = new SourceText("elsewhere/Table 7.txt", text.sha256(), String.join("\n", text.lines()));
        assertTrue(new OutcomeTableFormat().detects(renamed));
        assertEquals("table-7", new OutcomeTableFormat().parse(renamed).units().get(0).id());
    }

    @Test
    void readsThreeOutcomesAndTwentyThreeCriteriaWithTheirLines() {
        List<LearningOutcome> o = unit.outcomes();
        assertEquals(List.of("1", "2", "3"), o.stream().map(LearningOutcome::code).toList());
        assertEquals("deliver customer service using bespoke software", o.get(1).title());
        assertEquals(List.of(5, 9, 9), o.stream().map(x -> x.criteria().size()).toList());
        AssessmentCriterion c27 = o.get(1).criteria().get(6);
        assertEquals("2.7", c27.code());
        assertEquals(12, c27.source().line());
        assertTrue(c27.text().startsWith("follow organisational procedures to lead the conversation"));
        assertEquals("3.9", unit.allCriteria().get(22).code());
        assertEquals(23, unit.allCriteria().get(22).source().line());
    }

    @Test
    void aCleanTableHasNoWarnings() {
        assertTrue(parsed.diagnostics().stream().allMatch(d -> d.severity() == Severity.INFO),
                parsed.diagnostics().toString());
    }
}
