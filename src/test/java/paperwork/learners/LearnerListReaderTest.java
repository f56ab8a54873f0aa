package paperwork.learners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.Severity;

class LearnerListReaderTest {
    private static final String FILE = "sources/learners/list.csv";
    private final LearnerListReader reader = new LearnerListReader();

    static String formatted(LearnerList list) {
        return String.join("\n", list.diagnostics().stream().map(Diagnostic::format).toList());
    }

    @Test
    void readsColumnsInAnyOrderAndCaseWithExtraColumns() {
        String csv = """
                Reference,NAME,Units,Qualification,Centre,Assessor,Start date
                LRN-1,Ana Pérez,L/506/2166;D/506/2170,601/4027/6,Leeds College,J. Smith,2026-01-05
                """;
        LearnerList list = reader.readCsv(csv, FILE);
        assertEquals(List.of(), list.diagnostics());
        assertEquals(List.of(new Learner(2, "Ana Pérez", "LRN-1", "Leeds College", "J. Smith", "601/4027/6",
                List.of("L/506/2166", "D/506/2170"))), list.learners());
    }

    @Test
    void quotedFieldsKeepCommasQuotesNewlinesAndNonLatinLetters() {
        String csv = "name,reference,centre,assessor,qualification,units\n"
                + "\"O'Brien, Siobhán\",LRN-2,\"Centre \"\"North\"\"\",Kim,601/4027/6,\"Y/506/2166;\nD/506/2170\"\n"
                + "Дмитрий Иванов,LRN-3,Leeds,Kim,601/4027/6,\n"
                + "王小明,LRN-4,Leeds,Kim,601/4027/6,7\n";
        LearnerList list = reader.readCsv(csv, FILE);
        assertEquals(List.of(), list.diagnostics(), formatted(list));
        assertEquals(List.of("O'Brien, Siobhán", "Дмитрий Иванов", "王小明"),
                list.learners().stream().map(Learner::name).toList());
        assertEquals("Centre \"North\"", list.learners().get(0).centre());
        assertEquals(List.of("Y/506/2166", "D/506/2170"), list.learners().get(0).units());
        // The row line is where the record starts; a quoted newline pushes the next one down.
        assertEquals(List.of(2, 4, 5), list.learners().stream().map(Learner::row).toList());
    }

    @Test
    void excelsFlavourBomCrlfAndSemicolonsReadTheSame() {
        String plain = "name,reference,centre,assessor,qualification,units\n"
                + "\"Lee, Sam\",LRN-5,Leeds,Kim,601/4027/6,Y/506/2166;D/506/2170\n";
        String excel = "\uFEFF" + plain.replace("\n", "\r\n");
        String semicolons = "\uFEFFname;reference;centre;assessor;qualification;units\r\n"
                + "Lee, Sam;LRN-5;Leeds;Kim;601/4027/6;\"Y/506/2166;D/506/2170\"\r\n";
        LearnerList expected = reader.readCsv(plain, FILE);
        assertEquals(expected, reader.read(excel.getBytes(StandardCharsets.UTF_8), FILE));
        assertEquals(expected, reader.read(semicolons.getBytes(StandardCharsets.UTF_8), FILE));
        assertEquals("Lee, Sam", expected.learners().get(0).name());
    }

    @Test
    void missingColumnsAreOneErrorNamingThem() {
        LearnerList list = reader.readCsv("Name,Ref,Centre,Units\nAna,1,Leeds,7\n", FILE);
        assertEquals(1, list.diagnostics().size());
        Diagnostic d = list.diagnostics().get(0);
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(1, d.line());
        assertTrue(d.message().startsWith("the header row lacks the column(s) reference, assessor, qualification"),
                d.message());
        assertTrue(list.learners().isEmpty());
        assertTrue(list.hasErrors());
    }

