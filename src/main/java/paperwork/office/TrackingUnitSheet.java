package paperwork.office;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import paperwork.catalogue.AssessmentCriterion;
import paperwork.catalogue.KnowledgeItem;
import paperwork.catalogue.LearningOutcome;
import paperwork.catalogue.Unit;
import paperwork.render.LearnerDetails;

/**
 * One unit's tracking sheet: the learner block at the top, then a row per criterion and knowledge
 * item grouped by outcome, with the entry columns unlocked and validated.
 *
 * <p>Merged regions here and on the summary are added without POI's overlap check, which reads
 * back every region already added each time: they are disjoint by construction (the title, the
 * learner block and note rows, then each outcome's own rows), and a test checks it.
 */
final class TrackingUnitSheet {
    static final List<String> COLUMNS = List.of("Learning outcome", "Criterion", "Evidence type",
            "Evidence reference", "Date", "Assessor initials");
    static final int COL_OUTCOME = 0;
    static final int COL_CRITERION = 1;
    static final int COL_TYPE = 2;
    static final int COL_REFERENCE = 3;
    static final int COL_DATE = 4;
    static final int COL_INITIALS = 5;
    /** Zero-based row of the column headings; the rows above hold the title and the learner block. */
    static final int HEADER_ROW = 4;
    static final int FIRST_ITEM_ROW = HEADER_ROW + 1;
    static final String KNOWLEDGE_GROUP = "Knowledge and understanding";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** The rows one outcome (or the unit's knowledge) contributes. */
    record Group(String label, List<String> items) {
        Group {
            items = List.copyOf(items);
        }
    }

    /**
     * Where the finished sheet keeps its criteria, for the summary's formulas, and how many
     * criterion cells it filled in (what the summary's count of them comes to).
     */
    record Placed(Unit unit, String sheetName, int firstItemRow, int lastItemRow, int criteria) {
    }

    private TrackingUnitSheet() {
    }

    static List<Group> groups(Unit unit) {
        List<Group> groups = new ArrayList<>();
        for (LearningOutcome o : unit.outcomes()) {
            if (o.criteria().isEmpty()) continue;
            List<String> items = new ArrayList<>();
            for (AssessmentCriterion c : o.criteria()) items.add(labelled(c.code(), c.text()));
            groups.add(new Group(labelled(o.code(), o.title()), items));
        }
        if (!unit.knowledge().isEmpty()) {
            List<String> items = new ArrayList<>();
            for (KnowledgeItem k : unit.knowledge()) items.add(labelled(k.code(), k.text()));
            groups.add(new Group(KNOWLEDGE_GROUP, items));
        }
        return groups;
    }

    static String labelled(String code, String text) {
        String c = code == null ? "" : code.strip();
        String t = text == null ? "" : text.strip();
        if (c.isEmpty()) return t;
        if (t.isEmpty()) return c;
        return c + " " + t;
    }

    static String unitHeading(Unit unit) {
        return labelled(unit.id(), unit.title());
    }

    static Placed write(SXSSFSheet sheet, Unit unit, LearnerDetails learner, String workbookTitle,
            TrackingStyles styles) {
        List<Group> groups = groups(unit);
        int[] widths = columnWidths(groups);
        for (int c = 0; c < widths.length; c++) sheet.setColumnWidth(c, widths[c] * 256);

        Row titleRow = sheet.createRow(0);
        titleRow.setHeightInPoints(24);
        cell(titleRow, 0, unitHeading(unit), styles.title);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(0, 0, 0, COLUMNS.size() - 1));
        LearnerBlock.write(sheet, 1, learner, styles);
        Row note = sheet.createRow(3);
        cell(note, 0, unitFacts(unit), styles.note);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(3, 3, 0, COLUMNS.size() - 1));

        Row header = sheet.createRow(HEADER_ROW);
        int headerLines = 1;
        for (int c = 0; c < COLUMNS.size(); c++) {
            cell(header, c, COLUMNS.get(c), styles.header);
            headerLines = Math.max(headerLines, TrackingStyles.lines(COLUMNS.get(c), widths[c]));
        }
        header.setHeightInPoints(TrackingStyles.height(headerLines));

        int r = FIRST_ITEM_ROW;
        if (groups.isEmpty()) {
            Row row = sheet.createRow(r);
            cell(row, COL_OUTCOME, "No criteria or knowledge items are printed for this unit.", styles.outcome);
            cell(row, COL_CRITERION, null, styles.criterion);
            entryCells(row, styles);
            row.setHeightInPoints(TrackingStyles.height(
                    TrackingStyles.lines(row.getCell(COL_OUTCOME).getStringCellValue(), widths[COL_OUTCOME])));
            r++;
        }
        for (Group g : groups) {
            int first = r;
            float rowsHeight = 0;
            for (String item : g.items()) {
                Row row = sheet.createRow(r);
                cell(row, COL_OUTCOME, r == first ? g.label() : null, styles.outcome);
                cell(row, COL_CRITERION, item, styles.criterion);
                entryCells(row, styles);
                float h = TrackingStyles.entryHeight(TrackingStyles.lines(item, widths[COL_CRITERION]));
                row.setHeightInPoints(h);
                rowsHeight += h;
                r++;
            }
            // The outcome's label spans its rows; give the last row more room if the label needs it.
            float needed = TrackingStyles.height(TrackingStyles.lines(g.label(), widths[COL_OUTCOME]));
            if (needed > rowsHeight) {
                Row last = sheet.getRow(r - 1);
                last.setHeightInPoints(last.getHeightInPoints() + needed - rowsHeight);
            }
            if (r - 1 > first) sheet.addMergedRegionUnsafe(new CellRangeAddress(first, r - 1, COL_OUTCOME, COL_OUTCOME));
        }
        int lastItemRow = r - 1;
        int criteria = groups.stream().mapToInt(g -> g.items().size()).sum();

