package paperwork.office;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Walks XHTML blocks and writes Word paragraphs: headings as Heading 1–4, lists as numbered or
 * bulleted paragraphs, tables through {@link DocxTables}, the contents as a TOC field. Inline
 * content between blocks becomes one paragraph, as a browser lays it out.
 */
final class DocxBlocks {
    static final String PDF_ONLY = "pdf-only";
    static final String TOC_CLASS = "toc";
    static final String PAGE_HEADER_ID = "page-header";
    static final String PAGE_FOOTER_ID = "page-footer";
    static final String TOC_INSTRUCTION = "TOC \\o \"1-4\" \\h \\z \\u";

    private static final java.util.Set<String> BLOCKS = java.util.Set.of("address", "article", "aside",
            "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption",
            "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
            "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

    /** The paragraph style and list state that blocks inherit from their ancestors. */
    record Context(String style, int indent, ListMark mark, int listLevel, DocxRuns.Format format) {
        static Context body() {
            return new Context(null, 0, null, 0, DocxRuns.Format.PLAIN);
        }

        Context styled(String s) {
            return new Context(s, indent, mark, listLevel, format);
        }

        Context formatted(DocxRuns.Format f) {
            return new Context(style, indent, mark, listLevel, f);
        }

        Context indented(int by) {
            return new Context(style, indent + by, null, listLevel, format);
        }

        Context item(ListMark m, int level, int extra) {
            int itemIndent = DocxNumbering.INDENT * (m == null ? level : level + 1) + extra;
            return new Context("ListParagraph", itemIndent, m, level + 1, format);
        }
    }

    /** The number or bullet of one list item, taken by the item's first paragraph. */
    static final class ListMark {
        final BigInteger numId;
        final int level;
        /** Indent beyond the level's own, from the list's {@code margin-left}. */
        final int extra;
        boolean used;

        ListMark(BigInteger numId, int level, int extra) {
            this.numId = numId;
            this.level = level;
            this.extra = extra;
        }
    }

    private final DocxNumbering numbering;
    private final DocxCss css;
    private final DocxTables tables;
    private boolean pageBreakPending;
    private boolean hasToc;

    DocxBlocks(DocxNumbering numbering, DocxCss css, int textWidth) {
        this.numbering = numbering;
        this.css = css;
        this.tables = new DocxTables(this, css, textWidth);
    }

    boolean hasToc() {
        return hasToc;
    }

    static boolean omitted(Element e) {
        return e.hasClass(PDF_ONLY) || e.normalName().equals("style") || e.normalName().equals("script")
                || e.normalName().equals("head") || e.normalName().equals("template");
    }

    /** The running header and footer go to Word's header and footer, not the body. */
    static boolean running(Element e) {
        return e.id().equals(PAGE_HEADER_ID) || e.id().equals(PAGE_FOOTER_ID);
    }

    static boolean isBlock(Element e) {
        return BLOCKS.contains(e.normalName());
    }

    /** Writes the children of {@code parent}: runs of inline content as paragraphs, blocks as themselves. */
    void children(Element parent, DocxContainer out, Context ctx) {
        List<Node> inline = new ArrayList<>();
        for (Node n : parent.childNodes()) {
            if (n instanceof Element e && (omitted(e) || running(e))) continue;
            if (n instanceof Element e && isBlock(e)) {
                flush(inline, out, ctx);
                inline.clear();
                block(e, out, ctx);
            } else {
                inline.add(n);
            }
        }
        flush(inline, out, ctx);
    }

    private void flush(List<Node> inline, DocxContainer out, Context ctx) {
        if (inline.isEmpty()) return;
        List<DocxRuns.Piece> pieces = DocxRuns.collect(inline, ctx.format(), false);
        if (DocxRuns.isBlank(pieces)) return;
        DocxRuns.emit(paragraph(out, ctx), pieces);
    }

    /** A new paragraph in the context's style, taking the pending list mark or page break. */
    XWPFParagraph paragraph(DocxContainer out, Context ctx) {
        XWPFParagraph p = out.paragraph();
        if (ctx.style() != null) p.setStyle(ctx.style());
        if (ctx.mark() != null && !ctx.mark().used) {
            ctx.mark().used = true;
            p.setNumID(ctx.mark().numId);
            p.setNumILvl(BigInteger.valueOf(ctx.mark().level));
            if (ctx.mark().extra > 0) {
                p.setIndentationLeft(ctx.indent());
                p.setIndentationHanging(DocxNumbering.HANGING);
            }
        } else if (ctx.indent() > 0) {
            p.setIndentationLeft(ctx.indent());
        }
        if (pageBreakPending) {
            p.setPageBreak(true);
            pageBreakPending = false;
        }
        return p;
    }

    private void block(Element e, DocxContainer out, Context ctx) {
        if (css.breaksBefore(e)) pageBreakPending = true;
        String tag = e.normalName();
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                int level = Math.min(4, tag.charAt(1) - '0');
                children(e, out, ctx.styled("Heading" + level));
            }
            case "ul" -> list(e, out, ctx, css.unmarked(e) ? null : numbering.bullets());
            case "ol" -> list(e, out, ctx, css.unmarked(e) ? null : numbering.ordered(start(e)));
            case "table" -> tables.write(e, out, ctx);
            case "pre" -> {
                List<DocxRuns.Piece> pieces = DocxRuns.collect(e.childNodes(), ctx.format(), true);
                DocxRuns.emit(paragraph(out, ctx.styled("Preformatted")), pieces);
            }
            case "dt" -> children(e, out, ctx.formatted(ctx.format().bolder()));
            case "dd", "blockquote" -> children(e, out, ctx.indented(DocxNumbering.INDENT));
            case "caption", "figcaption" -> children(e, out, ctx.styled("Caption"));
            case "hr" -> paragraph(out, ctx).setBorderBottom(Borders.SINGLE);
            case "nav" -> {
                if (e.hasClass(TOC_CLASS)) {
                    toc(e, out, ctx);
                } else {
                    children(e, out, ctx);
                }
            }
            default -> children(e, out, ctx);
        }
        if (css.breaksAfter(e)) pageBreakPending = true;
    }

    private static int start(Element ol) {
        try {
            return ol.hasAttr("start") ? Math.max(0, Integer.parseInt(ol.attr("start").strip())) : 1;
        } catch (NumberFormatException ex) {
            return 1;
        }
    }

    /** A list's items; {@code numId} null for a list without markers, whose items are indented paragraphs. */
    private void list(Element list, DocxContainer out, Context ctx, BigInteger numId) {
        int level = Math.min(DocxNumbering.LEVELS - 1, ctx.listLevel());
        int extra = Math.max(0, css.twips(list, "margin-left"));
        for (Element child : list.children()) {
            if (omitted(child)) continue;
            if (!child.normalName().equals("li")) {
                block(child, out, ctx);
                continue;
            }
            ListMark mark = numId == null ? null : new ListMark(numId, level, extra);
            Context inside = ctx.item(mark, level, extra);
            children(child, out, inside);
            if (mark != null && !mark.used) paragraph(out, inside);
        }
    }

    /**
     * The contents as a Word TOC field over Heading 1–4. Its shown result is the nav's own entries
     * (without page numbers, which only Word can count) until Word updates the field on opening.
     */
    private void toc(Element nav, DocxContainer out, Context ctx) {
        hasToc = true;
        for (Element h : nav.select("h1, h2, h3, h4, h5, h6")) children(h, out, ctx.styled("TOCHeading"));
        List<String[]> entries = new ArrayList<>();
        for (Element li : nav.select("li")) {
            if (omitted(li)) continue;
            Element copy = li.clone();
            copy.select("ul, ol").remove();
            String text = copy.text().strip();
            int depth = li.parents().stream().filter(p -> p.normalName().equals("ul") || p.normalName().equals("ol"))
                    .takeWhile(p -> p != nav).mapToInt(p -> 1).sum();
            // An entry indented by a class (li.sub) sits one level down.
            if (css.twips(li, "padding-left") > 0 || css.twips(li, "margin-left") > 0) depth++;
            if (!text.isEmpty()) entries.add(new String[] {text, Integer.toString(Math.min(4, Math.max(1, depth)))});
        }
        DocxRuns.Format f = DocxRuns.Format.PLAIN;
        if (entries.isEmpty()) {
            XWPFParagraph p = paragraph(out, ctx.styled("TOC1"));
            DocxRuns.field(p, TOC_INSTRUCTION, "Update this field (F9) to list the contents.", f);
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            XWPFParagraph p = paragraph(out, ctx.styled("TOC" + entries.get(i)[1]));
            if (i == 0) DocxRuns.fieldBegin(p, TOC_INSTRUCTION, f);
            p.createRun().setText(entries.get(i)[0]);
            if (i == entries.size() - 1) DocxRuns.fieldEnd(p, f);
        }
    }
}
