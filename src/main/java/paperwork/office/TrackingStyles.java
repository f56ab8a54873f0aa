package paperwork.office;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The handful of cell styles a tracking workbook uses, made once per workbook. Locked styles hold
 * the standard's text; unlocked ones are where centres type.
 */
final class TrackingStyles {
    /** Arial is metric-compatible with Liberation Sans, the PDFs' font, and present wherever Excel is. */
    static final String FONT = "Arial";
    static final short FONT_POINTS = 10;
    static final float LINE_POINTS = 12.75f;

    final XSSFCellStyle title;
    final XSSFCellStyle label;
    final XSSFCellStyle detail;
    final XSSFCellStyle note;
    final XSSFCellStyle header;
    final XSSFCellStyle outcome;
    final XSSFCellStyle criterion;
    final XSSFCellStyle entry;
    final XSSFCellStyle date;
    final XSSFCellStyle count;
    final XSSFCellStyle percent;
    final XSSFCellStyle total;
    final XSSFCellStyle totalCount;
    final XSSFCellStyle totalPercent;

    TrackingStyles(XSSFWorkbook wb) {
        XSSFFont plain = font(wb, false, FONT_POINTS);
        XSSFFont bold = font(wb, true, FONT_POINTS);
        XSSFFont big = font(wb, true, (short) 14);
        XSSFFont small = font(wb, false, (short) 9);
        small.setItalic(true);

        title = wb.createCellStyle();
        title.setFont(big);
        title.setVerticalAlignment(VerticalAlignment.CENTER);

        label = wb.createCellStyle();
        label.setFont(bold);
        label.setVerticalAlignment(VerticalAlignment.BOTTOM);

        detail = wb.createCellStyle();
        detail.setFont(plain);
        detail.setBorderBottom(BorderStyle.THIN);
        detail.setLocked(false);
        detail.setVerticalAlignment(VerticalAlignment.BOTTOM);

        note = wb.createCellStyle();
        note.setFont(small);

        header = boxed(wb, bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setVerticalAlignment(VerticalAlignment.CENTER);

        outcome = boxed(wb, bold);
        criterion = boxed(wb, plain);

        entry = boxed(wb, plain);
        entry.setLocked(false);

        date = boxed(wb, plain);
        date.setLocked(false);
        date.setAlignment(HorizontalAlignment.LEFT);
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));

        count = boxed(wb, plain);
        count.setAlignment(HorizontalAlignment.RIGHT);
        percent = boxed(wb, plain);
        percent.setDataFormat(wb.createDataFormat().getFormat("0%"));

        total = boxed(wb, bold);
        totalCount = boxed(wb, bold);
        totalCount.setAlignment(HorizontalAlignment.RIGHT);
        totalPercent = boxed(wb, bold);
        totalPercent.setDataFormat(wb.createDataFormat().getFormat("0%"));
    }

    private static XSSFFont font(XSSFWorkbook wb, boolean bold, short points) {
        XSSFFont f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints(points);
        f.setBold(bold);
        return f;
    }

    private static XSSFCellStyle boxed(XSSFWorkbook wb, XSSFFont font) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    /**
     * How many lines {@code text} wraps to in a column {@code width} characters wide. POI cannot
     * measure wrapped rows and Excel does not re-measure them on opening, so row heights are set
     * from this estimate (greedy word wrap, with a margin for wide letters).
     */
    static int lines(String text, int width) {
        if (text == null || text.isEmpty()) return 1;
        // Arial's average letter is narrower than the '0' that column widths are counted in.
        int usable = Math.max(4, (int) (width * 1.1));
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int used = 0;
            lines++;
            for (String word : paragraph.split(" ")) {
                int w = word.length();
                if (used == 0) {
                    used = w;
                } else if (used + 1 + w <= usable) {
                    used += 1 + w;
                } else {
                    lines++;
                    used = w;
                }
                while (used > usable) {
                    lines++;
                    used -= usable;
                }
            }
        }
        return lines;
    }

    static float height(int lines) {
        return lines * LINE_POINTS + 3f;
    }

    /** An entry row is at least two lines high so that a printed sheet can be written on by hand. */
    static float entryHeight(int lines) {
        return height(Math.max(2, lines));
    }
}
