package paperwork.office;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class ReproducibleZipTest {
    static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (String name : names) {
                out.putNextEntry(new ZipEntry(name));
                out.write(("content of " + name).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static List<ZipEntry> entries(byte[] zip) throws IOException {
        List<ZipEntry> found = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) found.add(e);
        }
        return found;
    }

    @Test
    void sameContentGivesSameBytesWhateverTheOrderTimeAndTimeZone() throws IOException {
        Instant when = Instant.parse("2026-03-14T09:30:00Z");
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
            byte[] a = ReproducibleZip.normalise(zip("word/document.xml", "[Content_Types].xml", "_rels/.rels"), when);
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            byte[] b = ReproducibleZip.normalise(zip("_rels/.rels", "word/document.xml", "[Content_Types].xml"), when);
            assertArrayEquals(a, b);
            List<ZipEntry> list = entries(a);
            assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "word/document.xml"),
                    list.stream().map(ZipEntry::getName).toList());
            for (ZipEntry e : list) assertEquals(LocalDateTime.of(2026, 3, 14, 9, 30), e.getTimeLocal());
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void anEpochBeforeZipTimesBeginIsClampedTo1980() throws IOException {
        byte[] z = ReproducibleZip.normalise(zip("a.xml"), Instant.EPOCH);
        assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), entries(z).get(0).getTimeLocal());
    }
}
