package paperwork.render;

import java.nio.file.Files;
import java.nio.file.Path;

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
            if (def.scope() == Scope.UNIT) write(out, "nvq-", engine, pdf, real, def, "A1");
            else if (!real.qualifications().isEmpty()) write(out, "real-", engine, pdf, real, def, real.qualifications().get(0).id());
        }
    }

    private static void write(Path out, String prefix, TemplateEngine engine, PdfRenderer pdf, Catalogue c,
            DocumentDefinition def, String id) throws Exception {
        DocumentModel model = DocumentModel.of(c, def, id, LearnerDetails.BLANK, DocumentMetadata.DEFAULT_CREATED);
        RenderedDocument doc = engine.render(def, model);
        Files.writeString(out.resolve(prefix + def.name() + ".xhtml"), doc.xhtml());
        RenderedPdf r = pdf.render(doc);
        Files.write(out.resolve(prefix + def.name() + ".pdf"), r.bytes());
        System.out.println(prefix + def.name() + ": " + r.pages() + " pages " + r.diagnostics());
    }
}
