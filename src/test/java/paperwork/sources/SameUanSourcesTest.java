package paperwork.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import paperwork.catalogue.AssessmentCriterion;
import paperwork.catalogue.Catalogue;
import paperwork.catalogue.CatalogueJson;
import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.Qualification;
import paperwork.catalogue.Severity;
import paperwork.catalogue.SourceRef;
import paperwork.catalogue.Unit;
import paperwork.catalogue.UnitLink;
import paperwork.cli.Main;
import paperwork.learners.Learner;
import paperwork.learners.LearnerCheck;
import paperwork.learners.LearnerListCheck;

/**
 * A qualification specification (HABC layout) and a unit pack (City &amp; Guilds layout) read side
 * by side, both printing unit L/601/1225: {@code src/test/resources/same-uan/<case>/}. The two
 * printings agree word for word, differ in one criterion's wording, or are two different units.
 */
class SameUanSourcesTest {
    static final Path ROOT = Path.of("src/test/resources");
    static final String UAN = "L/601/1225";
    static final String SPEC = "habc-contact-centre-spec.txt";
    static final String PACK = "cg-3412-unit-212.txt";

    static Catalogue read(String name) {
        return new CatalogueReader().read(ROOT.resolve("same-uan").resolve(name), ROOT);
    }

    static String file(String name, String file) {
        return "same-uan/" + name + "/" + file;
    }

    static List<Diagnostic> diagnostics(Catalogue c, String code) {
        return c.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    }

    static Unit unit(Catalogue c, String id) {
        return c.unit(id).orElseThrow(() -> new AssertionError("no unit " + id + " in "
                + c.units().stream().map(Unit::id).toList()));
    }

    static Qualification qualification(Catalogue c, String id) {
        return c.qualification(id).orElseThrow(() -> new AssertionError("no qualification " + id));
    }

