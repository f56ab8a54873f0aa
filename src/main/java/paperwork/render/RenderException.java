package paperwork.render;

import paperwork.catalogue.Diagnostic;

/**
 * A document could not be laid out: a template error (with template, line and column) or a
 * missing template. The build reports {@link #diagnostic()} and goes on with the other documents.
 */
public final class RenderException extends RuntimeException {
    private final transient Diagnostic diagnostic;

    public RenderException(Diagnostic diagnostic, Throwable cause) {
        super(diagnostic.format(), cause);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
