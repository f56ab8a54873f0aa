package paperwork.build;

import paperwork.catalogue.Diagnostic;

/** A document could not be rendered for a reason a person can act on (a template error, say). */
public final class RenderFailure extends Exception {
    private final transient Diagnostic diagnostic;

    public RenderFailure(Diagnostic diagnostic, Throwable cause) {
        super(diagnostic.format(), cause);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
