package paperwork.learners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

import paperwork.render.TemplateEngine;

/**
 * One learner's forms.pdf (every unit's action plan on landscape pages, then its record sheet) is
 * still PDF/UA-1 and PDF/A-3u, with a bookmark per unit.
 */
class LearnerFormsConformanceTest {
    @TempDir
    Path out;

    @org.junit.jupiter.api.BeforeAll
    static void read() {
        LearnerPackWriterTest.read();
    }

    @Test
    void oneLearnersFormsArePdfUaAndPdfAWithABookmarkPerUnit() throws Exception {
        LearnerPlan plan = LearnerPackWriterTest.plan("R/506/2151", "D/506/2167");
        LearnerPackWriter.Written w = new LearnerPackWriter(LearnerPackWriterTest.catalogue, new TemplateEngine())
                .write(plan.packs().get(0), out, "list.csv");
        assertTrue(w.failure().isEmpty(), w.toString());
        byte[] pdf = Files.readAllBytes(out.resolve("learners/LRN-7/forms.pdf"));
        VeraGreenfieldFoundryProvider.initialise();
        assertEquals(List.of(), failures(pdf, PDFAFlavour.PDFUA_1));
        assertEquals(List.of(), failures(pdf, PDFAFlavour.PDFA_3_U));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> units = new java.util.ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) units.add(item.getTitle());
            assertEquals(3, units.size(), units.toString());
            assertTrue(units.get(0).startsWith("L/506/2150 ") && units.get(1).startsWith("R/506/2151 ")
                    && units.get(2).startsWith("D/506/2167 "), units.toString());
            // Each form is one portrait page: an action plan and a record sheet per unit.
            assertEquals(2 * units.size(), doc.getNumberOfPages());
            for (var page : doc.getPages()) {
                assertTrue(page.getMediaBox().getWidth() < page.getMediaBox().getHeight(), "portrait");
            }
        }
    }

    @Test
    void oneLearnersFormsOpenInLibreOfficeWithEveryUnitsForms() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(paperwork.office.LibreOfficeConversion.available(),
                "LibreOffice (soffice) is not installed");
        LearnerPlan plan = LearnerPackWriterTest.plan("R/506/2151");
        new LearnerPackWriter(LearnerPackWriterTest.catalogue, new TemplateEngine()).write(plan.packs().get(0), out, "list.csv");
        Path converted = paperwork.office.LibreOfficeConversion.toPdf(out.resolve("learners/LRN-7/forms.docx"));
        String text = paperwork.office.LibreOfficeConversion.text(converted).replaceAll("\\s+", " ");
        for (String expected : List.of("(L/506/2150)", "(R/506/2151)", "Дмитрий Иванов", "LRN/7", "Northfield College",
                "Assessment and action plan", "Assessment record sheet")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
    }

    static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            return validator.validate(parser).getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
        }
    }
}
