package paperwork.build;

import paperwork.catalogue.Catalogue;

/**
 * Turns one job into the bytes of its file. Implementations are not thread-safe: the build
 * makes one per worker thread, so each thread keeps its own warm renderers and font caches.
 */
public interface DocumentRenderer {

    byte[] render(DocumentJob job, Catalogue catalogue) throws Exception;

    /**
     * What the last {@link #render} reported without failing (e.g. characters the font cannot
     * print), cleared by the call.
     */
    default java.util.List<paperwork.catalogue.Diagnostic> drainWarnings() {
        return java.util.List.of();
    }

    /** Makes the per-thread renderers. */
    interface Factory {
        DocumentRenderer create();
    }
}
