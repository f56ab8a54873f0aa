package paperwork.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import paperwork.render.RenderedDocument;

/**
 * Word documents from the XHTML the templates produce, so that the template is the one definition
 * of each layout. The XHTML conventions shared with the PDF writer: {@code div#page-header} and
 * {@code div#page-footer} are the running header and footer, with {@code span.page-number} and
 * {@code span.page-count} as PAGE and NUMPAGES fields; {@code nav.toc} is the contents (a TOC
 * field, updated when Word opens the file); {@code .pdf-only} is left out; {@code td.fill} is an
 * empty cell to write in; {@code body.landscape} turns the pages. Not thread-safe in use, but
 * holds no state between documents.
 */
public final class DocxWriter {
    public static final String LANDSCAPE_CLASS = "landscape";

    public byte[] write(RenderedDocument doc) {
        Document html = Jsoup.parse(doc.xhtml());
        Element body = html.body();
        boolean landscape = body.hasClass(LANDSCAPE_CLASS);
        int textWidth = DocxPage.textWidth(landscape);
        try (XWPFDocument word = new XWPFDocument()) {
            DocxStyleSheet.apply(word, doc.metadata().language());
            DocxBlocks blocks = new DocxBlocks(new DocxNumbering(word), new DocxCss(html), textWidth);
            DocxPage.section(word, landscape);
            blocks.children(body, DocxContainer.of(word), DocxBlocks.Context.body());
            DocxPage.running(word, body.getElementById(DocxBlocks.PAGE_HEADER_ID), DocxPage.HeaderFooterKind.HEADER,
                    blocks, textWidth);
            DocxPage.running(word, body.getElementById(DocxBlocks.PAGE_FOOTER_ID), DocxPage.HeaderFooterKind.FOOTER,
                    blocks, textWidth);
            if (blocks.hasToc()) word.enforceUpdateFields();
            OfficeProperties.apply(word, doc.metadata());
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            word.write(out);
            return ReproducibleZip.normalise(out.toByteArray(), doc.metadata().created());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Word document " + doc.definition().name() + " for "
                    + doc.subjectId(), e);
        }
    }
}
