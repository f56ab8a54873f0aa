package paperwork.learners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paperwork.catalogue.AssessmentCriterion;
import paperwork.catalogue.Catalogue;
import paperwork.catalogue.LearningOutcome;
import paperwork.catalogue.Qualification;
import paperwork.catalogue.RuleGroup;
import paperwork.catalogue.SourceRef;
import paperwork.catalogue.Unit;
import paperwork.render.TemplateEngine;
import paperwork.sources.CatalogueReader;

/** A pack for a small qualification made of two real HABC units, read back from the files written. */
class LearnerPackWriterTest {
    static Catalogue catalogue;

    @TempDir
    Path out;

    @BeforeAll
    static void read() {
        Catalogue real = new CatalogueReader().read(Path.of("sources"), Path.of(""));
        Qualification small = new Qualification("TEST/0001/1", List.of(), "Certificate in Complaints", "HABC", 3, 8,
                "49", 49, 49, List.of(
                        new RuleGroup("Mandatory Group", true, null, null, null, null, List.of("L/506/2150"), "", null),
                        new RuleGroup("Optional Group A", false, 3, null, null, null,
                                List.of("R/506/2151", "D/506/2167"), "", null)),
                List.of(), List.of("L/506/2150", "R/506/2151", "D/506/2167"), Map.of(),
                new SourceRef(HabcDiplomaFixture.FILE, 1));
        List<Qualification> qualifications = new ArrayList<>(real.qualifications());
        qualifications.add(small);
        catalogue = new Catalogue(real.schemaVersion(), real.sources(), qualifications, real.units(), List.of());
    }

    static LearnerPlan plan(String... units) {
        Learner learner = new Learner(2, "Дмитрий Иванов", "LRN/7", "Northfield College", "Jo Clarke 李", "TEST/0001/1",
                List.of(units));
        LearnerList list = new LearnerList("list.csv", List.of(learner), List.of());
        return LearnerPlan.of(new LearnerListCheck(catalogue).check(list));
    }

