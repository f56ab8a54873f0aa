package paperwork.office;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Element;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * XHTML tables as Word tables: rows from {@code <thead>} repeat on every page, no row breaks across
 * a page, cells span as {@code colspan}/{@code rowspan} say, columns are as wide as their content
 * (or the width a cell's style gives in per cent), and {@code <td class="fill">} is an empty cell
 * at least {@link #FILL_HEIGHT} high for writing in.
 */
final class DocxTables {
    /** One centimetre, in twentieths of a point. */
    static final int FILL_HEIGHT = 567;
    static final String FILL_CLASS = "fill";
    static final String HEADER_FILL = "E7E6E6";
    /** Room for one character of 11 pt bold text, and a cell's side margins, in twentieths of a point. */
    static final int WORD_CHAR = 135;
    static final int CELL_PADDING = 200;
    private static final Pattern PERCENT = Pattern.compile("^([0-9.]+)%$");

    /** One grid position: the cell that starts there, or the continuation of a cell from a row above. */
    private record Slot(Element cell, int colspan, boolean continuation, boolean header) {
    }

    private record Grid(List<List<Slot>> rows, List<Boolean> headerRows, int columns) {
    }

    private final DocxBlocks blocks;
    private final DocxCss css;
    private final int textWidth;

    DocxTables(DocxBlocks blocks, DocxCss css, int textWidth) {
        this.blocks = blocks;
        this.css = css;
        this.textWidth = textWidth;
    }

    /** A table for layout only ({@code role="presentation"}): no borders, no shading. */
    static boolean presentational(Element table) {
        return "presentation".equals(table.attr("role")) || "none".equals(table.attr("role"));
    }

    /** Cells with a class starting "fill" are for writing in. */
    static boolean fillable(Element cell) {
        return cell.classNames().stream().anyMatch(c -> c.equals(FILL_CLASS) || c.startsWith(FILL_CLASS + "-"));
    }

    void write(Element table, DocxContainer out, DocxBlocks.Context ctx) {
        for (Element caption : table.select("> caption")) blocks.children(caption, out, ctx.styled("Caption"));
        Grid grid = grid(table);
        if (grid.columns() == 0) return;
        XWPFTable t = out.table();
        if (t == null) {
            flattened(grid, out, ctx);
            return;
        }
        int[] widths = widths(grid, textWidth - ctx.indent());
        boolean plain = presentational(table);
        layout(t, widths, ctx.indent(), plain);
        for (int r = 0; r < grid.rows().size(); r++) {
            XWPFTableRow row = r == 0 ? t.getRow(0) : t.createRow();
            List<Slot> slots = grid.rows().get(r);
            while (row.getTableCells().size() < slots.size()) row.addNewTableCell();
            while (row.getTableCells().size() > slots.size()) row.removeCell(row.getTableCells().size() - 1);
            row.setCantSplitRow(true);
            if (grid.headerRows().get(r)) row.setRepeatHeader(true);
            int height = 0;
            int col = 0;
            for (int i = 0; i < slots.size(); i++) {
                Slot s = slots.get(i);
                XWPFTableCell cell = row.getCell(i);
                int width = 0;
                for (int c = col; c < col + s.colspan() && c < widths.length; c++) width += widths[c];
                col += s.colspan();
                cell(cell, s, width, ctx, plain);
                if (!s.continuation()) height = Math.max(height, minimumHeight(s.cell()));
            }
            if (height > 0) {
                row.setHeight(height);
                row.setHeightRule(TableRowHeightRule.AT_LEAST);
            }
            if (grid.headerRows().get(r)) keepWithNext(row);
        }
        // Keeps the next table apart from this one; Word would otherwise join adjacent tables.
        blocks.paragraph(out, ctx.styled("TableText"));
    }

    /**
     * Header rows are kept on the page of the row under them, so that a table (an outcome with its
     * title in the header) never starts with its header alone at the foot of a page.
     */
    private static void keepWithNext(XWPFTableRow row) {
        for (XWPFTableCell cell : row.getTableCells()) {
            for (XWPFParagraph p : cell.getParagraphs()) p.setKeepNext(true);
        }
    }

    /** A fillable cell is at least a centimetre high, or as high as the CSS asks; others as the CSS asks. */
    private int minimumHeight(Element cell) {
        int styled = css.twips(cell, "height");
        return fillable(cell) ? Math.max(FILL_HEIGHT, styled) : styled;
    }

    private void cell(XWPFTableCell cell, Slot s, int width, DocxBlocks.Context ctx, boolean plain) {
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth w = pr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        if (s.colspan() > 1) pr.addNewGridSpan().setVal(BigInteger.valueOf(s.colspan()));
        int rowspan = span(s.cell(), "rowspan");
        if (s.continuation()) {
            pr.addNewVMerge().setVal(STMerge.CONTINUE);
            return;
        }
        if (rowspan > 1) pr.addNewVMerge().setVal(STMerge.RESTART);
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.TOP);
        boolean header = s.header() || s.cell().normalName().equals("th");
        if (header && !plain) {
            CTShd shd = pr.addNewShd();
            shd.setVal(STShd.CLEAR);
            shd.setColor("auto");
            shd.setFill(HEADER_FILL);
        }
        DocxBlocks.Context inside = new DocxBlocks.Context(header ? "TableHeading" : "TableText", 0, null, 0,
                ctx.format());
        DocxContainer container = DocxContainer.of(cell);
        blocks.children(s.cell(), container, inside);
        // A cell must hold a paragraph; an empty one keeps the cell's style for typing in.
        if (cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty()) {
            XWPFParagraph p = cell.getParagraphs().get(0);
            if (p.getStyle() == null) p.setStyle(inside.style());
        }
    }

    private void layout(XWPFTable t, int[] widths, int indent, boolean plain) {
        t.setStyleID(plain ? "TableNormal" : "TableGrid");
        CTTbl ct = t.getCTTbl();
        CTTblPr pr = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
        CTTblWidth tw = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        int total = 0;
        for (int w : widths) total += w;
        tw.setType(STTblWidth.DXA);
        tw.setW(BigInteger.valueOf(total));
        if (indent > 0) {
            CTTblWidth ind = pr.isSetTblInd() ? pr.getTblInd() : pr.addNewTblInd();
            ind.setType(STTblWidth.DXA);
            ind.setW(BigInteger.valueOf(indent));
        }
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        XWPFTable.XWPFBorderType single = plain ? XWPFTable.XWPFBorderType.NONE : XWPFTable.XWPFBorderType.SINGLE;
        t.setTopBorder(single, 4, 0, "808080");
        t.setBottomBorder(single, 4, 0, "808080");
        t.setLeftBorder(single, 4, 0, "808080");
        t.setRightBorder(single, 4, 0, "808080");
        t.setInsideHBorder(single, 4, 0, "808080");
        t.setInsideVBorder(single, 4, 0, "808080");
        t.setCellMargins(57, 85, 57, 85);
        CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) grid.removeGridCol(0);
        for (int w : widths) grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }

    /** Where tables cannot go (headers, footers, nested in a cell): one paragraph per row, cells tab-separated. */
    private void flattened(Grid grid, DocxContainer out, DocxBlocks.Context ctx) {
        for (List<Slot> row : grid.rows()) {
            List<Element> cells = row.stream().filter(s -> !s.continuation()).map(Slot::cell).toList();
            Element line = new Element("p");
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) line.appendText(" \u2003 ");
                for (org.jsoup.nodes.Node n : cells.get(i).childNodes()) line.appendChild(n.clone());
            }
            blocks.children(new Element("div").appendChild(line), out, ctx);
        }
    }

    private static Grid grid(Element table) {
        List<Element> rows = new ArrayList<>();
        List<Boolean> header = new ArrayList<>();
        for (Element section : table.children()) {
            switch (section.normalName()) {
                case "thead", "tbody", "tfoot" -> {
                    for (Element tr : section.children()) {
                        if (tr.normalName().equals("tr") && !DocxBlocks.omitted(tr)) {
                            rows.add(tr);
                            header.add(section.normalName().equals("thead"));
                        }
                    }
                }
                case "tr" -> {
                    if (!DocxBlocks.omitted(section)) {
                        rows.add(section);
                        header.add(false);
                    }
                }
                default -> {
                }
            }
        }
        List<List<Slot>> grid = new ArrayList<>();
        List<int[]> pending = new ArrayList<>(); // per column: rows still covered, colspan of the covering cell
        List<Element> covering = new ArrayList<>();
        int columns = 0;
        for (int r = 0; r < rows.size(); r++) {
            List<Slot> slots = new ArrayList<>();
            int col = 0;
            List<Element> cells = rows.get(r).children().stream()
                    .filter(c -> (c.normalName().equals("td") || c.normalName().equals("th")) && !DocxBlocks.omitted(c))
                    .toList();
            int next = 0;
            while (next < cells.size() || col < pending.size()) {
                if (col < pending.size() && pending.get(col) != null && pending.get(col)[0] > 0) {
                    int[] p = pending.get(col);
                    slots.add(new Slot(covering.get(col), p[1], true, header.get(r)));
                    p[0]--;
                    col += p[1];
                    continue;
                }
                if (next >= cells.size()) {
                    col++;
                    continue;
                }
                Element c = cells.get(next++);
                int colspan = span(c, "colspan");
                int rowspan = span(c, "rowspan");
                slots.add(new Slot(c, colspan, false, header.get(r)));
                while (pending.size() < col + colspan) {
                    pending.add(null);
                    covering.add(null);
                }
                pending.set(col, rowspan > 1 ? new int[] {rowspan - 1, colspan} : null);
                covering.set(col, c);
                col += colspan;
            }
            columns = Math.max(columns, slots.stream().mapToInt(Slot::colspan).sum());
            grid.add(slots);
        }
        return new Grid(grid, header, columns);
    }

    static int span(Element cell, String attr) {
        try {
            return cell.hasAttr(attr) ? Math.max(1, Math.min(63, Integer.parseInt(cell.attr(attr).strip()))) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * Column widths in twentieths of a point, summing to {@code total}: a width in per cent on a
     * cell (inline or from the style sheet) wins; other columns share the rest by their content (longest text, capped so that
     * one long paragraph does not starve the others; never narrower than their longest word).
     */
    int[] widths(Grid grid, int total) {
        int n = grid.columns();
        double[] percent = new double[n];
        double[] weight = new double[n];
        int[] minimum = new int[n];
        for (int c = 0; c < n; c++) weight[c] = 4;
        for (List<Slot> row : grid.rows()) {
            int col = 0;
            for (Slot s : row) {
                if (!s.continuation() && s.colspan() == 1 && col < n) {
                    String width = css.property(s.cell(), "width");
                    Matcher m = PERCENT.matcher(width == null ? "" : width.strip());
                    if (m.find() && percent[col] == 0) percent[col] = Double.parseDouble(m.group(1));
                    String text = s.cell().text().strip();
                    int longestWord = 0;
                    for (String word : text.split("\\s+")) longestWord = Math.max(longestWord, word.length());
                    double want = fillable(s.cell()) ? 24 : Math.min(40, text.length());
                    weight[col] = Math.max(weight[col], Math.max(want, longestWord + 1));
                    minimum[col] = Math.max(minimum[col], longestWord * WORD_CHAR + CELL_PADDING);
                }
                col += s.colspan();
            }
        }
        double fixed = 0;
        double free = 0;
        for (int c = 0; c < n; c++) {
            if (percent[c] > 0) fixed += percent[c];
            else free += weight[c];
        }
        fixed = Math.min(fixed, 100);
        int[] widths = new int[n];
        int used = 0;
        for (int c = 0; c < n; c++) {
            double share = percent[c] > 0 ? percent[c] / 100.0 * (fixed >= 100 ? 100 / fixed : 1)
                    : (1 - fixed / 100.0) * weight[c] / Math.max(free, 1);
            widths[c] = Math.max(360, (int) Math.round(total * share));
            used += widths[c];
        }
        // A column too narrow for its longest word takes the room from the widest columns.
        for (int c = 0; c < n; c++) {
            int lack = Math.min(minimum[c], total / n) - widths[c];
            while (lack > 0) {
                int widest = 0;
                for (int k = 1; k < n; k++) if (widths[k] > widths[widest]) widest = k;
                if (widest == c) break;
                int take = Math.min(lack, Math.max(1, widths[widest] - Math.max(minimum[widest], widths[c] + lack)));
                if (take <= 0) break;
                widths[widest] -= take;
                widths[c] += take;
                lack -= take;
            }
        }
        // Rounding and minimums: give or take the difference on the widest column.
        int widest = 0;
        for (int c = 1; c < n; c++) if (widths[c] > widths[widest]) widest = c;
        widths[widest] += total - used;
        return widths;
    }
}
