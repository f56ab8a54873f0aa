package paperwork.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

import paperwork.catalogue.Catalogue;
import paperwork.render.Documents;
import paperwork.render.RenderFixtures;
import paperwork.render.RenderedDocument;
import paperwork.render.TemplateEngine;

/**
 * A renderer keeps its parsed fonts, line breaker and metadata writer from one document to the next:
 * what it writes after other documents must be what a fresh renderer writes, each font a subset of
 * the glyphs of that document alone.
 */
class PdfRendererReuseTest {
    private final TemplateEngine engine = new TemplateEngine();
    private final Catalogue synthetic = RenderFixtures.synthetic();

    @Test
    void aWarmRendererWritesWhatAFreshOneWrites() {
        RenderedDocument plan = PdfTestSupport.layOut(engine, synthetic, Documents.ACTION_PLAN, RenderFixtures.UNIT_B);
        byte[] fresh = new PdfRenderer().render(plan).bytes();

        PdfRenderer warm = new PdfRenderer();
        // Other documents first: more text, more glyphs, bold and regular faces.
        warm.render(PdfTestSupport.layOut(engine, synthetic, Documents.SPECIFICATION, RenderFixtures.QUALIFICATION));
        warm.render(PdfTestSupport.layOut(engine, synthetic, Documents.UNIT_PACK, RenderFixtures.UNIT_A));
        byte[] again = warm.render(plan).bytes();
        assertArrayEquals(fresh, again, "an action plan differs after the renderer wrote a specification and a unit pack");
    }

    @Test
    void eachDocumentEmbedsOnlyTheGlyphsItUses() throws Exception {
        PdfRenderer warm = new PdfRenderer();
        byte[] big = warm.render(PdfTestSupport.layOut(engine, synthetic, Documents.SPECIFICATION, RenderFixtures.QUALIFICATION)).bytes();
        byte[] small = warm.render(PdfTestSupport.layOut(engine, synthetic, Documents.ACTION_PLAN, RenderFixtures.UNIT_B)).bytes();
        long bigGlyphs = embeddedFontBytes(big);
        long smallGlyphs = embeddedFontBytes(small);
        assertTrue(smallGlyphs < bigGlyphs, "the action plan's fonts (" + smallGlyphs
                + " bytes) should be smaller than the specification's (" + bigGlyphs + " bytes)");
    }

    /** The length of every embedded font program, after checking that each is a subset. */
    private static long embeddedFontBytes(byte[] pdf) throws Exception {
        long total = 0;
        List<String> seen = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (seen.contains(font.getName())) continue;
                    seen.add(font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+LiberationSans.*"), "not a Liberation Sans subset: " + font.getName());
                    PDType0Font type0 = (PDType0Font) font;
                    total += type0.getDescendantFont().getFontDescriptor().getFontFile2().toByteArray().length;
                }
            }
        }
        return total;
    }
}
