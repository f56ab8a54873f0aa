package paperwork.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import paperwork.render.DocumentDefinition;
import paperwork.render.OutputFormat;
import paperwork.render.RenderedDocument;
import paperwork.render.Scope;

/** Hand-written XHTML that follows the template conventions, and ways to read Word files back. */
final class DocxFixtures {
    private DocxFixtures() {
    }

    static String xhtml(String name) {
        try (InputStream in = DocxFixtures.class.getResourceAsStream("/office/" + name + ".xhtml")) {
            if (in == null) throw new IllegalStateException("no fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RenderedDocument document(String name, String xhtml) {
        DocumentDefinition def = new DocumentDefinition(name, name, name + ".ftlh", Scope.UNIT, name,
                Set.of(OutputFormat.PDF, OutputFormat.DOCX));
        return new RenderedDocument(def, "F1", xhtml, OfficeFixtures.metadata("Fixture " + name));
    }

    static RenderedDocument fixture(String name) {
        return document(name, xhtml(name));
    }

    static XWPFDocument open(byte[] bytes) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every paragraph of the body, those in table cells included, in document order. */
    static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
        List<XWPFParagraph> all = new ArrayList<>();
        for (var element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) all.add(p);
            if (element instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) all.addAll(cell.getParagraphs());
                }
            }
        }
        return all;
    }

    static String bodyText(XWPFDocument doc) {
        StringBuilder sb = new StringBuilder();
        for (XWPFParagraph p : paragraphs(doc)) sb.append(p.getText()).append('\n');
        return LibreOfficeConversion.normalised(sb.toString());
    }

    /**
     * The texts a reader should find in the Word body: every non-blank text node of the XHTML body,
     * except in the running header and footer, the contents and {@code .pdf-only} elements.
     */
    static List<String> expectedTexts(String xhtml) {
        Element body = Jsoup.parse(xhtml).body();
        List<String> texts = new ArrayList<>();
        body.traverse((Node node, int depth) -> {
            if (node instanceof TextNode t && !t.isBlank() && visible(t)) {
                texts.add(LibreOfficeConversion.normalised(t.text()));
            }
        });
        return texts;
    }

    static List<String> pdfOnlyTexts(String xhtml) {
        return Jsoup.parse(xhtml).body().select(".pdf-only").stream()
                .map(e -> LibreOfficeConversion.normalised(e.text())).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean visible(TextNode t) {
        for (Element e = t.parent() instanceof Element p ? p : null; e != null; e = e.parent()) {
            if (e.hasClass("pdf-only") || e.id().equals("page-header") || e.id().equals("page-footer")
                    || (e.normalName().equals("nav") && e.hasClass("toc"))) {
                return false;
            }
        }
        return true;
    }
}
