package paperwork.office;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabs;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/** A4 page set-up and the running header and footer taken from the XHTML's page-header/footer divs. */
final class DocxPage {
    static final int A4_SHORT = 11906;
    static final int A4_LONG = 16838;
    /** Two centimetres on every side, in twentieths of a point. */
    static final int MARGIN = 1134;

    private DocxPage() {
    }

    static int textWidth(boolean landscape) {
        return (landscape ? A4_LONG : A4_SHORT) - 2 * MARGIN;
    }

    static void section(XWPFDocument doc, boolean landscape) {
        var body = doc.getDocument().getBody();
        CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        BigInteger m = BigInteger.valueOf(MARGIN);
        mar.setTop(m);
        mar.setBottom(m);
        mar.setLeft(m);
        mar.setRight(m);
        mar.setHeader(BigInteger.valueOf(567));
        mar.setFooter(BigInteger.valueOf(567));
        mar.setGutter(BigInteger.ZERO);
    }

    /** Writes the running header or footer; does nothing when the XHTML has none. */
    static void running(XWPFDocument doc, Element div, HeaderFooterKind kind, DocxBlocks blocks, int textWidth) {
        if (div == null || DocxBlocks.omitted(div)) return;
        XWPFHeaderFooter part = kind == HeaderFooterKind.HEADER ? doc.createHeader(HeaderFooterType.DEFAULT)
                : doc.createFooter(HeaderFooterType.DEFAULT);
        String style = kind == HeaderFooterKind.HEADER ? "Header" : "Footer";
        DocxContainer out = DocxContainer.of(part);
        DocxBlocks.Context ctx = DocxBlocks.Context.body().styled(style);
        List<Element> parts = parts(div);
        if (parts.size() > 1 && parts.size() <= 3) {
            // Separate pieces laid out left, (centre,) right as the PDF's running header floats them.
            XWPFParagraph p = blocks.paragraph(out, ctx);
            tabs(p, parts.size(), textWidth);
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) p.createRun().addTab();
                DocxRuns.emit(p, DocxRuns.collect(parts.get(i).childNodes(), DocxRuns.Format.PLAIN, false));
            }
        } else {
            blocks.children(div, out, ctx);
        }
        if (part.getParagraphs().isEmpty()) part.createParagraph();
    }

    enum HeaderFooterKind { HEADER, FOOTER }

    /**
     * The pieces of a running header laid out side by side: the cells of a one-row layout table,
     * or inline elements with no text between them (a title span and a page-number span); empty
     * when the content is ordinary flow.
     */
    private static List<Element> parts(Element div) {
        for (Node n : div.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) return List.of();
        }
        List<Element> kids = div.children().stream().filter(e -> !DocxBlocks.omitted(e)).toList();
        if (kids.size() == 1 && kids.get(0).normalName().equals("table")) {
            List<Element> rows = kids.get(0).select("tr");
            return rows.size() == 1 ? rows.get(0).children().stream().filter(e -> !DocxBlocks.omitted(e)).toList()
                    : List.of();
        }
        if (kids.stream().anyMatch(DocxBlocks::isBlock)) return List.of();
        return kids;
    }

    private static void tabs(XWPFParagraph p, int pieces, int textWidth) {
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTTabs tabs = ppr.isSetTabs() ? ppr.getTabs() : ppr.addNewTabs();
        if (pieces == 3) {
            CTTabStop centre = tabs.addNewTab();
            centre.setVal(STTabJc.CENTER);
            centre.setPos(BigInteger.valueOf(textWidth / 2));
        }
        CTTabStop right = tabs.addNewTab();
        right.setVal(STTabJc.RIGHT);
        right.setPos(BigInteger.valueOf(textWidth));
    }
}
