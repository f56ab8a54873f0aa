package paperwork.pdf;

import java.util.List;

import paperwork.catalogue.Diagnostic;

/** A finished PDF: its bytes, how many pages it has, and what the renderer reported (e.g. missing glyphs). */
public record RenderedPdf(byte[] bytes, int pages, List<Diagnostic> diagnostics) {
    public RenderedPdf {
        diagnostics = List.copyOf(diagnostics);
    }
}
