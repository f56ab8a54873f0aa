package paperwork.pdf;

import paperwork.catalogue.Diagnostic;

/** A PDF could not be made from a laid-out document; the build reports {@link #diagnostic()} and goes on. */
public final class PdfRenderException extends RuntimeException {
    private final transient Diagnostic diagnostic;

    public PdfRenderException(Diagnostic diagnostic, Throwable cause) {
        super(diagnostic.format(), cause);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
