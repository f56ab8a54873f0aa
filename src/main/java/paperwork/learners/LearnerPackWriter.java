package paperwork.learners;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import paperwork.build.AtomicFiles;
import paperwork.build.Hashes;
import paperwork.build.ProgramFingerprint;
import paperwork.catalogue.Catalogue;
import paperwork.catalogue.Diagnostic;
import paperwork.catalogue.Qualification;
import paperwork.catalogue.RuleGroup;
import paperwork.catalogue.Severity;
import paperwork.catalogue.SourceFile;
import paperwork.catalogue.SourceRef;
import paperwork.catalogue.Unit;
import paperwork.office.DocxWriter;
import paperwork.office.TrackingWorkbookWriter;
import paperwork.pdf.PdfGlyphCoverage;
import paperwork.pdf.PdfRenderException;
import paperwork.pdf.PdfRenderer;
import paperwork.pdf.RenderedPdf;
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
 * Writes one learner's pack into {@code <out>/learners/<reference>/}: a one-page programme summary
 * (PDF), a tracking workbook holding only their units (XLSX), and an assessment/action plan and an
 * assessment record sheet per unit (PDF and Word), each pre-filled with the learner's name, reference, centre
 * and assessor. Every file is rendered before any is written, and each is written atomically; a pack
 * whose inputs (learner, units, sources, templates, program) are unchanged is left alone.
 */
