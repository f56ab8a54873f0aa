package paperwork.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import paperwork.catalogue.CatalogueJson;
import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.Severity;
import paperwork.catalogue.Unit;

/**
 * The NOS and the bare table cut short anywhere give diagnostics and what could be read, never an
 * exception; line endings, a byte-order mark, odd spaces and trailing white space change nothing.
 */
class NosAndOutcomeTableRobustnessTest {
    static final List<String> NOS = lines(NosRealFileTest.FILE);
    static final List<String> TABLE = lines(OutcomeTableRealFileTest.FILE);
    /** The NOS metadata table starts here; a text cut before it has lost its end. */
    static final int NOS_METADATA_LINE = 22;

    static List<String> lines(String file) {
        return SourceReader.read(Path.of(file), file).text().orElseThrow().lines();
    }

    static SourceText text(String body) {
        return new SourceText("t.txt", "0", body);
    }

    @Property(tries = 31)
    void aNosCutAnywhereGivesDiagnosticsNotExceptions(@ForAll @IntRange(min = 1, max = 31) int lines) {
        ParsedSource p = new NosFormat().parse(text(String.join("\n", NOS.subList(0, lines))));
        assertEquals(1, p.units().size());
        checkLines(p, lines);
        if (lines < NOS_METADATA_LINE) {
            assertTrue(p.diagnostics().stream().anyMatch(d -> d.severity() != Severity.INFO),
                    "nothing says the first " + lines + " lines are cut short: " + p.diagnostics());
        }
    }

    @Property(tries = 23)
    void aTableCutInsideARowSaysSo(@ForAll @IntRange(min = 1, max = 23) int lines) {
        String body = String.join("\n", TABLE.subList(0, lines));
        String cut = body.substring(0, body.length() - 3);
        ParsedSource p = new OutcomeTableFormat().parse(text(cut));
        checkLines(p, lines);
        assertTrue(p.diagnostics().stream().anyMatch(d -> d.code().equals("row-not-closed")), p.diagnostics().toString());
    }

    @Property(tries = 20)
    void lineEndsBomAndOddSpacesChangeNothing(@ForAll boolean crlf, @ForAll boolean bom, @ForAll boolean nbsp,
            @ForAll boolean trailing) {
        for (List<String> source : List.of(NOS, TABLE)) {
            SourceFormat format = source == NOS ? new NosFormat() : new OutcomeTableFormat();
            String plain = String.join("\n", source) + "\n";
            StringBuilder mangled = new StringBuilder(bom ? "\uFEFF" : "");
            for (String line : source) {
                String l = nbsp ? line.replace(" the ", "\u00A0the ") : line;
                mangled.append(l).append(trailing ? " \t" : "").append(crlf ? "\r\n" : "\n");
            }
            assertTrue(format.detects(text(mangled.toString())));
            assertEquals(json(format.parse(text(plain))), json(format.parse(text(mangled.toString()))),
                    "crlf=" + crlf + " bom=" + bom + " nbsp=" + nbsp + " trailing=" + trailing);
        }
    }

    private static String json(ParsedSource p) {
        return new String(CatalogueJson.toBytes(p), StandardCharsets.UTF_8);
    }

    private static void checkLines(ParsedSource p, int lines) {
        for (Diagnostic d : p.diagnostics()) {
            assertEquals("t.txt", d.file(), d.toString());
            assertTrue(d.line() >= 0 && d.line() <= lines, d.toString());
        }
        for (Unit u : p.units()) {
            assertFalse(u.source().line() > lines);
            u.allCriteria().forEach(c -> assertTrue(c.source().line() <= lines, c.toString()));
        }
    }
}
