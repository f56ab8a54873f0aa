package paperwork.pdf;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import paperwork.catalogue.Catalogue;
import paperwork.render.DocumentDefinition;
import paperwork.render.DocumentMetadata;
import paperwork.render.DocumentModel;
import paperwork.render.LearnerDetails;
import paperwork.render.RenderedDocument;
import paperwork.render.TemplateEngine;

/** Renders documents to PDF and reads them back: text via PDFBox, conformance via veraPDF. */
final class PdfTestSupport {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfTestSupport() {
    }

    static RenderedDocument layOut(TemplateEngine engine, Catalogue catalogue, DocumentDefinition def, String id) {
        return engine.render(def, DocumentModel.of(catalogue, def, id, LearnerDetails.BLANK, DocumentMetadata.DEFAULT_CREATED));
    }

    /** The text of every page, {@link #normalise normalised}. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return normalise(new PDFTextStripper().getText(doc));
        }
    }

    /**
     * The text of the page bodies only, without the running header and footer, so that a paragraph
     * split over two pages reads as one: the header sits in the top 26 mm, the footer in the bottom 22 mm.
     */
    static String bodyText(byte[] pdf) throws IOException {
        StringBuilder text = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripperByArea body = new PDFTextStripperByArea();
            for (PDPage page : doc.getPages()) {
                float h = page.getMediaBox().getHeight();
                float w = page.getMediaBox().getWidth();
                body.addRegion("body", new Rectangle2D.Float(0, 76, w, h - 76 - 60));
                body.extractRegions(page);
                text.append(body.getTextForRegion("body")).append('\n');
                body.removeRegion("body");
            }
        }
        return normalise(text.toString());
    }

    /** Lines may also break after a hyphen ("non-" / "verbal"): the hyphen's space is dropped on both sides. */
    static String normalise(String s) {
        return s.replaceAll("\\s+", " ").replace("- ", "-").strip();
    }

    /** Every failed rule of the flavour, as "clause-test: description (context)"; empty when compliant. */
    static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " (" + a.getLocation().getContext() + ")")
                    .distinct()
                    .toList();
        }
    }
}
