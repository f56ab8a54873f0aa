package paperwork.office;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an Office Open XML package so that the same content always gives the same bytes: every
 * entry stamped with one fixed time (as a DOS time, so the time zone of the machine does not
 * matter), entries in a stable order ({@code [Content_Types].xml} first, as Office expects, then
 * by name), one compression level.
 */
public final class ReproducibleZip {
    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private ReproducibleZip() {
    }

    public static byte[] normalise(byte[] zip, Instant time) {
        return write(entries(zip), time);
    }

    /** The parts of a package, by name, in the package's order. */
    public static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the package just written", e);
        }
        return entries;
    }

    /** The package of these parts (name to bytes), with the same fixed order, time and compression. */
    public static byte[] write(Map<String, byte[]> entries, Instant time) {
        List<String> names = new ArrayList<>(entries.keySet());
        names.sort(Comparator.comparing((String n) -> !n.equals(CONTENT_TYPES)).thenComparing(n -> n));
        // DOS times start in 1980; clamp so that an epoch of 0 still gives a valid entry time.
        LocalDateTime stamp = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
        if (stamp.getYear() < 1980) stamp = LocalDateTime.of(1980, 1, 1, 0, 0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(entries.values().stream().mapToInt(b -> b.length).sum() / 4 + 1024);
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.DEFAULT_COMPRESSION);
            for (String name : names) {
                ZipEntry entry = new ZipEntry(name);
                entry.setTimeLocal(stamp);
                out.putNextEntry(entry);
                out.write(entries.get(name));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite the package", e);
        }
        return bytes.toByteArray();
    }
}
