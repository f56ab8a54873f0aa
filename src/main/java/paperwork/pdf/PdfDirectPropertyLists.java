package paperwork.pdf;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Writes each page's marked-content property lists inside the page's resources instead of as
 * objects of their own. openhtmltopdf tags every painted border and background as an artifact
 * with a property list of its own (over half the objects of a learner's forms); PDFBox's
 * compressed save makes every dictionary not marked direct an object, with an entry in an object
 * stream and in the cross-reference stream. Nothing refers to a property list but its page's
 * resources, so inline it is the same PDF in fewer objects.
 */
final class PdfDirectPropertyLists {
    private PdfDirectPropertyLists() {
    }

    static void inline(PDDocument pdf) {
        for (PDPage page : pdf.getPages()) {
            COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
            COSDictionary properties = resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
            if (properties == null) continue;
            for (COSBase value : properties.getValues()) {
                if (value instanceof COSDictionary list) list.setDirect(true);
            }
        }
    }
}
