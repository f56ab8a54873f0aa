package paperwork.build;

import java.util.List;

import paperwork.catalogue.Catalogue;
import paperwork.render.DocumentDefinition;

/**
 * The rendering stages as the build sees them: which documents exist, where each goes, what its
 * templates hash to, how a thread renders one, and how the index page is laid out.
 */
public interface DocumentSet {

    List<DocumentDefinition> definitions();

    /** Where each document of this catalogue goes, relative to the output folder. */
    BuildPlanner.PathScheme paths(Catalogue catalogue);

    /**
     * A hash of everything besides the catalogue that the document depends on in this format: its
     * template and every partial it uses, the fonts; "" when the format uses no template.
     */
    String templateHash(DocumentDefinition definition, paperwork.render.OutputFormat format);

    DocumentRenderer.Factory renderers();

    /** The index page's bytes. */
    byte[] index(IndexPage page) throws RenderFailure;

    /** Doubts about where files go, e.g. two ids that would share a folder. */
    default List<paperwork.catalogue.Diagnostic> pathWarnings(Catalogue catalogue) {
        return List.of();
    }

    /** The program's version as people read it, e.g. 0.1.0. */
    String version();

    /** A hash of the index template, so a template change rewrites the page. */
    String indexTemplateHash();
}
