package paperwork.office;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Inline XHTML (text, {@code strong}, {@code em}, {@code br}, the page-number spans) as Word runs.
 * White space collapses as a browser collapses it, so the Word text reads like the PDF's.
 */
final class DocxRuns {
    /** Character formatting inherited from the enclosing inline elements. */
    record Format(boolean bold, boolean italic, boolean underline, boolean code, VerticalAlign align, boolean small) {
        static final Format PLAIN = new Format(false, false, false, false, null, false);

        Format bolder() {
            return new Format(true, italic, underline, code, align, small);
        }

        Format italicised() {
            return new Format(bold, true, underline, code, align, small);
        }

        Format underlined() {
            return new Format(bold, italic, true, code, align, small);
        }

        Format monospaced() {
            return new Format(bold, italic, underline, true, align, small);
        }

        Format aligned(VerticalAlign a) {
            return new Format(bold, italic, underline, code, a, small);
        }

        Format smaller() {
            return new Format(bold, italic, underline, code, align, true);
        }
    }

    /** What a paragraph's runs are made of. */
    sealed interface Piece permits Text, Break, Tab, Field {
    }

    record Text(String text, Format format) implements Piece {
    }

    record Break() implements Piece {
    }

    record Tab() implements Piece {
    }

    /** A Word field such as {@code PAGE}, shown as {@code placeholder} until Word updates it. */
    record Field(String instruction, String placeholder, Format format) implements Piece {
    }

    static final String PAGE_NUMBER_CLASS = "page-number";
    static final String PAGE_COUNT_CLASS = "page-count";

    private DocxRuns() {
    }

    /** Collects {@code nodes} into pieces; {@code preserve} keeps white space as {@code pre} does. */
    static List<Piece> collect(List<Node> nodes, Format base, boolean preserve) {
        Collector c = new Collector(preserve);
        for (Node n : nodes) c.node(n, base);
        return c.finish();
    }

    static boolean isBlank(List<Piece> pieces) {
        for (Piece p : pieces) {
            if (!(p instanceof Text t) || !t.text().isBlank()) return false;
        }
        return true;
    }

    static void emit(XWPFParagraph paragraph, List<Piece> pieces) {
        for (Piece p : pieces) {
            if (p instanceof Text t) {
                style(paragraph.createRun(), t.format()).setText(t.text());
            } else if (p instanceof Break) {
                paragraph.createRun().addBreak();
            } else if (p instanceof Tab) {
                paragraph.createRun().addTab();
            } else if (p instanceof Field f) {
                field(paragraph, f.instruction(), f.placeholder(), f.format());
            }
        }
    }

    /** A complex field: begin, instruction, separate, the result shown until updated, end. */
    static void field(XWPFParagraph paragraph, String instruction, String placeholder, Format format) {
        fieldBegin(paragraph, instruction, format);
        style(paragraph.createRun(), format).setText(placeholder);
        fieldEnd(paragraph, format);
    }

    static void fieldBegin(XWPFParagraph paragraph, String instruction, Format format) {
        style(paragraph.createRun(), format).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instr = style(paragraph.createRun(), format);
        CTText text = instr.getCTR().addNewInstrText();
        text.setStringValue(" " + instruction + " ");
        text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        style(paragraph.createRun(), format).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    static void fieldEnd(XWPFParagraph paragraph, Format format) {
        style(paragraph.createRun(), format).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static XWPFRun style(XWPFRun run, Format f) {
        if (f.bold()) run.setBold(true);
        if (f.italic()) run.setItalic(true);
        if (f.underline()) run.setUnderline(UnderlinePatterns.SINGLE);
        if (f.code()) run.setFontFamily("Liberation Mono");
        if (f.align() != null) run.setVerticalAlignment(f.align() == VerticalAlign.SUPERSCRIPT ? "superscript" : "subscript");
        if (f.small()) run.setFontSize(9);
        return run;
    }

    private static final class Collector {
        private final boolean preserve;
        private final List<Piece> pieces = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private Format format;
        private boolean atStart = true;
        private boolean spacePending;

        Collector(boolean preserve) {
            this.preserve = preserve;
        }

        void node(Node n, Format f) {
            if (n instanceof TextNode t) {
                text(t.getWholeText(), f);
            } else if (n instanceof Element e) {
                element(e, f);
            }
        }

        private void element(Element e, Format f) {
            if (DocxBlocks.omitted(e)) return;
            switch (e.normalName()) {
                case "br" -> {
                    spacePending = false;
                    flush();
                    pieces.add(new Break());
                    atStart = true;
                }
                case "img", "script", "style", "head" -> {
                }
                case "b", "strong" -> children(e, f.bolder());
                case "i", "em", "cite", "dfn", "var" -> children(e, f.italicised());
                case "u", "ins" -> children(e, f.underlined());
                case "code", "kbd", "samp", "tt" -> children(e, f.monospaced());
                case "sup" -> children(e, f.aligned(VerticalAlign.SUPERSCRIPT));
                case "sub" -> children(e, f.aligned(VerticalAlign.SUBSCRIPT));
                case "small" -> children(e, f.smaller());
                default -> {
                    if (e.hasClass(PAGE_NUMBER_CLASS)) {
                        fieldPiece("PAGE", f);
                    } else if (e.hasClass(PAGE_COUNT_CLASS)) {
                        fieldPiece("NUMPAGES", f);
                    } else {
                        children(e, f);
                    }
                }
            }
        }

        private void children(Element e, Format f) {
            for (Node child : e.childNodes()) node(child, f);
        }

        private void fieldPiece(String instruction, Format f) {
            if (spacePending) appendChar(' ', f);
            spacePending = false;
            flush();
            pieces.add(new Field(instruction, "1", f));
            atStart = false;
        }

        private void text(String s, Format f) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (preserve) {
                    if (ch == '\n') {
                        flush();
                        pieces.add(new Break());
                    } else if (ch == '\t') {
                        flush();
                        pieces.add(new Tab());
                    } else if (ch != '\r') {
                        appendChar(ch, f);
                    }
                } else if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f') {
                    if (!atStart) spacePending = true;
                } else {
                    // A collapsed space belongs to the text before it, so an underline does not start early.
                    if (spacePending) appendChar(' ', format != null ? format : f);
                    spacePending = false;
                    appendChar(ch, f);
                    atStart = false;
                }
            }
        }

        private void appendChar(char ch, Format f) {
            // Characters XML 1.0 cannot carry (a stray control code in a source) would make Word repair the file.
            if ((ch < 0x20 && ch != '\t') || ch == '\uFFFE' || ch == '\uFFFF') return;
            if (format != null && !format.equals(f)) flush();
            format = f;
            text.append(ch);
        }

        private void flush() {
            if (text.length() > 0) pieces.add(new Text(text.toString(), format));
            text.setLength(0);
            format = null;
        }

        List<Piece> finish() {
            flush();
            return pieces;
        }
    }
}
