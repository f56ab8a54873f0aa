package paperwork.build;

import java.nio.file.Path;
import java.util.Set;

import paperwork.render.OutputFormat;

/**
 * What to build: from which sources and templates, into which folder, in which formats, for which
 * qualification or unit ids (empty = everything), on how many threads.
 */
public record BuildOptions(
        Path sources,
        Path templates,
        Path out,
        Set<OutputFormat> formats,
        Set<String> only,
        boolean clean,
        int jobs) {
    public BuildOptions {
        formats = Set.copyOf(formats);
        only = Set.copyOf(only);
        if (jobs < 1) throw new IllegalArgumentException("--jobs must be at least 1");
    }
}
