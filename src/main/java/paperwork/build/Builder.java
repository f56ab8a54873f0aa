package paperwork.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.SourceRef;

/**
 * Writes the documents of a plan that are not up to date, in parallel, each atomically, and
 * records what it wrote in the manifest. A document that fails keeps its previous good file and
 * is retried next time; the others are still written.
 */
public final class Builder {
    private final DocumentRenderer.Factory renderers;
    private final BuildProgress progress;
    private final Clock clock;
    private final String program;

    public Builder(DocumentRenderer.Factory renderers, BuildProgress progress, Clock clock, String program) {
        this.renderers = renderers;
        this.progress = progress;
        this.clock = clock;
        this.program = program;
    }

    /**
     * @param removeStale remove documents of the old manifest that are no longer planned (false
     *                    when building only some ids, so the others are kept)
     */
    public BuildResult run(Catalogue catalogue, List<DocumentJob> plan, Path out, int jobs, boolean removeStale)
            throws IOException, InterruptedException {
        return run(catalogue, plan, out, jobs, removeStale, java.util.EnumSet.allOf(paperwork.render.OutputFormat.class));
    }

    /**
     * @param formats the formats this build makes: documents of other formats are left alone (a
     *                {@code --formats pdf} build must not delete the Word and Excel files)
     */
    public BuildResult run(Catalogue catalogue, List<DocumentJob> plan, Path out, int jobs, boolean removeStale,
            java.util.Set<paperwork.render.OutputFormat> formats) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Manifest old = Manifest.read(out, program);
        Map<String, Manifest.Entry> entries = new HashMap<>(old.documents());
        List<DocumentJob> todo = new ArrayList<>();
        List<String> upToDate = new ArrayList<>();
        for (DocumentJob job : plan) {
            if (isUpToDate(job, old.documents().get(job.path()), out)) upToDate.add(job.path());
            else todo.add(job);
        }
        progress.start(todo.size(), upToDate.size());
        List<String> written = new ArrayList<>();
        List<BuildResult.Failure> failed = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        if (!todo.isEmpty()) {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, todo.size()), r -> {
                Thread t = new Thread(r, "paperwork-render");
                t.setDaemon(true);
                return t;
            });
            ThreadLocal<DocumentRenderer> renderer = ThreadLocal.withInitial(renderers::create);
            try {
                List<Future<Outcome>> futures = new ArrayList<>();
                for (DocumentJob job : todo) {
                    futures.add(pool.submit(() -> buildOne(job, catalogue, renderer.get(), out)));
                }
                for (Future<Outcome> f : futures) {
                    Outcome o = f.get();
                    warnings.addAll(o.warnings());
                    if (o.failure() == null) {
                        written.add(o.job().path());
                        entries.put(o.job().path(), o.entry());
                    } else {
                        failed.add(o.failure());
                    }
                }
            } catch (ExecutionException e) {
                throw new IllegalStateException("a render worker died", e.getCause());
            } finally {
                pool.shutdownNow();
                progress.end();
            }
        } else {
            progress.end();
        }
        List<String> removed = new ArrayList<>();
        if (removeStale) {
            java.util.Set<String> planned = new java.util.HashSet<>();
            plan.forEach(j -> planned.add(j.path()));
            java.util.Set<String> built = new java.util.HashSet<>();
            formats.forEach(f -> built.add(f.extension()));
            for (Map.Entry<String, Manifest.Entry> e : old.documents().entrySet()) {
                String path = e.getKey();
                if (!planned.contains(path) && built.contains(e.getValue().format())) {
                    Files.deleteIfExists(out.resolve(path));
                    deleteEmptyParents(out.resolve(path).getParent(), out);
                    entries.remove(path);
                    removed.add(path);
                }
            }
        }
        Manifest updated = new Manifest(Manifest.SCHEMA_VERSION, program, entries);
        if (!updated.equals(old) || !Files.exists(out.resolve(Manifest.FILE))) updated.write(out);
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new BuildResult(sorted(written), sorted(upToDate), failed, sorted(removed), warnings, millis);
    }

    private record Outcome(DocumentJob job, Manifest.Entry entry, BuildResult.Failure failure,
            List<Diagnostic> warnings) {
        Outcome(DocumentJob job, Manifest.Entry entry, BuildResult.Failure failure) {
            this(job, entry, failure, List.of());
        }
    }

    private Outcome buildOne(DocumentJob job, Catalogue catalogue, DocumentRenderer renderer, Path out) {
        long t0 = System.nanoTime();
        try {
            byte[] bytes = renderer.render(job, catalogue);
            List<Diagnostic> warnings = renderer.drainWarnings();
            AtomicFiles.write(out.resolve(job.path()), bytes);
            Manifest.Entry entry = new Manifest.Entry(job.definition().name(), job.format().extension(),
                    job.subjectId(), job.inputsHash(), Hashes.sha256(bytes), bytes.length,
                    Instant.now(clock).toString());
            progress.finished(job.path(), true, (System.nanoTime() - t0) / 1_000_000);
            return new Outcome(job, entry, null, warnings);
        } catch (RenderFailure e) {
            progress.finished(job.path(), false, (System.nanoTime() - t0) / 1_000_000);
            return new Outcome(job, null, new BuildResult.Failure(job.path(), e.diagnostic()));
        } catch (Exception | LinkageError e) {
            progress.finished(job.path(), false, (System.nanoTime() - t0) / 1_000_000);
            Diagnostic d = Diagnostic.error("render-failed", new SourceRef(job.path(), 0),
                    "could not build " + job.path() + ": " + e);
            return new Outcome(job, null, new BuildResult.Failure(job.path(), d));
        }
    }

    private static boolean isUpToDate(DocumentJob job, Manifest.Entry entry, Path out) {
        if (entry == null || !entry.inputs().equals(job.inputsHash())) return false;
        Path file = out.resolve(job.path());
        try {
            return Files.isRegularFile(file) && Files.size(file) == entry.size();
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteEmptyParents(Path dir, Path stop) throws IOException {
        Path d = dir;
        Path top = stop.toAbsolutePath().normalize();
        while (d != null && !d.toAbsolutePath().normalize().equals(top) && Files.isDirectory(d)) {
            try (var s = Files.list(d)) {
                if (s.findAny().isPresent()) return;
            }
            Files.delete(d);
            d = d.getParent();
        }
    }

    private static List<String> sorted(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        copy.sort(null);
        return copy;
    }
}
