package paperwork.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The tracking workbook's POI workbook: cells are written by POI's streaming writer (plain text,
 * no XML object per cell, strings inline) instead of the XSSF object model, which made most of a
 * workbook's cost. Every row stays in memory until the workbook is written, so rows can still be
 * read and adjusted, and nothing goes to temporary files. Write it with
 * {@link #writeAvoidingTempFiles}; the package comes out uncompressed, for {@link ReproducibleZip}
 * to compress once.
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
     * Puts each sheet's rows into the worksheet POI wrote without them. POI's own version copies
     * every worksheet a character at a time, which cost a fifth of a workbook; this one splices
     * bytes. Only the entry names are carried over: POI would copy the sizes the entries had
     * before the rows went in, which zip readers then reject.
     */
    @Override
    protected void injectData(ZipEntrySource template, OutputStream out) throws IOException {
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
        zip.setLevel(Deflater.NO_COMPRESSION);
        try {
            for (Enumeration<? extends ZipArchiveEntry> e = template.getEntries(); e.hasMoreElements();) {
                ZipArchiveEntry entry = e.nextElement();
                zip.putArchiveEntry(new ZipArchiveEntry(entry.getName()));
                try (InputStream in = template.getInputStream(entry)) {
                    XSSFSheet sheet = getSheetFromZipEntryName(entry.getName());
                    if (sheet == null) {
                        in.transferTo(zip);
                    } else {
                        writeWithRows(in.readAllBytes(), getSheetAt(getXSSFWorkbook().getSheetIndex(sheet)), zip,
                                entry.getName());
                    }
                }
                zip.closeArchiveEntry();
            }
        } finally {
            zip.finish();
            template.close();
        }
    }

    private static void writeWithRows(byte[] worksheet, SXSSFSheet sheet,
            OutputStream out, String name) throws IOException {
        int at = indexOf(worksheet, EMPTY_SHEET_DATA);
        if (at < 0) throw new IOException("no empty <sheetData/> in " + name + " to put its rows in");
        out.write(worksheet, 0, at);
        out.write(SHEET_DATA_START);
        try (InputStream rows = sheet.getWorksheetXMLInputStream()) {
            rows.transferTo(out);
        }
        out.write(SHEET_DATA_END);
        int after = at + EMPTY_SHEET_DATA.length;
        out.write(worksheet, after, worksheet.length - after);
    }

    private static int indexOf(byte[] text, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= text.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (text[i + j] != part[j]) continue outer;
            }
            return i;
        }
        return -1;
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

        @Override
        public InputStream getWorksheetXMLInputStream() {
            return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
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
