package paperwork.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paperwork.catalogue.Catalogue;
import paperwork.render.DocumentModel;
import paperwork.render.Documents;
import paperwork.render.LearnerDetails;
import paperwork.render.RenderFixtures;
import paperwork.render.TemplateEngine;

/**
 * In Word, an outcome's table repeats its header rows (the outcome's code and title, then the
 * column headings) on every page it runs onto, and keeps them with the row under them; the PDF's
 * "(continued)" is left out, since Word repeats header rows as they are.
 */
class ContinuedOutcomeWordTest {
    static final String HEADING = "1 " + RenderFixtures.LONG_OUTCOME_TITLE;

    @TempDir
    Path dir;

    static byte[] unitPack() {
        Catalogue catalogue = RenderFixtures.longOutcome();
        return new DocxWriter().write(new TemplateEngine().render(Documents.UNIT_PACK, DocumentModel.of(catalogue,
                Documents.UNIT_PACK, RenderFixtures.LONG_OUTCOME_UNIT, LearnerDetails.BLANK, null)));
    }

    @Test
    void eachOutcomeTableRepeatsItsTitleRow() throws Exception {
        try (XWPFDocument doc = DocxFixtures.open(unitPack())) {
            XWPFTable outcome = doc.getTables().stream()
                    .filter(t -> LibreOfficeConversion.normalised(t.getRow(0).getCell(0).getText()).equals(HEADING))
                    .findFirst().orElseThrow(() -> new AssertionError("no table headed " + HEADING));
            assertEquals(2 + RenderFixtures.LONG_OUTCOME_CRITERIA, outcome.getRows().size());
            for (int r = 0; r < outcome.getRows().size(); r++) {
                XWPFTableRow row = outcome.getRow(r);
                boolean header = r < 2;
                assertEquals(header, row.isRepeatHeader(), "row " + r + " repeats only if it is a header row");
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        assertEquals(header, p.isKeepNext(), "row " + r + " is kept with the next only if it is a header row");
                    }
                }
            }
            assertFalse(DocxFixtures.bodyText(doc).contains("(continued)"), "Word repeats the header rows as they are");
        }
    }

    @Test
    void libreOfficePrintsTheTitleOnEveryPageOfTheOutcome() throws Exception {
        assumeTrue(LibreOfficeConversion.available(), "LibreOffice (soffice) is not installed");
        Path pdf = LibreOfficeConversion.toPdf(Files.write(dir.resolve("unit-pack.docx"), unitPack()));
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(LibreOfficeConversion.normalised(stripper.getText(doc)));
            }
        }
        List<Integer> withOutcomeOne = IntStream.range(0, pages.size()).filter(p -> IntStream
                .rangeClosed(1, RenderFixtures.LONG_OUTCOME_CRITERIA)
                .anyMatch(i -> pages.get(p).contains("explain delivery step " + i + " "))).boxed().toList();
        assertTrue(withOutcomeOne.size() >= 2, "outcome 1 should run over pages, found " + withOutcomeOne);
        for (int p : withOutcomeOne) {
            assertTrue(pages.get(p).contains(HEADING), "page " + (p + 1) + " carries outcome 1's title:\n" + pages.get(p));
        }
    }
}
