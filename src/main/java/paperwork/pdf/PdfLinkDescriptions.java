package paperwork.pdf;

import java.io.IOException;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * PDF/UA wants every link annotation to carry a description in its /Contents. openhtmltopdf puts
 * the link's {@code title} attribute in the structure element's /Alt only: copy it across.
 */
final class PdfLinkDescriptions {
    private PdfLinkDescriptions() {
    }

    static void copyAltToContents(PDDocument pdf) throws IOException {
        PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
        PDNumberTreeNode parents = root == null ? null : root.getParentTree();
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
                if (!(a instanceof PDAnnotationLink) || a.getContents() != null) continue;
                String alt = parents == null || a.getStructParent() < 0 ? null : alt(parents, a.getStructParent());
                a.setContents(alt == null || alt.isBlank() ? "Link" : alt);
            }
        }
    }

    private static String alt(PDNumberTreeNode parents, int key) throws IOException {
        Object value = parents.getValue(key);
        COSBase base = value instanceof org.apache.pdfbox.pdmodel.common.COSObjectable o ? o.getCOSObject() : null;
        if (base instanceof COSDictionary element) {
            String alt = element.getString(COSName.ALT);
            if (alt != null) return alt;
            return element.getString(COSName.T);
        }
        return null;
    }
}
