package paperwork.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import paperwork.render.Documents;
import paperwork.render.RenderFixtures;
import paperwork.render.TemplateEngine;

/** The marked-content property lists of a tagged form are written inside their page's resources. */
class PdfDirectPropertyListsTest {
    @Test
    void everyPropertyListIsInlineAndNoneIsAnObjectOfItsOwn() throws Exception {
        byte[] pdf = new PdfRenderer().render(PdfTestSupport.layOut(new TemplateEngine(), RenderFixtures.synthetic(),
                Documents.ASSESSMENT_RECORD, RenderFixtures.UNIT_A)).bytes();
        int lists = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
                if (properties == null) continue;
                for (COSName name : properties.keySet()) {
                    COSBase value = properties.getItem(name);
                    assertFalse(value instanceof COSObject, name.getName() + " is a reference to an object of its own");
                    assertTrue(value instanceof COSDictionary, name.getName() + " is not a property list");
                    lists++;
                }
            }
            assertTrue(lists > 10, "a tagged record sheet should mark its borders as artifacts: " + lists + " property lists");
            for (COSObjectKey key : doc.getDocument().getXrefTable().keySet()) {
                if (doc.getDocument().getObjectFromPool(key).getObject() instanceof COSDictionary d) {
                    assertFalse(COSName.getPDFName("Background").equals(d.getCOSName(COSName.TYPE)),
                            "object " + key + " is a background artifact's property list");
                }
            }
        }
    }
}
