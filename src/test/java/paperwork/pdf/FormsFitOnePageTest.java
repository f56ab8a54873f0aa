package paperwork.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.Qualification;
import paperwork.catalogue.Unit;
import paperwork.render.DocumentModel;
import paperwork.render.Documents;
import paperwork.render.LearnerDetails;
import paperwork.render.RenderFixtures;
import paperwork.render.TemplateEngine;

/**
 * The blank forms are laid out like the awarding body's samples: the record sheet on one page,
 * the action plan's form (targets and both signature rows) on its first page. Checked on the
 * units with the longest titles, pre-filled with a long learner name, where a spill shows first.
 */
class FormsFitOnePageTest {
    static final LearnerDetails LONG = new LearnerDetails("Siobhán Maria O'Brien-Fitzgerald", "LRN-100001",
            "Northfield College of Further Education", "Jo Clarke-Okafor");

    @Test
    void eachFormIsOnePage() throws Exception {
        Catalogue catalogue = RenderFixtures.realSources();
        List<Unit> longest = catalogue.units().stream()
                .sorted(Comparator.comparingInt((Unit u) -> u.title() == null ? 0 : u.title().length()).reversed())
                .limit(4).toList();
        TemplateEngine engine = new TemplateEngine();
        PdfRenderer renderer = new PdfRenderer();
        for (Unit u : longest) {
            for (LearnerDetails who : List.of(LearnerDetails.BLANK, LONG)) {
                byte[] record = renderer.render(engine.render(Documents.ASSESSMENT_RECORD,
                        DocumentModel.of(catalogue, Documents.ASSESSMENT_RECORD, u.id(), who, null))).bytes();
                try (PDDocument pdf = Loader.loadPDF(record)) {
                    assertEquals(1, pdf.getNumberOfPages(), "record sheet of " + u.id() + " for " + who);
                }
                byte[] plan = renderer.render(engine.render(Documents.ACTION_PLAN,
                        DocumentModel.of(catalogue, Documents.ACTION_PLAN, u.id(), who, null))).bytes();
                try (PDDocument pdf = Loader.loadPDF(plan)) {
                    PDFTextStripper first = new PDFTextStripper();
                    first.setStartPage(1);
                    first.setEndPage(1);
                    String page = first.getText(pdf);
                    assertTrue(page.contains("Assessor signature") && page.contains("Planned next visit"),
                            "the action plan of " + u.id() + " keeps its form on page 1:\n" + page);
                }
            }
        }
    }

    @Test
    void qualificationTrackingSheetsLabelEachUnitWithItsGroup() throws Exception {
        Catalogue catalogue = RenderFixtures.realSources();
        Qualification habc = catalogue.qualification("601/4027/6").orElseThrow();
        byte[] sheet = new PdfRenderer().render(new TemplateEngine().render(Documents.QUALIFICATION_TRACKING_SHEET,
                DocumentModel.of(catalogue, Documents.QUALIFICATION_TRACKING_SHEET, habc.id(), LearnerDetails.BLANK,
                        null))).bytes();
        String text = PdfTestSupport.text(sheet).replaceAll("\\s+", " ");
        for (var group : habc.groups()) {
            assertTrue(text.contains(group.name() + " · Level"), group.name() + " labels its units");
        }
    }
}
