package paperwork.office;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFColor;

import paperwork.render.LearnerDetails;

/**
 * The first sheet: per unit, criteria evidenced out of the total and a percentage, then the same
 * for the whole workbook, all as formulas over the unit sheets so they follow what is typed in.
 * A criterion counts as evidenced once its evidence reference is filled in.
 *
 * <p>Each formula is written with its result as it stands in the new workbook (no evidence yet), so
 * that viewers that do not recalculate still show the figures. The results are worked out here from
 * what the unit sheets hold rather than by POI's formula evaluator, which cost more than writing
 * the rest of the workbook; a test evaluates every formula with POI and compares.
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

    static void write(SXSSFSheet sheet, String title, String qualifications, LearnerDetails learner,
            List<TrackingUnitSheet.Placed> units, TrackingStyles styles) {
        int[] widths = {16, 56, 11, 9, 12, 13};
        for (int c = 0; c < widths.length; c++) sheet.setColumnWidth(c, widths[c] * 256);
        Row titleRow = sheet.createRow(0);
        titleRow.setHeightInPoints(24);
        TrackingUnitSheet.cell(titleRow, 0, title, styles.title);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(0, 0, 0, COLUMNS.size() - 1));
        LearnerBlock.write(sheet, 1, learner, styles);
        Row note = sheet.createRow(3);
        TrackingUnitSheet.cell(note, 0, (qualifications.isEmpty() ? "" : qualifications + ". ")
                + "A criterion counts as evidenced once its evidence reference is filled in.", styles.note);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(3, 3, 0, COLUMNS.size() - 1));

        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < COLUMNS.size(); c++) TrackingUnitSheet.cell(header, c, COLUMNS.get(c), styles.header);
        header.setHeightInPoints(TrackingStyles.height(1));

        int r = FIRST_UNIT_ROW;
        int allEvidenced = 0;
        int allCriteria = 0;
        for (TrackingUnitSheet.Placed p : units) {
            Row row = sheet.createRow(r);
            TrackingUnitSheet.cell(row, 0, p.unit().id(), styles.criterion);
            String unitTitle = p.unit().title() == null ? "" : p.unit().title();
            TrackingUnitSheet.cell(row, 1, unitTitle, styles.criterion);
            String ref = quote(p.sheetName());
            // The unit sheet's evidence cells are written empty.
            int evidenced = 0;
            formula(row, 2, "COUNTA(" + ref + "!" + range(TrackingUnitSheet.COL_REFERENCE, p) + ")", evidenced,
                    styles.count);
            formula(row, 3, "COUNTA(" + ref + "!" + range(TrackingUnitSheet.COL_CRITERION, p) + ")", p.criteria(),
                    styles.count);
            rateAndStatus(row, r, evidenced, p.criteria(), styles.percent, styles.criterion);
            allEvidenced += evidenced;
            allCriteria += p.criteria();
            row.setHeightInPoints(TrackingStyles.height(TrackingStyles.lines(unitTitle, widths[1])));
            r++;
        }
        int totalRow = r;
        Row row = sheet.createRow(totalRow);
        TrackingUnitSheet.cell(row, 0, "Total", styles.total);
        TrackingUnitSheet.cell(row, 1, units.size() == 1 ? "The unit" : "All " + units.size() + " units", styles.total);
        String first = Integer.toString(FIRST_UNIT_ROW + 1);
        String last = Integer.toString(Math.max(FIRST_UNIT_ROW, totalRow - 1) + 1);
        formula(row, 2, units.isEmpty() ? "0" : "SUM(C" + first + ":C" + last + ")", allEvidenced, styles.totalCount);
        formula(row, 3, units.isEmpty() ? "0" : "SUM(D" + first + ":D" + last + ")", allCriteria, styles.totalCount);
        rateAndStatus(row, totalRow, allEvidenced, allCriteria, styles.totalPercent, styles.total);
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

    /** The percentage and status of a row whose counts are in C and D, with their results for these counts. */
    private static void rateAndStatus(Row row, int r, int evidenced, int criteria, CellStyle percent, CellStyle text) {
        String n = Integer.toString(r + 1);
        String done = "C" + n;
        String all = "D" + n;
        formula(row, 4, "IF(" + all + "=0,0," + done + "/" + all + ")", criteria == 0 ? 0 : (double) evidenced / criteria,
                percent);
        formula(row, 5, "IF(" + all + "=0,\"" + NO_CRITERIA + "\",IF(" + done + ">=" + all + ",\"" + COMPLETE
                + "\",IF(" + done + ">0,\"" + IN_PROGRESS + "\",\"" + NOT_STARTED + "\")))", status(evidenced, criteria),
                text);
    }

    /** What the status formula gives, for its cached result. */
    static String status(int evidenced, int criteria) {
        if (criteria == 0) return NO_CRITERIA;
        if (evidenced >= criteria) return COMPLETE;
        return evidenced > 0 ? IN_PROGRESS : NOT_STARTED;
    }

    /** A formula cell holding {@code result} as its cached value (set first: POI keeps it as the formula's). */
    private static void formula(Row row, int col, String formula, double result, CellStyle style) {
        Cell cell = TrackingUnitSheet.cell(row, col, null, style);
        cell.setCellValue(result);
        cell.setCellFormula(formula);
    }

    private static void formula(Row row, int col, String formula, String result, CellStyle style) {
        TrackingUnitSheet.cell(row, col, result, style).setCellFormula(formula);
    }

    private static String range(int col, TrackingUnitSheet.Placed p) {
        return new CellReference(p.firstItemRow(), col, true, true).formatAsString() + ":"
                + new CellReference(p.lastItemRow(), col, true, true).formatAsString();
    }

    static String quote(String sheetName) {
        return "'" + sheetName.replace("'", "''") + "'";
    }

    /** Green complete, amber in progress, red not started, decided from the counts, not the words. */
    private static void statusColours(SXSSFSheet sheet, int totalRow) {
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
