package paperwork.office;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * Where converted blocks go: the document body, a table cell, or a header or footer. Cells and
 * headers start with one empty paragraph, which the first block reuses.
 */
interface DocxContainer {
    XWPFParagraph paragraph();

    /** A new table, or null where tables are not written (headers, footers, cells). */
    XWPFTable table();

    static DocxContainer of(XWPFDocument doc) {
        return new DocxContainer() {
            @Override
            public XWPFParagraph paragraph() {
                return doc.createParagraph();
            }

            @Override
            public XWPFTable table() {
                return doc.createTable();
            }
        };
    }

    static DocxContainer of(XWPFTableCell cell) {
        return new Reusing(cell.getParagraphs()) {
            @Override
            XWPFParagraph fresh() {
                return cell.addParagraph();
            }
        };
    }

    static DocxContainer of(XWPFHeaderFooter part) {
        return new Reusing(part.getParagraphs()) {
            @Override
            XWPFParagraph fresh() {
                return part.createParagraph();
            }
        };
    }

    /** Hands out the part's initial empty paragraph first, then new ones. */
    abstract class Reusing implements DocxContainer {
        private XWPFParagraph initial;

        Reusing(List<XWPFParagraph> existing) {
            initial = existing.size() == 1 && existing.get(0).getRuns().isEmpty() ? existing.get(0) : null;
        }

        abstract XWPFParagraph fresh();

        @Override
        public XWPFParagraph paragraph() {
            if (initial != null) {
                XWPFParagraph p = initial;
                initial = null;
                return p;
            }
            return fresh();
        }

        @Override
        public XWPFTable table() {
            return null;
        }
    }
}
