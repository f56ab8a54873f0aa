package paperwork.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.Severity;
import paperwork.catalogue.Unit;

/** A unit pack cut short anywhere, or mangled, gives diagnostics and whatever could be read, never an exception. */
class UnitPackRobustnessTest {
    static final String FILE = UnitPackRealFileTest.FILE;
    static final List<String> LINES = SourceReader.read(Path.of(FILE), FILE).text().orElseThrow().lines();

    static ParsedSource parseFirst(int lines) {
        SourceText cut = new SourceText("cut.txt", "0", String.join("\n", LINES.subList(0, lines)) + "\n");
        return new UnitPackFormat().parse(cut);
    }

    @Property(tries = 25)
    void truncatedAnywhereGivesDiagnosticsNotExceptions(@ForAll @IntRange(min = 1, max = 2314) int lines) {
        ParsedSource p = parseFirst(lines);
        assertFalse(p.diagnostics().isEmpty(), "no diagnostic for the first " + lines + " lines");
        for (Diagnostic d : p.diagnostics()) {
            assertEquals("cut.txt", d.file(), d.toString());
            assertTrue(d.line() >= 0 && d.line() <= lines, d.toString());
        }
        for (Unit u : p.units()) {
            assertTrue(u.source().line() <= lines);
            u.allCriteria().forEach(c -> assertTrue(c.source().line() <= lines, c.toString()));
        }
    }

    @Test
    void cutInsideTheSummaryTableReadsTheQualificationsAndSaysThereAreNoUnits() {
        ParsedSource p = parseFirst(100);
        assertTrue(p.units().isEmpty());
        assertEquals(5, p.qualifications().size());
        assertTrue(p.diagnostics().stream().anyMatch(d -> d.code().equals("no-units") && d.severity() == Severity.ERROR));
    }

    @Test
    void cutInsideAUnitsCriteriaKeepsWhatWasPrintedAndReportsTheRest() {
        ParsedSource p = parseFirst(162); // unit 208, after criterion 2.3
        assertEquals(1, p.units().size());
        Unit u = p.units().get(0);
        assertEquals(2, u.outcomes().size());
        assertEquals(3, u.outcomes().get(1).criteria().size());
        assertTrue(p.diagnostics().stream().anyMatch(d -> d.code().equals("outcome-count-disagrees") && d.line() == 121));
        assertTrue(p.diagnostics().stream().anyMatch(d -> d.code().equals("truncated-source")
                && d.severity() == Severity.ERROR && d.message().contains("after outcome 2 of 4")));
        assertEquals(21, p.diagnostics().stream().filter(d -> d.code().equals("unit-not-printed")).count());
    }

    @Test
    void cutBeforeAUnitsCriteriaIsAnError() {
        ParsedSource p = parseFirst(230); // unit 209 up to its "Assessment" heading
        assertEquals(2, p.units().size());
        assertTrue(p.diagnostics().stream().anyMatch(d -> d.code().equals("truncated-source")
                && d.severity() == Severity.ERROR && d.message().contains("209")));
    }

    @Test
    void aLineCutInTheMiddleOfASummaryRowIsReadWithoutItsTicks() {
        String mangled = String.join("\n", LINES.subList(0, 85)) + "\n" + LINES.get(85).substring(0, 20) + "\n";
        ParsedSource p = new UnitPackFormat().parse(new SourceText("cut.txt", "0", mangled));
        assertEquals(5, p.qualifications().size());
        assertTrue(p.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR));
    }
}
