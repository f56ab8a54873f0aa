package paperwork.learners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paperwork.build.BuildOptions;
import paperwork.build.BuildProgress;
import paperwork.build.Pipeline;
import paperwork.build.StandardDocuments;
import paperwork.catalogue.Diagnostic;
import paperwork.render.OutputFormat;

/**
 * {@code build} with a learner list in the sources: packs are written for valid learners, a second
 * build writes nothing, an invalid learner fails the build without stopping the others, a learner
 * taken off the list loses their pack, and the index page links every pack file.
 */
class LearnerPackStepTest {
    static final String HEADER = "name,reference,centre,assessor,qualification,units\n";
    static final String ANA = "Ana Pérez,LRN-1,Leeds,Kim,601/4027/6,"
            + "Y/506/2166;D/506/2170;K/506/2172;H/506/1912;T/506/1820;L/506/1807\n";
    static final String BEN = "Ben Ode,LRN-2,Leeds,Kim,601/4027/6,"
            + "R/506/2151;Y/506/2166;D/506/2119;T/506/2126;L/506/1869;H/506/1814;M/506/1895\n";
    /** Optional Group B over its maximum, as in the shipped example list. */
    static final String TOM = "Tom Baker,LRN-3,Leeds,Kim,601/4027/6,"
            + "Y/506/2166;D/506/2170;K/506/2172;H/506/1912;A/506/1821;L/506/1807\n";

    @TempDir
    Path dir;
    Path sources;
    Path out;

    @BeforeEach
    void copySources() throws IOException {
        sources = Files.createDirectories(dir.resolve("sources"));
        out = dir.resolve("output");
        Files.copy(Path.of("sources/habc-l3-diploma-customer-service-spec.txt"),
                sources.resolve("habc-l3-diploma-customer-service-spec.txt"));
        Files.createDirectories(sources.resolve("learners"));
    }

    void list(String... rows) throws IOException {
        Files.writeString(sources.resolve("learners/centre.csv"), HEADER + String.join("", rows), StandardCharsets.UTF_8);
    }

    Pipeline.Report build() throws Exception {
        Pipeline p = new Pipeline(StandardDocuments.create(dir.resolve("templates")), BuildProgress.NONE,
                Clock.systemUTC(), "test");
        // Only one small document kind's formats: the packs are what is under test.
        return p.run(new BuildOptions(sources, dir.resolve("templates"), out, EnumSet.of(OutputFormat.XLSX),
                Set.of(), false, 2), List.of(new LearnerPackStep()));
    }

    static List<String> packFiles(Pipeline.Report r) {
        return r.result().written().stream().filter(f -> f.startsWith("learners/")).sorted().toList();
    }

    @Test
    void buildWritesPacksOnceRemovesGoneLearnersAndFailsOnInvalidOnesWithoutStoppingOthers() throws Exception {
        list(ANA, BEN);
        Pipeline.Report first = build();
        assertTrue(first.ok(), first.result().diagnostics().toString());
        assertEquals(List.of("learners/LRN-1/forms.docx", "learners/LRN-1/forms.pdf", "learners/LRN-1/programme.pdf",
                "learners/LRN-1/tracking-sheet.xlsx", "learners/LRN-2/forms.docx", "learners/LRN-2/forms.pdf",
                "learners/LRN-2/programme.pdf", "learners/LRN-2/tracking-sheet.xlsx"), packFiles(first));
        String index = Files.readString(out.resolve(Pipeline.INDEX_FILE));
        for (String f : packFiles(first)) {
            assertTrue(index.contains("href=\"" + f + "\""), f + " linked from the index");
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertTrue(index.contains("Ana Pérez") && index.contains("id=\"learners\""), "a learners section");

        long stamp = Files.getLastModifiedTime(out.resolve("learners/LRN-1/forms.pdf")).toMillis();
        Pipeline.Report second = build();
        assertEquals(List.of(), packFiles(second), "nothing changed: nothing written");
        for (String pack : List.of("learners/LRN-1/", "learners/LRN-2/")) {
            assertTrue(second.result().upToDate().stream().anyMatch(p -> p.startsWith(pack)), pack + " up to date");
        }
        assertFalse(second.indexWritten(), "the index is unchanged too");
        assertEquals(stamp, Files.getLastModifiedTime(out.resolve("learners/LRN-1/forms.pdf")).toMillis());

        list(ANA, TOM);
        Pipeline.Report third = build();
        assertFalse(third.ok(), "an invalid learner fails the build");
        List<Diagnostic> errors = third.result().diagnostics().stream()
                .filter(d -> d.severity() == paperwork.catalogue.Severity.ERROR).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).format().contains("sources/learners/centre.csv:3: error [group-max-credits] "
                + "Tom Baker (LRN-3): Optional Group B: 10 credits chosen, at most 9 allowed"), errors.get(0).format());
        assertFalse(Files.exists(out.resolve("learners/LRN-3")), "no pack for an invalid learner");
        assertEquals(List.of("learners/LRN-2/"), third.result().removed(), "Ben left the list");
        assertFalse(Files.exists(out.resolve("learners/LRN-2")));
        assertTrue(Files.isRegularFile(out.resolve("learners/LRN-1/forms.pdf")), "the others are kept");
        String index3 = Files.readString(out.resolve(Pipeline.INDEX_FILE));
        assertFalse(index3.contains("learners/LRN-2/"), "no link to a removed pack");
        assertTrue(index3.contains("Tom Baker"), "the invalid learner is listed, not built");
    }

    @Test
    void aChangedLearnerTemplateRewritesThePacksOfAnUnchangedBuild() throws Exception {
        list(ANA);
        assertTrue(build().ok());
        assertEquals(List.of(), packFiles(build()), "unchanged");
        Path templates = Files.createDirectories(dir.resolve("templates"));
        String shipped = new String(getClass().getResourceAsStream("/templates/learner-forms.ftlh").readAllBytes(),
                StandardCharsets.UTF_8);
        Files.writeString(templates.resolve("learner-forms.ftlh"),
                shipped.replace("<@page>", "<@page><p>Northfield College copy</p>"), StandardCharsets.UTF_8);
        Pipeline.Report changed = build();
        assertEquals(List.of("learners/LRN-1/forms.docx", "learners/LRN-1/forms.pdf", "learners/LRN-1/programme.pdf",
                "learners/LRN-1/tracking-sheet.xlsx"), packFiles(changed));
        assertTrue(LearnerPackWriterTest.pdfText(out.resolve("learners/LRN-1/forms.pdf")).contains("Northfield College copy"));
    }

    @Test
    void noLearnersFolderMeansNoPacksAndNoLearnerSection() throws Exception {
        Files.delete(sources.resolve("learners"));
        Pipeline.Report r = build();
        assertTrue(r.ok(), r.result().diagnostics().toString());
        assertEquals(List.of(), packFiles(r));
        assertFalse(Files.readString(out.resolve(Pipeline.INDEX_FILE)).contains("id=\"learners\""));
    }
}
