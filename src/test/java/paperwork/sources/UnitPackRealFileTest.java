package paperwork.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import paperwork.catalogue.AssessmentCriterion;
import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.EvidenceRequirement;
import paperwork.catalogue.GuidanceSection;
import paperwork.catalogue.LearningOutcome;
import paperwork.catalogue.Qualification;
import paperwork.catalogue.Severity;
import paperwork.catalogue.Unit;
import paperwork.catalogue.UnitLink;

/** The full City &amp; Guilds 3412 contact-centre unit pack (sources/cg-3412-contact-centre-unit-pack.txt). */
class UnitPackRealFileTest {
    static final String FILE = "sources/cg-3412-contact-centre-unit-pack.txt";
    static SourceText text;
    static ParsedSource parsed;
    static Map<String, Unit> byNumber;

    @BeforeAll
    static void parseTheFile() {
        text = SourceReader.read(Path.of(FILE), FILE).text().orElseThrow();
        parsed = new UnitPackFormat().parse(text);
        byNumber = parsed.units().stream().collect(Collectors.toMap(u -> u.aliases().get(0), u -> u));
    }

    @Test
    void isDetectedAsAUnitPackByTheRegistryAndNoOtherSourceIs() throws Exception {
        assertEquals("unit-pack", SourceFormats.detect(text).map(SourceFormat::name).orElse("none"));
        try (Stream<Path> s = Files.list(Path.of("sources"))) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.equals(Path.of(FILE))).toList()) {
                SourceText other = SourceReader.read(p, p.toString()).text().orElseThrow();
                assertFalse(new UnitPackFormat().detects(other), p + " must not be read as a unit pack");
            }
        }
    }

    @Test
    void readsEveryUnitInPrintedOrderWithItsUanAndCgNumber() {
        List<String> numbers = parsed.units().stream().map(u -> u.aliases().get(0)).toList();
        assertEquals(22, numbers.size());
        for (int i = 0; i < 22; i++) assertEquals(Integer.toString(208 + i), numbers.get(i));
        assertEquals("L/601/0933", byNumber.get("208").id());
        assertEquals("M/502/8606", byNumber.get("229").id());
        assertTrue(parsed.units().stream().allMatch(u -> u.kind().equals(Unit.QCF_UNIT)));
    }

    @Test
    void totalsMatchTheTextCountedByHand() {
        assertEquals(82, parsed.units().stream().mapToInt(u -> u.outcomes().size()).sum());
        // 441 criteria printed "- N.N" plus 5 printed without a number.
        assertEquals(446, parsed.units().stream().mapToInt(u -> u.allCriteria().size()).sum());
        assertEquals(5, parsed.units().stream().flatMap(u -> u.allCriteria().stream())
                .filter(c -> "".equals(c.printedCode())).count());
        assertEquals(64, parsed.units().stream().mapToInt(u -> u.evidenceRequirements().size()).sum());
        assertEquals(62, parsed.units().stream().flatMap(u -> u.evidenceRequirements().stream())
                .mapToInt(e -> e.subItems().size()).sum());
        // Units 220-223: an introduction and one section per outcome (3 + 2 + 5 + 4).
        assertEquals(18, parsed.units().stream().mapToInt(u -> u.guidance().size()).sum());
    }

    @ParameterizedTest(name = "unit {0}: level {1}, {2} credits, {3} GLH, criteria per outcome {4}")
    @CsvSource(delimiter = ';', value = {"208; 2; 5; 33; 7 5 4 5; 6", "210; 2; 5; 40; 3 2 3 7; 6",
        "211; 2; 5; 33; 5 4 11 12; 8", "212; 2; 5; 33; 5 9 9; 5", "217; 2; 5; 33; 5 8 5 8; 4",
        "219; 2; 4; 30; 5 10; 5", "222; 2; 4; 30; 4 4 4 4 8; 0", "226; 2; 4; 27; 4 4 2 5 2 6 4; 0",
        "229; 2; 3; 22; 10 5 6 3; 0"})
    void factsAndCountsPerUnit(String number, int level, int credits, int glh, String perOutcome, int evidence) {
        Unit u = byNumber.get(number);
        assertEquals(level, u.level(), number);
        assertEquals(credits, u.credits(), number);
        assertEquals(glh, u.glh(), number);
        assertEquals(perOutcome, u.outcomes().stream().map(o -> Integer.toString(o.criteria().size()))
                .collect(Collectors.joining(" ")), number);
        assertEquals(evidence, u.evidenceRequirements().size(), number);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "208|1.1|meet their organisation's standards of appearance and behaviour",
        "208|4.5|identify their organisation's standards for timeliness in responding to customer questions and requests for information",
        "211|3.10|take a clear message for a colleague if they are unable to deal with some aspect of their customer's questions or requests",
        "212|2.7|follow organisational procedures to lead the conversation in a way that makes it easy to follow the paths and sequences of the bespoke software",
        "215|2.10|take any necessary action to protect their own safety or that of other customers or colleagues from a difficult customer",
        "220|3.3|select and use appropriate methods to present information",
        "223|1.1|Take appropriate steps to avoid risks when working with collaborative technology, in line with relevant guidelines",
        "227|3.1|Identify objectives for selling products and/or services by outbound telephone sales calls",
        "229|1.10|State who to go to when in need of support to overcome objections"})
    void criterionTextsAsPrinted(String number, String code, String expected) {
        assertEquals(expected, criterion(number, code).text(), "unit " + number + " criterion " + code);
    }

    @Test
    void criteriaPrintedWithoutNumbersAreNumberedFromTheirNeighbours() {
        for (String[] c : new String[][] {{"208", "2.5"}, {"212", "2.7"}, {"217", "2.1"}, {"217", "3.1"}, {"218", "1.2"}}) {
            AssessmentCriterion crit = criterion(c[0], c[1]);
            assertEquals("", crit.printedCode(), c[0] + " " + c[1]);
            assertTrue(hasDiagnostic("number-inferred", crit.source().line()), c[0] + " " + c[1]);
        }
        assertTrue(criterion("217", "2.1").text().startsWith("agree with their colleague where they will be placed"));
        assertEquals("3.1.", criterion("227", "3.1").printedCode());
        assertNull(criterion("227", "4.1").printedCode());
    }

    @Test
    void outcomeTitlesComeFromTheCriteriaSectionAndGuidanceHeadersAreNeverCriteria() {
        LearningOutcome o = byNumber.get("216").outcomes().get(0);
        assertEquals("Be able to establish the type and level of support their customer needs to achieve on-line customer service",
                o.title());
        Unit u220 = byNumber.get("220");
        assertEquals(List.of(3, 3, 3), u220.outcomes().stream().map(x -> x.criteria().size()).toList());
        List<GuidanceSection> g = u220.guidance();
        assertEquals(4, g.size());
        assertNull(g.get(0).outcome());
        assertEquals(List.of("1", "2", "3"), g.subList(1, 4).stream().map(GuidanceSection::outcome).toList());
        GuidanceSection.Paragraph p = g.get(1).paragraphs().get(3);
        assertEquals(3, p.depth());
        assertEquals("text, numbers, photos, scanned images, graphic elements, digital recorded sound, graphs, charts, tables", p.text());
        assertEquals(5, byNumber.get("222").outcomes().size());
        assertEquals(6, byNumber.get("222").guidance().size());
    }

    @Test
    void evidenceRequirementsAreNumberedWithLetteredSubItems() {
        List<EvidenceRequirement> ev = byNumber.get("211").evidenceRequirements();
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8"), ev.stream().map(EvidenceRequirement::code).toList());
        assertTrue(ev.get(3).text().startsWith("You may provide evidence of dealing with customers using land line"));
        assertEquals(List.of("a", "b", "c", "d"), ev.get(4).subItems().stream().map(EvidenceRequirement::code).toList());
        assertEquals("need to be informed of circumstances of which they are unaware.", ev.get(4).subItems().get(3).text());
        EvidenceRequirement last = byNumber.get("218").evidenceRequirements().get(4);
        assertEquals("5", last.code());
        assertEquals(List.of("paper based", "on-line or other electronic media", "structured discussions."),
                last.subItems().stream().map(EvidenceRequirement::text).toList());
    }

    @Test
    void nosRelationshipsAreUnresolvedLinksToThePrintedCode() {
        assertEquals(List.of(new UnitLink(UnitLink.NOS_RELATIONSHIP, "B7", false,
                "This unit directly relates to Unit B7 of the Customer Service NOS 2010.")), byNumber.get("212").links());
        assertEquals(List.of("A11"), targets("211"));
        assertEquals(List.of("A4", "A6"), targets("210"));
        assertEquals(List.of("SLS54"), targets("225"));
        assertEquals(List.of(), targets("220"));
        assertEquals(List.of(), targets("229"));
        assertTrue(byNumber.get("212").metadata().get("nosRelationship").contains("Unit B7"));
        assertTrue(byNumber.get("220").metadata().get("nosRelationship").contains("IT users"));
    }

    @Test
    void oneQualificationPerTickColumn() {
        Map<String, Qualification> q = parsed.qualifications().stream().collect(Collectors.toMap(Qualification::id, x -> x));
        assertEquals(List.of("600/1244/4", "600/1286/9", "600/1135/X", "600/1136/1", "600/1288/2"),
                parsed.qualifications().stream().map(Qualification::id).toList());
        assertEquals(List.of("R/601/1548", "J/502/8577", "J/502/8580"), q.get("600/1244/4").units());
        assertEquals(List.of("R/601/1548", "J/502/8577", "J/502/8580"), q.get("600/1286/9").units());
        assertEquals(parsed.units().stream().map(Unit::id).toList(), q.get("600/1135/X").units());
        assertEquals(List.of("212", "213", "216", "217", "218", "221", "222", "223", "224", "229"),
                q.get("600/1136/1").units().stream().map(this::numberOf).toList());
        assertEquals(List.of(), q.get("600/1288/2").units());
        Qualification l2 = q.get("600/1135/X");
        assertEquals("Level 2 Certificate in Contact Centre Operations", l2.title());
        assertEquals("City & Guilds", l2.awardingBody());
        assertEquals(2, l2.level());
        assertEquals(List.of("3412-03"), l2.aliases());
        assertTrue(parsed.qualifications().stream().allMatch(x -> x.groups().isEmpty() && x.constraints().isEmpty()));
    }

    @Test
    void disagreementsAndDoubtsAreDiagnosedWithLines() {
        Diagnostic glh = only("summary-disagrees");
        assertEquals(84, glh.line());
        assertTrue(glh.message().contains("210") && glh.message().contains("33") && glh.message().contains("40"));
        Diagnostic mark = only("unrecognised-mark");
        assertEquals(98, mark.line());
        assertEquals(Severity.WARNING, mark.severity());
        Diagnostic empty = only("qualification-without-units");
        assertEquals(Severity.INFO, empty.severity());
        assertTrue(empty.message().contains("600/1288/2"));
        Diagnostic cut = only("text-cut-short");
        assertEquals(859, cut.line());
        Diagnostic furniture = only("page-furniture-ignored");
        assertTrue(furniture.message().contains("38"), furniture.message());
        assertEquals(4, parsed.diagnostics().stream().filter(d -> d.code().equals("title-differs")).count());
        assertTrue(parsed.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR), parsed.diagnostics().toString());
        assertTrue(parsed.diagnostics().stream().noneMatch(d -> d.code().equals("outcome-count-disagrees")));
        assertTrue(parsed.diagnostics().stream().allMatch(d -> d.file().equals(FILE)));
    }

    @Test
    void unitPagesKeepTheirFactsAndAimButNotPageFurniture() {
        Unit u = byNumber.get("208");
        assertEquals("Give customers a positive impression of yourself and your organisation", u.title());
        assertTrue(u.aim().startsWith("Excellent customer service is provided by people who are good with people."));
        assertEquals("This unit has been developed by the Institute of Customer Service.", u.metadata().get("support"));
        Unit u220 = byNumber.get("220");
        assertTrue(u220.aim().contains("\n- the user will take some responsibility"), u220.aim());
        assertTrue(u220.metadata().get("assessment").contains("- professional discussion"));
        assertNotEquals(null, u220.metadata().get("endorsement"));
        assertTrue(parsed.units().stream().allMatch(x -> x.title() != null && !x.title().startsWith("Unit ")));
    }

    private List<String> targets(String number) {
        return byNumber.get(number).links().stream().map(UnitLink::target).toList();
    }

    private String numberOf(String uan) {
        return parsed.units().stream().filter(u -> u.id().equals(uan)).findFirst().orElseThrow().aliases().get(0);
    }

    private static AssessmentCriterion criterion(String number, String code) {
        return byNumber.get(number).allCriteria().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no criterion " + code + " in unit " + number));
    }

    private static boolean hasDiagnostic(String code, int line) {
        return parsed.diagnostics().stream().anyMatch(d -> d.code().equals(code) && d.line() == line);
    }

    private static Diagnostic only(String code) {
        List<Diagnostic> ds = parsed.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
        assertEquals(1, ds.size(), code + ": " + ds);
        return ds.get(0);
    }
}
