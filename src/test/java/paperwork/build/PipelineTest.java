package paperwork.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paperwork.render.OutputFormat;

/**
 * The whole build over two small real sources (a NOS and a bare outcome table): what is written,
 * that a second run writes nothing, that a template change rebuilds only what uses it, that a
 * vanished unit's documents are removed, and that a broken template fails only its documents.
 */
class PipelineTest {
    static final Set<OutputFormat> FORMATS = EnumSet.of(OutputFormat.PDF, OutputFormat.XLSX, OutputFormat.DOCX);

    @TempDir
    Path dir;
    Path sources;
    Path templates;
    Path out;

    @BeforeEach
    void copySources() throws IOException {
        sources = Files.createDirectories(dir.resolve("sources"));
        templates = Files.createDirectories(dir.resolve("templates"));
        out = dir.resolve("output");
        for (String name : List.of("nos-cfacsd4-support-online-customer-service.txt", "bespoke-software-outcomes-table.txt")) {
            Files.copy(Path.of("sources", name), sources.resolve(name));
        }
    }

    Pipeline.Report build(Set<OutputFormat> formats, Set<String> only) throws Exception {
        Pipeline p = new Pipeline(StandardDocuments.create(templates), BuildProgress.NONE, Clock.systemUTC(), "test");
        return p.run(new BuildOptions(sources, templates, out, formats, only, false, 2));
    }

