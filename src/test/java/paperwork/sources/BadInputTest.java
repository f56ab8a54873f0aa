package paperwork.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.Severity;

/** Bad files are reported by name and line, and never stop the good ones from being read. */
class BadInputTest {
    @TempDir
    Path dir;

    static void copyRealSources(Path to) throws IOException {
        try (Stream<Path> s = Files.list(Path.of("sources"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) Files.copy(p, to.resolve(p.getFileName()));
        }
    }

    Catalogue read() {
        return new CatalogueReader().read(dir, dir);
    }

    static Diagnostic only(Catalogue c, String file) {
        List<Diagnostic> ds = c.diagnostics().stream().filter(d -> file.equals(d.file())).toList();
        assertFalse(ds.isEmpty(), "expected a diagnostic for " + file + " in " + c.diagnostics());
        return ds.get(0);
    }

    @Test
    void emptyBinaryAndUnknownFilesAreErrorsNamingTheFileAndTheOthersAreStillRead() throws IOException {
        copyRealSources(dir);
        Catalogue good = read();
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("blank.txt"), "\uFEFF\n  \r\n".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("scan.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3, (byte) 0xFF, 0});
        Files.writeString(dir.resolve("minutes.txt"), "Minutes of the team meeting\n\nPresent: A, B\nApologies: C\n");
        Catalogue c = read();

        assertEquals("empty-source", only(c, "empty.txt").code());
        assertEquals("empty-source", only(c, "blank.txt").code());
        assertEquals("binary-source", only(c, "scan.pdf").code());
        Diagnostic unknown = only(c, "minutes.txt");
        assertEquals("unknown-format", unknown.code());
        assertEquals(1, unknown.line());
        for (String f : List.of("empty.txt", "blank.txt", "scan.pdf", "minutes.txt")) {
            assertEquals(Severity.ERROR, only(c, f).severity());
        }
        assertTrue(c.hasErrors());
        assertEquals(good.units().size(), c.units().size(), "the good sources must still be read in full");
        assertEquals(good.qualifications().size(), c.qualifications().size());
        assertEquals(good.units(), c.units().stream().filter(u -> good.units().contains(u)).toList());
    }

    @Test
    void windows1252TextIsReadWithAWarning() throws IOException {
        byte[] bytes = "| 1 | outcome | 1.1 | caf\u00e9 criterion |\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        SourceReader.Result r = SourceReader.decode(bytes, "sources/x.txt");
        assertTrue(r.text().isPresent());
        assertEquals("not-utf8", r.diagnostics().get(0).code());
        assertTrue(r.text().get().line(1).contains("caf\u00e9"));
    }

    @Test
    void normalisationRemovesBomCrlfOddSpacesAndTrailingWhiteSpace() {
        SourceText t = new SourceText("f", "x", "\uFEFFUnit\u00A0A1  \r\nline two\t \r\n");
        assertEquals(List.of("Unit A1", "line two"), t.lines());
    }
}