public final class LearnerPackWriter {
    /** The programme summary: laid out by a template, written for learners only. */
    public static final DocumentDefinition PROGRAMME = new DocumentDefinition("learner-programme",
            "Learner programme", "learner-programme.ftlh", Scope.QUALIFICATION, "programme",
            EnumSet.of(OutputFormat.PDF));
    /**
     * Every assessment form of the learner in one file (their units' action plans and record sheets):
     * one PDF and one Word file instead of four files per unit, which made packs twenty times slower.
     */
    public static final DocumentDefinition FORMS = new DocumentDefinition("learner-forms",
            "Assessment forms", "learner-forms.ftlh", Scope.QUALIFICATION, "forms",
            EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX));
    /** Written last in each pack: the hash of the pack's inputs. */
    static final String STAMP = ".pack-inputs";

    /**
     * What writing one pack did: the files (relative to the output folder), what the renderers
     * reported (e.g. glyphs missing from the fonts), or why it failed.
     */
    public record Written(String folder, List<String> files, boolean upToDate, List<Diagnostic> warnings,
            Optional<Diagnostic> failure) {
        public Written {
            files = List.copyOf(files);
            warnings = List.copyOf(warnings);
        }
    }

    private final Catalogue catalogue;
    private final TemplateEngine templates;
    private final PdfRenderer pdf = new PdfRenderer();
    private final TrackingWorkbookWriter workbooks = new TrackingWorkbookWriter();
    private final DocxWriter docx = new DocxWriter();
    private final Instant created = DocumentMetadata.reproducibleCreated();

    private final LearnerFormsWord word;

    /** A writer with its own Word merge; writers of one run should share one: see {@link #forRun}. */
    public LearnerPackWriter(Catalogue catalogue, TemplateEngine templates) {
        this(catalogue, templates, null);
    }

    private LearnerPackWriter(Catalogue catalogue, TemplateEngine templates, LearnerFormsWord word) {
        this.catalogue = catalogue;
        this.templates = templates;
        this.word = word != null ? word : new LearnerFormsWord(catalogue, templates, created);
    }

    /**
     * Writers for one run of packs, one per thread, sharing the Word forms each unit's learners
     * have in common (laid out once per run instead of once per learner).
     */
    public static java.util.function.Supplier<LearnerPackWriter> forRun(Catalogue catalogue, TemplateEngine templates) {
        LearnerFormsWord shared = new LearnerFormsWord(catalogue, templates, DocumentMetadata.reproducibleCreated());
        return () -> new LearnerPackWriter(catalogue, templates, shared);
    }

    /** @param listFile the learner list, for the diagnostic when the pack cannot be rendered */
    public Written write(LearnerPlan.Pack pack, Path out, String listFile) {
        Path folder = out.resolve(pack.folder());
        String inputs = inputsHash(pack);
        try {
            Path stamp = folder.resolve(STAMP);
            if (Files.isRegularFile(stamp) && Files.readString(stamp, StandardCharsets.UTF_8).equals(inputs)) {
                return new Written(pack.folder(), List.of(), true, List.of(), Optional.empty());
            }
            Set<String> warnings = new LinkedHashSet<>();
            String unprintable = PdfGlyphCoverage.missing(String.join(" ", pack.learner().name(),
                    pack.learner().reference(), pack.learner().centre(), pack.learner().assessor()));
            if (!unprintable.isEmpty()) {
                warnings.add("the PDF font has no glyphs for " + unprintable + ": the PDFs print them as #"
                        + " (the Word and Excel files hold them as typed)");
            }
            Map<String, byte[]> files = render(pack, warnings);
            for (Map.Entry<String, byte[]> f : files.entrySet()) AtomicFiles.write(folder.resolve(f.getKey()), f.getValue());
            removeStale(folder, files.keySet());
            AtomicFiles.write(stamp, inputs.getBytes(StandardCharsets.UTF_8));
            SourceRef row = new SourceRef(listFile, pack.check().learner().row());
            List<Diagnostic> reported = warnings.stream().map(w -> Diagnostic.warning("learner-pack-rendering", row,
                    pack.check().learner().label() + ": " + w)).toList();
            return new Written(pack.folder(), files.keySet().stream().map(f -> pack.folder() + "/" + f).toList(),
                    false, reported, Optional.empty());
        } catch (RenderException e) {
            return failed(pack, listFile, "its pack cannot be rendered: " + e.diagnostic().format());
        } catch (PdfRenderException e) {
            return failed(pack, listFile, "its pack cannot be rendered: " + e.diagnostic().format());
        } catch (IOException | RuntimeException e) {
            // One learner's pack failing must not stop the others; it is reported against their row.
            return failed(pack, listFile, "its pack cannot be written: " + e.getMessage());
        }
    }

    /** A unit dropped from a learner's choice leaves no forms of it behind. */
    private static void removeStale(Path folder, java.util.Set<String> current) throws IOException {
        try (var listing = Files.list(folder)) {
            for (Path p : listing.toList()) {
                String name = p.getFileName().toString();
                boolean ours = name.endsWith(".pdf") || name.endsWith(".xlsx") || name.endsWith(".docx");
                if (ours && !current.contains(name)) Files.delete(p);
            }
        }
    }

    private Written failed(LearnerPlan.Pack pack, String listFile, String message) {
        Diagnostic d = Diagnostic.error("learner-pack-failed", new SourceRef(listFile, pack.check().learner().row()),
                pack.check().learner().label() + ": " + message);
        return new Written(pack.folder(), List.of(), false, List.of(), Optional.of(d));
    }

    private byte[] pdf(RenderedDocument document, String file, Set<String> warnings) {
        RenderedPdf rendered = pdf.render(document);
        // Characters the font lacks are reported once per pack (PdfGlyphCoverage above), not once per PDF.
        rendered.diagnostics().stream().filter(d -> d.severity() != Severity.INFO)
                .filter(d -> !d.code().equals("pdf-missing-glyph"))
                .forEach(d -> warnings.add(file + ": " + d.message()));
        return rendered.bytes();
    }

    private Map<String, byte[]> render(LearnerPlan.Pack pack, Set<String> warnings) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Catalogue programme = programmeCatalogue(pack);
        DocumentModel summary = DocumentModel.of(programme, PROGRAMME, pack.qualificationId(), pack.learner(), created);
        files.put("programme.pdf", pdf(templates.render(PROGRAMME, summary), "programme.pdf", warnings));

        List<Unit> units = pack.units().stream().map(catalogue::unit).flatMap(Optional::stream).toList();
        String title = catalogue.qualification(pack.qualificationId()).map(Qualification::title).orElse(pack.qualificationId())
                + ": " + pack.learner().name();
        DocumentMetadata workbookMetadata = new DocumentMetadata("Evidence tracking sheet: " + title,
                pack.learner().name() + " (" + pack.learner().reference() + ")",
                List.of("Evidence tracking sheet", pack.qualificationId(), pack.learner().reference()), "en-GB",
                DocumentModel.GENERATOR, created);
        files.put("tracking-sheet.xlsx", workbooks.write(catalogue, units, title, pack.learner(), workbookMetadata));

        // One layout, two formats: the same XHTML becomes the PDF and the Word file.
        DocumentModel forms = DocumentModel.of(programme, FORMS, pack.qualificationId(), pack.learner(), created);
        RenderedDocument laidOut = templates.render(FORMS, forms);
        files.put("forms.pdf", pdf(laidOut, "forms.pdf", warnings));
        files.put("forms.docx", word.merged(pack.qualificationId(), pack.units(), pack.learner())
                .orElseGet(() -> docx.write(laidOut)));
        return files;
    }

    /** The catalogue with the learner's qualification cut down to their units, for the programme summary. */
    private Catalogue programmeCatalogue(LearnerPlan.Pack pack) {
        return programmeCatalogue(catalogue, pack.qualificationId(), pack.units());
    }

    /** The catalogue with a qualification cut down to some of its units. */
    static Catalogue programmeCatalogue(Catalogue catalogue, String qualificationId, List<String> units) {
        Qualification q = catalogue.qualification(qualificationId).orElseThrow(
                () -> new IllegalArgumentException("no qualification " + qualificationId));
        List<RuleGroup> groups = new ArrayList<>();
        for (RuleGroup g : q.groups()) {
            groups.add(new RuleGroup(g.name(), g.mandatory(), g.minCredits(), g.maxCredits(), g.minUnits(), g.maxUnits(),
                    g.units().stream().filter(units::contains).toList(), g.rule(), g.source()));
        }
        Qualification mine = new Qualification(q.id(), q.aliases(), q.title(), q.awardingBody(), q.level(), q.credits(),
                q.glh(), q.glhMin(), q.glhMax(), groups, q.constraints(), units, q.metadata(), q.source());
        return new Catalogue(catalogue.schemaVersion(), catalogue.sources(), List.of(mine), catalogue.units(), List.of());
    }

    private String inputsHash(LearnerPlan.Pack pack) {
        List<String> parts = new ArrayList<>();
        parts.add(ProgramFingerprint.get());
        parts.add(pack.learner().toString());
        parts.add(pack.qualificationId());
        parts.addAll(pack.units());
        catalogue.sources().stream().map(SourceFile::sha256).forEach(parts::add);
        for (DocumentDefinition d : List.of(PROGRAMME, FORMS)) {
            parts.add(templates.templateHash(d));
        }
        parts.add(created.toString());
        return Hashes.sha256(parts.toArray(String[]::new));
    }
}
