package paperwork.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.SourceRef;
import paperwork.render.DocumentDefinition;
import paperwork.render.LearnerDetails;
import paperwork.render.OutputFormat;
import paperwork.render.Scope;

class BuilderTest {
    static final Catalogue EMPTY = new Catalogue(1, List.of(), List.of(), List.of(), List.of());
    static final DocumentDefinition PACK = new DocumentDefinition("unit-pack", "Unit pack", "unit-pack.ftlh",
            Scope.UNIT, "unit-pack", Set.of(OutputFormat.PDF));
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path out;

    final AtomicInteger renders = new AtomicInteger();
    final Set<String> threads = ConcurrentHashMap.newKeySet();
    final Set<String> failing = ConcurrentHashMap.newKeySet();

    DocumentRenderer.Factory factory() {
        return () -> (job, catalogue) -> {
            renders.incrementAndGet();
            threads.add(Thread.currentThread().getName() + Thread.currentThread().getId());
            if (failing.contains(job.subjectId())) {
                throw new RenderFailure(Diagnostic.error("template-error", new SourceRef("unit-pack.ftlh", 3),
                        "boom"), null);
            }
            return (job.subjectId() + ":" + job.inputsHash()).getBytes(StandardCharsets.UTF_8);
        };
    }

    static DocumentJob job(String subject, String inputs) {
        return new DocumentJob("units/" + subject + "/unit-pack.pdf", PACK, OutputFormat.PDF, subject,
                LearnerDetails.BLANK, inputs);
    }

    BuildResult build(List<DocumentJob> plan, int jobs, boolean removeStale) throws Exception {
        return new Builder(factory(), BuildProgress.NONE, CLOCK, "test").run(EMPTY, plan, out, jobs, removeStale);
    }

    @Test
    void secondBuildWithNothingChangedWritesNothing() throws Exception {
        List<DocumentJob> plan = List.of(job("A", "1"), job("B", "1"), job("C", "1"));
        BuildResult first = build(plan, 2, true);
        assertEquals(3, first.written().size());
        long manifestTime = Files.getLastModifiedTime(out.resolve("manifest.json")).toMillis();
        renders.set(0);
        BuildResult second = build(plan, 2, true);
        assertEquals(0, renders.get(), "nothing should be rendered again");
        assertEquals(List.of(), second.written());
        assertEquals(3, second.upToDate().size());
        assertEquals(manifestTime, Files.getLastModifiedTime(out.resolve("manifest.json")).toMillis(),
                "a no-op build must not rewrite the manifest");
    }

    @Test
    void onlyChangedInputsAreRebuilt() throws Exception {
        build(List.of(job("A", "1"), job("B", "1")), 1, true);
        renders.set(0);
        BuildResult r = build(List.of(job("A", "2"), job("B", "1")), 1, true);
        assertEquals(1, renders.get());
        assertEquals(List.of("units/A/unit-pack.pdf"), r.written());
    }

    @Test
    void aDeletedOrTruncatedFileIsRebuilt() throws Exception {
        build(List.of(job("A", "1")), 1, true);
        Files.writeString(out.resolve("units/A/unit-pack.pdf"), "x");
        BuildResult r = build(List.of(job("A", "1")), 1, true);
        assertEquals(List.of("units/A/unit-pack.pdf"), r.written());
    }

    @Test
    void aFailureKeepsThePreviousGoodFileAndTheOthersAreBuilt() throws Exception {
        build(List.of(job("A", "1"), job("B", "1")), 2, true);
        byte[] good = Files.readAllBytes(out.resolve("units/A/unit-pack.pdf"));
        failing.add("A");
        BuildResult r = build(List.of(job("A", "2"), job("B", "2")), 2, true);
        assertFalse(r.ok());
        assertEquals(1, r.failed().size());
        assertEquals("units/A/unit-pack.pdf", r.failed().get(0).path());
        assertEquals("template-error", r.failed().get(0).reason().code());
        assertArrayEquals(good, Files.readAllBytes(out.resolve("units/A/unit-pack.pdf")));
        assertEquals(List.of("units/B/unit-pack.pdf"), r.written());
        // The failed document is retried next time even though its inputs did not change again.
        failing.clear();
        renders.set(0);
        assertEquals(List.of("units/A/unit-pack.pdf"), build(List.of(job("A", "2"), job("B", "2")), 2, true).written());
    }

    @Test
    void documentsNoLongerPlannedAreRemovedAndListed() throws Exception {
        build(List.of(job("A", "1"), job("B", "1")), 1, true);
        BuildResult r = build(List.of(job("A", "1")), 1, true);
        assertEquals(List.of("units/B/unit-pack.pdf"), r.removed());
        assertFalse(Files.exists(out.resolve("units/B")));
        assertTrue(Files.exists(out.resolve("units/A/unit-pack.pdf")));
    }

    @Test
    void buildingOnlySomeDocumentsKeepsTheOthers() throws Exception {
        build(List.of(job("A", "1"), job("B", "1")), 1, true);
        BuildResult r = build(List.of(job("A", "2")), 1, false);
        assertEquals(List.of(), r.removed());
        assertTrue(Files.exists(out.resolve("units/B/unit-pack.pdf")));
        assertTrue(Manifest.read(out, "test").documents().containsKey("units/B/unit-pack.pdf"));
    }

    @Test
    void rendersInParallelWithOneRendererPerThread() throws Exception {
        List<DocumentJob> plan = java.util.stream.IntStream.range(0, 40).mapToObj(i -> job("U" + i, "1")).toList();
        BuildResult r = build(plan, 4, true);
        assertEquals(40, r.written().size());
        assertTrue(threads.size() > 1, "expected several worker threads, got " + threads);
        assertEquals(40, Manifest.read(out, "test").documents().size());
    }

    @Test
    void noTemporaryFilesAreLeftBehind() throws Exception {
        failing.add("B");
        build(List.of(job("A", "1"), job("B", "1")), 2, true);
        try (var s = Files.walk(out)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }
}
