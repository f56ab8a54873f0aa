package paperwork.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import paperwork.catalogue.Catalogue;
import paperwork.render.DocumentDefinition;
import paperwork.render.Documents;
import paperwork.render.RenderFixtures;
import paperwork.render.Scope;
import paperwork.render.TemplateEngine;

/** Every document type is valid PDF/UA-1 and PDF/A-3u according to veraPDF, with not one rule failed. */
class PdfConformanceTest {
    static Catalogue catalogue;
    static TemplateEngine engine;
    static PdfRenderer renderer;

    @BeforeAll
    static void setUp() {
        catalogue = RenderFixtures.synthetic();
        engine = new TemplateEngine();
        renderer = new PdfRenderer();
    }

    static List<DocumentDefinition> pdfDocuments() {
        return Documents.all().stream().filter(d -> d.formats().contains(paperwork.render.OutputFormat.PDF)).toList();
    }

    private static byte[] pdf(DocumentDefinition def) {
        String id = def.scope() == Scope.QUALIFICATION ? RenderFixtures.QUALIFICATION : RenderFixtures.UNIT_A;
        RenderedPdf r = renderer.render(PdfTestSupport.layOut(engine, catalogue, def, id));
        assertEquals(List.of(), r.diagnostics(), def.name() + ": the renderer reported problems");
        return r.bytes();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pdfDocuments")
    void isPdfUa1(DocumentDefinition def) throws Exception {
        List<String> failed = PdfTestSupport.failures(pdf(def), PDFAFlavour.PDFUA_1);
        assertTrue(failed.isEmpty(), def.name() + " fails PDF/UA-1 rules:\n" + String.join("\n", failed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pdfDocuments")
    void isPdfA3u(DocumentDefinition def) throws Exception {
        List<String> failed = PdfTestSupport.failures(pdf(def), PDFAFlavour.PDFA_3_U);
        assertTrue(failed.isEmpty(), def.name() + " fails PDF/A-3u rules:\n" + String.join("\n", failed));
    }
}
