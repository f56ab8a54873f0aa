package paperwork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void validateExitsOneAndNamesTheBadFile() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "nothing to see here\n");
        Run r = run("validate", "--sources", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("notes.txt:1: error [unknown-format]"), r.out());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aMissingSourcesFolderIsAClearErrorNotAStackTrace() {
        Run r = run("validate", "--sources", dir.resolve("nope").toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("[no-sources]"), r.out());
        assertFalse((r.out() + r.err()).contains("\tat "), r.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[] {"build", "catalogue", "validate", "bench"}) {
            Run r = run(cmd, "--help");
            assertEquals(0, r.code(), cmd);
            assertTrue(r.out().contains("Usage: paperwork " + cmd), r.out());
        }
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Run r = run("validate", "--no-such-option");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Unknown option"), r.err());
    }

    @Test
    void catalogueWritesJsonAtomically() throws Exception {
        Run r = run("catalogue", "--sources", "sources", "--out", dir.toString());
        assertTrue(Files.exists(dir.resolve("catalogue.json")), r.out() + r.err());
        String json = Files.readString(dir.resolve("catalogue.json"));
        assertTrue(json.startsWith("{\n  \"schemaVersion\" : 1"), json.substring(0, 40));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "only catalogue.json, no temporary files");
        }
    }
}
