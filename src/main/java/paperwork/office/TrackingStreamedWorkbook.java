package paperwork.office;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * The tracking workbook's POI workbook: cells are written by POI's streaming writer (plain text,
 * no XML object per cell, strings inline) instead of the XSSF object model, which made most of a
 * workbook's cost. Every row stays in memory until the workbook is written, so rows can still be
 * read and adjusted, and nothing goes to temporary files. The package is written uncompressed, for
 * {@link ReproducibleZip} to compress once.
 */
final class TrackingStreamedWorkbook extends SXSSFWorkbook {
    /** Keep every row: a tracking workbook is small, and the writer adjusts rows already made. */
    private static final int KEEP_ALL_ROWS = -1;
    private static final byte[] EMPTY_SHEET_DATA = "<sheetData/>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHEET_DATA_START = "<sheetData>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHEET_DATA_END = "</sheetData>".getBytes(StandardCharsets.US_ASCII);

    TrackingStreamedWorkbook() {
        super(null, KEEP_ALL_ROWS, false, false);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new InMemorySheetData(new TextBuffer());
    }

    /**
     * Writes the package in one pass, each worksheet with its rows. (POI's own version writes the
     * package without rows, compressed, then reads it back and copies every worksheet a character
     * at a time to put the rows in, which cost a fifth of a workbook.)
     */
    @Override
    public void write(OutputStream out) throws IOException {
        flushSheets();
        Map<String, SXSSFSheet> sheets = new HashMap<>();
        for (int i = 0; i < getNumberOfSheets(); i++) {
            // The zip entry of a part is its name without the leading slash.
            sheets.put(getXSSFWorkbook().getSheetAt(i).getPackagePart().getPartName().getName().substring(1),
                    getSheetAt(i));
        }
        RowSplicingZip zip = new RowSplicingZip(out, sheets);
        zip.setLevel(Deflater.NO_COMPRESSION);
        // POI writes into a zip stream it is given, and finishes it.
        getXSSFWorkbook().write(zip);
        // Should a later POI wrap the stream instead, the sheets would come out without rows: fail.
        if (zip.spliced != sheets.size()) {
            throw new IOException("rows went into " + zip.spliced + " of " + sheets.size() + " worksheets");
        }
    }

    @Override
    public void writeAvoidingTempFiles(OutputStream out) throws IOException {
        write(out);
    }

    /** Nothing was written to disk, so there is nothing to delete. */
    @Override
    public boolean dispose() {
        return true;
    }

    /**
     * Nothing to release: no file or stream is open. (Closing POI's new package would only
     * write it all once more, into a buffer nobody reads.)
     */
    @Override
    public void close() {
    }

    /** A sheet's rows as XML text in memory, handed back when the package is written. */
    private static final class InMemorySheetData extends SheetDataWriter {
        private final TextBuffer text;

        InMemorySheetData(TextBuffer text) throws IOException {
            super(text);
            this.text = text;
        }

        /**
         * Most texts need no escaping: those are written whole rather than a code point at a
         * time. The rest are left to POI, so the output is the same either way.
         */
        @Override
        protected void outputEscapedString(String s) throws IOException {
            if (s == null) return;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean plain = c >= ' ' && c != '<' && c != '>' && c != '&' && c != '"' && c != '\u00A0' && c < '\uFFFE';
                if (!plain) {
                    super.outputEscapedString(s);
                    return;
                }
            }
            _out.write(s);
        }

        @Override
        public InputStream getWorksheetXMLInputStream() {
            return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The zip POI writes the package into: a worksheet's entry is held back until POI has written
     * it, then goes out with the sheet's rows in place of its empty {@code <sheetData/>}.
     */
    private static final class RowSplicingZip extends ZipArchiveOutputStream {
        private final Map<String, SXSSFSheet> sheets;
        private SXSSFSheet sheet;
        private String name;
        private ByteArrayOutputStream worksheet;
        int spliced;

        RowSplicingZip(OutputStream out, Map<String, SXSSFSheet> sheets) {
            super(out);
            this.sheets = sheets;
        }

        @Override
        public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
            name = entry.getName();
            sheet = sheets.get(name);
            worksheet = sheet == null ? null : new ByteArrayOutputStream(4 * 1024);
            super.putArchiveEntry(entry);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (worksheet != null) {
                worksheet.write(bytes, offset, length);
            } else {
                super.write(bytes, offset, length);
            }
        }

        @Override
        public void closeArchiveEntry() throws IOException {
            if (worksheet != null) {
                byte[] held = worksheet.toByteArray();
                worksheet = null;
                writeWithRows(held);
            }
            super.closeArchiveEntry();
        }

        private void writeWithRows(byte[] held) throws IOException {
            int at = ByteSearch.indexOf(held, EMPTY_SHEET_DATA);
            if (at < 0) throw new IOException("no empty <sheetData/> in " + name + " to put its rows in");
            write(held, 0, at);
            write(SHEET_DATA_START);
            try (InputStream rows = sheet.getWorksheetXMLInputStream()) {
                rows.transferTo(this);
            }
            write(SHEET_DATA_END);
            int after = at + EMPTY_SHEET_DATA.length;
            write(held, after, held.length - after);
            spliced++;
        }
    }

    /** A {@link java.io.StringWriter} without its lock on every character. */
    private static final class TextBuffer extends Writer {
        private final StringBuilder text = new StringBuilder(16 * 1024);

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String s) {
            text.append(s);
        }

        @Override
        public void write(String s, int offset, int length) {
            text.append(s, offset, offset + length);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
