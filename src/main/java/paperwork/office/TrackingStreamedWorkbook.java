package paperwork.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * The tracking workbook's POI workbook: cells are written by POI's streaming writer (plain text,
 * no XML object per cell, strings inline) instead of the XSSF object model, which made most of a
 * workbook's cost. Every row stays in memory until the workbook is written, so rows can still be
 * read and adjusted, and nothing goes to temporary files. The package is written uncompressed:
 * {@link ReproducibleZip} compresses it once afterwards.
 */
final class TrackingStreamedWorkbook extends SXSSFWorkbook {
    /** Keep every row: a tracking workbook is small, and the writer adjusts rows already made. */
    private static final int KEEP_ALL_ROWS = -1;

    TrackingStreamedWorkbook() {
        super(null, KEEP_ALL_ROWS, false, false);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new InMemorySheetData(new StringWriter(8 * 1024));
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out) {
            /**
             * POI copies each entry's size from the package it injects the rows into, which read
             * from memory is 0 (or, for a sheet, the size before its rows went in): a zip reader
             * then rejects the entry. Only the name is kept; the sizes are written after the data.
             */
            @Override
            public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
                super.putArchiveEntry(new ZipArchiveEntry(entry.getName()));
            }
        };
        zip.setLevel(Deflater.NO_COMPRESSION);
        return zip;
    }

    /** Nothing was written to disk, so there is nothing to delete. */
    @Override
    public boolean dispose() {
        return true;
    }

    /** A sheet's rows as XML text in memory, handed back when the package is written. */
    private static final class InMemorySheetData extends SheetDataWriter {
        private final StringWriter text;

        InMemorySheetData(StringWriter text) throws IOException {
            super(text);
            this.text = text;
        }

        @Override
        public InputStream getWorksheetXMLInputStream() {
            return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