    Map<Path, FileTime> snapshot() throws IOException {
        Map<Path, FileTime> times = new HashMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) times.put(p, Files.getLastModifiedTime(p));
        }
        return times;
    }

    @Test
    void buildsEveryDocumentThenANoOpRebuildWritesNothing() throws Exception {
        Pipeline.Report first = build(FORMATS, Set.of());
        assertTrue(first.result().failed().isEmpty(), first.result().failed().toString());
        assertFalse(first.result().written().isEmpty());
        for (String path : first.result().written()) {
            assertTrue(Files.size(out.resolve(path)) > 0, path);
        }
        assertTrue(first.result().written().contains("units/cfacsd4/unit-pack.pdf"), first.result().written().toString());
        assertTrue(first.result().written().contains("units/cfacsd4/unit-pack.docx"));
        assertTrue(first.result().written().contains("units/cfacsd4/tracking-sheet.xlsx"));
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertTrue(Files.isRegularFile(out.resolve("catalogue.json")));
        assertTrue(Files.isRegularFile(out.resolve("manifest.json")));
        try (Stream<Path> s = Files.walk(out)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        }

        Map<Path, FileTime> before = snapshot();
        Pipeline.Report second = build(FORMATS, Set.of());
        assertEquals(List.of(), second.result().written());
        assertEquals(first.result().written().size(), second.result().upToDate().size());
        assertFalse(second.catalogueWritten());
        assertFalse(second.indexWritten());
        assertEquals(before, snapshot(), "a no-op rebuild touches no file");
    }

    @Test
    void aChangedPartialRebuildsTheDocumentsThatUseItAndNotTheWorkbooks() throws Exception {
        build(FORMATS, Set.of());
        String style = new String(PipelineTest.class.getResourceAsStream("/templates/_style.ftlh").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(templates.resolve("_style.ftlh"), style + "\n<#-- a centre's change -->\n");
        Pipeline.Report again = build(FORMATS, Set.of());
        assertFalse(again.result().written().isEmpty());
        assertTrue(again.result().written().stream().noneMatch(p -> p.endsWith(".xlsx")), again.result().written().toString());
        assertTrue(again.result().upToDate().stream().allMatch(p -> p.endsWith(".xlsx")), again.result().upToDate().toString());
    }

    @Test
    void documentsOfARemovedSourceAreRemovedAndListed() throws Exception {
        build(EnumSet.of(OutputFormat.XLSX), Set.of());
        assertTrue(Files.isRegularFile(out.resolve("units/cfacsd4/tracking-sheet.xlsx")));
        Files.delete(sources.resolve("nos-cfacsd4-support-online-customer-service.txt"));
        Pipeline.Report again = build(EnumSet.of(OutputFormat.XLSX), Set.of());
        assertTrue(again.result().removed().contains("units/cfacsd4/tracking-sheet.xlsx"), again.result().removed().toString());
        assertFalse(Files.exists(out.resolve("units/cfacsd4")), "the empty folder goes too");
    }

    @Test
    void aBrokenTemplateFailsOnlyItsDocumentsAndKeepsTheOthers() throws Exception {
        Files.writeString(templates.resolve("action-plan.ftlh"), "<html><body>${unit.title</body></html>\n");
        Pipeline.Report r = build(EnumSet.of(OutputFormat.PDF), Set.of());
        assertFalse(r.ok());
        assertFalse(r.result().failed().isEmpty());
        for (BuildResult.Failure f : r.result().failed()) {
            assertTrue(f.path().endsWith("action-plan.pdf"), f.path());
            assertTrue(f.reason().file().endsWith("action-plan.ftlh"), f.reason().format());
            assertEquals(1, f.reason().line(), f.reason().format());
        }
        assertTrue(Files.isRegularFile(out.resolve("units/cfacsd4/unit-pack.pdf")));
    }

    @Test
    void charactersTheFontCannotPrintAreWarnedAboutNamingTheFile() throws Exception {
        Path table = sources.resolve("bespoke-software-outcomes-table.txt");
        Files.writeString(table, Files.readString(table).replace("sign on and open access", "sign on (登录) and open access"));
        Pipeline.Report r = build(EnumSet.of(OutputFormat.PDF), Set.of("bespoke-software-outcomes-table"));
        assertTrue(r.result().failed().isEmpty(), r.result().failed().toString());
        assertTrue(r.result().diagnostics().stream().anyMatch(d -> d.code().equals("pdf-missing-glyph")
                && d.file().equals("units/bespoke-software-outcomes-table/unit-pack.pdf")), r.result().diagnostics().toString());
    }

    @Test
    void aDeletedDocumentIsBuiltAgainAndOnlyIt() throws Exception {
        build(EnumSet.of(OutputFormat.XLSX, OutputFormat.PDF), Set.of());
        Files.delete(out.resolve("units/cfacsd4/unit-pack.pdf"));
        Pipeline.Report again = build(EnumSet.of(OutputFormat.XLSX, OutputFormat.PDF), Set.of());
        assertEquals(List.of("units/cfacsd4/unit-pack.pdf"), again.result().written());
    }

    @Test
    void anEditedSourceIsReadAgainAndItsDocumentsRebuilt() throws Exception {
        build(EnumSet.of(OutputFormat.XLSX), Set.of());
        Path nos = sources.resolve("nos-cfacsd4-support-online-customer-service.txt");
        Files.writeString(nos, Files.readString(nos).replace("P1", "P1 ").replace("P1 ", "P1"));
        assertTrue(build(EnumSet.of(OutputFormat.XLSX), Set.of()).result().written().isEmpty(), "same text: nothing");
        Files.writeString(nos, Files.readString(nos) + "\n");
        Pipeline.Report again = build(EnumSet.of(OutputFormat.XLSX), Set.of());
        assertTrue(again.result().written().isEmpty(), "a blank line changes no unit: " + again.result().written());
        Files.writeString(nos, Files.readString(nos).replaceFirst("customer", "client"));
        Pipeline.Report edited = build(EnumSet.of(OutputFormat.XLSX), Set.of());
        assertTrue(edited.result().written().contains("units/cfacsd4/tracking-sheet.xlsx"), edited.result().written().toString());
    }

    @Test
    void buildingOneFormatKeepsTheOthers() throws Exception {
        build(EnumSet.of(OutputFormat.XLSX, OutputFormat.PDF), Set.of());
        Pipeline.Report pdfOnly = build(EnumSet.of(OutputFormat.PDF), Set.of());
        assertEquals(List.of(), pdfOnly.result().removed());
        assertTrue(Files.isRegularFile(out.resolve("units/cfacsd4/tracking-sheet.xlsx")));
    }

    @Test
    void onlyBuildsTheNamedUnit() throws Exception {
        Pipeline.Report r = build(EnumSet.of(OutputFormat.XLSX), Set.of("CFACSD4"));
        assertEquals(List.of("units/cfacsd4/tracking-sheet.xlsx"), r.result().written());
    }
}