    static String pdfText(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesAPrefilledPackOfTheLearnersUnitsAndOnlyRewritesItWhenItsInputsChange() throws IOException {
        LearnerPlan plan = plan("R/506/2151");
        assertEquals(1, plan.packs().size());
        LearnerPackWriter writer = new LearnerPackWriter(catalogue, new TemplateEngine());
        LearnerPackWriter.Written w = writer.write(plan.packs().get(0), out, "list.csv");
        assertTrue(w.failure().isEmpty(), w.toString());
        // Liberation Sans has Cyrillic but no Chinese: the assessor's 李 cannot be drawn in the PDFs.
        assertEquals(1, w.warnings().size(), w.warnings().toString());
        assertEquals("list.csv:2: warning [learner-pack-rendering] Дмитрий Иванов (LRN/7): the PDF font has no glyphs "
                + "for 李: the PDFs print them as # (the Word and Excel files hold them as typed)",
                w.warnings().get(0).format());
        Path folder = out.resolve("learners/LRN-7");
        assertEquals(List.of(".pack-inputs", "forms.docx", "forms.pdf", "programme.pdf", "tracking-sheet.xlsx"),
                names(folder));

        String programme = pdfText(folder.resolve("programme.pdf"));
        for (String expected : List.of("Дмитрий Иванов", "LRN/7", "Northfield College", "Jo Clarke",
                "Mandatory Group: 5 credits", "Optional Group A: 4 credits", "L/506/2150", "R/506/2151",
                "Credits 9", "Guided learning hours 49")) {
            assertTrue(programme.contains(expected), expected + " in:\n" + programme);
        }
        assertFalse(programme.contains("D/506/2167"), programme);

        // One forms file per format: for every unit of the learner, its action plan then its record
        // sheet, pre-filled; the criteria are in the learner's tracking workbook (checked below).
        String forms = pdfText(folder.resolve("forms.pdf")).replaceAll("\\s+", " ");
        String words;
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(folder.resolve("forms.docx")));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            words = extractor.getText().replaceAll("\\s+", " ");
        }
        for (String id : List.of("L/506/2150", "R/506/2151")) {
            Unit unit = catalogue.unit(id).orElseThrow();
            for (String text : List.of(forms, words)) {
                assertTrue(text.contains(unit.title() + " (" + id + ")"), unit.title() + " in:\n" + text);
            }
        }
        for (String text : List.of(forms, words)) {
            assertEquals(2, count(text, "Assessment and action plan "), text);
            assertEquals(2, count(text, "Assessment record sheet "), text);
            assertTrue(text.indexOf("(L/506/2150)") < text.indexOf("(R/506/2151)"), "units in the programme's order");
            assertTrue(text.contains("Дмитрий Иванов") && text.contains("Northfield College"), text);
        }
        assertTrue(words.contains("Jo Clarke 李"), words);
        assertFalse(forms.contains("D/506/2167"), "only the learner's units");

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(folder.resolve("tracking-sheet.xlsx")))) {
            assertEquals(3, wb.getNumberOfSheets(), "a summary and one sheet per unit");
            StringBuilder cells = new StringBuilder();
            for (Sheet sheet : wb) for (Row row : sheet) for (Cell c : row) cells.append(c.toString()).append('|');
            assertTrue(cells.toString().contains("Дмитрий Иванов"), cells.toString());
            assertTrue(cells.toString().contains("R/506/2151"));
            for (String id : List.of("L/506/2150", "R/506/2151")) {
                for (LearningOutcome o : catalogue.unit(id).orElseThrow().outcomes()) {
                    for (AssessmentCriterion c : o.criteria()) {
                        assertTrue(cells.toString().contains(c.text()), id + " " + c.code() + " in the workbook");
                    }
                }
            }
            assertFalse(cells.toString().contains("D/506/2167"));
        }

        LearnerPackWriter.Written again = writer.write(plan.packs().get(0), out, "list.csv");
        assertTrue(again.upToDate(), again.toString());

        LearnerPackWriter.Written changed = writer.write(plan("D/506/2167", "R/506/2151").packs().get(0), out, "list.csv");
        assertFalse(changed.upToDate());
        assertTrue(pdfText(folder.resolve("forms.pdf")).contains("D/506/2167"));
        writer.write(plan("D/506/2167").packs().get(0), out, "list.csv");
        assertFalse(pdfText(folder.resolve("forms.pdf")).contains("R/506/2151"), "a dropped unit leaves no forms");
        Files.writeString(folder.resolve("old-unit-action-plan.pdf"), "from an earlier version");
        writer.write(plan("D/506/2167", "R/506/2151").packs().get(0), out, "list.csv");
        assertEquals(List.of(".pack-inputs", "forms.docx", "forms.pdf", "programme.pdf", "tracking-sheet.xlsx"),
                names(folder), "files of an earlier layout are removed");
    }

    @Test
    void packsWrittenInParallelAreTheSameBytesInThePlansOrder() throws IOException {
        List<Learner> learners = List.of(
                new Learner(2, "Ana Pérez", "LRN-1", "Leeds", "Kim", "TEST/0001/1", List.of("R/506/2151")),
                new Learner(3, "Ben Ode", "LRN-2", "Leeds", "Kim", "TEST/0001/1", List.of("D/506/2167")),
                new Learner(4, "Cai Lin", "LRN-3", "York", "Kim", "TEST/0001/1", List.of("D/506/2167", "R/506/2151")));
        LearnerPlan plan = LearnerPlan.of(new LearnerListCheck(catalogue).check(new LearnerList("list.csv", learners, List.of())));
        TemplateEngine engine = new TemplateEngine();
        List<LearnerPackWriter.Written> one = LearnerPackRun.write(plan, out.resolve("one"), "list.csv", 1,
                () -> new LearnerPackWriter(catalogue, engine));
        List<LearnerPackWriter.Written> two = LearnerPackRun.write(plan, out.resolve("two"), "list.csv", 2,
                () -> new LearnerPackWriter(catalogue, engine));
        assertEquals(List.of("learners/LRN-1", "learners/LRN-2", "learners/LRN-3"),
                two.stream().map(LearnerPackWriter.Written::folder).toList());
        assertEquals(one, two);
        for (LearnerPackWriter.Written w : one) {
            for (String f : w.files()) {
                assertTrue(java.util.Arrays.equals(Files.readAllBytes(out.resolve("one").resolve(f)),
                        Files.readAllBytes(out.resolve("two").resolve(f))), f);
            }
        }
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) n++;
        return n;
    }

    @Test
    void anInvalidChoiceGetsNoPack() {
        assertTrue(plan().packs().isEmpty(), "no optional unit: Optional Group A is short");
    }
}