    @Test
    void emptyRowsAreSkippedWithANoteAndMissingFieldsAndDuplicatesAreErrorsPerRow() {
        String csv = """

                name,reference,centre,assessor,qualification,units
                Ana,LRN-1,Leeds,Kim,601/4027/6,7
                ,,,,,

                ,LRN-2,Leeds,Kim,601/4027/6,7
                Ben,,Leeds,Kim,,7
                Cai,lrn-1,Leeds,Kim,601/4027/6,8
                Dee,LRN-4,,,601/4027/6,
                """;
        LearnerList list = reader.readCsv(csv, FILE);
        assertEquals(List.of(
                FILE + ":4: info [learner-empty-row] empty row skipped",
                FILE + ":5: info [learner-empty-row] empty row skipped",
                FILE + ":6: error [learner-missing-field] this row has no name; the row was not checked",
                FILE + ":7: error [learner-missing-field] Ben has no reference, no qualification; the row was not checked",
                FILE + ":8: error [learner-duplicate-reference] Cai: reference lrn-1 is already used on row 3 by Ana; "
                        + "the row was not checked"),
                list.diagnostics().stream().map(Diagnostic::format).toList());
        assertEquals(List.of("Ana", "Dee"), list.learners().stream().map(Learner::name).toList());
        assertEquals(List.of(), list.learners().get(1).units());
    }

    @Test
    void anUnclosedQuoteIsAnErrorWithTheLineNotAStackTrace() {
        LearnerList list = reader.readCsv("name,reference,centre,assessor,qualification,units\n"
                + "Ana,LRN-1,Leeds,Kim,601/4027/6,7\n\"Ben,LRN-2,Leeds,Kim,601/4027/6,7\n", FILE);
        assertTrue(list.hasErrors());
        assertTrue(formatted(list).contains(FILE + ":3: error [learner-list-unreadable]"), formatted(list));
    }

    @Test
    void readsTheFirstSheetOfAWorkbook() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("Learners");
            String[][] rows = {
                    {"Units", "Name", "Reference", "Centre", "Assessor", "Qualification"},
                    {"Y/506/2166;D/506/2170", "Zoë Ng, MBE", "LRN-7", "Leeds", "Kim", "601/4027/6"},
                    {},
                    {"7\n8", "Юлия", "", "Leeds", "Kim", "601/4027/6"}};
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) row.createCell(c).setCellValue(rows[r][c]);
            }
            XSSFRow numeric = sheet.createRow(4);
            String[] cells = {"9", "Ola", "", "Leeds", "Kim", "601/4027/6"};
            for (int c = 0; c < cells.length; c++) numeric.createCell(c).setCellValue(cells[c]);
            numeric.getCell(2).setCellValue(1005); // a reference typed as a number
            wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("ignored");
            wb.write(out);
            xlsx = out.toByteArray();
        }
        LearnerList list = reader.read(xlsx, "sources/learners/list.xlsx");
        assertEquals(List.of("Zoë Ng, MBE", "Ola"), list.learners().stream().map(Learner::name).toList());
        assertEquals("1005", list.learners().get(1).reference());
        assertEquals(List.of(2, 5), list.learners().stream().map(Learner::row).toList());
        assertEquals(List.of("Y/506/2166", "D/506/2170"), list.learners().get(0).units());
        assertEquals(List.of("sources/learners/list.xlsx:3: info [learner-empty-row] empty row skipped",
                "sources/learners/list.xlsx:4: error [learner-missing-field] Юлия has no reference; the row was not checked"),
                list.diagnostics().stream().map(Diagnostic::format).toList());
    }

    @Test
    void aFileNamedXlsxThatIsNotOneAndABinaryFileAreClearErrors() {
        LearnerList fake = reader.read("name,reference\n".getBytes(StandardCharsets.UTF_8), "list.xlsx");
        assertEquals("not-a-workbook", fake.diagnostics().get(0).code());
        LearnerList binary = reader.read(new byte[] {1, 0, 2, 0, 3}, "list.csv");
        assertEquals(List.of("list.csv: error [learner-list-unreadable] the file is neither text nor an Excel workbook: "
                + "save the list as CSV or XLSX"), binary.diagnostics().stream().map(Diagnostic::format).toList());
        LearnerList empty = reader.read("\uFEFF\r\n".getBytes(StandardCharsets.UTF_8), "list.csv");
        assertEquals(List.of("list.csv: error [learner-list-empty] the file is empty: no header row, no learners"),
                empty.diagnostics().stream().map(Diagnostic::format).toList());
    }
}
