package paperwork.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import paperwork.catalogue.Catalogue;
import paperwork.pdf.PdfRenderer;
import paperwork.pdf.RenderedPdf;

/** Writes one PDF of each document to a folder, to look at: {@code RenderPreview OUTDIR}. Not a test. */
public final class RenderPreview {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/preview");
        Files.createDirectories(out);
        TemplateEngine engine = new TemplateEngine();
        PdfRenderer pdf = new PdfRenderer();
        Catalogue synthetic = RenderFixtures.synthetic();
        Catalogue real = RenderFixtures.realSources();
        for (DocumentDefinition def : Documents.all()) {
            write(out, "synthetic-", engine, pdf, synthetic, def,
                    def.scope() == Scope.QUALIFICATION ? RenderFixtures.QUALIFICATION : RenderFixtures.UNIT_A);
            if (def.scope() == Scope.UNIT) {
                for (String id : List.of("A1", "L/601/0933", "L/506/2150")) {
                    if (real.unit(id).isPresent()) write(out, Documents.slug(id) + "-", engine, pdf, real, def, id);
                }
            } else {
                real.qualifications().stream().max(Comparator.comparingInt(q -> q.units().size()))
                        .ifPresent(q -> write(out, "real-", engine, pdf, real, def, q.id()));
            }
        }
    }

    private static void write(Path out, String prefix, TemplateEngine engine, PdfRenderer pdf, Catalogue c,
            DocumentDefinition def, String id) {
        try {
            writeOrFail(out, prefix, engine, pdf, c, def, id);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void writeOrFail(Path out, String prefix, TemplateEngine engine, PdfRenderer pdf, Catalogue c,
            DocumentDefinition def, String id) throws java.io.IOException {
        DocumentModel model = DocumentModel.of(c, def, id, LearnerDetails.BLANK, DocumentMetadata.DEFAULT_CREATED);
        RenderedDocument doc = engine.render(def, model);
        Files.writeString(out.resolve(prefix + def.name() + ".xhtml"), doc.xhtml());
        RenderedPdf r = pdf.render(doc);
        Files.write(out.resolve(prefix + def.name() + ".pdf"), r.bytes());
        System.out.println(prefix + def.name() + ": " + r.pages() + " pages " + r.diagnostics());
    }
}
