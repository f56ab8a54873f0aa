package paperwork.sources;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import paperwork.catalogue.CatalogueJson;
import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.Qualification;
import paperwork.catalogue.Severity;
import paperwork.catalogue.Unit;

/** Bad, cut and unusual specifications give diagnostics, never exceptions. */
class QualificationSpecificationRobustnessTest {
    static final Path FILE = Path.of("sources/habc-l3-diploma-customer-service-spec.txt");
    final QualificationSpecificationFormat format = new QualificationSpecificationFormat();

    static List<String> lines() throws IOException {
        return new ArrayList<>(List.of(Files.readString(FILE, StandardCharsets.UTF_8).split("\n", -1)));
    }

    static SourceText text(List<String> lines) {
        return new SourceText("spec.txt", "0", String.join("\n", lines));
    }

    private static Set<String> codes(ParsedSource p) {
        return p.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toSet());
    }

    /** Cut after any line, the text parses; cut inside the unit pages, the loss is reported. */
    @Test
    void everyCutOfTheRealFileParsesAndACutInTheUnitsIsReported() throws IOException {
        List<String> all = lines();
        for (int end = 1; end < all.size(); end += 11) {
            SourceText cut = text(all.subList(0, end));
            ParsedSource p = assertDoesNotThrow(() -> format.parse(cut), "cut after line " + end);
            if (end > 300 && end < 1240) {
                Set<String> c = codes(p);
                assertTrue(c.contains("unit-page-missing") || c.contains("truncated-source"),
                        "cut after line " + end + " reports nothing: " + c);
            }
        }
    }

    @Test
    void aTextCutInsideAUnitsTableSaysSoAtTheLastLine() throws IOException {
        List<String> all = lines();
        // Line 304 ends criterion 2.6 of unit 1; cut in the middle of the cell instead.
        String row = all.get(303);
        all.set(303, row.substring(0, row.indexOf("2.3 Confirm") + 16));
        ParsedSource p = format.parse(text(all.subList(0, 304)));
        Diagnostic d = p.diagnostics().stream().filter(x -> x.code().equals("truncated-source")).findFirst().orElseThrow();
        assertEquals(304, d.line());
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(44, p.diagnostics().stream().filter(x -> x.code().equals("unit-page-missing")).count());
        assertEquals(1, p.units().size());
    }

    @Test
    void noRulesSectionStillReadsEveryUnitAndSaysTheRulesAreMissing() throws IOException {
        List<String> all = lines();
        // Lines 211-288: "Appendix 1: Rules of Combination" up to the end of Optional Group B's table.
        List<String> cut = new ArrayList<>(all.subList(0, 210));
        cut.addAll(all.subList(288, all.size()));
        ParsedSource p = format.parse(text(cut));
        assertEquals(45, p.units().size());
        Qualification q = p.qualifications().get(0);
        assertTrue(q.groups().isEmpty());
        assertEquals(p.units().stream().map(Unit::id).toList(), q.units());
        assertEquals(1, q.constraints().size(), "the level rule of the qualification structure is still read");
        Set<String> c = codes(p);
        assertTrue(c.contains("no-rules-of-combination"), c.toString());
        assertTrue(c.contains("rule-group-unknown"), "the structure's sentences name groups that are not printed: " + c);
        assertFalse(c.contains("summary-disagrees"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "Qualification Number: 601/4027/6\n",
            "HABC Level 3 Diploma in Customer Service (QCF)\nQualification Number: 601/4027/6\nUnit 1: Only a heading\n",
            "Learning Outcomes\tAssessment Criteria\n\t1.1 A criterion with no outcome\n",
            "\u0000\u0001\u0002binary\u00ff\n<p><p><i>&amp;&#;\t\t\t</p>\n"})
    void oddTextsGiveDiagnosticsNotExceptions(String content) {
        ParsedSource p = assertDoesNotThrow(() -> format.parse(new SourceText("odd.txt", "0", content)));
        assertFalse(p.diagnostics().isEmpty(), "no diagnostic for " + content);
        assertTrue(p.diagnostics().stream().allMatch(d -> d.file().equals("odd.txt")));
    }

    @Test
    void aUnitPageWithOnlyAHeadingIsReportedAsTruncated() {
        ParsedSource p = format.parse(new SourceText("odd.txt", "0",
                "HABC Level 3 Diploma in Customer Service (QCF)\nQualification Number: 601/4027/6\n\nUnit 1: Only a heading\n"));
        assertTrue(codes(p).containsAll(Set.of("truncated-source", "missing-uan", "unit-without-outcomes")), codes(p).toString());
    }

    @Test
    void detectsOnlyQualificationSpecifications() throws IOException {
        try (var files = Files.list(Path.of("sources"))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                SourceText t = SourceReader.read(f, f.toString()).text().orElseThrow();
                assertEquals(f.equals(FILE), format.detects(t), f.toString());
            }
        }
    }

    /** CRLF line ends, a byte-order mark, non-breaking spaces and trailing blanks change nothing. */
    @Test
    void lineEndsBomAndOddSpacesDoNotChangeTheResult() throws IOException {
        String plain = Files.readString(FILE, StandardCharsets.UTF_8);
        String odd = "\uFEFF" + plain.replace("Unit number: ", "Unit number:\u00a0").replace("\n", "  \r\n");
        ParsedSource a = format.parse(new SourceText("spec.txt", "0", plain));
        ParsedSource b = format.parse(new SourceText("spec.txt", "0", odd));
        assertEquals(new String(CatalogueJson.toBytes(a), StandardCharsets.UTF_8),
                new String(CatalogueJson.toBytes(b), StandardCharsets.UTF_8));
    }
}
