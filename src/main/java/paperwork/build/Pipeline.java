package paperwork.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.CatalogueJson;
import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.Qualification;
import paperwork.catalogue.Severity;
import paperwork.catalogue.SourceRef;
import paperwork.catalogue.Unit;
import paperwork.render.DocumentDefinition;
import paperwork.render.OutputFormat;
import paperwork.render.Scope;
import paperwork.sources.CatalogueReader;

/**
 * The whole build, in order: read the sources into the catalogue, write {@code catalogue.json}
 * when it changed, plan every document with the hash of its inputs, render what is out of date in
 * parallel, remove documents whose subject disappeared, and write {@code index.html}. Nothing is
 * written when nothing changed.
 */
public final class Pipeline {
    public static final String CATALOGUE_FILE = "catalogue.json";
    public static final String INDEX_FILE = "index.html";

    private final DocumentSet documents;
    private final BuildProgress progress;
    private final Clock clock;
    private final String program;

    public Pipeline(DocumentSet documents, BuildProgress progress, Clock clock, String program) {
        this.documents = documents;
        this.progress = progress;
        this.clock = clock;
        this.program = program;
    }

    /** What a build did, with the catalogue it built from. */
    public record Report(Catalogue catalogue, BuildResult result, boolean catalogueWritten, boolean indexWritten,
            long millis) {
        public boolean ok() {
            return result.ok() && !catalogue.hasErrors();
        }
    }

    public Report run(BuildOptions options) throws IOException, InterruptedException {
        return run(options, List.of());
    }

    /** The build, then each step in order (e.g. learner packs), whose files and subjects join the result and the index. */
    public Report run(BuildOptions options, List<BuildStep> steps) throws IOException, InterruptedException {
        long started = System.nanoTime();
        String inputs = BuildState.inputs(options, documents, program);
        if (!options.clean()) {
            Manifest manifest = Manifest.read(options.out(), program);
            List<String> owned = BuildState.unchanged(options.out(), inputs, manifest);
            if (owned != null) {
                long millis = (System.nanoTime() - started) / 1_000_000;
                List<String> all = new ArrayList<>(manifest.documents().keySet());
                all.addAll(owned);
                progress.start(0, all.size());
                progress.end();
                BuildResult nothing = new BuildResult(List.of(), all, List.of(), List.of(), List.of(), millis);
                return new Report(BuildState.diagnosticsOf(options.out()), nothing, false, false, millis);
            }
        }
        BuildState.forget(options.out());
        Catalogue catalogue = new CatalogueReader().read(options.sources(), Path.of(""));
        Path out = options.out();
        Files.createDirectories(out);
        if (options.clean()) clean(out);
        boolean catalogueWritten = writeIfChanged(out.resolve(CATALOGUE_FILE), CatalogueJson.toBytes(catalogue));

        BuildPlanner.PathScheme paths = documents.paths(catalogue);
        BuildPlanner planner = new BuildPlanner(documents.definitions(), paths, documents::templateHash, program);
        List<DocumentJob> plan = planner.plan(catalogue, options.formats(), options.only());
        List<Diagnostic> planning = new ArrayList<>();
        for (String id : options.only()) {
            if (catalogue.qualification(id).isEmpty() && findUnit(catalogue, id) == null
                    && catalogue.qualifications().stream().noneMatch(q -> q.aliases().contains(id))) {
                planning.add(Diagnostic.error("unknown-id", new SourceRef(null, 0),
                        "--only " + id + ": no qualification or unit has this id or alias"));
            }
        }
        Builder builder = new Builder(documents.renderers(), progress, clock, program);
        BuildResult result = builder.run(catalogue, plan, out, options.jobs(), options.only().isEmpty(),
                options.formats());

        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        diagnostics.addAll(planning);
        diagnostics.addAll(documents.pathWarnings(catalogue));
        List<String> written = new ArrayList<>(result.written());
        List<String> upToDate = new ArrayList<>(result.upToDate());
        List<BuildResult.Failure> failed = new ArrayList<>(result.failed());
        List<String> removed = new ArrayList<>(result.removed());
        List<IndexPage.Subject> learners = new ArrayList<>();
        List<String> stepFiles = new ArrayList<>();
        for (BuildStep step : steps) {
            BuildStep.Outcome o = step.run(catalogue, options);
            written.addAll(o.written());
            upToDate.addAll(o.upToDate());
            failed.addAll(o.failed());
            removed.addAll(o.removed());
            diagnostics.addAll(o.diagnostics());
            learners.addAll(o.learners());
            stepFiles.addAll(o.written());
            stepFiles.addAll(o.upToDate());
        }
        result = new BuildResult(written, upToDate, failed, removed, result.diagnostics(), result.millis());
        boolean indexWritten = false;
        try {
            byte[] index = documents.index(indexPage(catalogue, Manifest.read(out, program), paths, result, learners));
            indexWritten = writeIfChanged(out.resolve(INDEX_FILE), index);
        } catch (RenderFailure e) {
            diagnostics.add(e.diagnostic());
        }
        BuildResult withDiagnostics = new BuildResult(result.written(), result.upToDate(), result.failed(),
                result.removed(), diagnostics, result.millis());
        Report report = new Report(catalogue, withDiagnostics, catalogueWritten, indexWritten,
                (System.nanoTime() - started) / 1_000_000);
        // Only a complete, clean build may be skipped next time; a failure is built (and reported) again.
        if (report.ok()) BuildState.record(out, inputs, stepFiles);
        return report;
    }

