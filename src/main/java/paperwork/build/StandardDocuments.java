package paperwork.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import paperwork.catalogue.Catalogue;
import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.Qualification;
import paperwork.catalogue.SourceRef;
import paperwork.catalogue.Unit;
import paperwork.office.DocxWriter;
import paperwork.office.TrackingWorkbookWriter;
import paperwork.pdf.PdfRenderException;
import paperwork.pdf.PdfRenderer;
import paperwork.render.DocumentDefinition;
import paperwork.render.DocumentMetadata;
import paperwork.render.DocumentModel;
import paperwork.render.Documents;
import paperwork.render.OutputFormat;
import paperwork.render.RenderException;
import paperwork.render.RenderedDocument;
import paperwork.render.Scope;
import paperwork.render.TemplateEngine;

/**
 * The documents this program makes, wired to their renderers: FreeMarker lays each document out
 * as XHTML once, and that XHTML becomes the PDF (openhtmltopdf) or the Word file (POI); evidence
 * tracking workbooks are written from the catalogue by POI. One template engine is shared (it is
 * thread-safe); each build thread gets its own PDF renderer, font cache and Office writers.
 */
public final class StandardDocuments implements DocumentSet {
    public static final String INDEX_TEMPLATE = "index.ftlh";

    private final TemplateEngine engine;
    private final Instant created;

    private StandardDocuments(TemplateEngine engine, Instant created) {
        this.engine = engine;
        this.created = created;
    }

    /** @param templates the centre's templates folder; a missing folder means the shipped templates only */
    public static StandardDocuments create(Path templates) {
        Path folder = templates != null && Files.isDirectory(templates) ? templates : null;
        return new StandardDocuments(new TemplateEngine(folder), DocumentMetadata.reproducibleCreated());
    }

    @Override
    public List<DocumentDefinition> definitions() {
        return Documents.all();
    }

    @Override
    public BuildPlanner.PathScheme paths(Catalogue catalogue) {
        return Documents.paths(catalogue)::path;
    }

    @Override
    public List<Diagnostic> pathWarnings(Catalogue catalogue) {
        return Documents.slugCollisions(catalogue);
    }

    @Override
    public String templateHash(DocumentDefinition definition, OutputFormat format) {
        // The creation date is stamped in every file, so it is one of its inputs. Workbooks are
        // written from the catalogue, not laid out by the template.
        String template = format == OutputFormat.XLSX ? "" : engine.templateHash(definition);
        return Hashes.sha256(template, created.toString());
    }

    @Override
    public String version() {
        return DocumentModel.GENERATOR_VERSION;
    }

    @Override
    public String indexTemplateHash() {
        return engine.templateHash(new DocumentDefinition("index", "Index", INDEX_TEMPLATE,
                Scope.QUALIFICATION, "index", java.util.Set.of()));
    }

    @Override
    public byte[] index(IndexPage page) throws RenderFailure {
        try {
            return engine.renderPage(INDEX_TEMPLATE, java.util.Map.of("page", page))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (RenderException e) {
            throw new RenderFailure(e.diagnostic(), e);
        }
    }

    @Override
    public DocumentRenderer.Factory renderers() {
        return () -> new Renderer(engine, created);
    }

    /** One per build thread: warm PDF renderer and Office writers. */
    static final class Renderer implements DocumentRenderer {
        private final TemplateEngine engine;
        private final Instant created;
        private PdfRenderer pdf;
        private DocxWriter docx;
        private TrackingWorkbookWriter workbooks;
        private final List<Diagnostic> warnings = new ArrayList<>();

        Renderer(TemplateEngine engine, Instant created) {
            this.engine = engine;
            this.created = created;
        }

        @Override
        public byte[] render(DocumentJob job, Catalogue catalogue) throws RenderFailure {
            warnings.clear();
            DocumentDefinition def = job.definition();
            try {
                DocumentModel model = DocumentModel.of(catalogue, def, job.subjectId(), job.learner(), created);
                switch (job.format()) {
                    case PDF -> {
                        if (pdf == null) pdf = new PdfRenderer();
                        paperwork.pdf.RenderedPdf rendered = pdf.render(engine.render(def, model));
                        for (Diagnostic d : rendered.diagnostics()) {
                            if (d.severity() != paperwork.catalogue.Severity.INFO) {
                                warnings.add(new Diagnostic(d.severity(), d.code(), job.path(), 0, d.message()));
                            }
                        }
                        return rendered.bytes();
                    }
                    case DOCX -> {
                        if (docx == null) docx = new DocxWriter();
                        RenderedDocument doc = engine.render(def, model);
                        return docx.write(doc);
                    }
                    case XLSX -> {
                        if (workbooks == null) workbooks = new TrackingWorkbookWriter();
                        return workbooks.write(catalogue, units(catalogue, def, job.subjectId()),
                                model.metadata().title(), job.learner(), model.metadata());
                    }
                    default -> throw new IllegalStateException(job.format().name());
                }
            } catch (RenderException e) {
                throw new RenderFailure(e.diagnostic(), e);
            } catch (PdfRenderException e) {
                throw new RenderFailure(e.diagnostic(), e);
            } catch (RuntimeException e) {
                throw new RenderFailure(Diagnostic.error("render-failed", new SourceRef(job.path(), 0),
                        "could not build " + job.path() + ": " + e), e);
            }
        }

        @Override
        public List<Diagnostic> drainWarnings() {
            List<Diagnostic> w = List.copyOf(warnings);
            warnings.clear();
            return w;
        }

        private static List<Unit> units(Catalogue catalogue, DocumentDefinition def, String subjectId) {
            List<Unit> units = new ArrayList<>();
            if (def.scope() == Scope.QUALIFICATION) {
                Qualification q = catalogue.qualification(subjectId).orElseThrow();
                for (String id : new java.util.LinkedHashSet<>(q.units())) catalogue.unit(id).ifPresent(units::add);
            } else {
                catalogue.unit(subjectId).ifPresent(units::add);
            }
            return units;
        }
    }
}