        validate(sheet, lastItemRow);
        print(sheet, unit, workbookTitle);
        sheet.createFreezePane(0, FIRST_ITEM_ROW);
        protect(sheet);
        return new Placed(unit, sheet.getSheetName(), FIRST_ITEM_ROW, lastItemRow, criteria);
    }

    private static String unitFacts(Unit unit) {
        List<String> facts = new ArrayList<>();
        if (!unit.aliases().isEmpty()) facts.add("Also known as " + String.join(", ", unit.aliases()));
        if (unit.level() != null) facts.add("Level " + unit.level());
        if (unit.credits() != null) facts.add("Credit value " + unit.credits());
        if (unit.glh() != null) facts.add("GLH " + unit.glh());
        facts.add("Evidence types: Obs observation, Pe product evidence, Q questioning, Sim simulation, "
                + "Wt witness testimony, D discussion, R reflective account, O other");
        return String.join(" · ", facts);
    }

    private static void entryCells(Row row, TrackingStyles styles) {
        cell(row, COL_TYPE, null, styles.entry);
        cell(row, COL_REFERENCE, null, styles.entry);
        cell(row, COL_DATE, null, styles.date);
        cell(row, COL_INITIALS, null, styles.entry);
    }

    static Cell cell(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        if (value != null) cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    /** Widths in characters: the text columns as wide as their content within bounds, the rest fixed. */
    static int[] columnWidths(List<Group> groups) {
        int outcome = 18;
        int criterion = 36;
        for (Group g : groups) {
            outcome = Math.max(outcome, longestWord(g.label()) + 2);
            outcome = Math.max(outcome, Math.min(32, g.label().length() / 3));
            for (String item : g.items()) criterion = Math.max(criterion, Math.min(70, item.length() + 2));
        }
        return new int[] {Math.min(outcome, 32), criterion, 11, 24, 12, 11};
    }

    private static int longestWord(String s) {
        int longest = 0;
        for (String w : WHITESPACE.split(s)) longest = Math.max(longest, w.length());
        return Math.min(longest, 32);
    }

    private static void validate(Sheet sheet, int lastItemRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint types = helper.createExplicitListConstraint(
                TrackingWorkbookWriter.EVIDENCE_TYPES.toArray(String[]::new));
        DataValidation typeCheck = helper.createValidation(types,
                new CellRangeAddressList(FIRST_ITEM_ROW, lastItemRow, COL_TYPE, COL_TYPE));
        typeCheck.setSuppressDropDownArrow(true);
        typeCheck.setShowErrorBox(true);
        typeCheck.setErrorStyle(DataValidation.ErrorStyle.STOP);
        typeCheck.createErrorBox("Evidence type", "Choose one of " + String.join(", ", TrackingWorkbookWriter.EVIDENCE_TYPES));
        sheet.addValidationData(typeCheck);

        DataValidationConstraint dates = helper.createDateConstraint(
                DataValidationConstraint.OperatorType.BETWEEN, "DATE(1990,1,1)", "DATE(2100,12,31)", null);
        DataValidation dateCheck = helper.createValidation(dates,
                new CellRangeAddressList(FIRST_ITEM_ROW, lastItemRow, COL_DATE, COL_DATE));
        dateCheck.setShowErrorBox(true);
        dateCheck.setErrorStyle(DataValidation.ErrorStyle.STOP);
        dateCheck.createErrorBox("Date", "Enter a date, for example 14/03/2027.");
        dateCheck.setShowPromptBox(true);
        dateCheck.createPromptBox("Date", "The date the evidence was assessed (dd/mm/yyyy).");
        sheet.addValidationData(dateCheck);
    }

    private static void print(Sheet sheet, Unit unit, String workbookTitle) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setMargin(PageMargin.LEFT, 0.5);
        sheet.setMargin(PageMargin.RIGHT, 0.5);
        sheet.setMargin(PageMargin.TOP, 0.75);
        sheet.setMargin(PageMargin.BOTTOM, 0.75);
        sheet.setRepeatingRows(new CellRangeAddress(0, HEADER_ROW, -1, -1));
        sheet.getHeader().setCenter(headerText(unitHeading(unit)));
        sheet.getFooter().setLeft(headerText(workbookTitle));
        sheet.getFooter().setRight("Page &P of &N");
    }

    /** Header and footer text treats {@code &} as a code; a literal one is doubled. */
    static String headerText(String s) {
        String t = s.replace("&", "&&");
        // Excel refuses headers over 255 characters.
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }

    static void protect(SXSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockFormatRows(false);
        sheet.lockFormatColumns(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }
}