    /** Removes what earlier builds wrote (as listed in the manifest), never other files. */
    private void clean(Path out) throws IOException {
        Manifest old = Manifest.read(out, program);
        for (String path : old.documents().keySet()) Files.deleteIfExists(out.resolve(path));
        Files.deleteIfExists(out.resolve(Manifest.FILE));
        Files.deleteIfExists(out.resolve(INDEX_FILE));
        Files.deleteIfExists(out.resolve(CATALOGUE_FILE));
    }

    /** Writes atomically, and only when the bytes differ: a no-op build touches nothing. */
    static boolean writeIfChanged(Path target, byte[] bytes) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length
                && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return false;
        }
        AtomicFiles.write(target, bytes);
        return true;
    }

    private static Unit findUnit(Catalogue catalogue, String id) {
        for (Unit u : catalogue.units()) {
            if (u.id().equals(id) || u.aliases().contains(id)) return u;
        }
        return null;
    }

    IndexPage indexPage(Catalogue catalogue, Manifest manifest, BuildPlanner.PathScheme paths, BuildResult result,
            List<IndexPage.Subject> learners) {
        List<IndexPage.Subject> quals = new ArrayList<>();
        for (Qualification q : catalogue.qualifications()) {
            String detail = join(q.awardingBody(), q.level() == null ? null : "Level " + q.level(),
                    q.credits() == null ? null : q.credits() + " credits", q.units().size() + " units");
            quals.add(new IndexPage.Subject(q.id(), q.title(), detail, documentsOf(Scope.QUALIFICATION, q.id(), manifest, paths)));
        }
        List<IndexPage.Subject> units = new ArrayList<>();
        for (Unit u : catalogue.units()) {
            String detail = join(u.aliases().isEmpty() ? null : String.join(", ", u.aliases()),
                    u.level() == null ? null : "Level " + u.level(),
                    u.credits() == null ? null : u.credits() + " credits",
                    links(u), u.source() == null ? null : u.source().file());
            units.add(new IndexPage.Subject(u.id(), u.title(), detail, documentsOf(Scope.UNIT, u.id(), manifest, paths)));
        }
        List<Diagnostic> diagnostics = new ArrayList<>(catalogue.diagnostics());
        int errors = count(diagnostics, Severity.ERROR);
        int warnings = count(diagnostics, Severity.WARNING);
        int notes = count(diagnostics, Severity.INFO);
        return new IndexPage(documents.version(), quals, units, learners, diagnostics, result.failed(), errors, warnings, notes);
    }

    private List<IndexPage.Document> documentsOf(Scope scope, String subject, Manifest manifest,
            BuildPlanner.PathScheme paths) {
        List<IndexPage.Document> docs = new ArrayList<>();
        for (DocumentDefinition d : documents.definitions()) {
            if (d.scope() != scope) continue;
            Map<OutputFormat, IndexPage.Link> links = new LinkedHashMap<>();
            for (OutputFormat f : OutputFormat.values()) {
                if (!d.formats().contains(f)) continue;
                String path = paths.path(d, subject, f);
                Manifest.Entry e = manifest.documents().get(path);
                if (e == null) continue;
                links.put(f, new IndexPage.Link(f.name(), path, e.built(), Math.max(1, (e.size() + 1023) / 1024)));
            }
            if (!links.isEmpty()) docs.add(new IndexPage.Document(d.title(), List.copyOf(links.values())));
        }
        return docs;
    }

    /** What a reader wants to know of a unit's links: "relates to B7", "same unit as D4", "matches 212". */
    static String links(Unit u) {
        List<String> parts = new ArrayList<>();
        for (paperwork.catalogue.UnitLink l : u.links()) {
            String verb = switch (l.type()) {
                case paperwork.catalogue.UnitLink.NOS_RELATIONSHIP -> "relates to ";
                case paperwork.catalogue.UnitLink.SAME_UNIT -> "same unit as ";
                case paperwork.catalogue.UnitLink.MATCHES -> "matches ";
                default -> l.type() + " ";
            };
            if (l.type().equals(paperwork.catalogue.UnitLink.SAME_UNIT) && l.target().equals(u.id()) && l.source() != null) {
                // Another printing of this unit, merged into this entry: say where it is printed.
                parts.add("also printed in " + l.source().file() + ":" + l.source().line());
                continue;
            }
            parts.add(verb + l.target() + (l.resolved() ? "" : " (not in the sources)"));
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static int count(List<Diagnostic> ds, Severity s) {
        return (int) ds.stream().filter(d -> d.severity() == s).count();
    }

    private static String join(String... parts) {
        return String.join(" · ", Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }
}
