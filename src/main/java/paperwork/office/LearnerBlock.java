package paperwork.office;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import paperwork.render.LearnerDetails;

/**
 * The two rows at the top of every tracking sheet: learner and reference, centre and assessor.
 * The value cells are unlocked so a blank workbook can be filled in; a learner's workbook has
 * them filled already.
 */
final class LearnerBlock {
    static final String[] LABELS = {"Learner", "Reference", "Centre", "Assessor"};
    /** Cells as (row offset, column) of each value, in the order of {@link #LABELS}. */
    static final int[][] VALUE_CELLS = {{0, 1}, {0, 3}, {1, 1}, {1, 3}};

    private LearnerBlock() {
    }

    static void write(Sheet sheet, int firstRow, LearnerDetails learner, TrackingStyles styles) {
        String[] values = {learner.name(), learner.reference(), learner.centre(), learner.assessor()};
        for (int i = 0; i < LABELS.length; i++) {
            int rowIndex = firstRow + VALUE_CELLS[i][0];
            int col = VALUE_CELLS[i][1];
            Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
            row.setHeightInPoints(20);
            TrackingUnitSheet.cell(row, col - 1, LABELS[i], styles.label);
            TrackingUnitSheet.cell(row, col, values[i], styles.detail);
            if (col == 3) {
                // The right-hand value runs to the last column so that a name fits.
                TrackingUnitSheet.cell(row, 4, null, styles.detail);
                TrackingUnitSheet.cell(row, 5, null, styles.detail);
                sheet.addMergedRegionUnsafe(new CellRangeAddress(rowIndex, rowIndex, 3, 5));
            }
        }
    }
}