    @Test
    void identicalPrintingsAreOneUnitKeptFromTheUnitPackWithTheSpecificationLinked() {
        Catalogue c = read("identical");
        assertEquals(List.of(UAN, "H/601/1540"), c.units().stream().map(Unit::id).toList());
        assertFalse(c.hasErrors(), c.diagnostics().toString());
        Unit u = unit(c, UAN);
        // The pack prints an aim and evidence requirements the specification does not: it is the richer printing.
        assertEquals(new SourceRef(file("identical", PACK), 9), u.source());
        assertEquals(7, u.allCriteria().size());
        assertTrue(u.allCriteria().stream().allMatch(x -> x.source().file().equals(file("identical", PACK))),
                u.allCriteria().toString());
        assertEquals(2, u.evidenceRequirements().size());
        // The specification's unit number and its assessment guidance are kept, with their own lines.
        assertEquals(List.of("212", "1"), u.aliases());
        assertEquals(List.of(new SourceRef(file("identical", SPEC), 34)),
                u.guidance().stream().map(g -> g.source()).toList());
        assertEquals(List.of(new UnitLink(UnitLink.SAME_UNIT, UAN, true, "the printing in "
                + file("identical", SPEC) + ":26 (unit 1), merged into this entry",
                new SourceRef(file("identical", SPEC), 26))), links(u, UnitLink.SAME_UNIT));
        Diagnostic merged = diagnostics(c, "same-unit-merged").get(0);
        assertEquals(Severity.INFO, merged.severity());
        assertEquals(file("identical", SPEC), merged.file());
        assertEquals(26, merged.line());
        assertTrue(merged.message().contains("(same title, criteria match 1.00)"), merged.message());
        assertTrue(merged.message().contains("which also prints an aim and evidence requirements"), merged.message());
        assertEquals(List.of(), c.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING)
                .filter(d -> !d.code().equals("unresolved-link")).toList(), "identical printings differ in nothing");
    }

    @Test
    void bothQualificationsListTheOneUnitAndLearnersMayNameItByEitherAwardingBodysNumber() {
        Catalogue c = read("identical");
        assertEquals(List.of(UAN), qualification(c, "600/1135/X").units());
        assertEquals(List.of(UAN, "H/601/1540"), qualification(c, "601/7777/1").groups().get(0).units());
        LearnerListCheck check = new LearnerListCheck(c);
        LearnerCheck habc = check.check(new Learner(2, "Ana", "L1", "", "", "601/7777/1", List.of("Unit 1", "2")));
        assertTrue(habc.valid(), habc.problems().toString());
        assertEquals(List.of(UAN, "H/601/1540"), habc.units());
        LearnerCheck cg = check.check(new Learner(3, "Ben", "L2", "", "", "3412-03", List.of("212")));
        assertTrue(cg.valid(), cg.problems().toString());
        assertEquals(List.of(UAN), cg.units());
    }

    @Test
    void oneRewordedCriterionIsOneUnitAndAWarningAtTheSpecificationsLine() {
        Catalogue c = read("one-wording-difference");
        assertEquals(List.of(UAN, "H/601/1540"), c.units().stream().map(Unit::id).toList());
        assertFalse(c.hasErrors(), c.diagnostics().toString());
        List<Diagnostic> wording = diagnostics(c, "criterion-wording-differs");
        assertEquals(1, wording.size(), c.diagnostics().toString());
        Diagnostic d = wording.get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(file("one-wording-difference", SPEC), d.file());
        assertEquals(33, d.line());
        assertTrue(d.message().contains("2.2 reads \"Enter new customer records using the bespoke software system\""),
                d.message());
        assertTrue(d.message().contains(file("one-wording-difference", PACK) + ":51) reads \"enter new records"),
                d.message());
        // The catalogue holds the pack's wording; the reworded criterion has a counterpart, so nothing is lost.
        AssessmentCriterion kept = unit(c, UAN).allCriteria().get(4);
        assertEquals("enter new records using the bespoke software system", kept.text());
        assertTrue(diagnostics(c, "criterion-not-kept").isEmpty(), c.diagnostics().toString());
        assertEquals(1, diagnostics(c, "same-unit-merged").size());
    }

    @Test
    void differentUnitsUnderOneUanKeepTheErrorAndEachQualificationItsOwnFilesUnit() {
        Catalogue c = read("different-units");
        String renamed = UAN + "@habc-contact-centre-spec";
        assertEquals(List.of(UAN, renamed, "H/601/1540"), c.units().stream().map(Unit::id).toList());
        assertTrue(c.hasErrors());
        List<Diagnostic> errors = c.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        assertEquals(1, errors.size(), errors.toString());
        Diagnostic e = errors.get(0);
        assertEquals("duplicate-unit-id", e.code());
        assertEquals(file("different-units", SPEC), e.file());
        assertEquals(26, e.line());
        assertTrue(e.message().contains("a different unit (titled \"Deal with customers using bespoke software\" and "
                + "\"Handle customer complaints\", criteria match 0."), e.message());
        assertTrue(e.message().endsWith("this printing is kept as " + renamed), e.message());
        assertEquals("Deal with customers using bespoke software", unit(c, UAN).title());
        assertEquals("Handle customer complaints", unit(c, renamed).title());
        assertEquals(List.of("1", UAN), unit(c, renamed).aliases());
        // Two different units are not linked as one, and nothing was merged.
        assertTrue(c.units().stream().allMatch(u -> links(u, UnitLink.SAME_UNIT).isEmpty()), c.units().toString());
        assertTrue(diagnostics(c, "same-unit-merged").isEmpty());
        // Each qualification lists the printing of its own file.
        assertEquals(List.of(UAN), qualification(c, "600/1135/X").units());
        assertEquals(List.of(renamed, "H/601/1540"), qualification(c, "601/7777/1").units());
        assertEquals(List.of(renamed, "H/601/1540"), qualification(c, "601/7777/1").groups().get(0).units());
        assertEquals(1, diagnostics(c, "unit-id-relisted").size());
        LearnerCheck habc = new LearnerListCheck(c).check(
                new Learner(2, "Ana", "L1", "", "", "601/7777/1", List.of(UAN, "H/601/1540")));
        assertTrue(habc.valid(), habc.problems().toString());
        assertEquals(List.of(renamed, "H/601/1540"), habc.units());
    }

    @Test
    void validateExitsZeroForOneUnitPrintedTwiceAndOneForTwoUnitsUnderOneId() {
        assertEquals(0, validate("identical"));
        assertEquals(0, validate("one-wording-difference"));
        assertEquals(1, validate("different-units"));
    }

    static int validate(String name) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintWriter w = new PrintWriter(sink, true, StandardCharsets.UTF_8);
        return Main.run(w, w, "validate", "--sources", ROOT.resolve("same-uan").resolve(name).toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"identical", "one-wording-difference", "different-units"})
    void catalogueMatchesItsGoldenFile(String name) throws IOException {
        String actual = new String(CatalogueJson.toBytes(read(name)), StandardCharsets.UTF_8);
        Path expected = ROOT.resolve("same-uan").resolve(name + ".expected.json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(expected)) fail("no golden file " + expected + " (run with -Dgolden.update=true and review it)");
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual,
                "catalogue of " + name + " differs from " + expected + " (-Dgolden.update=true accepts a deliberate change)");
    }

    /**
     * The real sources with the fixture specification beside them: it prints L/601/1225 (7 of the
     * pack's 23 criteria) and H/601/1540 (another outcome), both also in the real C&amp;G pack.
     */
    @Test
    void aSpecificationBesideTheRealSourcesAddsItsQualificationAndNoUnit() {
        List<String> files = List.of("sources/bespoke-software-outcomes-table.txt", "sources/cg-3412-contact-centre-unit-pack.txt",
                "sources/customer-service-standards-2010.txt", "sources/habc-l3-diploma-customer-service-spec.txt",
                "sources/nos-cfacsd4-support-online-customer-service.txt",
                "src/test/resources/same-uan/identical/" + SPEC);
        List<SourceText> texts = files.stream()
                .map(f -> SourceReader.read(Path.of(f), f).text().orElseThrow()).toList();
        Catalogue real = new CatalogueReader().parse(texts.subList(0, 5), List.of());
        Catalogue c = new CatalogueReader().parse(texts, List.of());
        assertFalse(c.hasErrors(), c.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList().toString());
        assertEquals(real.units().stream().map(Unit::id).toList(), c.units().stream().map(Unit::id).toList());
        assertEquals(real.qualifications().size() + 1, c.qualifications().size());
        Unit u = unit(c, UAN);
        assertEquals(real.unit(UAN).orElseThrow().allCriteria(), u.allCriteria(), "the pack's 23 criteria are kept");
        assertTrue(u.links().contains(new UnitLink(UnitLink.NOS_RELATIONSHIP, "B7", true,
                "This unit directly relates to Unit B7 of the Customer Service NOS 2010.")), u.links().toString());
        assertEquals(List.of("212", "1"), u.aliases());
        // The bare outcome table still finds the unit it belongs to.
        assertEquals(List.of(UAN), links(unit(c, "bespoke-software-outcomes-table"), UnitLink.MATCHES).stream()
                .map(UnitLink::target).toList());
        assertEquals(List.of("sources/cg-3412-contact-centre-unit-pack.txt", "sources/cg-3412-contact-centre-unit-pack.txt"),
                qualification(c, "601/7777/1").units().stream().map(id -> unit(c, id).source().file()).toList());
        // H/601/1540 prints one outcome in the specification and another in the pack: same title, one unit, each
        // criterion the catalogue does not hold reported at its line.
        List<Diagnostic> lost = diagnostics(c, "criterion-not-kept");
        assertEquals(List.of(43, 43), lost.stream().map(Diagnostic::line).toList(), lost.toString());
        assertTrue(lost.stream().allMatch(d -> d.message().startsWith("H/601/1540 1.")), lost.toString());
        assertEquals(2, diagnostics(c, "same-unit-merged").size());
    }

    static List<UnitLink> links(Unit u, String type) {
        return u.links().stream().filter(l -> l.type().equals(type)).toList();
    }
}
