package paperwork.office;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The styles part every Word document gets, read once from {@code docx-styles.xml} beside this
 * class: Liberation Sans throughout, Heading 1–4 with outline levels, list, table, TOC, header and
 * footer styles.
 */
final class DocxStyleSheet {
    private static final CTStyles STYLES = load();

    private DocxStyleSheet() {
    }

    private static CTStyles load() {
        try (InputStream in = DocxStyleSheet.class.getResourceAsStream("docx-styles.xml")) {
            if (in == null) throw new IllegalStateException("docx-styles.xml is missing from the class path");
            return StylesDocument.Factory.parse(in).getStyles();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalStateException("docx-styles.xml is not a valid styles part", e);
        }
    }

    static void apply(XWPFDocument doc, String language) {
        XWPFStyles styles = doc.createStyles();
        CTStyles copy;
        synchronized (STYLES) {
            copy = (CTStyles) STYLES.copy();
        }
        styles.setStyles(copy);
        styles.setSpellingLanguage(language);
    }
}
