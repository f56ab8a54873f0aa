package paperwork.office;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import paperwork.catalogue.AssessmentCriterion;
import paperwork.catalogue.KnowledgeItem;
import paperwork.catalogue.LearningOutcome;
import paperwork.catalogue.Unit;
import paperwork.render.LearnerDetails;

class TrackingWorkbookWriterTest {
    final TrackingWorkbookWriter writer = new TrackingWorkbookWriter();

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Unit> allUnits() {
        List<Unit> units = new ArrayList<>(OfficeFixtures.nvqUnits());
        units.addAll(OfficeFixtures.syntheticUnits());
        return units;
    }

    byte[] workbook(List<Unit> units, LearnerDetails learner) {
        return writer.write(OfficeFixtures.catalogue(), units, "Customer Service NVQ", learner,
                OfficeFixtures.metadata("Customer Service NVQ: evidence tracking"));
    }

    static List<String> column(XSSFSheet sheet, int col) {
        List<String> values = new ArrayList<>();
        for (int r = TrackingUnitSheet.FIRST_ITEM_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell c = row == null ? null : row.getCell(col);
            values.add(c == null ? "" : c.getStringCellValue());
        }
        return values;
    }

    @Test
    void everyCriterionAndKnowledgeItemOfTheCatalogueIsOnItsUnitsSheetInOrder() throws IOException {
        List<Unit> units = new ArrayList<>(OfficeFixtures.catalogue().units());
        units.addAll(OfficeFixtures.syntheticUnits());
        assertTrue(OfficeFixtures.nvqUnits().size() >= 60, "the NVQ standards should be in sources/");
        try (XSSFWorkbook wb = open(workbook(units, LearnerDetails.BLANK))) {
            assertEquals(units.size() + 1, wb.getNumberOfSheets());
            assertEquals(TrackingWorkbookWriter.SUMMARY_SHEET, wb.getSheetName(0));
            for (int i = 0; i < units.size(); i++) {
                Unit unit = units.get(i);
                XSSFSheet sheet = wb.getSheetAt(i + 1);
                List<String> expected = new ArrayList<>();
                for (LearningOutcome o : unit.outcomes()) {
                    for (AssessmentCriterion c : o.criteria()) expected.add(c.code() + " " + c.text());
                }
                for (KnowledgeItem k : unit.knowledge()) expected.add(k.code() + " " + k.text());
                List<String> criteria = column(sheet, TrackingUnitSheet.COL_CRITERION).stream()
                        .filter(s -> !s.isEmpty()).toList();
                assertEquals(expected, criteria, "criteria of " + unit.id() + " on sheet " + sheet.getSheetName());
                assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().startsWith(unit.id()), unit.id());
            }
        }
    }

    @Test
    void outcomesHeadTheirGroupsAndSpanTheirRows() throws IOException {
        Unit unit = OfficeFixtures.syntheticUnits().get(0);
        try (XSSFWorkbook wb = open(workbook(List.of(unit), LearnerDetails.BLANK))) {
            XSSFSheet sheet = wb.getSheetAt(1);
            List<String> outcomes = column(sheet, TrackingUnitSheet.COL_OUTCOME);
            // Outcome 1 has 2 criteria, 2 has 3, 3 has 4, then 2 knowledge items.
            assertEquals("1 Understand outcome 1 of H/506/1925", outcomes.get(0));
            assertEquals("", outcomes.get(1));
            assertEquals("2 Understand outcome 2 of H/506/1925", outcomes.get(2));
            assertEquals("3 Understand outcome 3 of H/506/1925", outcomes.get(5));
            assertEquals(TrackingUnitSheet.KNOWLEDGE_GROUP, outcomes.get(9));
            assertEquals(11, outcomes.size());
            Set<String> merged = new HashSet<>();
            for (CellRangeAddress r : sheet.getMergedRegions()) merged.add(r.formatAsString());
            assertTrue(merged.containsAll(List.of("A6:A7", "A8:A10", "A11:A14", "A15:A16")), merged.toString());
            assertEquals("Learning outcome", sheet.getRow(TrackingUnitSheet.HEADER_ROW).getCell(0).getStringCellValue());
            assertEquals(TrackingUnitSheet.COLUMNS, headerRow(sheet, TrackingUnitSheet.HEADER_ROW));
        }
    }

    @Test
    void mergedRegionsNeverOverlap() throws IOException {
        LearnerDetails learner = new LearnerDetails("A Learner", "LRN-1", "Centre", "Assessor");
        try (XSSFWorkbook wb = open(workbook(allUnits(), learner))) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                List<CellRangeAddress> regions = wb.getSheetAt(s).getMergedRegions();
                assertFalse(regions.isEmpty(), wb.getSheetName(s));
                for (int i = 0; i < regions.size(); i++) {
                    for (int j = i + 1; j < regions.size(); j++) {
                        assertFalse(regions.get(i).intersects(regions.get(j)), wb.getSheetName(s) + ": "
                                + regions.get(i).formatAsString() + " and " + regions.get(j).formatAsString());
                    }
                }
            }
        }
    }

    static List<String> headerRow(XSSFSheet sheet, int r) {
        List<String> h = new ArrayList<>();
        for (Cell c : sheet.getRow(r)) h.add(c.getStringCellValue());
        return h;
    }

    @Test
    void sheetNamesAreValidUniqueAndWithinTheLimit() throws IOException {
        try (XSSFWorkbook wb = open(workbook(allUnits(), LearnerDetails.BLANK))) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                String name = wb.getSheetName(i);
                WorkbookUtil.validateSheetName(name);
                assertTrue(name.length() <= 31, name);
                assertFalse(name.equalsIgnoreCase("History"), name);
                assertTrue(seen.add(name.toLowerCase(Locale.ROOT)), "duplicate sheet name " + name);
            }
            assertTrue(wb.getSheetName(1 + OfficeFixtures.nvqUnits().size()).startsWith("H-506-1925 "));
        }
    }

    @Test
    void evidenceTypeIsADropDownAndDateOnlyAcceptsDates() throws IOException {
        Unit unit = OfficeFixtures.nvqUnits().get(0);
        try (XSSFWorkbook wb = open(workbook(List.of(unit), LearnerDetails.BLANK))) {
            XSSFSheet sheet = wb.getSheetAt(1);
            int last = sheet.getLastRowNum();
            List<XSSFDataValidation> checks = sheet.getDataValidations();
            assertEquals(2, checks.size());
            XSSFDataValidation types = checks.stream()
                    .filter(v -> v.getValidationConstraint().getValidationType() == DataValidationConstraint.ValidationType.LIST)
                    .findFirst().orElseThrow();
            assertEquals(TrackingWorkbookWriter.EVIDENCE_TYPES, List.of(types.getValidationConstraint().getExplicitListValues()));
            assertEquals("C6:C" + (last + 1), types.getRegions().getCellRangeAddress(0).formatAsString());
            assertTrue(types.getShowErrorBox());
            // OOXML's showDropDown="1" hides the in-cell arrow; the list must show it.
            for (var v : sheet.getCTWorksheet().getDataValidations().getDataValidationList()) {
                assertFalse(v.getShowDropDown(), "drop-down arrow shown");
            }
            XSSFDataValidation dates = checks.stream()
                    .filter(v -> v.getValidationConstraint().getValidationType() == DataValidationConstraint.ValidationType.DATE)
                    .findFirst().orElseThrow();
            assertEquals("E6:E" + (last + 1), dates.getRegions().getCellRangeAddress(0).formatAsString());
            assertEquals(DataValidation.ErrorStyle.STOP, dates.getErrorStyle());
            assertTrue(dates.getShowErrorBox());
            assertEquals(DataValidationConstraint.OperatorType.BETWEEN, dates.getValidationConstraint().getOperator());
        }
    }

    @Test
    void theStandardIsLockedAndTheEntryCellsAreNot() throws IOException {
        Unit unit = OfficeFixtures.nvqUnits().get(1);
        try (XSSFWorkbook wb = open(workbook(List.of(unit), LearnerDetails.BLANK))) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                XSSFSheet sheet = wb.getSheetAt(s);
                assertTrue(sheet.getProtect(), sheet.getSheetName());
                assertTrue(sheet.isSheetLocked());
                var protection = sheet.getCTWorksheet().getSheetProtection();
                assertFalse(protection.isSetPassword(), "no password");
                assertFalse(protection.isSetHashValue(), "no password");
                for (int[] v : LearnerBlock.VALUE_CELLS) {
                    assertFalse(sheet.getRow(1 + v[0]).getCell(v[1]).getCellStyle().getLocked(), "learner cells open");
                }
            }
            XSSFSheet sheet = wb.getSheetAt(1);
            for (int r = TrackingUnitSheet.FIRST_ITEM_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertTrue(row.getCell(TrackingUnitSheet.COL_OUTCOME).getCellStyle().getLocked());
                assertTrue(row.getCell(TrackingUnitSheet.COL_CRITERION).getCellStyle().getLocked());
                for (int c = TrackingUnitSheet.COL_TYPE; c <= TrackingUnitSheet.COL_INITIALS; c++) {
                    assertFalse(row.getCell(c).getCellStyle().getLocked(), "row " + r + " col " + c);
                }
                assertTrue(row.getCell(TrackingUnitSheet.COL_CRITERION).getCellStyle().getWrapText());
                assertTrue(row.getHeightInPoints() >= TrackingStyles.height(1) - 0.01);
            }
            assertEquals("dd/mm/yyyy", sheet.getRow(TrackingUnitSheet.FIRST_ITEM_ROW)
                    .getCell(TrackingUnitSheet.COL_DATE).getCellStyle().getDataFormatString());
        }
    }

    @Test
    void printsLandscapeA4OnePageWideWithRepeatedHeadersAndFrozenPanes() throws IOException {
        Unit unit = OfficeFixtures.nvqUnits().get(2);
        try (XSSFWorkbook wb = open(workbook(List.of(unit), LearnerDetails.BLANK))) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                XSSFSheet sheet = wb.getSheetAt(s);
                PrintSetup ps = sheet.getPrintSetup();
                assertTrue(ps.getLandscape());
                assertEquals(PrintSetup.A4_PAPERSIZE, ps.getPaperSize());
                assertEquals(1, ps.getFitWidth());
                assertEquals(0, ps.getFitHeight());
                assertTrue(sheet.getFitToPage());
                assertEquals(CellRangeAddress.valueOf("1:5").formatAsString(), sheet.getRepeatingRows().formatAsString());
                PaneInformation pane = sheet.getPaneInformation();
                assertNotNull(pane, sheet.getSheetName());
                assertTrue(pane.isFreezePane());
                assertEquals(5, pane.getHorizontalSplitPosition());
                assertEquals("Page &P of &N", sheet.getFooter().getRight());
            }
            XSSFSheet sheet = wb.getSheetAt(1);
            assertEquals(unit.id() + " " + unit.title(), sheet.getHeader().getCenter().replace("&&", "&"));
            // Widths follow the content: the criterion column is the widest, nothing is narrower than a code.
            int criterion = sheet.getColumnWidth(TrackingUnitSheet.COL_CRITERION) / 256;
            int longest = unit.allCriteria().stream().mapToInt(c -> c.code().length() + 1 + c.text().length()).max().orElse(0);
            assertEquals(Math.max(36, Math.min(70, longest + 2)), criterion);
            for (int c = 0; c < 6; c++) assertTrue(sheet.getColumnWidth(c) / 256 >= 11, "column " + c);
        }
    }

    @Test
    void learnersWorkbookHoldsTheirUnitsAndDetailsOnEverySheet() throws IOException {
        List<Unit> chosen = List.of(OfficeFixtures.nvqUnits().get(3), OfficeFixtures.nvqUnits().get(7));
        LearnerDetails learner = new LearnerDetails("Zoë O'Brien-Łukasz", "LRN-1001", "Northgate & Co", "A. Assessor");
        try (XSSFWorkbook wb = open(workbook(chosen, learner))) {
            assertEquals(3, wb.getNumberOfSheets());
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                XSSFSheet sheet = wb.getSheetAt(s);
                assertEquals("Learner", sheet.getRow(1).getCell(0).getStringCellValue());
                assertEquals(learner.name(), sheet.getRow(1).getCell(1).getStringCellValue());
                assertEquals(learner.reference(), sheet.getRow(1).getCell(3).getStringCellValue());
                assertEquals("Centre", sheet.getRow(2).getCell(0).getStringCellValue());
                assertEquals(learner.centre(), sheet.getRow(2).getCell(1).getStringCellValue());
                assertEquals(learner.assessor(), sheet.getRow(2).getCell(3).getStringCellValue());
            }
            assertEquals(chosen.get(1).id(), wb.getSheetAt(0).getRow(TrackingSummarySheet.FIRST_UNIT_ROW + 1)
                    .getCell(0).getStringCellValue());
        }
    }

    @Test
    void summaryFormulasFollowWhatIsFilledIn() throws IOException {
        List<Unit> units = OfficeFixtures.nvqUnits().subList(0, 3);
        try (XSSFWorkbook wb = open(workbook(units, LearnerDetails.BLANK))) {
            XSSFSheet summary = wb.getSheetAt(0);
            int first = TrackingSummarySheet.FIRST_UNIT_ROW;
            Row firstUnit = summary.getRow(first);
            assertEquals(CellType.FORMULA, firstUnit.getCell(2).getCellType());
            assertTrue(firstUnit.getCell(2).getCellFormula().startsWith("COUNTA("), firstUnit.getCell(2).getCellFormula());
            // The cached results written with the file: nothing evidenced yet.
            assertEquals(0, firstUnit.getCell(2).getNumericCellValue());
            assertEquals(TrackingSummarySheet.NOT_STARTED, firstUnit.getCell(5).getStringCellValue());

            int[] totals = new int[3];
            for (int i = 0; i < 3; i++) totals[i] = units.get(i).allCriteria().size() + units.get(i).knowledge().size();
            // Unit 1: every criterion evidenced; unit 2: two; unit 3: none.
            fill(wb.getSheetAt(1), totals[0]);
            fill(wb.getSheetAt(2), 2);
            XSSFFormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            eval.clearAllCachedResultValues();
            int[] done = {totals[0], 2, 0};
            String[] status = {TrackingSummarySheet.COMPLETE, TrackingSummarySheet.IN_PROGRESS, TrackingSummarySheet.NOT_STARTED};
            for (int i = 0; i < 3; i++) {
                Row row = summary.getRow(first + i);
                assertEquals(done[i], eval.evaluate(row.getCell(2)).getNumberValue(), 1e-9, units.get(i).id());
                assertEquals(totals[i], eval.evaluate(row.getCell(3)).getNumberValue(), 1e-9, units.get(i).id());
                assertEquals((double) done[i] / totals[i], eval.evaluate(row.getCell(4)).getNumberValue(), 1e-9);
                assertEquals(status[i], eval.evaluate(row.getCell(5)).getStringValue());
            }
            Row total = summary.getRow(first + 3);
            assertEquals("Total", total.getCell(0).getStringCellValue());
            int all = totals[0] + totals[1] + totals[2];
            assertEquals(totals[0] + 2, eval.evaluate(total.getCell(2)).getNumberValue(), 1e-9);
            assertEquals(all, eval.evaluate(total.getCell(3)).getNumberValue(), 1e-9);
            assertEquals((totals[0] + 2.0) / all, eval.evaluate(total.getCell(4)).getNumberValue(), 1e-9);
            assertEquals(TrackingSummarySheet.IN_PROGRESS, eval.evaluate(total.getCell(5)).getStringValue());
            assertEquals(1, summary.getSheetConditionalFormatting().getNumConditionalFormattings());
            assertEquals(3, summary.getSheetConditionalFormatting().getConditionalFormattingAt(0).getNumberOfRules());
        }
    }

    @Test
    void everyFormulaIsWrittenWithTheResultItEvaluatesTo() throws IOException {
        Unit empty = OfficeFixtures.syntheticUnits().get(4);
        List<List<Unit>> cases = List.of(allUnits(), List.of(empty), List.of(empty, OfficeFixtures.nvqUnits().get(5)),
                List.of());
        for (List<Unit> units : cases) {
            try (XSSFWorkbook wb = open(workbook(units, LearnerDetails.BLANK))) {
                XSSFSheet summary = wb.getSheetAt(0);
                List<Cell> formulas = new ArrayList<>();
                for (Row row : summary) {
                    for (Cell c : row) if (c.getCellType() == CellType.FORMULA) formulas.add(c);
                }
                assertEquals(4 * (units.size() + 1), formulas.size(), units.size() + " units");
                List<Object> cached = new ArrayList<>();
                for (Cell c : formulas) {
                    cached.add(c.getCachedFormulaResultType() == CellType.STRING ? c.getStringCellValue()
                            : (Object) c.getNumericCellValue());
                }
                XSSFFormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
                eval.clearAllCachedResultValues();
                for (int i = 0; i < formulas.size(); i++) {
                    Cell c = formulas.get(i);
                    var value = eval.evaluate(c);
                    Object expected = value.getCellType() == CellType.STRING ? value.getStringValue()
                            : (Object) value.getNumberValue();
                    assertEquals(expected, cached.get(i), c.getAddress() + " " + c.getCellFormula() + " with "
                            + units.stream().map(Unit::id).toList());
                }
            }
        }
    }

    /** Fills the first {@code n} rows' entry cells the way a centre would. */
    private static void fill(XSSFSheet sheet, int n) {
        for (int i = 0; i < n; i++) {
            Row row = sheet.getRow(TrackingUnitSheet.FIRST_ITEM_ROW + i);
            row.getCell(TrackingUnitSheet.COL_TYPE).setCellValue("Obs");
            row.getCell(TrackingUnitSheet.COL_REFERENCE).setCellValue("Portfolio p." + (i + 1));
            row.getCell(TrackingUnitSheet.COL_DATE).setCellValue(LocalDate.of(2027, 3, 14));
            row.getCell(TrackingUnitSheet.COL_INITIALS).setCellValue("AA");
        }
    }

    @Test
    void aUnitWithNoCriteriaCountsAsHavingNone() throws IOException {
        Unit empty = OfficeFixtures.syntheticUnits().get(4);
        try (XSSFWorkbook wb = open(workbook(List.of(empty), LearnerDetails.BLANK))) {
            Row row = wb.getSheetAt(0).getRow(TrackingSummarySheet.FIRST_UNIT_ROW);
            assertEquals(0, row.getCell(3).getNumericCellValue());
            assertEquals(TrackingSummarySheet.NO_CRITERIA, row.getCell(5).getStringCellValue());
        }
    }

    @Test
    void workbookPropertiesComeFromTheMetadata() throws IOException {
        try (XSSFWorkbook wb = open(workbook(OfficeFixtures.nvqUnits().subList(0, 1), LearnerDetails.BLANK))) {
            var core = wb.getProperties().getCoreProperties();
            assertEquals("Customer Service NVQ: evidence tracking", core.getTitle());
            assertEquals("Evidence tracking", core.getSubject());
            assertEquals("tracking, NVQ", core.getKeywords());
            assertEquals(Instant.parse("2026-03-14T09:30:00Z"), core.getCreated().toInstant());
            assertEquals(Instant.parse("2026-03-14T09:30:00Z"), core.getModified().toInstant());
        }
    }

    @Test
    void theSameInputsGiveTheSameBytes() throws IOException {
        List<Unit> units = allUnits();
        byte[] once = workbook(units, LearnerDetails.BLANK);
        byte[] twice = workbook(units, LearnerDetails.BLANK);
        assertArrayEquals(once, twice);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(once))) {
            ZipEntry first = zip.getNextEntry();
            assertEquals("[Content_Types].xml", first.getName());
            for (ZipEntry e = first; e != null; e = zip.getNextEntry()) {
                assertEquals(OfficeFixtures.metadata("").created().atZone(java.time.ZoneOffset.UTC).toLocalDateTime(),
                        e.getTimeLocal(), e.getName());
            }
        }
    }
}
