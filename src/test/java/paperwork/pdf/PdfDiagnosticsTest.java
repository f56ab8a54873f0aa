package paperwork.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import paperwork.catalogue.Severity;
import paperwork.render.DocumentMetadata;
import paperwork.render.Documents;
import paperwork.render.RenderedDocument;

/** What goes wrong in the PDF step is reported as data: a diagnostic, or an exception carrying one. */
class PdfDiagnosticsTest {
    private static RenderedDocument page(String body) {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"><head><title>T</title><meta name=\"subject\" content=\"S\"/>"
                + "<style>body { font-family: 'Liberation Sans'; }</style></head><body><h1>T</h1><p>" + body + "</p></body></html>";
        return new RenderedDocument(Documents.UNIT_PACK, "X1", xhtml,
                new DocumentMetadata("T", "S", List.of("k"), "en-GB", "A", DocumentMetadata.DEFAULT_CREATED));
    }

    @Test
    void aCharacterTheFontLacksIsAWarningNamingTheDocument() {
        RenderedPdf pdf = new PdfRenderer().render(page("Tick \u2713 and \u6f22\u5b57"));
        assertEquals(List.of("pdf-missing-glyph", "pdf-missing-glyph", "pdf-missing-glyph"),
                pdf.diagnostics().stream().map(d -> d.code()).toList(), pdf.diagnostics().toString());
        assertTrue(pdf.diagnostics().get(0).message().contains("U+2713"), pdf.diagnostics().toString());
        assertTrue(pdf.diagnostics().get(0).message().contains("prints '#'"), pdf.diagnostics().toString());
        assertTrue(pdf.diagnostics().stream().allMatch(d -> d.severity() == Severity.WARNING), pdf.diagnostics().toString());
        assertTrue(pdf.diagnostics().get(0).message().startsWith("X1: "), pdf.diagnostics().toString());
        assertEquals("templates/unit-pack.ftlh", pdf.diagnostics().get(0).file());
    }

    @Test
    void plainLatinTextGivesNoDiagnostics() {
        assertEquals(List.of(), new PdfRenderer().render(page("Caf\u00e9 \u2013 \u201cquoted\u201d \u00a3 5 &amp; more")).diagnostics());
    }

    @Test
    void xhtmlThatIsNotWellFormedIsAnErrorNotACrash() {
        RenderedDocument broken = new RenderedDocument(Documents.UNIT_PACK, "X1", "<html><body><p>unclosed</body></html>",
                new DocumentMetadata("T", "", List.of(), "en-GB", "", null));
        PdfRenderException e = assertThrows(PdfRenderException.class, () -> new PdfRenderer().render(broken));
        assertEquals(Severity.ERROR, e.diagnostic().severity());
        assertTrue(e.diagnostic().message().startsWith("X1: "), e.diagnostic().message());
    }
}
