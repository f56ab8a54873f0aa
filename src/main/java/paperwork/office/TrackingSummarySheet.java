package paperwork.office;

import java.util.List;

import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import paperwork.render.LearnerDetails;

/**
 * The first sheet: per unit, criteria evidenced out of the total and a percentage, then the same
 * for the whole workbook, all as formulas over the unit sheets so they follow what is typed in.
 * A criterion counts as evidenced once its evidence reference is filled in.
 */
final class TrackingSummarySheet {
    static final List<String> COLUMNS = List.of("Unit", "Title", "Evidenced", "Total", "Percentage", "Status");
    static final int HEADER_ROW = 4;
    static final int FIRST_UNIT_ROW = HEADER_ROW + 1;
    static final String COMPLETE = "Complete";
    static final String IN_PROGRESS = "In progress";
    static final String NOT_STARTED = "Not started";
    static final String NO_CRITERIA = "No criteria";

    private TrackingSummarySheet() {
    }

    static void write(XSSFSheet sheet, String title, String qualifications, LearnerDetails learner,
            List<TrackingUnitSheet.Placed> units, TrackingStyles styles) {
        int[] widths = {16, 56, 11, 9, 12, 13};
        for (int c = 0; c < widths.length; c++) sheet.setColumnWidth(c, widths[c] * 256);
        XSSFRow titleRow = sheet.createRow(0);
        titleRow.setHeightInPoints(24);
        TrackingUnitSheet.cell(titleRow, 0, title, styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.size() - 1));
        LearnerBlock.write(sheet, 1, learner, styles);
        XSSFRow note = sheet.createRow(3);
        TrackingUnitSheet.cell(note, 0, (qualifications.isEmpty() ? "" : qualifications + ". ")
                + "A criterion counts as evidenced once its evidence reference is filled in.", styles.note);
        sheet.addMergedRegion(new CellRangeAddress(3, 3, 0, COLUMNS.size() - 1));

        XSSFRow header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < COLUMNS.size(); c++) TrackingUnitSheet.cell(header, c, COLUMNS.get(c), styles.header);
        header.setHeightInPoints(TrackingStyles.height(1));

        int r = FIRST_UNIT_ROW;
        for (TrackingUnitSheet.Placed p : units) {
            XSSFRow row = sheet.createRow(r);
            TrackingUnitSheet.cell(row, 0, p.unit().id(), styles.criterion);
            String unitTitle = p.unit().title() == null ? "" : p.unit().title();
            TrackingUnitSheet.cell(row, 1, unitTitle, styles.criterion);
            String ref = quote(p.sheetName());
            formula(row, 2, "COUNTA(" + ref + "!" + range(TrackingUnitSheet.COL_REFERENCE, p) + ")", styles.count);
            formula(row, 3, "COUNTA(" + ref + "!" + range(TrackingUnitSheet.COL_CRITERION, p) + ")", styles.count);
            rateAndStatus(row, r, styles.percent, styles.criterion);
            row.setHeightInPoints(TrackingStyles.height(TrackingStyles.lines(unitTitle, widths[1])));
            r++;
        }
        int totalRow = r;
        XSSFRow row = sheet.createRow(totalRow);
        TrackingUnitSheet.cell(row, 0, "Total", styles.total);
        TrackingUnitSheet.cell(row, 1, units.size() == 1 ? "The unit" : "All " + units.size() + " units", styles.total);
        String first = Integer.toString(FIRST_UNIT_ROW + 1);
        String last = Integer.toString(Math.max(FIRST_UNIT_ROW, totalRow - 1) + 1);
        formula(row, 2, units.isEmpty() ? "0" : "SUM(C" + first + ":C" + last + ")", styles.totalCount);
        formula(row, 3, units.isEmpty() ? "0" : "SUM(D" + first + ":D" + last + ")", styles.totalCount);
        rateAndStatus(row, totalRow, styles.totalPercent, styles.total);
        row.setHeightInPoints(TrackingStyles.height(1));

        statusColours(sheet, totalRow);
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, HEADER_ROW, -1, -1));
        sheet.getHeader().setCenter(TrackingUnitSheet.headerText(title));
        sheet.getFooter().setRight("Page &P of &N");
        sheet.createFreezePane(0, FIRST_UNIT_ROW);
        TrackingUnitSheet.protect(sheet);
    }

    private static void rateAndStatus(XSSFRow row, int r, org.apache.poi.xssf.usermodel.XSSFCellStyle percent,
            org.apache.poi.xssf.usermodel.XSSFCellStyle text) {
        String n = Integer.toString(r + 1);
        String done = "C" + n;
        String all = "D" + n;
        formula(row, 4, "IF(" + all + "=0,0," + done + "/" + all + ")", percent);
        formula(row, 5, "IF(" + all + "=0,\"" + NO_CRITERIA + "\",IF(" + done + ">=" + all + ",\"" + COMPLETE
                + "\",IF(" + done + ">0,\"" + IN_PROGRESS + "\",\"" + NOT_STARTED + "\")))", text);
    }

    private static void formula(XSSFRow row, int col, String formula,
            org.apache.poi.xssf.usermodel.XSSFCellStyle style) {
        TrackingUnitSheet.cell(row, col, null, style).setCellFormula(formula);
    }

    private static String range(int col, TrackingUnitSheet.Placed p) {
        return new CellReference(p.firstItemRow(), col, true, true).formatAsString() + ":"
                + new CellReference(p.lastItemRow(), col, true, true).formatAsString();
    }

    static String quote(String sheetName) {
        return "'" + sheetName.replace("'", "''") + "'";
    }

    /** Green complete, amber in progress, red not started, decided from the counts, not the words. */
    private static void statusColours(XSSFSheet sheet, int totalRow) {
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        String n = Integer.toString(FIRST_UNIT_ROW + 1);
        ConditionalFormattingRule complete = rule(cf, "AND($D" + n + ">0,$C" + n + ">=$D" + n + ")", "C6EFCE");
        ConditionalFormattingRule progress = rule(cf, "AND($C" + n + ">0,$C" + n + "<$D" + n + ")", "FFEB9C");
        ConditionalFormattingRule notStarted = rule(cf, "AND($D" + n + ">0,$C" + n + "=0)", "FFC7CE");
        CellRangeAddress[] where = {new CellRangeAddress(FIRST_UNIT_ROW, totalRow, 0, COLUMNS.size() - 1)};
        cf.addConditionalFormatting(where, new ConditionalFormattingRule[] {complete, progress, notStarted});
    }

    private static ConditionalFormattingRule rule(SheetConditionalFormatting cf, String formula, String rgb) {
        ConditionalFormattingRule rule = cf.createConditionalFormattingRule(formula);
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(new XSSFColor(hex(rgb), null));
        fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
        return rule;
    }

    private static byte[] hex(String rgb) {
        return new byte[] {(byte) Integer.parseInt(rgb.substring(0, 2), 16),
                (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }
}
