package paperwork.office;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paperwork.catalogue.AssessmentCriterion;
import paperwork.catalogue.KnowledgeItem;
import paperwork.catalogue.Unit;
import paperwork.render.LearnerDetails;

/**
 * The files open in LibreOffice without repair and print the standard: one workbook and one Word
 * document converted to PDF, their text read back. Skipped only where LibreOffice is not installed
 * (CI installs it).
 */
class OfficeLibreOfficeTest {
    @TempDir
    Path dir;

    @Test
    void trackingWorkbookConvertsToPdfWithEveryCriterion() throws Exception {
        assumeTrue(LibreOfficeConversion.available(), "LibreOffice (soffice) is not installed");
        List<Unit> units = List.of(OfficeFixtures.nvqUnits().get(0), OfficeFixtures.syntheticUnits().get(0));
        byte[] xlsx = new TrackingWorkbookWriter().write(OfficeFixtures.catalogue(), units, "Tracking & checking",
                new LearnerDetails("Zoë Learner", "LRN-1", "Centre", "Assessor"), OfficeFixtures.metadata("Tracking"));
        Path file = Files.write(dir.resolve("tracking.xlsx"), xlsx);
        Path pdf = LibreOfficeConversion.toPdf(file);
        String text = LibreOfficeConversion.normalised(LibreOfficeConversion.text(pdf));
        assertTrue(text.contains("Zoë Learner"), text);
        for (Unit u : units) {
            for (AssessmentCriterion c : u.allCriteria()) {
                assertTrue(text.contains(LibreOfficeConversion.normalised(c.text())), "missing " + c.code() + " of " + u.id());
            }
            for (KnowledgeItem k : u.knowledge()) {
                assertTrue(text.contains(LibreOfficeConversion.normalised(k.text())), "missing " + k.code() + " of " + u.id());
            }
        }
        assertTrue(text.contains("Not started"), "the summary's cached formula results print");
    }

    @Test
    void unitPackInWordConvertsToPdfWithItsText() throws Exception {
        assumeTrue(LibreOfficeConversion.available(), "LibreOffice (soffice) is not installed");
        String xhtml = DocxFixtures.xhtml("unit-pack");
        Path file = Files.write(dir.resolve("unit-pack.docx"), new DocxWriter().write(DocxFixtures.fixture("unit-pack")));
        Path pdf = LibreOfficeConversion.toPdf(file);
        String text = LibreOfficeConversion.normalised(LibreOfficeConversion.text(pdf));
        for (String s : DocxFixtures.expectedTexts(xhtml)) assertTrue(text.contains(s), "missing " + s + " in\n" + text);
        assertTrue(text.contains("Page 1 of 2"), "page fields are computed: " + text);
        assertTrue(LibreOfficeConversion.pages(pdf) >= 2, "the page break before Unit facts");
    }

    @Test
    void unitPackFromTheRealTemplateConvertsToPdfWithEveryCriterion() throws Exception {
        assumeTrue(LibreOfficeConversion.available(), "LibreOffice (soffice) is not installed");
        Unit unit = DocxTemplatesTest.sampleUnits().stream().filter(u -> u.kind().equals(Unit.QCF_UNIT)).findFirst()
                .orElse(DocxTemplatesTest.sampleUnits().get(0));
        byte[] docx = new DocxWriter().write(DocxTemplatesTest.render("unit-pack", unit.id()));
        Path pdf = LibreOfficeConversion.toPdf(Files.write(dir.resolve("unit-pack.docx"), docx));
        String text = LibreOfficeConversion.normalised(LibreOfficeConversion.text(pdf));
        for (AssessmentCriterion c : unit.allCriteria()) {
            assertTrue(text.contains(LibreOfficeConversion.normalised(c.text())), "missing " + c.code() + " of " + unit.id());
        }
    }
}
